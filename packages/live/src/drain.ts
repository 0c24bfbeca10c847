import {
  containerOf,
  type Db,
  type GraphChatMessage,
  jsonHash,
  pgPoolOf,
  type Queryable,
  storeMessagePage,
  withPgTransaction,
  withTransaction,
} from "@capstan/db";
import type { Cloud, GraphClient } from "@capstan/graph";
import { emitEvent } from "@capstan/webhooks";

// From live_inbox to the archive. A batch of notifications is taken, stored through the message store and
// deleted in one transaction: a crash rolls the batch back into the inbox, and storing it again stores
// nothing twice (versions are keyed by tenant, container, message id, etag and JSON hash).

interface InboxRow {
  id: string;
  tenant_id: string;
  subscription_id: string;
  resource: string | null;
  change_type: "created" | "updated" | "deleted";
  message: string | null;
  received_at: Date;
}

export interface DrainDeps {
  db: Db;
  graph: GraphClient;
  /** Called after commit with what was stored (metrics, latency measurements). */
  onStored?: (stored: {
    tenantId: string;
    messages: number;
    newVersions: number;
    receivedAt: Date[];
  }) => void;
}

/** Graph path of a notification's resource, e.g. chats('19:x')/messages('1') → /v1.0/chats/19:x/messages/1. */
export function resourcePath(resource: string): string | null {
  const parts = [...resource.matchAll(/(\w+)\('([^']*)'\)/g)];
  if (parts.length === 0) return null;
  return `/v1.0/${parts.map((m) => `${m[1]}/${encodeURIComponent(m[2] as string)}`).join("/")}`;
}

type ChatChange = InboxRow["change_type"];

/**
 * message.captured for each version, once (the dedupe key is the version), for accounts with an endpoint
 * that takes the event: partners acting on messages (DLP) hear of each one seconds after it is sent.
 */
async function emitCaptured(
  client: Queryable,
  tenantId: string,
  messages: GraphChatMessage[],
  changes: ChatChange[],
): Promise<void> {
  const { rows } = await client.query<{ account_id: string }>(
    `SELECT t.account_id FROM tenants t WHERE t.id = $1 AND EXISTS (
       SELECT 1 FROM webhook_endpoints e WHERE e.account_id = t.account_id AND e.enabled
         AND ('message.captured' = ANY(e.events) OR '*' = ANY(e.events)))`,
    [tenantId],
  );
  const accountId = rows[0]?.account_id;
  if (!accountId) return;
  for (const [i, m] of messages.entries()) {
    const containerId = containerOf(m).id;
    const etag = m.etag ?? "";
    await emitEvent(client, {
      accountId,
      type: "message.captured",
      data: {
        message: { tenantId, containerId, messageId: m.id, etag },
        changeType: changes[i] as ChatChange,
        chatMessage: m,
      },
      // One event per version: Graph can change a message (a reaction, a silent deletion) and keep its etag.
      dedupeKey: `message.captured:${tenantId}:${containerId}:${m.id}:${etag}:${jsonHash(JSON.stringify(m)).toString("hex")}`,
    });
  }
}

/** Stores one batch of notifications; resolves to how many inbox rows it consumed. */
export async function drainNotifications(deps: DrainDeps, limit = 1000): Promise<number> {
  const done: { tenantId: string; messages: number; newVersions: number; receivedAt: Date[] }[] = [];
  const consumed = await withPgTransaction(pgPoolOf(deps.db), async (client) => {
    done.length = 0;
    const { rows } = await client.query<InboxRow>(
      `DELETE FROM live_inbox WHERE id IN (
         SELECT id FROM live_inbox WHERE kind = 'notification' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, tenant_id, subscription_id, resource, change_type, message, received_at`,
      [limit],
    );
    if (rows.length === 0) return 0;
    const byTenant = new Map<string, InboxRow[]>();
    for (const r of rows) byTenant.set(r.tenant_id, [...(byTenant.get(r.tenant_id) ?? []), r]);
    const captures = await client.query<{
      tenant_id: string;
      result_set_id: string;
      entra_tenant_id: string | null;
      cloud: Cloud;
    }>(
      `SELECT c.tenant_id, c.result_set_id, t.entra_tenant_id, t.cloud::text AS cloud FROM live_captures c JOIN tenants t ON t.id = c.tenant_id
       WHERE c.tenant_id = ANY($1::uuid[])`,
      [[...byTenant.keys()]],
    );
    for (const c of captures.rows) {
      const list = byTenant.get(c.tenant_id) ?? [];
      const messages: GraphChatMessage[] = [];
      const changes: ChatChange[] = [];
      for (const r of list) {
        if (r.message) {
          messages.push(JSON.parse(r.message) as GraphChatMessage);
          changes.push(r.change_type);
        } else {
          // No resource data: read the message itself (through the limiter, like every Graph call).
          const path = r.resource ? resourcePath(r.resource) : null;
          if (!path || !c.entra_tenant_id) continue;
          const m = await deps.graph
            .request<GraphChatMessage>({ entraTenantId: c.entra_tenant_id, cloud: c.cloud }, "GET", path)
            .catch(() => null);
          if (m?.id) {
            const { "@odata.context": _context, ...rest } = m as GraphChatMessage & {
              "@odata.context"?: string;
            };
            messages.push(rest as GraphChatMessage);
            changes.push(r.change_type);
          }
        }
      }
      const counts = await storeMessagePage(
        client,
        {
          tenantId: c.tenant_id,
          exportId: c.result_set_id,
          taskId: c.result_set_id,
          messages,
          hostedContents: false,
        },
        { probe: false },
      );
      await emitCaptured(client, c.tenant_id, messages, changes);
      done.push({
        tenantId: c.tenant_id,
        messages: messages.length,
        newVersions: counts.newVersions,
        receivedAt: list.map((r) => r.received_at),
      });
    }
    await client.query(
      `UPDATE live_subscriptions s SET notifications = s.notifications + x.n, last_notification_at = x.at
       FROM (SELECT subscription_id AS id, count(*) AS n, max(received_at) AS at
             FROM unnest($1::uuid[], $2::timestamptz[]) AS u(subscription_id, received_at) GROUP BY 1) x
       WHERE s.id = x.id`,
      [rows.map((r) => r.subscription_id), rows.map((r) => r.received_at)],
    );
    return rows.length;
  });
  for (const d of done) deps.onStored?.(d);
  return consumed;
}

/**
 * Lifecycle events: a gap (missed, reauthorizationRequired, subscriptionRemoved) asks for a catch-up
 * export; reauthorizationRequired also makes the subscription due for renewal (a renewal reauthorizes),
 * subscriptionRemoved makes it to be created again. Resolves to how many events it handled.
 */
export async function handleLifecycle(db: Db, now: Date = new Date()): Promise<number> {
  return withTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<
      { tenant_id: string; subscription_id: string; lifecycle_event: string; received_at: Date }[]
    >`
      DELETE FROM live_inbox WHERE id IN (
        SELECT id FROM live_inbox WHERE kind = 'lifecycle' ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED)
      RETURNING tenant_id, subscription_id, lifecycle_event, received_at`;
    for (const r of rows) {
      const data =
        r.lifecycle_event === "subscriptionRemoved"
          ? { status: "pending", graphSubscriptionId: null, expiresAt: null, leaseUntil: null }
          : r.lifecycle_event === "reauthorizationRequired"
            ? { expiresAt: now, leaseUntil: null }
            : {};
      await tx.liveSubscription.updateMany({
        where: { id: r.subscription_id },
        data: { ...data, lastLifecycleEvent: r.lifecycle_event, lastLifecycleAt: r.received_at },
      });
      await tx.liveCapture.updateMany({
        where: { tenantId: r.tenant_id, catchUpRequestedAt: null },
        data: { catchUpRequestedAt: r.received_at },
      });
    }
    return rows.length;
  });
}
