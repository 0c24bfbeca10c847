import { Uuid } from "@capstan/contracts";
import type { ExportStatus, TaskStatus } from "@capstan/db";
import { EndpointDisabledError } from "@capstan/webhooks";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem, notFound } from "../../plugins/errors";
import { audit } from "../../repositories/audit";
import {
  EXPORT_STATUSES,
  type MINUTE_METRICS,
  type MinuteSeries,
  OPEN_TASK_STATUSES,
  type OpsStats,
  PAYMENT_MODELS,
  QUEUE_STATES,
  STALE_TASK_MINUTES,
  TASK_STATUSES,
  TENANT_STATUSES,
} from "../../repositories/ops-stats";
import {
  badge,
  bar,
  bytes,
  decimal,
  duration,
  type Html,
  html,
  lineChart,
  num,
  percent,
  stat,
  when,
} from "./html";
import { type PageOptions, type Section, sendPage } from "./layout";
import type { OpsSession } from "./session";

/** What every page handler gets from the signed-in request. */
export interface OpsContext {
  session: OpsSession;
  csrf: string;
  canWrite: boolean;
}

export type ContextOf = (request: FastifyRequest) => OpsContext;

const Limit = z.coerce.number().int().min(1).max(200).default(50);
const Cursor = z.string().max(512).optional();
const ACTOR = "ops:dashboard";
const PROBLEM_TASKS: TaskStatus[] = ["failed", "dead", "paused"];

/** Notices shown after an action redirects back. */
const NOTICES: Record<string, (count: number) => string> = {
  redriven: (c) => `${c} task(s) sent back to the queue.`,
  redelivered: (c) => `${c} delivery scheduled again.`,
  endpoint_disabled: () => "That endpoint is disabled: enable it (the account can) before redelivering.",
  nothing: () => "Nothing to do.",
};

function notice(query: { notice?: string | undefined; count?: number | undefined }): Html | string {
  const text = query.notice ? NOTICES[query.notice]?.(query.count ?? 0) : undefined;
  return text ? html`<div class="notice" data-testid="notice">${text}</div>` : "";
}

/** A query string with the given changes (undefined removes a key). */
function withQuery(request: FastifyRequest, changes: Record<string, string | undefined>): string {
  const url = new URL(request.url, "http://ops.invalid");
  url.searchParams.delete("notice");
  url.searchParams.delete("count");
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === "") url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  const qs = url.searchParams.toString();
  return `${url.pathname}${qs ? `?${qs}` : ""}`;
}

function pager(request: FastifyRequest, param: string, next: string | null, testid: string): Html {
  const current = new URL(request.url, "http://ops.invalid").searchParams.get(param);
  if (!next && !current) return html``;
  return html`<div class="pager">${
    current ? html`<a href="${withQuery(request, { [param]: undefined })}">First page</a>` : ""
  }${next ? html`<a href="${withQuery(request, { [param]: next })}" data-testid="${testid}">Next page →</a>` : ""}</div>`;
}

function readOnlyNote(what: string): Html {
  return html`<span class="muted" data-testid="read-only-note">Read-only: ${what} needs OPS_DASHBOARD_WRITES=true.</span>`;
}

function actionForm(action: string, ctx: OpsContext, label: string, testid: string, danger = false): Html {
  return html`<form class="inline" method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button class="act${
    danger ? " danger" : ""
  }" type="submit" data-testid="${testid}">${label}</button></form>`;
}

const tenantName = (t: { displayName: string | null; id: string }) => t.displayName ?? `${t.id.slice(0, 8)}…`;

function perSecond(series: MinuteSeries, metric: (typeof MINUTE_METRICS)[number]): number[] {
  return series.values[metric].map((v) => v / 60);
}

/** Per second over the last complete minute (the current one is still filling). */
function lastMinuteRate(series: MinuteSeries, metric: (typeof MINUTE_METRICS)[number]): number {
  const values = series.values[metric];
  return (values[values.length - 2] ?? 0) / 60;
}

