import type pg from "pg";
import { type Db, pgPoolOf, withPgTransaction } from "../client";

/**
 * Legal holds and retention. A retention run deletes, batch by batch, the messages of a tenant whose basis
 * time (creation, or deletion in Teams) is before the policy's cutoff, with every stored version, their
 * export rows and hosted-content links, and records each deleted version (key, content hash, policy, run)
 * in archive_deletions. Holds and deletions take the same per-tenant lock, so a hold placed while a run is
 * going either is seen by the next batch or waits for the batch in flight to commit: no held message is
 * ever deleted.
 */

/** Lock key space shared by hold creation and retention batches: one lock per tenant. */
export const HOLD_LOCK = 0x486c64; // "Hld"

/** Takes the tenant's hold lock for the rest of the transaction. */
export async function lockTenantHolds(client: pg.PoolClient, tenantId: string): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [HOLD_LOCK, tenantId]);
}

/**
 * SQL: whether the active hold `h` covers the message `m` (both aliases bound by the caller). A criterion a
 * hold names must match; when a message lacks the field a time criterion needs, it is held (fail safe).
 * A user hold covers what the user sent and every message of a chat or channel the user wrote in.
 */
export const HOLD_COVERS = `(
  (h.criteria->>'userId' IS NULL OR m.from_user_id = h.criteria->>'userId' OR EXISTS (
     SELECT 1 FROM messages o WHERE o.tenant_id = m.tenant_id AND o.from_user_id = h.criteria->>'userId'
       AND o.container_id = m.container_id))
  AND (h.criteria->>'chatId' IS NULL OR m.chat_id = h.criteria->>'chatId')
  AND (h.criteria->>'teamId' IS NULL OR m.team_id = h.criteria->>'teamId')
  AND (h.criteria->>'channelId' IS NULL OR m.channel_id = h.criteria->>'channelId')
  AND (h.criteria->>'from' IS NULL OR m.created_at IS NULL OR m.created_at >= (h.criteria->>'from')::timestamptz)
  AND (h.criteria->>'to' IS NULL OR m.created_at IS NULL OR m.created_at < (h.criteria->>'to')::timestamptz))`;

const HELD = `EXISTS (SELECT 1 FROM legal_holds h
  WHERE h.tenant_id = m.tenant_id AND h.released_at IS NULL AND ${HOLD_COVERS})`;

/** Messages of the tenant that some active hold covers. */
export async function heldMessageCount(db: Db, tenantId: string, holdId?: string): Promise<number> {
  const r = await pgPoolOf(db).query<{ n: string }>(
    holdId
      ? `SELECT count(*) AS n FROM messages m, legal_holds h
         WHERE m.tenant_id = $1::uuid AND h.id = $2::uuid AND h.tenant_id = m.tenant_id AND ${HOLD_COVERS}`
      : `SELECT count(*) AS n FROM messages m WHERE m.tenant_id = $1::uuid AND ${HELD}`,
    holdId ? [tenantId, holdId] : [tenantId],
  );
  return Number(r.rows[0]?.n ?? 0);
}

/** Whether the tenant has any active hold (a purge is refused then). */
export async function hasActiveHold(db: Db, tenantId: string): Promise<boolean> {
  const r = await pgPoolOf(db).query(
    "SELECT 1 FROM legal_holds WHERE tenant_id = $1::uuid AND released_at IS NULL LIMIT 1",
    [tenantId],
  );
  return (r.rowCount ?? 0) > 0;
}

const basisColumn = (basis: "created" | "deleted") => (basis === "created" ? "m.created_at" : "m.deleted_at");

const RETENTION_BATCH = 500;
/** How often a policy is applied. */
export const RETENTION_PERIOD_MS = 24 * 60 * 60 * 1000;

interface PolicyRow {
  id: string;
  account_id: string;
  tenant_id: string;
  basis: "created" | "deleted";
  keep_days: number;
}

