import { randomUUID } from "node:crypto";
import {
  type WebhookEventData,
  type WebhookEventType,
  type WebhookExportRef,
  type WebhookExportSummary,
  type WebhookTenantRef,
  webhookEventData,
  webhookEventVersions,
} from "@capstan/contracts";
import { type Export, type SqlTarget, sqlOf, type Tenant, type Tx } from "@capstan/db";

export interface EmitEventInput<T extends WebhookEventType> {
  accountId: string;
  type: T;
  /** The event's `data`, validated against its zod schema (a bad payload throws, rolling the caller back). */
  data: WebhookEventData<T>;
  /** Emitting again with the same key (per account) records nothing: the event happens once. */
  dedupeKey?: string;
  /** When it happened; default now. */
  occurredAt?: Date;
}

export interface EmittedEvent {
  eventId: string;
  /** Deliveries created: one per enabled endpoint of the account subscribed to the type. */
  deliveries: number;
}

// $1 event, $2 account, $3 type, $4 version, $5 body, $6 dedupe key, $7 time.
const INSERT_EVENT_SQL = `
    INSERT INTO webhook_events (id, account_id, type, version, body, dedupe_key, created_at)
    VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::timestamptz)
    ON CONFLICT (account_id, dedupe_key) DO NOTHING
    RETURNING id`;

// $1 event, $2 account, $3 type.
const INSERT_DELIVERIES_SQL = `
    INSERT INTO webhook_deliveries (id, event_id, endpoint_id, account_id, status, next_attempt_at, created_at, updated_at)
    SELECT gen_random_uuid(), $1::uuid, e.id, e.account_id, 'pending', now(), now(), now()
    FROM webhook_endpoints e
    WHERE e.account_id = $2::uuid AND e.enabled AND ($3 = ANY(e.events) OR '*' = ANY(e.events))`;

/**
 * The transactional outbox: writes the event, and one pending delivery per enabled endpoint subscribed to
 * its type, inside the caller's transaction, so the event exists exactly when the change it reports
 * commits. The worker delivers it. Returns null when dedupeKey says it was already emitted.
 */
export async function emitEvent<T extends WebhookEventType>(
  target: SqlTarget,
  input: EmitEventInput<T>,
): Promise<EmittedEvent | null> {
  const sql = sqlOf(target);
  const data = webhookEventData[input.type].parse(input.data);
  const id = randomUUID();
  const at = input.occurredAt ?? new Date();
  const version = webhookEventVersions[input.type];
  const body = JSON.stringify({
    id,
    type: input.type,
    version,
    timestamp: at.toISOString(),
    accountId: input.accountId,
    data,
  });
  const inserted = await sql.rows<{ id: string }>(INSERT_EVENT_SQL, [
    id,
    input.accountId,
    input.type,
    version,
    body,
    input.dedupeKey ?? null,
    at.toISOString(),
  ]);
  if (inserted.length === 0) return null;
  const deliveries = await sql.count(INSERT_DELIVERIES_SQL, [id, input.accountId, input.type]);
  return { eventId: id, deliveries };
}

// ---- Payload builders: what the onboarding and export paths pass to emitEvent ----

export function tenantRef(
  tenant: Pick<Tenant, "id" | "entraTenantId" | "displayName" | "model" | "status">,
): WebhookTenantRef {
  return {
    id: tenant.id,
    entraTenantId: tenant.entraTenantId,
    displayName: tenant.displayName,
    model: tenant.model,
    status: tenant.status,
  };
}

