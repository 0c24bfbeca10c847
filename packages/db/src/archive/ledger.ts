import { createHash } from "node:crypto";
import type pg from "pg";
import { type Db, pgPoolOf, withPgTransaction } from "../client";

/**
 * Tamper evidence. A trigger on message_versions gives every stored version a ledger entry holding its
 * content hash (archive_version_hash: key, times, exact JSON). The chaining job then links a tenant's new
 * entries in arrival order: chainHash(n) = SHA-256(chainHash(n-1) || n as 8 bytes big-endian ||
 * contentHash(n)), starting from 32 zero bytes. Changing, adding or removing any version, or any entry,
 * afterwards breaks either a content hash or the chain; a signed head published earlier pins the chain.
 */

export const GENESIS = Buffer.alloc(32);

export function chainHash(previous: Buffer, position: bigint, contentHash: Buffer): Buffer {
  const at = Buffer.alloc(8);
  at.writeBigUInt64BE(position);
  return createHash("sha256").update(previous).update(at).update(contentHash).digest();
}

const CHAIN_BATCH = 5_000;

/** Lock key space of the chaining job: one lock per tenant, so two workers never chain one tenant at once. */
const CHAIN_LOCK = 0x43686e; // "Chn"

/**
 * Chains up to `batch` unchained entries of the tenant. Returns how many it chained (0 when none were
 * pending or another process holds the tenant's chain). Safe to run anywhere, any number of times: positions
 * are given under the tenant's lock in one transaction, so a crash loses nothing and chains nothing twice.
 */
export async function chainTenant(db: Db, tenantId: string, batch = CHAIN_BATCH): Promise<number> {
  return withPgTransaction(pgPoolOf(db), async (client) => {
    const locked = await client.query<{ ok: boolean }>(
      "SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok",
      [CHAIN_LOCK, tenantId],
    );
    if (!locked.rows[0]?.ok) return 0;
    const head = await chainHead(client, tenantId);
    const pending = await client.query<{ id: string; content_hash: Buffer }>(
      `SELECT id, content_hash FROM archive_ledger
       WHERE tenant_id = $1::uuid AND position IS NULL ORDER BY id LIMIT $2`,
      [tenantId, batch],
    );
    if (pending.rows.length === 0) return 0;
    let previous = head?.chainHash ?? GENESIS;
    let position = head?.position ?? 0n;
    const ids: string[] = [];
    const positions: string[] = [];
    const hashes: Buffer[] = [];
    for (const row of pending.rows) {
      position += 1n;
      previous = chainHash(previous, position, row.content_hash);
      ids.push(row.id);
      positions.push(position.toString());
      hashes.push(previous);
    }
    await client.query(
      `UPDATE archive_ledger l SET position = u.position, chain_hash = u.chain_hash, chained_at = now()
       FROM unnest($1::bigint[], $2::bigint[], $3::bytea[]) AS u(id, position, chain_hash) WHERE l.id = u.id`,
      [ids, positions, hashes],
    );
    return pending.rows.length;
  });
}

/** Chains every tenant's pending entries; returns how many entries it chained. */
export async function chainPending(
  db: Db,
  { maxBatches = 20 }: { maxBatches?: number } = {},
): Promise<number> {
  const tenants = await pgPoolOf(db).query<{ tenant_id: string }>(
    "SELECT DISTINCT tenant_id FROM archive_ledger WHERE position IS NULL",
  );
  let total = 0;
  for (const { tenant_id } of tenants.rows) {
    for (let i = 0; i < maxBatches; i++) {
      const n = await chainTenant(db, tenant_id);
      total += n;
      if (n < CHAIN_BATCH) break;
    }
  }
  return total;
}

export interface ChainHead {
  position: bigint;
  chainHash: Buffer;
}

async function chainHead(
  q: pg.PoolClient | pg.Pool,
  tenantId: string,
  at?: bigint,
): Promise<ChainHead | null> {
  const r = await q.query<{ position: string; chain_hash: Buffer }>(
    `SELECT position, chain_hash FROM archive_ledger
     WHERE tenant_id = $1::uuid AND position IS NOT NULL ${at === undefined ? "" : "AND position <= $2"}
     ORDER BY position DESC LIMIT 1`,
    at === undefined ? [tenantId] : [tenantId, at.toString()],
  );
  const row = r.rows[0];
  return row ? { position: BigInt(row.position), chainHash: row.chain_hash } : null;
}

/** The tenant's chain head (last chained position and its hash), and how many entries wait for chaining. */
export async function ledgerHead(db: Db, tenantId: string) {
  const pool = pgPoolOf(db);
  const head = await chainHead(pool, tenantId);
  const pending = await pool.query<{ n: string }>(
    "SELECT count(*) AS n FROM archive_ledger WHERE tenant_id = $1::uuid AND position IS NULL",
    [tenantId],
  );
  return { head, pending: Number(pending.rows[0]?.n ?? 0) };
}

export type VerificationFailure = {
  position: string;
  containerId: string;
  messageId: string;
  etag: string;
  /**
   * content_changed: the stored version no longer hashes to its entry; version_missing: the version is gone
   * without a recorded deletion; chain_broken: the entry's chain hash is not the hash of its predecessor and
   * content; position_gap: an entry of the range is missing.
   */
  problem: "content_changed" | "version_missing" | "chain_broken" | "position_gap";
};

