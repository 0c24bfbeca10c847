import type { FastifyPluginAsync } from "fastify";
import { badge, html, num, stat, when } from "./html";
import { sendPage } from "./layout";
import type { ContextOf } from "./pages";

/** Live capture across tenants: each capture, its Graph subscriptions, and what waits in the inbox. */
export function livePage(contextOf: ContextOf): FastifyPluginAsync {
  return async (app) => {
    app.get("/live", { schema: { hide: true } }, async (request, reply) => {
      const ctx = contextOf(request);
      const [captures, inbox] = await Promise.all([
        app.db.liveCapture.findMany({
          orderBy: { createdAt: "desc" },
          take: 200,
          include: { subscriptions: { orderBy: { resource: "asc" } } },
        }),
        app.db.liveInbox.groupBy({ by: ["kind"], _count: { _all: true } }),
      ]);
      const waiting = (kind: string) => inbox.find((r) => r.kind === kind)?._count._all ?? 0;
      const rows = captures.flatMap((c) =>
        (c.subscriptions.length > 0 ? c.subscriptions : [null]).map(
          (s, i) => html`<tr data-testid="live-subscription">
<td>${i === 0 ? html`<a href="/ops/tenants/${c.tenantId}"><code>${c.tenantId}</code></a>` : ""}</td>
<td>${i === 0 ? html`${c.scope}${c.targetId ? html` <code>${c.targetId}</code>` : ""} ${badge(c.enabled ? "enabled" : "disabled")}` : ""}</td>
<td>${i === 0 ? when(c.healedThrough) : ""}</td>
<td>${i === 0 && c.lastCatchUpExportId ? html`<a href="/ops/exports/${c.lastCatchUpExportId}">${when(c.lastCatchUpAt)}</a>` : ""}${i === 0 && c.catchUpRequestedAt ? html` ${badge("due")}` : ""}</td>
<td>${s ? html`<code>${s.resource}</code>` : html`<span class="muted">none</span>`}</td>
<td>${s ? badge(s.status) : ""}</td>
<td>${s ? when(s.expiresAt) : ""}</td>
<td class="num">${s ? num(s.notifications) : ""}</td>
<td>${s ? when(s.lastNotificationAt) : ""}</td>
<td>${s?.lastLifecycleEvent ? html`${s.lastLifecycleEvent} ${when(s.lastLifecycleAt)}` : ""}</td>
<td>${s?.lastError ?? ""}</td></tr>`,
        ),
      );
      const body = html`
<div class="stats">${stat("captures", num(captures.length), "live-captures")} ${stat("notifications waiting", num(waiting("notification")), "live-inbox")} ${stat("lifecycle events waiting", num(waiting("lifecycle")), "live-lifecycle")}</div>
<table><thead><tr><th>tenant</th><th>scope</th><th>complete through</th><th>last catch-up</th><th>resource</th><th>status</th><th>expires</th><th class="num">notifications</th><th>last notification</th><th>last lifecycle event</th><th>last error</th></tr></thead>
<tbody>${rows.length > 0 ? rows : html`<tr><td colspan="11" class="muted">No tenant has live capture.</td></tr>`}</tbody></table>`;
      return sendPage(reply, 200, {
        title: "Live capture",
        section: "live",
        session: ctx.session,
        csrf: ctx.csrf,
        canWrite: ctx.canWrite,
        refresh: 10,
        body,
      });
    });
  };
}