export function opsPages(contextOf: ContextOf): FastifyPluginAsyncZod {
  return async (app) => {
    const stats = app.opsStats;
    const page = (
      reply: FastifyReply,
      ctx: OpsContext,
      section: Section,
      options: Omit<PageOptions, "section">,
    ) =>
      sendPage(reply, 200, {
        ...options,
        section,
        session: ctx.session,
        csrf: ctx.csrf,
        canWrite: ctx.canWrite,
      });
    const mustWrite = (ctx: OpsContext) => {
      if (!ctx.canWrite) {
        throw new HttpProblem(
          403,
          "ops_read_only",
          "Forbidden",
          "The dashboard is read-only: OPS_DASHBOARD_WRITES is off.",
        );
      }
    };

    // ---- Overview ---------------------------------------------------------------------------------------
    app.get("/", { schema: { hide: true } }, async (request, reply) => {
      const ctx = contextOf(request);
      const [tenants, exports, tasks, queue, webhooks, series, attention, throttled] = await Promise.all([
        stats.tenantCounts(),
        stats.exportCounts(),
        stats.taskCounts(),
        stats.queueCounts(),
        stats.webhookCounts(),
        stats.series(60),
        stats.needsAttention(10),
        stats.mostThrottled(10),
      ]);
      const cell = (status: string, model: string) =>
        tenants.find((t) => t.status === status && t.model === model)?.count ?? 0;
      const byStatus = (status: string) =>
        tenants.filter((t) => t.status === status).reduce((a, t) => a + t.count, 0);
      const byModel = (model: string) =>
        tenants.filter((t) => t.model === model).reduce((a, t) => a + t.count, 0);
      const total = tenants.reduce((a, t) => a + t.count, 0);
      const t = series.totals;

      const body = html`
<h2>Exports</h2>
<div class="grid">
  ${stat("Active exports", num(exports.queued + exports.running), "exports-active", html`<a href="/ops/exports?status=active">list</a>`)}
  ${stat("Running", num(exports.running), "exports-running")}
  ${stat("Queued", num(exports.queued), "exports-queued")}
  ${stat("Need attention", num(attention.total), "attention-total", "paused, failed or dead-lettered tasks")}
</div>

<h2>Throughput and Microsoft's limits <span class="muted">(all workers, last hour)</span></h2>
<div class="grid">
  ${stat("Messages/s", decimal(lastMinuteRate(series, "messages_fetched")), "rate-messages", "last complete minute")}
  ${stat("Graph requests/s", decimal(lastMinuteRate(series, "graph_requests")), "rate-graph-requests", "last complete minute")}
  ${stat("Graph requests", num(t.graph_requests), "graph-requests-hour", "last hour")}
  ${stat("Messages fetched", num(t.messages_fetched), "messages-hour", `${num(t.versions_new)} new versions`)}
  ${stat("429 rate", percent(t.graph_throttled, t.graph_requests), "throttle-rate", `${num(t.graph_throttled)} × 429`)}
  ${stat("Error rate", percent(t.graph_errors, t.graph_requests), "error-rate", `${num(t.graph_errors)} errors`)}
  ${stat("Waiting for tokens", duration(t.token_wait_ms), "token-wait-hour", "task time stepped aside")}
</div>
<div class="charts">
  ${lineChart({
    testid: "chart-messages",
    title: "Messages",
    unit: "per second, per minute",
    from: "-60 min",
    to: "now",
    series: [
      { name: "fetched", values: perSecond(series, "messages_fetched"), tone: "a" },
      { name: "new versions", values: perSecond(series, "versions_new"), tone: "b" },
    ],
  })}
  ${lineChart({
    testid: "chart-graph-requests",
    title: "Graph requests",
    unit: "per second, per minute",
    from: "-60 min",
    to: "now",
    series: [{ name: "requests", values: perSecond(series, "graph_requests"), tone: "a" }],
  })}
  ${lineChart({
    testid: "chart-graph-failures",
    title: "429s and errors",
    unit: "per minute",
    from: "-60 min",
    to: "now",
    series: [
      { name: "429", values: series.values.graph_throttled, tone: "c" },
      { name: "errors", values: series.values.graph_errors, tone: "b" },
    ],
  })}
</div>

<h2>Tenants <span class="muted" data-testid="tenants-total">${num(total)}</span></h2>
<table data-testid="tenants-by-status">
  <tr><th>Status</th>${PAYMENT_MODELS.map((m) => html`<th class="n">Model ${m}</th>`)}<th class="n">All</th></tr>
  ${TENANT_STATUSES.map(
    (s) =>
      html`<tr><td><a href="/ops/tenants?status=${s}">${badge(s)}</a></td>${PAYMENT_MODELS.map(
        (m) =>
          html`<td class="n"><a href="/ops/tenants?status=${s}&amp;model=${m}" data-testid="tenants-${s}-${m}">${num(cell(s, m))}</a></td>`,
      )}<td class="n" data-testid="tenants-status-${s}">${num(byStatus(s))}</td></tr>`,
  )}
  <tr><th>All</th>${PAYMENT_MODELS.map((m) => html`<th class="n" data-testid="tenants-model-${m}">${num(byModel(m))}</th>`)}<th class="n">${num(total)}</th></tr>
</table>

<h2>Backlog</h2>
<div class="grid">
  ${QUEUE_STATES.map((s) => stat(`Queue: ${s}`, num(queue[s]), `queue-${s}`, stats.queueName))}
  ${OPEN_TASK_STATUSES.map((s) => stat(`Tasks ${s}`, num(tasks[s]), `tasks-${s}`))}
  ${stat("Tasks stale", num(tasks.stale), "tasks-stale", `running, no progress for ${STALE_TASK_MINUTES} min`)}
  ${stat("Webhooks pending", num(webhooks.pending), "webhooks-pending", `${num(webhooks.due)} due now`)}
</div>

<h2>Needs attention</h2>
${
  attention.rows.length === 0
    ? html`<p class="muted">Nothing is paused, failed or dead-lettered.</p>`
    : html`<table data-testid="attention">
  <tr><th>Export</th><th>Tenant</th><th>Account</th><th>Status</th><th class="n">Dead</th><th class="n">Failed</th><th class="n">Paused</th><th>Since</th><th>Why</th></tr>
  ${attention.rows.map(
    (r) => html`<tr><td><a class="mono" href="/ops/exports/${r.exportId}">${r.exportId.slice(0, 8)}</a></td>
    <td><a href="/ops/tenants/${r.tenantId}">${r.tenantName ?? r.tenantId.slice(0, 8)}</a></td><td>${r.accountName}</td>
    <td>${badge(r.status)}</td><td class="n">${num(r.dead)}</td><td class="n">${num(r.failed)}</td><td class="n">${num(r.paused)}</td>
    <td>${when(r.last)}</td><td class="err">${r.reason ?? ""}</td></tr>`,
  )}
</table>`
}

<h2>Most throttled this month</h2>
${
  throttled.length === 0
    ? html`<p class="muted">No 429 this month.</p>`
    : html`<table data-testid="most-throttled"><tr><th>Tenant</th><th class="n">429s</th><th class="n">Requests</th><th class="n">Rate</th></tr>
  ${throttled.map(
    (r) =>
      html`<tr><td><a href="/ops/tenants/${r.tenantId}">${r.displayName ?? r.tenantId}</a></td><td class="n">${num(r.throttled)}</td><td class="n">${num(r.requests)}</td><td class="n">${percent(r.throttled, r.requests)}</td></tr>`,
  )}</table>`
}`;
      return page(reply, ctx, "overview", { title: "Overview", refresh: 10, body });
    });

    // ---- Tenants ----------------------------------------------------------------------------------------
    app.get(
      "/tenants",
      {
        schema: {
          hide: true,
          querystring: z.object({
            status: z.enum(TENANT_STATUSES).optional().or(z.literal("")),
            model: z.enum(PAYMENT_MODELS).optional().or(z.literal("")),
            accountId: Uuid.optional().or(z.literal("")),
            q: z.string().max(200).optional(),
            cursor: Cursor,
            limit: Limit,
          }),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const q = request.query;
        const result = await stats.listTenants({
          status: q.status || undefined,
          model: q.model || undefined,
          accountId: q.accountId || undefined,
          search: q.q?.trim() || undefined,
          cursor: q.cursor,
          limit: q.limit,
        });
        const option = (value: string, current: string | undefined) =>
          html`<option value="${value}"${current === value ? html` selected` : ""}>${value || "any"}</option>`;
        const body = html`
<form class="filters" method="get" action="/ops/tenants">
  <label>Status <select name="status">${["", ...TENANT_STATUSES].map((s) => option(s, q.status))}</select></label>
  <label>Model <select name="model">${["", ...PAYMENT_MODELS].map((m) => option(m, q.model))}</select></label>
  <input name="q" placeholder="name, tenant id or Entra id" value="${q.q ?? ""}">
  ${q.accountId ? html`<input type="hidden" name="accountId" value="${q.accountId}">` : ""}
  <button class="act" type="submit">Filter</button>
  <span class="muted"><span data-testid="tenants-matching">${num(result.total)}</span> tenant(s)</span>
</form>
<table data-testid="tenants-table">
  <tr><th>Tenant</th><th>Account</th><th>Status</th><th>Model</th><th class="n">Messages (month)</th><th class="n">Requests</th><th class="n">429s</th><th class="n">Open exports</th><th>Tenant bucket</th><th>Created</th></tr>
  ${result.rows.map(
    (r) => html`<tr data-testid="tenant-row" data-tenant-id="${r.tenant.id}">
    <td><a href="/ops/tenants/${r.tenant.id}">${tenantName(r.tenant)}</a><div class="muted mono">${r.tenant.entraTenantId ?? "no directory yet"}</div></td>
    <td><a href="/ops/tenants?accountId=${r.tenant.accountId}">${r.accountName}</a></td>
    <td>${badge(r.tenant.status)}</td><td>${r.tenant.model}</td>
    <td class="n" data-testid="tenant-row-messages">${num(r.usage.messages)}</td><td class="n">${num(r.usage.requests)}</td>
    <td class="n">${num(r.usage.throttled)}</td><td class="n" data-testid="tenant-row-open-exports">${num(r.openExports)}</td>
    <td>${
      r.limiter
        ? r.limiter.blockedMs > 0
          ? badge("blocked")
          : html`${bar(r.limiter.tenant.tokens, r.limiter.tenant.burst)} <span class="muted">${decimal(r.limiter.tenant.tokens, 0)}/${r.limiter.tenant.burst}</span>`
        : html`<span class="muted">—</span>`
    }</td>
    <td>${when(r.tenant.createdAt)}</td></tr>`,
  )}
</table>
${pager(request, "cursor", result.nextCursor, "tenants-next")}`;
        return page(reply, ctx, "tenants", { title: "Tenants", body });
      },
    );

    app.get(
      "/tenants/:tenantId",
      {
        schema: {
          hide: true,
          params: z.object({ tenantId: Uuid }),
          querystring: z.object({ cursor: Cursor, limit: Limit }),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const detail = await stats.tenant(request.params.tenantId);
        if (!detail) throw notFound("tenant");
        const { tenant, limiter, schedule } = detail;
        // The same numbers GET /v1/tenants/{id}/usage answers the account.
        const budget = tenant.account.monthlyMessageBudget;
        const [usage, exportsPage, accountMessages] = await Promise.all([
          app.exportsRepository.usage(tenant.accountId, tenant.id),
          stats.listExports({
            tenantId: tenant.id,
            cursor: request.query.cursor,
            limit: request.query.limit,
          }),
          budget ? stats.accountMessages(tenant.accountId) : Promise.resolve(0),
        ]);
        if (!usage) throw notFound("tenant");
        const cap = usage.evaluationCap;
        const blockedUntil =
          limiter && limiter.blockedMs > 0 ? new Date(Date.now() + limiter.blockedMs) : null;
        const body = html`
<div class="grid">
  ${stat("Status", badge(tenant.status), "tenant-status-badge")}
  ${stat("Payment model", tenant.model, "tenant-model", tenant.model === "evaluation" ? "no model parameter sent" : `model=${tenant.model} sent to Graph`)}
  ${stat("Active exports", num(detail.exportsByStatus.running + detail.exportsByStatus.queued), "tenant-exports-active", "queued or running")}
</div>

<h2>Consent</h2>
<div class="card kv" data-testid="consent">
  <div>Account</div><div><a href="/ops/tenants?accountId=${tenant.account.id}">${tenant.account.name}</a> <span class="muted mono">${tenant.account.id}</span></div>
  <div>Capstan tenant id</div><div class="mono">${tenant.id}</div>
  <div>Display name</div><div>${tenant.displayName ?? "—"}</div>
  <div>Entra tenant id</div><div class="mono" data-testid="tenant-entra-id">${tenant.entraTenantId ?? "— (not consented yet)"}</div>
  <div>Status</div><div data-testid="tenant-status">${tenant.status}</div>
  <div>Consented</div><div data-testid="tenant-consented-at">${when(tenant.consentedAt)}</div>
  <div>Last consent error</div><div class="err" data-testid="tenant-consent-error">${tenant.consentError ?? "—"}</div>
  <div>Offboarded</div><div>${when(tenant.offboardedAt)}</div>
  <div>Continuous export</div><div>${
    schedule
      ? html`every ${duration(schedule.intervalSeconds * 1000)}, ${schedule.enabled ? html`next run ${when(schedule.nextRunAt)}` : "disabled"}`
      : "none"
  }</div>
</div>

<h2>Usage this month <span class="muted">(${usage.month})</span></h2>
<div class="grid">
  ${stat("Messages", num(usage.messages), "usage-messages")}
  ${stat("Graph requests", num(usage.requests), "usage-requests")}
  ${stat("429 answers", num(usage.throttled), "usage-throttled", percent(usage.throttled, usage.requests))}
  ${stat("Bytes", bytes(usage.bytes), "usage-bytes-shown", html`<span data-testid="usage-bytes">${usage.bytes}</span> B`)}
  ${stat("Estimated cost", `$${decimal(usage.estimatedCostUsd)}`, "usage-cost", usage.legacyBilling ? "legacy billing" : "metered, estimate")}
  ${stat(
    "Monthly cap",
    cap === null ? "none" : html`${num(usage.messages)} / ${num(cap)}`,
    "usage-cap",
    cap === null
      ? `model ${tenant.model}${usage.legacyBilling ? "" : ", legacy billing off"}`
      : html`${bar(cap - usage.messages, cap, "usage-cap-bar")} <span data-testid="usage-cap-percent">${percent(usage.messages, cap)}</span> used`,
  )}
  ${stat(
    "Account budget",
    budget
      ? html`<span data-testid="account-budget-used">${num(accountMessages)}</span> / <span data-testid="account-budget-limit">${num(budget)}</span>`
      : "none",
    "account-budget",
    budget
      ? html`${bar(budget - accountMessages, budget)} ${percent(accountMessages, budget)} used by all of ${tenant.account.name}'s tenants`
      : "the account set no monthly message budget",
  )}
</div>

<h2>Rate limits now</h2>
${
  limiter
    ? html`<div class="grid">
  ${stat(
    "Tenant bucket",
    html`<span data-testid="bucket-tenant-tokens">${decimal(limiter.tenant.tokens)}</span> / <span data-testid="bucket-tenant-burst">${limiter.tenant.burst}</span>`,
    "bucket-tenant",
    html`${bar(limiter.tenant.tokens, limiter.tenant.burst, "bucket-tenant-bar")} refills ${num(limiter.tenant.rate)}/s`,
  )}
  ${stat(
    "App bucket (all tenants)",
    html`<span data-testid="bucket-app-tokens">${decimal(limiter.app.tokens)}</span> / <span data-testid="bucket-app-burst">${limiter.app.burst}</span>`,
    "bucket-app",
    html`${bar(limiter.app.tokens, limiter.app.burst, "bucket-app-bar")} refills ${num(limiter.app.rate)}/s`,
  )}
  ${stat(
    "Blocked by a 429",
    blockedUntil ? `for ${duration(limiter.blockedMs)}` : "no",
    "blocked",
    blockedUntil
      ? html`<span data-testid="blocked-until">${blockedUntil.toISOString()}</span> · <span data-testid="blocked-ms">${limiter.blockedMs}</span> ms left`
      : "Graph's Retry-After holds no token back",
  )}
</div>`
    : html`<p class="muted" data-testid="bucket-none">No Entra tenant yet: nothing is rate limited.</p>`
}

<h2>Exports</h2>
<p class="muted">${EXPORT_STATUSES.map((s, i) => html`${i > 0 ? " · " : ""}${s} <b data-testid="tenant-exports-${s}">${num(detail.exportsByStatus[s])}</b>`)}</p>
${exportsTable(exportsPage.rows)}
${pager(request, "cursor", exportsPage.nextCursor, "exports-next")}`;
        return page(reply, ctx, "tenants", {
          title: `Tenant ${tenantName(tenant)}`,
          refresh: 10,
          body,
        });
      },
    );

    // ---- Exports ----------------------------------------------------------------------------------------
    const ExportFilter = z.enum(["active", "all", ...EXPORT_STATUSES]);
    app.get(
      "/exports",
      {
        schema: {
          hide: true,
          querystring: z.object({ status: ExportFilter.default("active"), cursor: Cursor, limit: Limit }),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const { status } = request.query;
        const statuses: ExportStatus[] | undefined =
          status === "all" ? undefined : status === "active" ? ["queued", "running"] : [status];
        const [result, counts] = await Promise.all([
          stats.listExports({ statuses, cursor: request.query.cursor, limit: request.query.limit }),
          stats.exportCounts(["queued", "running", "failed"]),
        ]);
        const tab = (value: string, label: string) =>
          html`<a href="/ops/exports?status=${value}" class="${status === value ? "badge info" : "badge"}">${label}</a>`;
        const body = html`
<div class="filters">${tab("active", `active (${num(counts.queued + counts.running)})`)} ${tab("failed", `failed (${num(counts.failed)})`)}
${EXPORT_STATUSES.filter((s) => s !== "failed").map((s) => tab(s, s))} ${tab("all", "all")}</div>
${exportsTable(result.rows, true)}
${pager(request, "cursor", result.nextCursor, "exports-next")}`;
        return page(reply, ctx, "exports", {
          title: "Exports",
          refresh: status === "active" ? 10 : undefined,
          body,
        });
      },
    );

    const TaskFilter = z.enum(["problems", "all", ...TASK_STATUSES]);
    app.get(
      "/exports/:exportId",
      {
        schema: {
          hide: true,
          params: z.object({ exportId: Uuid }),
          querystring: z.object({
            tasks: TaskFilter.default("problems"),
            cursor: Cursor,
            limit: Limit,
            notice: z.string().max(40).optional(),
            count: z.coerce.number().int().min(0).optional(),
          }),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const row = await stats.exportRow(request.params.exportId);
        if (!row) throw notFound("export");
        const filter = request.query.tasks;
        const statuses =
          filter === "problems" ? PROBLEM_TASKS : filter === "all" ? [...TASK_STATUSES] : [filter];
        // The same view GET /v1/exports/{id} answers the account.
        const [view, targets, tasks] = await Promise.all([
          app.exportsRepository.toView(row),
          stats.exportTargets(row.id),
          stats.exportTasks(row.id, { statuses, cursor: request.query.cursor, limit: request.query.limit }),
        ]);
        const p = view.progress;
        const by = (s: string) => p.tasksByStatus[s] ?? 0;
        const redrivable = by("failed") + by("dead");
        const live = row.status === "queued" || row.status === "running";
        const body = html`
${notice(request.query)}
<div class="card kv">
  <div>Export</div><div class="mono">${row.id}</div>
  <div>Tenant</div><div><a href="/ops/tenants/${row.tenant.id}">${tenantName(row.tenant)}</a> · ${row.tenant.model} · ${badge(row.tenant.status)}</div>
  <div>Account</div><div>${row.account.name}</div>
  <div>Scope</div><div>${row.scope}${row.targetId ? html` <span class="mono">${row.targetId}</span>` : ""}${row.scheduleId ? " (continuous)" : ""}</div>
  <div>Status</div><div data-testid="export-status">${badge(row.status)}</div>
  <div>Created · started · finished</div><div>${when(row.createdAt)} · ${when(row.startedAt)} · ${when(row.finishedAt)}</div>
  <div>Error</div><div class="err" data-testid="export-error">${row.error ?? "—"}</div>
</div>

<h2>Progress</h2>
<div class="grid">
  ${stat("Tasks done", html`<span data-testid="export-tasks-done">${num(p.tasksDone)}</span> / <span data-testid="export-tasks-total">${num(p.tasksTotal)}</span>`, "export-tasks", html`${bar(p.tasksDone, p.tasksTotal, "export-progress-bar")} ${percent(p.tasksDone, p.tasksTotal)}`)}
  ${stat("Targets", num(targets), "export-targets", "users and teams")}
  ${stat("Pages", num(p.pagesFetched), "export-pages")}
  ${stat("Messages seen", num(p.messagesSeen), "export-messages-seen")}
  ${stat("Messages stored", num(p.messagesStored), "export-messages-stored", `${num(p.versionsNew)} new versions`)}
  ${stat("Hosted contents", num(p.hostedContents), "export-hosted")}
  ${stat("Waited for tokens", duration(p.waitedMs), "export-waited", html`<span data-testid="export-waited-ms">${p.waitedMs}</span> ms`)}
  ${stat("ETA", p.etaSeconds === null ? "—" : duration(p.etaSeconds * 1000), "export-eta", html`<span data-testid="export-eta-seconds">${p.etaSeconds ?? ""}</span>`)}
</div>
<p>${TASK_STATUSES.map((s) => html`<a href="${withQuery(request, { tasks: s, cursor: undefined })}">${badge(s)}</a> <b data-testid="export-tasks-${s}">${num(by(s))}</b> &nbsp; `)}</p>

<h2>Dead letters and errors</h2>
<p>${
          redrivable === 0
            ? html`<span class="muted" data-testid="redrive-none">No failed or dead-lettered task.</span>`
            : ctx.canWrite
              ? actionForm(
                  `/ops/exports/${row.id}/redrive`,
                  ctx,
                  `Redrive ${redrivable} failed or dead-lettered task(s)`,
                  "redrive-button",
                  true,
                )
              : readOnlyNote("redriving")
        }</p>
<div class="filters">Tasks: ${["problems", "all"].map(
          (f) =>
            html`<a href="${withQuery(request, { tasks: f, cursor: undefined })}" class="${filter === f ? "badge info" : "badge"}">${f}</a>`,
        )}</div>
${
  tasks.rows.length === 0
    ? html`<p class="muted">No task here.</p>`
    : html`<table data-testid="export-task-table"><tr><th>Task</th><th>Kind</th><th>Target</th><th>Status</th><th class="n">Pages</th><th class="n">Messages</th><th class="n">Failures</th><th>Updated</th><th>Error</th></tr>
  ${tasks.rows.map(
    (
      t,
    ) => html`<tr data-testid="task-row"><td class="mono">${t.id.slice(0, 8)}</td><td>${t.kind}</td><td class="mono">${t.targetId}${t.shard ? ` #${t.shard}` : ""}</td>
    <td>${badge(t.status)}</td><td class="n">${num(t.pagesFetched)}</td><td class="n">${num(t.messagesStored)}</td><td class="n">${num(t.failures)}</td><td>${when(t.updatedAt)}</td><td class="err">${t.error ?? ""}</td></tr>`,
  )}</table>`
}
${pager(request, "cursor", tasks.nextCursor, "tasks-next")}`;
        return page(reply, ctx, "exports", {
          title: `Export ${row.id.slice(0, 8)}`,
          refresh: live ? 5 : undefined,
          body,
        });
      },
    );

    app.post(
      "/exports/:exportId/redrive",
      { schema: { hide: true, params: z.object({ exportId: Uuid }) } },
      async (request, reply) => {
        const ctx = contextOf(request);
        mustWrite(ctx);
        const row = await stats.exportRow(request.params.exportId);
        if (!row) throw notFound("export");
        const redriven = await app.exportsRepository.redrive(row.accountId, row.id);
        const taskIds = redriven?.taskIds ?? [];
        if (redriven) await app.queues.admit(redriven.tenantId);
        if (taskIds.length > 0) {
          await audit(app.db, {
            accountId: row.accountId,
            actor: ACTOR,
            action: "export.redriven",
            targetType: "export",
            targetId: row.id,
            data: { tasks: taskIds.length },
            requestId: request.id,
          });
        }
        request.log.info({ exportId: row.id, tasks: taskIds.length }, "ops redrove an export");
        return reply.redirect(
          `/ops/exports/${row.id}?notice=${taskIds.length > 0 ? "redriven" : "nothing"}&count=${taskIds.length}`,
          303,
        );
      },
    );

    // ---- Webhooks ---------------------------------------------------------------------------------------
    app.get(
      "/webhooks",
      {
        schema: {
          hide: true,
          querystring: z.object({
            endpointId: Uuid.optional().or(z.literal("")),
            failed: z.enum(["1", "0", ""]).optional(),
            cursor: Cursor,
            failingCursor: Cursor,
            disabledCursor: Cursor,
            limit: Limit,
            notice: z.string().max(40).optional(),
            count: z.coerce.number().int().min(0).optional(),
          }),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const q = request.query;
        const endpointId = q.endpointId || undefined;
        const [counts, day, failing, disabled, log] = await Promise.all([
          stats.webhookCounts(),
          stats.series(24 * 60),
          stats.endpoints("failing", { cursor: q.failingCursor, limit: 20 }),
          stats.endpoints("disabled", { cursor: q.disabledCursor, limit: 20 }),
          stats.attempts({ endpointId, failedOnly: q.failed === "1", cursor: q.cursor, limit: q.limit }),
        ]);
        const endpointCell = (e: { id: string; url: string }) =>
          html`<a href="${withQuery(request, { endpointId: e.id, cursor: undefined })}" class="mono">${e.url}</a>`;
        const body = html`
${notice(q)}
<div class="grid">
  ${stat("Endpoints", num(counts.endpoints), "webhooks-endpoints")}
  ${stat("Failing", num(counts.failing), "webhooks-failing", "enabled, every attempt failing")}
  ${stat("Disabled", num(counts.disabled), "webhooks-disabled")}
  ${stat("Deliveries pending", num(counts.pending), "webhooks-pending", `${num(counts.due)} due now`)}
  ${stat("Deliveries given up", num(counts.failed), "webhooks-given-up")}
  ${stat("Attempts OK (24 h)", num(day.totals.webhook_succeeded), "webhooks-ok-24h")}
  ${stat("Attempts failed (24 h)", num(day.totals.webhook_failed), "webhooks-failed-24h", percent(day.totals.webhook_failed, day.totals.webhook_failed + day.totals.webhook_succeeded))}
</div>

<h2>Failing endpoints</h2>
${
  failing.rows.length === 0
    ? html`<p class="muted">No enabled endpoint is failing.</p>`
    : html`<table data-testid="failing-endpoints"><tr><th>Endpoint</th><th>Account</th><th class="n">Failed deliveries in a row</th><th>Failing since</th><th>Last failure</th><th>Last success</th></tr>
  ${failing.rows.map(
    (
      r,
    ) => html`<tr data-testid="failing-endpoint-row"><td>${endpointCell(r.endpoint)}</td><td>${r.accountName}</td><td class="n">${num(r.endpoint.consecutiveFailures)}</td>
    <td>${when(r.endpoint.failingSince)}</td><td>${when(r.endpoint.lastFailureAt)}</td><td>${when(r.endpoint.lastSuccessAt)}</td></tr>`,
  )}</table>`
}
${pager(request, "failingCursor", failing.nextCursor, "failing-next")}

<h2>Disabled endpoints</h2>
${
  disabled.rows.length === 0
    ? html`<p class="muted">No endpoint is disabled.</p>`
    : html`<table data-testid="disabled-endpoints"><tr><th>Endpoint</th><th>Account</th><th>Why</th><th>Disabled</th><th class="n">Failed in a row</th></tr>
  ${disabled.rows.map(
    (
      r,
    ) => html`<tr data-testid="disabled-endpoint-row"><td>${endpointCell(r.endpoint)}</td><td>${r.accountName}</td>
    <td>${badge(r.endpoint.disabledCode ?? "disabled")} <span class="err">${r.endpoint.disabledReason ?? ""}</span></td><td>${when(r.endpoint.disabledAt)}</td><td class="n">${num(r.endpoint.consecutiveFailures)}</td></tr>`,
  )}</table>`
}
${pager(request, "disabledCursor", disabled.nextCursor, "disabled-next")}

<h2>Delivery log</h2>
<div class="filters">
  ${endpointId ? html`<span>Endpoint <code>${endpointId}</code> <a href="${withQuery(request, { endpointId: undefined, cursor: undefined })}">all endpoints</a></span>` : html`<span class="muted">All endpoints</span>`}
  <a href="${withQuery(request, { failed: q.failed === "1" ? undefined : "1", cursor: undefined })}" class="${q.failed === "1" ? "badge info" : "badge"}">failed attempts only</a>
</div>
${
  log.rows.length === 0
    ? html`<p class="muted">No attempt.</p>`
    : html`<table data-testid="delivery-log"><tr><th>When</th><th>Endpoint</th><th>Event</th><th class="n">#</th><th>Trigger</th><th>Result</th><th class="n">ms</th><th>Delivery</th><th></th></tr>
  ${log.rows.map(
    (
      a,
    ) => html`<tr data-testid="attempt-row" data-delivery-id="${a.deliveryId}"><td>${when(a.attemptedAt)}</td><td>${endpointCell({ id: a.endpointId, url: a.url })}</td>
    <td>${a.event.type}<div class="muted mono">${a.eventId.slice(0, 8)}</div></td><td class="n">${a.attempt}</td><td>${a.trigger}</td>
    <td>${a.succeeded ? badge("succeeded") : html`${badge("failed")} <span class="mono">${a.statusCode ?? a.errorCode ?? ""}</span><div class="err">${a.error ?? ""}</div>`}</td>
    <td class="n">${num(a.latencyMs)}</td><td>${badge(a.delivery.status)}${a.delivery.status === "pending" ? html` <span class="muted">next ${when(a.delivery.nextAttemptAt)}</span>` : ""}</td>
    <td>${
      a.succeeded || a.delivery.status === "pending"
        ? ""
        : !a.endpoint.enabled
          ? html`<span class="muted">endpoint disabled</span>`
          : ctx.canWrite
            ? actionForm(
                `/ops/webhooks/deliveries/${a.deliveryId}/redeliver`,
                ctx,
                "Redeliver",
                "redeliver-button",
              )
            : readOnlyNote("redelivering")
    }</td></tr>`,
  )}</table>`
}
${pager(request, "cursor", log.nextCursor, "log-next")}`;
        return page(reply, ctx, "webhooks", { title: "Webhooks", refresh: 15, body });
      },
    );

    app.post(
      "/webhooks/deliveries/:deliveryId/redeliver",
      { schema: { hide: true, params: z.object({ deliveryId: Uuid }) } },
      async (request, reply) => {
        const ctx = contextOf(request);
        mustWrite(ctx);
        const delivery = await stats.delivery(request.params.deliveryId);
        if (!delivery) throw notFound("webhook delivery");
        let result: { queued: number } | null;
        try {
          result = await app.webhooksRepository.redeliver(
            delivery.accountId,
            delivery.eventId,
            delivery.endpointId,
            {
              actor: ACTOR,
              requestId: request.id,
            },
          );
        } catch (error) {
          if (error instanceof EndpointDisabledError) {
            return reply.redirect(
              `/ops/webhooks?endpointId=${delivery.endpointId}&notice=endpoint_disabled`,
              303,
            );
          }
          throw error;
        }
        if (!result) throw notFound("webhook delivery");
        request.log.info({ deliveryId: delivery.id, queued: result.queued }, "ops redelivered a webhook");
        return reply.redirect(
          `/ops/webhooks?endpointId=${delivery.endpointId}&notice=redelivered&count=${result.queued}`,
          303,
        );
      },
    );
  };

  function exportsTable(
    rows: Awaited<ReturnType<OpsStats["listExports"]>>["rows"],
    withTenant = false,
  ): Html {
    if (rows.length === 0) return html`<p class="muted">No export here.</p>`;
    return html`<table data-testid="exports-table"><tr><th>Export</th>${withTenant ? html`<th>Tenant</th><th>Account</th>` : ""}<th>Scope</th><th>Status</th><th>Tasks</th><th class="n">Pages</th><th class="n">Messages</th><th>Created</th><th>Error</th></tr>
${rows.map(
  (
    r,
  ) => html`<tr data-testid="export-row" data-export-id="${r.export.id}"><td><a class="mono" href="/ops/exports/${r.export.id}">${r.export.id.slice(0, 8)}</a></td>
  ${withTenant ? html`<td><a href="/ops/tenants/${r.export.tenantId}">${r.export.tenant.displayName ?? r.export.tenantId.slice(0, 8)}</a></td><td>${r.export.account.name}</td>` : ""}
  <td>${r.export.scope}${r.export.targetId ? html` <span class="mono">${r.export.targetId}</span>` : ""}</td><td>${badge(r.export.status)}</td>
  <td>${bar(r.progress.tasksDone, r.progress.tasksTotal)} <span data-testid="export-row-tasks">${num(r.progress.tasksDone)}/${num(r.progress.tasksTotal)}</span>${
    r.progress.tasksBroken ? html` <span class="badge bad">${r.progress.tasksBroken} failed</span>` : ""
  }</td>
  <td class="n">${num(r.progress.pagesFetched)}</td><td class="n" data-testid="export-row-messages">${num(r.progress.messagesStored)}</td><td>${when(r.export.createdAt)}</td><td class="err">${r.export.error ?? ""}</td></tr>`,
)}</table>`;
  }
}
