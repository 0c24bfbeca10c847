import { createHash } from "node:crypto";
import type { PolicyViolationBody, PolicyViolationView } from "@capstan/contracts";
import {
  type Db,
  type GraphChatMessage,
  type PolicyViolation,
  pgPoolOf,
  storeMessagePage,
  withPgTransaction,
} from "@capstan/db";
import { type Cloud, type GraphClient, GraphError } from "@capstan/graph";
import { emitEvent } from "@capstan/webhooks";
import { LIVE_CHANNEL } from "./receiver";

// DLP verdicts: recorded on request (the same verdict on the same message is the same request), applied by
// the worker through Graph's PATCH, the version Graph answers with archived, and a webhook event emitted in
// the same transaction.

/** JSON with sorted keys: equal verdicts hash equal whatever order the caller wrote them in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export function viewOf(row: PolicyViolation): PolicyViolationView {
  return {
    id: row.id,
    tenantId: row.tenantId,
    containerId: row.containerId,
    messageId: row.messageId,
    policyViolation: row.policyViolation as PolicyViolationView["policyViolation"],
    reason: row.reason,
    requestedBy: row.requestedBy,
    status: row.status as PolicyViolationView["status"],
    attempts: row.attempts,
    error: row.error,
    appliedEtag: row.appliedEtag,
    appliedAt: row.appliedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Records a verdict for an archived message of the tenant. Resolves to null when the archive has no such
 * message; `created` is false when the same verdict was asked for before (that request is returned).
 */