export interface RetentionRunResult {
  runId: string;
  policyId: string;
  tenantId: string;
  cutoff: Date;
  messages: number;
  versions: number;
  held: number;
}

/**
 * Deletes one batch of the policy's messages that no hold covers, under the tenant's hold lock. Returns
 * the messages and versions deleted.
 */
async function deleteBatch(db: Db, policy: PolicyRow, runId: string, cutoff: Date) {
  return withPgTransaction(pgPoolOf(db), async (client) => {
    await lockTenantHolds(client, policy.tenant_id);
    const basis = basisColumn(policy.basis);
    const doomed = await client.query<{ container_id: string; message_id: string; basis_at: Date }>(
      `SELECT m.container_id, m.message_id, ${basis} AS basis_at FROM messages m
       WHERE m.tenant_id = $1::uuid AND ${basis} < $2 AND NOT ${HELD}
       ORDER BY m.container_id, m.message_id LIMIT $3 FOR UPDATE OF m SKIP LOCKED`,
      [policy.tenant_id, cutoff, RETENTION_BATCH],
    );
    if (doomed.rows.length === 0) return { messages: 0, versions: 0 };
    const params = [
      policy.tenant_id,
      doomed.rows.map((r) => r.container_id),
      doomed.rows.map((r) => r.message_id),
      doomed.rows.map((r) => r.basis_at),
    ];
    const keys = `unnest($2::text[], $3::text[], $4::timestamptz[]) AS k(container_id, message_id, basis_at)`;
    // What was deleted, by which policy and run, with the hash the ledger holds: the deletion record that
    // lets verification tell a defensible deletion from tampering.
    const recorded = await client.query(
      `INSERT INTO archive_deletions (tenant_id, container_id, message_id, etag, content_hash, policy_id, run_id, basis_at)
       SELECT v.tenant_id, v.container_id, v.message_id, v.etag, archive_version_hash(v), $5::uuid, $6::uuid, k.basis_at
       FROM ${keys} JOIN message_versions v ON v.tenant_id = $1::uuid AND v.container_id = k.container_id
         AND v.message_id = k.message_id`,
      [...params, policy.id, runId],
    );
    await client.query(
      `DELETE FROM message_versions v USING ${keys}
       WHERE v.tenant_id = $1::uuid AND v.container_id = k.container_id AND v.message_id = k.message_id`,
      params,
    );
    await client.query(
      `DELETE FROM export_messages em USING ${keys}, exports e
       WHERE e.id = em.export_id AND e.tenant_id = $1::uuid AND em.container_id = k.container_id
         AND em.message_id = k.message_id`,
      params,
    );
    const hashes = await client.query<{ sha256: string }>(
      `DELETE FROM message_hosted_contents h USING ${keys}
       WHERE h.tenant_id = $1::uuid AND h.container_id = k.container_id AND h.message_id = k.message_id
       RETURNING h.sha256`,
      params,
    );
    // Bytes no other message refers to go with the last message that used them.
    const shas = [...new Set(hashes.rows.map((r) => r.sha256).filter(Boolean))];
    if (shas.length > 0) {
      await client.query(
        `DELETE FROM hosted_contents c WHERE c.sha256 = ANY($1::text[])
           AND NOT EXISTS (SELECT 1 FROM message_hosted_contents o WHERE o.sha256 = c.sha256)`,
        [shas],
      );
    }
    await client.query(
      `DELETE FROM messages m USING ${keys}
       WHERE m.tenant_id = $1::uuid AND m.container_id = k.container_id AND m.message_id = k.message_id`,
      params,
    );
    const versions = recorded.rowCount ?? 0;
    await client.query(
      "UPDATE retention_runs SET messages = messages + $2, versions = versions + $3 WHERE id = $1::uuid",
      [runId, doomed.rows.length, versions],
    );
    return { messages: doomed.rows.length, versions };
  });
}