export function exportRef(row: Export): WebhookExportRef {
  return {
    id: row.id,
    tenantId: row.tenantId,
    scope: row.scope,
    targetId: row.targetId,
    scheduleId: row.scheduleId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Task counts and stored totals of an export, summed from its tasks. */
export async function exportSummary(tx: Tx, exportId: string): Promise<WebhookExportSummary> {
  const groups = await tx.exportTask.groupBy({
    by: ["status"],
    where: { exportId },
    _count: true,
    _sum: { messagesStored: true, versionsNew: true, hostedContents: true },
  });
  const count = (statuses: string[]) =>
    groups.filter((g) => statuses.includes(g.status)).reduce((n, g) => n + g._count, 0);
  const sum = (field: "messagesStored" | "versionsNew" | "hostedContents") =>
    groups.reduce((n, g) => n + Number(g._sum[field] ?? 0), 0);
  return {
    tasksTotal: groups.reduce((n, g) => n + g._count, 0),
    tasksCompleted: count(["completed", "skipped"]),
    tasksFailed: count(["failed", "dead"]),
    messagesStored: sum("messagesStored"),
    versionsNew: sum("versionsNew"),
    hostedContents: sum("hostedContents"),
  };
}

type TenantEventType = "tenant.consented" | "tenant.consent_failed" | "tenant.consent_revoked";
type ExportEventType = "export.started" | "export.completed" | "export.failed" | "export.cancelled";

/**
 * Emits a tenant.* event for a tenant as it now is in the transaction; `extra` is the rest of the data:
 * consented: { consentedAt }, consent_failed: { error: { code, description } }, consent_revoked:
 * { reason, detectedAt }.
 */
export async function emitTenantEvent<T extends TenantEventType>(
  tx: Tx,
  tenantId: string,
  type: T,
  extra: Omit<WebhookEventData<T>, "tenant">,
  options: { dedupeKey?: string; occurredAt?: Date } = {},
): Promise<EmittedEvent | null> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  return emitEvent(tx, {
    accountId: tenant.accountId,
    type,
    data: { ...extra, tenant: tenantRef(tenant) } as WebhookEventData<T>,
    ...options,
  });
}

/**
 * Emits an export.* event for an export as it now is in the transaction (call it after the status change);
 * `extra` is the rest of the data: failed: { error }, cancelled: { reason }, started/completed: {}.
 * One transition is recorded once: the default dedupe key is the type, the export and its time stamp.
 */
export async function emitExportEvent<T extends ExportEventType>(
  tx: Tx,
  exportId: string,
  type: T,
  extra: Omit<WebhookEventData<T>, "export" | "summary">,
  options: { dedupeKey?: string; occurredAt?: Date } = {},
): Promise<EmittedEvent | null> {
  const row = await tx.export.findUniqueOrThrow({ where: { id: exportId } });
  const stamp = (type === "export.started" ? row.startedAt : row.finishedAt) ?? row.createdAt;
  const data =
    type === "export.started"
      ? { export: exportRef(row) }
      : { ...extra, export: exportRef(row), summary: await exportSummary(tx, exportId) };
  return emitEvent(tx, {
    accountId: row.accountId,
    type,
    data: data as WebhookEventData<T>,
    dedupeKey: options.dedupeKey ?? `${type}:${exportId}:${stamp.toISOString()}`,
    ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
  });
}

export const USAGE_THRESHOLDS = [80, 100] as const;

export interface UsageThresholdInput {
  accountId: string;
  /** Null for an account-wide budget. */
  tenantId: string | null;
  /** YYYY-MM (the usage ledger's month). */
  period: string;
  limitKind: "evaluation_cap" | "budget";
  limit: number;
  /** Usage after the change. */
  used: number;
  /** Usage before the change: thresholds it had already reached are not looked at again. */
  previousUsed?: number;
}

/**
 * Emits usage.threshold_reached for each of 80% and 100% of the limit that `used` has reached, once per
 * tenant, period, limit kind, limit and threshold (a changed budget can fire again). Call it after adding
 * usage, in the same transaction. Returns the thresholds emitted now.
 */
export async function emitUsageThresholds(target: SqlTarget, input: UsageThresholdInput): Promise<number[]> {
  if (input.limit <= 0) return [];
  const emitted: number[] = [];
  for (const threshold of USAGE_THRESHOLDS) {
    const reachedAt = (input.limit * threshold) / 100;
    if (input.used < reachedAt) continue;
    if (input.previousUsed !== undefined && input.previousUsed >= reachedAt) continue;
    const event = await emitEvent(target, {
      accountId: input.accountId,
      type: "usage.threshold_reached",
      data: {
        tenantId: input.tenantId,
        period: input.period,
        metric: "messages",
        limitKind: input.limitKind,
        limit: input.limit,
        used: input.used,
        thresholdPercent: threshold,
      },
      dedupeKey: `usage:${input.tenantId ?? "account"}:${input.period}:${input.limitKind}:${input.limit}:${threshold}`,
    });
    if (event) emitted.push(threshold);
  }
  return emitted;
}