export async function requestPolicyViolation(
  db: Db,
  input: { accountId: string; tenantId: string; apiKeyId: string; body: PolicyViolationBody },
): Promise<{ view: PolicyViolationView; created: boolean } | null> {
  const { tenantId, body } = input;
  const message = await db.message.findUnique({
    where: {
      tenantId_containerId_messageId: { tenantId, containerId: body.containerId, messageId: body.messageId },
    },
  });
  if (!message) return null;
  const violationHash = createHash("sha256").update(canonical(body.policyViolation)).digest("hex");
  const key = { tenantId, containerId: body.containerId, messageId: body.messageId, violationHash };
  const existing = await db.policyViolation.findUnique({
    where: { tenantId_containerId_messageId_violationHash: key },
  });
  if (existing) return { view: viewOf(existing), created: false };
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO policy_violations (id, account_id, tenant_id, container_id, message_id, policy_violation,
      violation_hash, reason, requested_by, updated_at)
    VALUES (gen_random_uuid(), ${input.accountId}::uuid, ${tenantId}::uuid, ${body.containerId}, ${body.messageId},
      ${JSON.stringify(body.policyViolation)}::jsonb, ${violationHash}, ${body.reason},
      ${`api-key:${input.apiKeyId}${body.actor ? ` ${body.actor}` : ""}`}, now())
    ON CONFLICT (tenant_id, container_id, message_id, violation_hash) DO NOTHING
    RETURNING id`;
  const row = await db.policyViolation.findUniqueOrThrow({
    where: { tenantId_containerId_messageId_violationHash: key },
  });
  // Wakes a worker to apply it now.
  if (rows.length > 0) await db.$executeRawUnsafe(`SELECT pg_notify('${LIVE_CHANNEL}', '')`);
  return { view: viewOf(row), created: rows.length > 0 };
}

export async function getPolicyViolation(
  db: Db,
  tenantId: string,
  id: string,
): Promise<PolicyViolationView | null> {
  const row = await db.policyViolation.findFirst({ where: { id, tenantId } });
  return row ? viewOf(row) : null;
}

const MAX_ATTEMPTS = 10;

interface DueRow {
  id: string;
  account_id: string;
  tenant_id: string;
  container_id: string;
  message_id: string;
  policy_violation: unknown;
  reason: string;
  requested_by: string;
  attempts: number;
  entra_tenant_id: string | null;
  cloud: Cloud;
  chat_id: string | null;
  team_id: string | null;
  channel_id: string | null;
  reply_to_id: string | null;
}

/** The Graph path of an archived message: a chat message, a channel post, or a reply. */
export function messagePath(
  m: Pick<DueRow, "chat_id" | "team_id" | "channel_id" | "reply_to_id" | "message_id">,
): string {
  const e = encodeURIComponent;
  if (m.chat_id) return `/v1.0/chats/${e(m.chat_id)}/messages/${e(m.message_id)}`;
  const base = `/v1.0/teams/${e(m.team_id ?? "")}/channels/${e(m.channel_id ?? "")}/messages`;
  return m.reply_to_id
    ? `${base}/${e(m.reply_to_id)}/replies/${e(m.message_id)}`
    : `${base}/${e(m.message_id)}`;
}

/** Applies due verdicts through Graph; resolves to how many it settled (applied or failed for good). */
export async function applyPolicyViolations(
  deps: { db: Db; graph: GraphClient },
  limit = 20,
): Promise<number> {
  const { db, graph } = deps;
  const due = await db.$queryRaw<DueRow[]>`
    UPDATE policy_violations p SET lease_until = now() + interval '60 seconds', attempts = p.attempts + 1
    FROM tenants t, messages m
    WHERE t.id = p.tenant_id AND m.tenant_id = p.tenant_id AND m.container_id = p.container_id
      AND m.message_id = p.message_id
      AND p.id IN (SELECT id FROM policy_violations WHERE status = 'pending' AND next_attempt_at <= now()
                   AND (lease_until IS NULL OR lease_until < now()) ORDER BY next_attempt_at LIMIT ${limit}
                   FOR UPDATE SKIP LOCKED)
    RETURNING p.id, p.account_id, p.tenant_id, p.container_id, p.message_id, p.policy_violation, p.reason,
      p.requested_by, p.attempts, t.entra_tenant_id, t.cloud::text AS cloud, m.chat_id, m.team_id, m.channel_id, m.reply_to_id`;
  let settled = 0;
  for (const row of due) {
    try {
      if (!row.entra_tenant_id)
        throw new GraphError("unauthorized", 0, "NoTenant", "the tenant has no Entra id");
      const path = messagePath(row);
      const tenant = { entraTenantId: row.entra_tenant_id, cloud: row.cloud };
      const answered = await graph.request<GraphChatMessage & { "@odata.context"?: string }>(
        tenant,
        "PATCH",
        path,
        { policyViolation: row.policy_violation },
      );
      // Graph may answer 204: then the message is read back to archive what it now is.
      const got = answered?.id
        ? answered
        : await graph.request<GraphChatMessage & { "@odata.context"?: string }>(tenant, "GET", path);
      if (!got?.id) throw new GraphError("transient", 0, "NoMessage", "Graph returned no message");
      const { "@odata.context": _context, ...message } = got;
      const appliedAt = new Date();
      await withPgTransaction(pgPoolOf(db), async (client) => {
        await storeMessagePage(
          client,
          {
            tenantId: row.tenant_id,
            exportId: row.id,
            taskId: row.id,
            messages: [message as GraphChatMessage],
            hostedContents: false,
          },
          { probe: false },
        );
        await client.query(
          `UPDATE policy_violations SET status = 'applied', applied_etag = $2, applied_at = $3, error = NULL,
             lease_until = NULL, updated_at = now() WHERE id = $1`,
          [row.id, message.etag ?? null, appliedAt],
        );
        await emitEvent(client, {
          accountId: row.account_id,
          type: "message.policy_violation_applied",
          data: {
            message: {
              tenantId: row.tenant_id,
              containerId: row.container_id,
              messageId: row.message_id,
              etag: message.etag ?? "",
            },
            policyViolationId: row.id,
            policyViolation: row.policy_violation as Record<string, unknown>,
            reason: row.reason,
            requestedBy: row.requested_by,
            appliedAt: appliedAt.toISOString(),
          },
          dedupeKey: `message.policy_violation_applied:${row.id}`,
        });
      });
      settled++;
    } catch (error) {
      const retry =
        error instanceof GraphError ? error.kind === "transient" || error.kind === "throttled" : true;
      const final = !retry || row.attempts >= MAX_ATTEMPTS;
      const waitMs =
        error instanceof GraphError && error.retryAfterMs
          ? error.retryAfterMs
          : 1000 * 2 ** Math.min(row.attempts, 8);
      const text =
        error instanceof GraphError
          ? `${error.status} ${error.code}: ${error.message}`
          : (error as Error).message;
      await db.policyViolation.update({
        where: { id: row.id },
        data: {
          status: final ? "failed" : "pending",
          error: text.slice(0, 500),
          leaseUntil: null,
          nextAttemptAt: new Date(Date.now() + waitMs),
        },
      });
      if (final) settled++;
    }
  }
  return settled;
}