/** Applies one policy now: a run row, batches until nothing is left, then the totals and an audit event. */
export async function applyRetentionPolicy(
  db: Db,
  policyId: string,
  now: Date = new Date(),
): Promise<RetentionRunResult | null> {
  const pool = pgPoolOf(db);
  const found = await pool.query<PolicyRow>(
    "SELECT id, account_id, tenant_id, basis, keep_days FROM retention_policies WHERE id = $1::uuid",
    [policyId],
  );
  const policy = found.rows[0];
  if (!policy) return null;
  const cutoff = new Date(now.getTime() - policy.keep_days * 24 * 60 * 60 * 1000);
  // A run a crash interrupted is closed as failed; this run finishes its work (deletion is idempotent).
  await pool.query(
    `UPDATE retention_runs SET status = 'failed', error = 'interrupted; continued by a later run', finished_at = now()
     WHERE policy_id = $1::uuid AND status = 'running'`,
    [policy.id],
  );
  const basis = basisColumn(policy.basis);
  const held = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM messages m WHERE m.tenant_id = $1::uuid AND ${basis} < $2 AND ${HELD}`,
    [policy.tenant_id, cutoff],
  );
  const run = await pool.query<{ id: string }>(
    `INSERT INTO retention_runs (id, policy_id, tenant_id, account_id, cutoff, held)
     VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, $4, $5) RETURNING id`,
    [policy.id, policy.tenant_id, policy.account_id, cutoff, Number(held.rows[0]?.n ?? 0)],
  );
  const runId = run.rows[0]?.id as string;
  let messages = 0;
  let versions = 0;
  try {
    for (;;) {
      const batch = await deleteBatch(db, policy, runId, cutoff);
      messages += batch.messages;
      versions += batch.versions;
      if (batch.messages < RETENTION_BATCH) break;
    }
  } catch (error) {
    await pool.query(
      "UPDATE retention_runs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1::uuid",
      [runId, (error as Error).message.slice(0, 500)],
    );
    throw error;
  }
  await withPgTransaction(pool, async (client) => {
    await client.query(
      "UPDATE retention_runs SET status = 'completed', finished_at = now() WHERE id = $1::uuid",
      [runId],
    );
    await client.query(
      `INSERT INTO audit_events (id, account_id, actor, action, target_type, target_id, data)
       VALUES (gen_random_uuid(), $1::uuid, 'retention', 'retention.applied', 'retention_policy', $2, $3::jsonb)`,
      [
        policy.account_id,
        policy.id,
        JSON.stringify({
          runId,
          tenantId: policy.tenant_id,
          basis: policy.basis,
          keepDays: policy.keep_days,
          cutoff: cutoff.toISOString(),
          messages,
          versions,
          held: Number(held.rows[0]?.n ?? 0),
        }),
      ],
    );
  });
  return {
    runId,
    policyId: policy.id,
    tenantId: policy.tenant_id,
    cutoff,
    messages,
    versions,
    held: Number(held.rows[0]?.n ?? 0),
  };
}

/**
 * Applies the policies that are due (enabled, next run reached). Safe with many workers: each due policy is
 * claimed with SKIP LOCKED and its next run moved a period ahead before it is applied.
 */
export async function applyDueRetention(db: Db, now: Date = new Date()): Promise<RetentionRunResult[]> {
  const claimed = await withPgTransaction(pgPoolOf(db), async (client) => {
    const due = await client.query<{ id: string }>(
      `SELECT id FROM retention_policies WHERE enabled AND next_run_at <= $1
       ORDER BY next_run_at LIMIT 10 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    if (due.rows.length > 0) {
      await client.query(
        "UPDATE retention_policies SET next_run_at = $2, updated_at = now() WHERE id = ANY($1::uuid[])",
        [due.rows.map((r) => r.id), new Date(now.getTime() + RETENTION_PERIOD_MS)],
      );
    }
    return due.rows.map((r) => r.id);
  });
  const results: RetentionRunResult[] = [];
  for (const id of claimed) {
    const result = await applyRetentionPolicy(db, id, now);
    if (result) results.push(result);
  }
  return results;
}