export interface VerificationResult {
  tenantId: string;
  fromPosition: string;
  toPosition: string;
  entries: number;
  /** Entries whose version retention deleted, as recorded (their hash still counts in the chain). */
  deletedByRetention: number;
  ok: boolean;
  failures: VerificationFailure[];
  /** The chain hash at toPosition as recomputed from the entries' content hashes (hex). */
  chainHash: string | null;
  /** Versions stored without any ledger entry (only counted when the whole chain is verified). */
  unrecorded: number | null;
}

const VERIFY_BATCH = 5_000;
const MAX_FAILURES = 100;

/**
 * Re-derives positions from..to of the tenant's chain from the archive itself: each entry's version is
 * hashed again and compared, a version that is gone must have a recorded deletion with the same hash, and
 * each chain link is recomputed. Reads in batches (flat memory).
 */
export async function verifyLedger(
  db: Db,
  tenantId: string,
  range: { from?: bigint; to?: bigint } = {},
): Promise<VerificationResult> {
  const pool = pgPoolOf(db);
  const head = await chainHead(pool, tenantId);
  const from = range.from ?? 1n;
  const to = range.to === undefined || (head && range.to > head.position) ? (head?.position ?? 0n) : range.to;
  const failures: VerificationFailure[] = [];
  let entries = 0;
  let deleted = 0;
  // The link before the range is taken as stored; verifying from 1 checks it from the genesis.
  let previous = from <= 1n ? GENESIS : ((await chainHead(pool, tenantId, from - 1n))?.chainHash ?? null);
  let expected = from;
  let last: bigint | null = null;
  let ok = previous !== null || from > to;
  while (expected <= to) {
    const upTo = expected + BigInt(VERIFY_BATCH) - 1n < to ? expected + BigInt(VERIFY_BATCH) - 1n : to;
    const rows = await pool.query<{
      position: string;
      container_id: string;
      message_id: string;
      etag: string;
      content_hash: Buffer;
      chain_hash: Buffer;
      actual: Buffer | null;
      recorded_deletion: boolean;
    }>(
      `SELECT l.position, l.container_id, l.message_id, l.etag, l.content_hash, l.chain_hash,
         CASE WHEN v.tenant_id IS NOT NULL THEN archive_version_hash(v) END AS actual,
         v.tenant_id IS NULL AND EXISTS (SELECT 1 FROM archive_deletions d WHERE d.tenant_id = l.tenant_id
           AND d.container_id = l.container_id AND d.message_id = l.message_id AND d.etag = l.etag
           AND d.content_hash = l.content_hash) AS recorded_deletion
       FROM archive_ledger l
       LEFT JOIN message_versions v ON v.tenant_id = l.tenant_id AND v.container_id = l.container_id
         AND v.message_id = l.message_id AND v.etag = l.etag AND v.json_hash = l.json_hash
       WHERE l.tenant_id = $1::uuid AND l.position BETWEEN $2 AND $3
       ORDER BY l.position`,
      [tenantId, expected.toString(), upTo.toString()],
    );
    for (const row of rows.rows) {
      const position = BigInt(row.position);
      const at = {
        position: row.position,
        containerId: row.container_id,
        messageId: row.message_id,
        etag: row.etag,
      };
      const fail = (problem: VerificationFailure["problem"]) => {
        ok = false;
        if (failures.length < MAX_FAILURES) failures.push({ ...at, problem });
      };
      if (position !== expected) {
        fail("position_gap");
        previous = null;
      }
      entries++;
      if (row.actual === null) {
        if (row.recorded_deletion) deleted++;
        else fail("version_missing");
      } else if (!row.actual.equals(row.content_hash)) {
        fail("content_changed");
      }
      // The chain is recomputed from the entries' own content hashes, so a link an attacker rewrote shows.
      const link = previous ? chainHash(previous, position, row.content_hash) : null;
      if (!link?.equals(row.chain_hash)) fail("chain_broken");
      previous = row.chain_hash;
      expected = position + 1n;
      last = position;
    }
    if (rows.rows.length === 0 || expected <= upTo) {
      // Entries missing at the end of this batch.
      if (expected <= upTo) {
        ok = false;
        if (failures.length < MAX_FAILURES) {
          failures.push({
            position: expected.toString(),
            containerId: "",
            messageId: "",
            etag: "",
            problem: "position_gap",
          });
        }
        previous = null;
        expected = upTo + 1n;
      }
    }
  }
  let unrecorded: number | null = null;
  if (range.from === undefined && range.to === undefined) {
    const r = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM message_versions v WHERE v.tenant_id = $1::uuid AND NOT EXISTS (
         SELECT 1 FROM archive_ledger l WHERE l.tenant_id = v.tenant_id AND l.container_id = v.container_id
           AND l.message_id = v.message_id AND l.etag = v.etag AND l.json_hash = v.json_hash)`,
      [tenantId],
    );
    unrecorded = Number(r.rows[0]?.n ?? 0);
    if (unrecorded > 0) ok = false;
  }
  return {
    tenantId,
    fromPosition: from.toString(),
    toPosition: (last ?? (to < from ? from - 1n : to)).toString(),
    entries,
    deletedByRetention: deleted,
    ok,
    failures,
    chainHash: previous && last !== null ? previous.toString("hex") : null,
    unrecorded,
  };
}
