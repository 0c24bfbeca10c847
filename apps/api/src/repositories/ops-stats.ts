import { limitSettingsOf } from "@capstan/config";
import {
  ExportStatus as ExportStatusEnum,
  jobCatalog,
  PaymentModel,
  TaskStatus as TaskStatusEnum,
  TenantStatus,
} from "@capstan/contracts";
import { type Db, type ExportStatus, type Prisma, type TaskStatus, usageMonth } from "@capstan/db";
import { graphLimits, type LimiterState, RateLimiter } from "@capstan/rate-limit";
import type { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { afterCursor, newestFirst, newestFirstBy, toPage } from "../lib/pagination";
import { decodeCursor, encodeCursor } from "./cursor";

/**
 * What the ops dashboard and /metrics show, read across every account: SQL aggregates (GROUP BY) and
 * keyset pages, never a whole table into memory, so pages stay fast with thousands of tenants.
 */

// The status lists the pages and /metrics walk are the contracts' own enums.
export const TENANT_STATUSES = TenantStatus.options;
export const PAYMENT_MODELS = PaymentModel.options;
export const EXPORT_STATUSES = ExportStatusEnum.options;
export const TASK_STATUSES = TaskStatusEnum.options;
/** Task states worth counting globally (the others only grow). */
export const OPEN_TASK_STATUSES = ["pending", "running", "paused", "dead"] as const;
/** BullMQ job states shown as the queue's backlog. */
export const QUEUE_STATES = [
  "waiting",
  "prioritized",
  "active",
  "delayed",
  "waiting-children",
  "failed",
] as const;
/** A running task whose checkpoint has not moved for this long is reported as stale. */
export const STALE_TASK_MINUTES = 10;
/** The per-minute counters charted, as the worker writes them. */
export const MINUTE_METRICS = [
  "graph_requests",
  "graph_throttled",
  "graph_errors",
  "messages_fetched",
  "messages_stored",
  "versions_new",
  "token_wait_ms",
  "webhook_succeeded",
  "webhook_failed",
] as const;
export type MinuteMetric = (typeof MINUTE_METRICS)[number];

type Page = { cursor?: string | undefined; limit: number };
const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

export interface MinuteSeries {
  /** The first minute of the window (UTC, whole minute); points are one a minute from it. */
  start: Date;
  minutes: number;
  /** Per metric, one total per minute, oldest first (0 where nothing was counted). */
  values: Record<MinuteMetric, number[]>;
  totals: Record<MinuteMetric, number>;
}

export interface ExportProgress {
  tasksTotal: number;
  tasksDone: number;
  tasksBroken: number;
  pagesFetched: number;
  messagesStored: number;
}

export function opsStats(
  db: Db,
  deps: {
    queue: Queue;
    limiter: RateLimiter;
    appId: string;
  },
) {
  /** Task totals per export for a page of exports (one GROUP BY on the export_id index). */
  async function progressOf(exportIds: string[]): Promise<Map<string, ExportProgress>> {
    const out = new Map<string, ExportProgress>();
    if (exportIds.length === 0) return out;
    const rows = await db.$queryRaw<
      {
        export_id: string;
        total: bigint;
        done: bigint;
        broken: bigint;
        pages: bigint | null;
        stored: bigint | null;
      }[]
    >`
      SELECT export_id, count(*) AS total,
        count(*) FILTER (WHERE status IN ('completed', 'skipped')) AS done,
        count(*) FILTER (WHERE status IN ('failed', 'dead')) AS broken,
        sum(pages_fetched) AS pages, sum(messages_stored) AS stored
      FROM export_tasks WHERE export_id = ANY(${exportIds}::uuid[])
      GROUP BY export_id`;
    for (const r of rows) {
      out.set(r.export_id, {
        tasksTotal: n(r.total),
        tasksDone: n(r.done),
        tasksBroken: n(r.broken),
        pagesFetched: n(r.pages),
        messagesStored: n(r.stored),
      });
    }
    return out;
  }

  /** This month's Graph usage per tenant, for a page of tenants. */
  async function usageOf(tenantIds: string[], month = usageMonth()) {
    const out = new Map<string, { requests: number; messages: number; throttled: number }>();
    if (tenantIds.length === 0) return out;
    const rows = await db.$queryRaw<
      { tenant_id: string; requests: bigint; messages: bigint; throttled: bigint }[]
    >`
      SELECT tenant_id, sum(requests) AS requests, sum(messages) AS messages, sum(throttled) AS throttled
      FROM usage_ledger WHERE month = ${month} AND tenant_id = ANY(${tenantIds}::uuid[])
      GROUP BY tenant_id`;
    for (const r of rows) {
      out.set(r.tenant_id, { requests: n(r.requests), messages: n(r.messages), throttled: n(r.throttled) });
    }
    return out;
  }

  async function limiterState(entraTenantId: string | null): Promise<LimiterState | null> {
    if (!entraTenantId) return null;
    return deps.limiter.state(deps.appId, entraTenantId);
  }

  const stats = {
    /** Tenants per status and model. */
    async tenantCounts() {
      const rows = await db.$queryRaw<{ status: string; model: string; count: bigint }[]>`
        SELECT status::text AS status, model::text AS model, count(*) AS count FROM tenants GROUP BY 1, 2`;
      return rows.map((r) => ({ status: r.status, model: r.model, count: n(r.count) }));
    },

    async exportCounts(statuses: readonly ExportStatus[] = ["queued", "running"]) {
      const rows = await db.$queryRaw<{ status: string; count: bigint }[]>`
        SELECT status::text AS status, count(*) AS count FROM exports
        WHERE status::text = ANY(${[...statuses]}::text[]) GROUP BY 1`;
      return Object.fromEntries(
        statuses.map((s) => [s, n(rows.find((r) => r.status === s)?.count)]),
      ) as Record<ExportStatus, number>;
    },

    /** Open task counts (index on status) and running tasks whose checkpoint stopped moving. */
    async taskCounts() {
      const rows = await db.$queryRaw<{ status: string; count: bigint }[]>`
        SELECT status::text AS status, count(*) AS count FROM export_tasks
        WHERE status::text = ANY(${[...OPEN_TASK_STATUSES]}::text[]) GROUP BY 1`;
      const [stale] = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM export_tasks
        WHERE status = 'running' AND updated_at < now() - ${STALE_TASK_MINUTES} * interval '1 minute'`;
      const counts = Object.fromEntries(
        OPEN_TASK_STATUSES.map((s) => [s, n(rows.find((r) => r.status === s)?.count)]),
      ) as Record<(typeof OPEN_TASK_STATUSES)[number], number>;
      return { ...counts, stale: n(stale?.count) };
    },

    /** BullMQ counts of the export-task queue. */
    async queueCounts(): Promise<Record<(typeof QUEUE_STATES)[number], number>> {
      const counts = await deps.queue.getJobCounts(...QUEUE_STATES);
      return Object.fromEntries(QUEUE_STATES.map((s) => [s, counts[s] ?? 0])) as Record<
        (typeof QUEUE_STATES)[number],
        number
      >;
    },

    queueName: jobCatalog.exportTask.queue,
    /** The export-task queue (bull-board mounts it). */
    queue: deps.queue,

    async webhookCounts() {
      const [endpoints] = await db.$queryRaw<{ total: bigint; failing: bigint; disabled: bigint }[]>`
        SELECT count(*) AS total,
          count(*) FILTER (WHERE enabled AND failing_since IS NOT NULL) AS failing,
          count(*) FILTER (WHERE NOT enabled) AS disabled
        FROM webhook_endpoints`;
      const deliveries = await db.$queryRaw<{ status: string; count: bigint }[]>`
        SELECT status::text AS status, count(*) AS count FROM webhook_deliveries
        WHERE status IN ('pending', 'failed') GROUP BY 1`;
      const [due] = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= now()`;
      return {
        endpoints: n(endpoints?.total),
        failing: n(endpoints?.failing),
        disabled: n(endpoints?.disabled),
        pending: n(deliveries.find((d) => d.status === "pending")?.count),
        due: n(due?.count),
        failed: n(deliveries.find((d) => d.status === "failed")?.count),
      };
    },

    /** The per-minute counters of the last `minutes` minutes, the current minute included. */
    async series(minutes = 60): Promise<MinuteSeries> {
      const rows = await db.$queryRaw<{ minute: Date; metric: string; value: bigint; start: Date }[]>`
        WITH w AS (SELECT date_trunc('minute', now()) - (${minutes - 1} * interval '1 minute') AS start)
        SELECT m.minute, m.metric, m.value, w.start FROM w
        LEFT JOIN ops_metric_minutes m ON m.minute >= w.start`;
      const start =
        rows[0]?.start ?? new Date(Math.floor(Date.now() / 60_000) * 60_000 - (minutes - 1) * 60_000);
      const values = Object.fromEntries(MINUTE_METRICS.map((m) => [m, new Array(minutes).fill(0)])) as Record<
        MinuteMetric,
        number[]
      >;
      for (const r of rows) {
        if (!r.minute || !(r.metric in values)) continue;
        const i = Math.round((r.minute.getTime() - start.getTime()) / 60_000);
        const list = values[r.metric as MinuteMetric];
        if (i >= 0 && i < minutes) list[i] = (list[i] ?? 0) + n(r.value);
      }
      const totals = Object.fromEntries(
        MINUTE_METRICS.map((m) => [m, values[m].reduce((a, b) => a + b, 0)]),
      ) as Record<MinuteMetric, number>;
      return { start, minutes, values, totals };
    },

    /**
     * Exports that need someone: tasks paused (consent, licence…), or dead-lettered or failed in the last
     * week; newest trouble first, with the latest reason.
     */
    async needsAttention(limit = 10) {
      const rows = await db.$queryRaw<
        {
          export_id: string;
          dead: bigint;
          failed: bigint;
          paused: bigint;
          last: Date;
          reason: string | null;
          status: string;
          tenant_id: string;
          tenant_name: string | null;
          account_name: string;
        }[]
      >`
        WITH trouble AS (
          SELECT export_id,
            count(*) FILTER (WHERE status = 'dead') AS dead,
            count(*) FILTER (WHERE status = 'failed') AS failed,
            count(*) FILTER (WHERE status = 'paused') AS paused,
            max(updated_at) AS last,
            (array_agg(error ORDER BY updated_at DESC) FILTER (WHERE error IS NOT NULL))[1] AS reason
          FROM export_tasks
          WHERE status = 'paused' OR (status IN ('dead', 'failed') AND updated_at > now() - interval '7 days')
          GROUP BY export_id
        )
        SELECT t.*, e.status::text AS status, e.tenant_id, tn.display_name AS tenant_name, a.name AS account_name
        FROM trouble t
        JOIN exports e ON e.id = t.export_id
        JOIN tenants tn ON tn.id = e.tenant_id
        JOIN accounts a ON a.id = e.account_id
        ORDER BY t.last DESC
        LIMIT ${limit}`;
      const [total] = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(DISTINCT export_id) AS count FROM export_tasks
        WHERE status = 'paused' OR (status IN ('dead', 'failed') AND updated_at > now() - interval '7 days')`;
      return {
        total: n(total?.count),
        rows: rows.map((r) => ({
          exportId: r.export_id,
          status: r.status,
          tenantId: r.tenant_id,
          tenantName: r.tenant_name,
          accountName: r.account_name,
          dead: n(r.dead),
          failed: n(r.failed),
          paused: n(r.paused),
          last: r.last,
          reason: r.reason,
        })),
      };
    },

    /** Tenants Graph throttled most this month (usage ledger). */
    async mostThrottled(limit = 10, month = usageMonth()) {
      const rows = await db.$queryRaw<
        { tenant_id: string; throttled: bigint; requests: bigint; display_name: string | null }[]
      >`
        SELECT u.tenant_id, u.throttled, u.requests, t.display_name FROM (
          SELECT tenant_id, sum(throttled) AS throttled, sum(requests) AS requests
          FROM usage_ledger WHERE month = ${month} GROUP BY tenant_id HAVING sum(throttled) > 0
          ORDER BY sum(throttled) DESC LIMIT ${limit}
        ) u JOIN tenants t ON t.id = u.tenant_id
        ORDER BY u.throttled DESC`;
      return rows.map((r) => ({
        tenantId: r.tenant_id,
        displayName: r.display_name,
        throttled: n(r.throttled),
        requests: n(r.requests),
      }));
    },

    /** A page of tenants (newest first) with this month's usage, open exports and limiter state. */
    async listTenants(
      q: Page & {
        status?: string | undefined;
        model?: string | undefined;
        accountId?: string | undefined;
        search?: string | undefined;
      },
    ) {
      const where: Prisma.TenantWhereInput = {
        ...(q.status ? { status: q.status as never } : {}),
        ...(q.model ? { model: q.model as never } : {}),
        ...(q.accountId ? { accountId: q.accountId } : {}),
        ...(q.search
          ? {
              OR: [
                { displayName: { contains: q.search, mode: "insensitive" as const } },
                { entraTenantId: q.search.toLowerCase() },
                ...(/^[0-9a-f-]{36}$/i.test(q.search) ? [{ id: q.search.toLowerCase() }] : []),
              ],
            }
          : {}),
      };
      const after = afterCursor(q.cursor);
      const [rows, total] = await Promise.all([
        db.tenant.findMany({
          // AND: the search filter has an OR of its own.
          where: { ...where, AND: [after] },
          include: { account: { select: { name: true } } },
          orderBy: newestFirst,
          take: q.limit + 1,
        }),
        db.tenant.count({ where }),
      ]);
      const page = rows.slice(0, q.limit);
      const ids = page.map((t) => t.id);
      const [usage, open, limits] = await Promise.all([
        usageOf(ids),
        db.$queryRaw<{ tenant_id: string; count: bigint }[]>`
          SELECT tenant_id, count(*) AS count FROM exports
          WHERE tenant_id = ANY(${ids}::uuid[]) AND status IN ('queued', 'running') GROUP BY tenant_id`,
        Promise.all(page.map((t) => limiterState(t.entraTenantId).catch(() => null))),
      ]);
      const last = page.at(-1);
      return {
        total,
        rows: page.map((t, i) => ({
          tenant: t,
          accountName: t.account.name,
          usage: usage.get(t.id) ?? { requests: 0, messages: 0, throttled: 0 },
          openExports: n(open.find((o) => o.tenant_id === t.id)?.count),
          limiter: limits[i] ?? null,
        })),
        nextCursor:
          rows.length > q.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      };
    },

    /** Messages across all of an account's tenants this month: what its monthly budget is compared with. */
    async accountMessages(accountId: string, month = usageMonth()): Promise<number> {
      const [row] = await db.$queryRaw<{ total: bigint | null }[]>`
        SELECT sum(u.messages) AS total FROM usage_ledger u JOIN tenants t ON t.id = u.tenant_id
        WHERE t.account_id = ${accountId}::uuid AND u.month = ${month}`;
      return n(row?.total);
    },

    async tenant(tenantId: string) {
      const tenant = await db.tenant.findUnique({
        where: { id: tenantId },
        include: { account: { select: { id: true, name: true, monthlyMessageBudget: true } } },
      });
      if (!tenant) return null;
      const [exportsByStatus, schedule, limiter] = await Promise.all([
        db.$queryRaw<{ status: string; count: bigint }[]>`
          SELECT status::text AS status, count(*) AS count FROM exports WHERE tenant_id = ${tenantId}::uuid GROUP BY 1`,
        db.exportSchedule.findUnique({ where: { tenantId } }),
        limiterState(tenant.entraTenantId),
      ]);
      return {
        tenant,
        exportsByStatus: Object.fromEntries(
          EXPORT_STATUSES.map((s) => [s, n(exportsByStatus.find((r) => r.status === s)?.count)]),
        ) as Record<ExportStatus, number>,
        schedule,
        limiter,
      };
    },

    /** A page of exports (newest first), all tenants or one, any or one status, with task totals. */
    async listExports(
      q: Page & { tenantId?: string | undefined; statuses?: readonly ExportStatus[] | undefined },
    ) {
      const where: Prisma.ExportWhereInput = {
        ...(q.tenantId ? { tenantId: q.tenantId } : {}),
        ...(q.statuses ? { status: { in: [...q.statuses] } } : {}),
      };
      const rows = await db.export.findMany({
        where: { ...where, ...afterCursor(q.cursor) },
        include: {
          tenant: { select: { displayName: true } },
          account: { select: { name: true } },
        },
        orderBy: newestFirst,
        take: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const progress = await progressOf(page.map((e) => e.id));
      const last = page.at(-1);
      return {
        rows: page.map((e) => ({
          export: e,
          progress: progress.get(e.id) ?? {
            tasksTotal: 0,
            tasksDone: 0,
            tasksBroken: 0,
            pagesFetched: 0,
            messagesStored: 0,
          },
        })),
        nextCursor:
          rows.length > q.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      };
    },

    async exportRow(exportId: string) {
      return db.export.findUnique({
        where: { id: exportId },
        include: {
          tenant: { select: { id: true, displayName: true, entraTenantId: true, model: true, status: true } },
          account: { select: { id: true, name: true } },
        },
      });
    },

    /** Distinct targets (users, teams) of an export; the enumeration task is not one. */
    async exportTargets(exportId: string): Promise<number> {
      const [row] = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(DISTINCT (kind, target_id)) AS count FROM export_tasks
        WHERE export_id = ${exportId}::uuid AND kind <> 'tenant_enumerate'`;
      return n(row?.count);
    },

    /** An export's tasks of some statuses (by default the ones in trouble), in id order. */
    async exportTasks(exportId: string, q: Page & { statuses: readonly TaskStatus[] }) {
      const after = decodeCursor(q.cursor, 1);
      const rows = await db.exportTask.findMany({
        where: {
          exportId,
          status: { in: [...q.statuses] },
          ...(after ? { id: { gt: after[0] as string } } : {}),
        },
        orderBy: { id: "asc" },
        take: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        rows: page,
        nextCursor: rows.length > q.limit && last ? encodeCursor([last.id]) : null,
      };
    },

    /** Enabled endpoints that are failing (oldest failure first), or disabled ones (newest first). */
    async endpoints(kind: "failing" | "disabled", q: Page) {
      const after = decodeCursor(q.cursor, 2);
      const key = kind === "failing" ? "failingSince" : "disabledAt";
      const rows = await db.webhookEndpoint.findMany({
        where: {
          ...(kind === "failing" ? { enabled: true, failingSince: { not: null } } : { enabled: false }),
          ...(after
            ? {
                OR:
                  kind === "failing"
                    ? [
                        { failingSince: { gt: new Date(after[0] as string) } },
                        { failingSince: new Date(after[0] as string), id: { gt: after[1] as string } },
                      ]
                    : [
                        { disabledAt: { lt: new Date(after[0] as string) } },
                        { disabledAt: new Date(after[0] as string), id: { lt: after[1] as string } },
                      ],
              }
            : {}),
        },
        orderBy:
          kind === "failing"
            ? [{ failingSince: "asc" }, { id: "asc" }]
            : [{ disabledAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
        take: q.limit + 1,
      });
      const accounts = await db.account.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.accountId))] } },
        select: { id: true, name: true },
      });
      const names = new Map(accounts.map((a) => [a.id, a.name]));
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      const stamp = last?.[key] ?? null;
      return {
        rows: page.map((e) => ({ endpoint: e, accountName: names.get(e.accountId) ?? "?" })),
        nextCursor:
          rows.length > q.limit && last && stamp ? encodeCursor([stamp.toISOString(), last.id]) : null,
      };
    },

    /** The delivery log across accounts, newest first, optionally one endpoint's or failures only. */
    async attempts(q: Page & { endpointId?: string | undefined; failedOnly?: boolean }) {
      const rows = await db.webhookAttempt.findMany({
        where: {
          ...(q.endpointId ? { endpointId: q.endpointId } : {}),
          ...(q.failedOnly ? { succeeded: false } : {}),
          ...afterCursor(q.cursor, "attemptedAt"),
        },
        include: {
          event: { select: { type: true } },
          delivery: { select: { id: true, status: true, attempts: true, nextAttemptAt: true } },
          endpoint: { select: { enabled: true } },
        },
        orderBy: newestFirstBy("attemptedAt"),
        take: q.limit + 1,
      });
      const { data, nextCursor } = toPage(
        rows,
        q.limit,
        (r) => r,
        (r) => r.attemptedAt,
      );
      return { rows: data, nextCursor };
    },

    async delivery(deliveryId: string) {
      return db.webhookDelivery.findUnique({ where: { id: deliveryId } });
    },

    limiterState,
  };
  return stats;
}

export type OpsStats = ReturnType<typeof opsStats>;

declare module "fastify" {
  interface FastifyInstance {
    opsStats: OpsStats;
  }
}

/** The limiter as the workers configure it, for reading bucket state (it takes nothing). */
export function limiterFromConfig(app: FastifyInstance): RateLimiter {
  const c = app.config;
  return new RateLimiter({
    redis: app.redis,
    prefix: c.REDIS_PREFIX,
    ...graphLimits(limitSettingsOf(c)),
  });
}

export default fp(
  async function opsStatsPlugin(app: FastifyInstance) {
    app.decorate(
      "opsStats",
      opsStats(app.db, {
        queue: app.queues.exportTasks,
        limiter: limiterFromConfig(app),
        appId: app.config.AZURE_CLIENT_ID,
      }),
    );
  },
  { name: "ops-stats", dependencies: ["db", "config", "queues"] },
);
