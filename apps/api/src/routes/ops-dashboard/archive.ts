import { pgPoolOf } from "@capstan/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { badge, html, num, stat, when } from "./html";
import { sendPage } from "./layout";
import type { ContextOf } from "./pages";

interface HoldRow {
  id: string;
  account_name: string;
  tenant_id: string;
  tenant_name: string | null;
  name: string;
  scope: string;
  criteria: Record<string, string>;
  created_by: string;
  created_at: Date;
}

interface RunRow {
  id: string;
  account_name: string;
  tenant_id: string;
  policy_name: string;
  basis: string;
  keep_days: number;
  status: string;
  cutoff: Date;
  messages: number;
  versions: number;
  held: number;
  error: string | null;
  started_at: Date;
  finished_at: Date | null;
}

/** The archive page: active legal holds and recent retention runs, across accounts (read-only). */
export function opsArchivePage(contextOf: ContextOf): FastifyPluginAsyncZod {
  return async (app) => {
    const pool = pgPoolOf(app.db);
    app.get(
      "/archive",
      {
        schema: {
          hide: true,
          querystring: z.object({ runs: z.coerce.number().int().min(1).max(500).default(50) }),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const [holds, runs, totals] = await Promise.all([
          pool.query<HoldRow>(
            `SELECT h.id, a.name AS account_name, h.tenant_id, t.display_name AS tenant_name, h.name, h.scope::text,
               h.criteria, h.created_by, h.created_at
             FROM legal_holds h JOIN accounts a ON a.id = h.account_id LEFT JOIN tenants t ON t.id = h.tenant_id
             WHERE h.released_at IS NULL ORDER BY h.created_at DESC LIMIT 200`,
          ),
          pool.query<RunRow>(
            `SELECT r.id, a.name AS account_name, r.tenant_id, p.name AS policy_name, p.basis::text, p.keep_days,
               r.status::text, r.cutoff, r.messages, r.versions, r.held, r.error, r.started_at, r.finished_at
             FROM retention_runs r JOIN accounts a ON a.id = r.account_id
             LEFT JOIN retention_policies p ON p.id = r.policy_id
             ORDER BY r.started_at DESC LIMIT $1`,
            [request.query.runs],
          ),
          pool.query<{ holds: string; policies: string; deleted_30d: string; failed_30d: string }>(
            `SELECT (SELECT count(*) FROM legal_holds WHERE released_at IS NULL) AS holds,
               (SELECT count(*) FROM retention_policies WHERE enabled) AS policies,
               (SELECT coalesce(sum(messages), 0) FROM retention_runs WHERE started_at > now() - interval '30 days') AS deleted_30d,
               (SELECT count(*) FROM retention_runs WHERE status = 'failed' AND started_at > now() - interval '30 days') AS failed_30d`,
          ),
        ]);
        const t = totals.rows[0];
        const criteria = (c: Record<string, string>) =>
          Object.keys(c).length === 0
            ? "everything"
            : Object.entries(c)
                .map(([k, v]) => `${k}=${v}`)
                .join(", ");
        const body = html`
<div class="stats">${stat("Active legal holds", num(Number(t?.holds ?? 0)), "archive-holds")}
${stat("Enabled retention policies", num(Number(t?.policies ?? 0)), "archive-policies")}
${stat("Messages deleted by retention, 30 days", num(Number(t?.deleted_30d ?? 0)), "archive-deleted")}
${stat("Failed retention runs, 30 days", num(Number(t?.failed_30d ?? 0)), "archive-failed-runs")}</div>
<h2>Active legal holds</h2>
${
  holds.rows.length === 0
    ? html`<p class="muted" data-testid="holds-empty">No active holds.</p>`
    : html`<table data-testid="holds"><tr><th>Account</th><th>Tenant</th><th>Hold</th><th>Scope</th><th>Covers</th><th>Placed by</th><th>Since</th></tr>
${holds.rows.map(
  (h) =>
    html`<tr><td>${h.account_name}</td><td><a href="/ops/tenants/${h.tenant_id}">${h.tenant_name ?? h.tenant_id}</a></td><td>${h.name}</td><td>${h.scope}</td><td>${criteria(h.criteria)}</td><td>${h.created_by}</td><td>${when(h.created_at)}</td></tr>`,
)}</table>`
}
<h2>Retention runs</h2>
${
  runs.rows.length === 0
    ? html`<p class="muted" data-testid="runs-empty">No retention runs yet.</p>`
    : html`<table data-testid="retention-runs"><tr><th>Started</th><th>Account</th><th>Policy</th><th>Status</th><th>Cutoff</th><th class="n">Messages deleted</th><th class="n">Versions</th><th class="n">Kept by holds</th><th>Finished</th></tr>
${runs.rows.map(
  (r) =>
    html`<tr><td>${when(r.started_at)}</td><td>${r.account_name}</td><td>${r.policy_name ?? "—"} (${r.basis ?? "?"}, ${num(r.keep_days ?? 0)} days)</td><td>${badge(r.status)}${r.error ? html` <span class="muted">${r.error}</span>` : ""}</td><td>${when(r.cutoff)}</td><td class="n">${num(r.messages)}</td><td class="n">${num(r.versions)}</td><td class="n">${num(r.held)}</td><td>${when(r.finished_at)}</td></tr>`,
)}</table>`
}`;
        return sendPage(reply, 200, {
          title: "Archive",
          section: "archive",
          session: ctx.session,
          csrf: ctx.csrf,
          canWrite: ctx.canWrite,
          refresh: 30,
          body,
        });
      },
    );
  };
}
