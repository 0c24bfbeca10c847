import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type Html, html, raw } from "./html";
import type { OpsSession } from "./session";

const CSS = `
:root{--bg:#f6f7f9;--fg:#1d2430;--muted:#6b7584;--card:#fff;--line:#dde2e8;--ok:#1f8a4c;--info:#1f63b8;--warn:#b7791f;--bad:#c0392b;--a:#1f63b8;--b:#8e44ad;--c:#c0392b}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header{display:flex;align-items:center;gap:18px;padding:10px 20px;background:#1d2430;color:#fff}
header .brand{font-weight:600;letter-spacing:.02em}header nav a{color:#cfd6df;text-decoration:none;margin-right:14px}
header nav a.on,header nav a:hover{color:#fff}header .who{margin-left:auto;display:flex;gap:10px;align-items:center}
header form{margin:0}header button{background:none;border:1px solid #56606e;color:#cfd6df;border-radius:4px;padding:2px 8px;cursor:pointer}
main{padding:18px 20px;max-width:1280px}h1{font-size:20px;margin:0 0 12px}h2{font-size:16px;margin:22px 0 8px}
.muted{color:var(--muted)}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.stat,.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.stat .label{color:var(--muted);font-size:12px}.stat .value{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums}.stat .note{color:var(--muted);font-size:12px}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);border-radius:6px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}th{font-size:12px;color:var(--muted);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tr:last-child td{border-bottom:none}
a{color:var(--info)}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
.badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;background:#e8ebef;color:var(--muted)}
.badge.ok{background:#e3f4ea;color:var(--ok)}.badge.info{background:#e3edf9;color:var(--info)}.badge.warn{background:#fbf1df;color:var(--warn)}.badge.bad{background:#f9e3e0;color:var(--bad)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:10px}
figure.chart{margin:0;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px}figure.chart svg{width:100%;height:auto}
figcaption{font-weight:600;margin-bottom:4px}.legend{font-weight:400;font-size:12px;margin-left:10px}
.legend.a{color:var(--a)}.legend.b{color:var(--b)}.legend.c{color:var(--c)}
polyline.line{stroke-width:2}polyline.a{stroke:var(--a)}polyline.b{stroke:var(--b)}polyline.c{stroke:var(--c)}
line.axis{stroke:#9aa4b1}line.grid{stroke:#e6e9ee}text.tick{font-size:10px;fill:var(--muted)}
svg.bar{width:140px;height:10px;vertical-align:middle}svg.bar rect.track{fill:#e6e9ee}svg.bar rect.ok{fill:var(--ok)}svg.bar rect.warn{fill:var(--warn)}svg.bar rect.bad{fill:var(--bad)}
form.inline{display:inline}button.act{background:var(--info);color:#fff;border:0;border-radius:4px;padding:4px 10px;cursor:pointer}
button.act.danger{background:var(--bad)}.filters{display:flex;gap:8px;align-items:center;margin-bottom:10px;flex-wrap:wrap}
.filters input,.filters select{padding:4px 6px;border:1px solid var(--line);border-radius:4px}
.pager{margin:8px 0;display:flex;gap:12px}.notice{padding:8px 12px;border-radius:6px;margin-bottom:12px;background:#e3edf9}
.notice.bad{background:#f9e3e0}.kv{display:grid;grid-template-columns:180px 1fr;gap:4px 12px}.kv div:nth-child(odd){color:var(--muted)}
.err{max-width:560px;white-space:pre-wrap;word-break:break-word;font-size:12px}
.login{max-width:360px;margin:80px auto;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:22px}
.login input{width:100%;padding:8px;margin:8px 0 12px;border:1px solid var(--line);border-radius:4px}.login button{width:100%;padding:8px}
`;

/**
 * Live refresh: every N seconds (data-refresh on <main>) the page is fetched again and its <main> swapped
 * in, while the tab is visible. A signed-out or failing fetch leaves the page as it is.
 */
const SCRIPT = `(()=>{const cur=()=>document.querySelector("main[data-refresh]");if(!cur())return;
const tick=async()=>{const m=cur();if(!m)return;const every=Number(m.dataset.refresh)*1000;
if(!document.hidden){try{const r=await fetch(location.href,{headers:{"x-ops-refresh":"1"},credentials:"same-origin"});
if(r.ok){const d=new DOMParser().parseFromString(await r.text(),"text/html");const n=d.querySelector("main");if(n)m.replaceWith(document.importNode(n,true));}}catch(e){}}
setTimeout(tick,every);};setTimeout(tick,Number(cur().dataset.refresh)*1000);})();`;

export type Section = "overview" | "tenants" | "exports" | "live" | "webhooks" | "archive" | "queues";

const NAV: [Section, string, string][] = [
  ["overview", "Overview", "/ops/"],
  ["tenants", "Tenants", "/ops/tenants"],
  ["exports", "Exports", "/ops/exports"],
  ["live", "Live capture", "/ops/live"],
  ["webhooks", "Webhooks", "/ops/webhooks"],
  ["archive", "Archive", "/ops/archive"],
  ["queues", "Queues", "/ops/queues"],
];

export interface PageOptions {
  title: string;
  section?: Section;
  session?: OpsSession | null;
  csrf?: string;
  canWrite?: boolean;
  /** Seconds between live refreshes of <main>; none when absent. */
  refresh?: number;
  body: Html;
}

/** Strict CSP: nothing but this origin and this response's nonce; no inline style attributes. */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

export function sendPage(reply: FastifyReply, status: number, page: PageOptions): FastifyReply {
  const nonce = randomBytes(16).toString("base64");
  const nav = page.session
    ? html`<nav>${NAV.map(
        ([key, label, href]) =>
          html`<a href="${href}" class="${key === page.section ? "on" : ""}">${label}</a>`,
      )}</nav>
      <div class="who"><span class="badge ${page.canWrite ? "warn" : "muted"}" data-testid="ops-role">${
        page.canWrite ? "ops: read & write" : "ops: read-only"
      }</span>
      <form method="post" action="/ops/logout"><input type="hidden" name="_csrf" value="${page.csrf ?? ""}"><button type="submit" data-testid="sign-out">Sign out</button></form></div>`
    : html``;
  const doc = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${page.title} · Capstan ops</title>
<style nonce="${nonce}">${raw(CSS)}</style></head>
<body><header><span class="brand">Capstan ops</span>${nav}</header>
<main${page.refresh ? raw(` data-refresh="${page.refresh}"`) : ""}>
<h1>${page.title}</h1>
${page.body}
<p class="muted">Rendered ${new Date().toISOString().slice(0, 19).replace("T", " ")}Z${
    page.refresh ? ` · refreshes every ${page.refresh}s` : ""
  }</p>
</main>
<script nonce="${nonce}">${raw(SCRIPT)}</script>
</body></html>`;
  return reply
    .status(status)
    .header("content-security-policy", contentSecurityPolicy(nonce))
    .header("cache-control", "no-store")
    .header("x-content-type-options", "nosniff")
    .header("referrer-policy", "same-origin")
    .type("text/html; charset=utf-8")
    .send(doc.value);
}

export function loginPage(next: string, error?: string): PageOptions {
  return {
    title: "Sign in",
    body: html`<form class="login" method="post" action="/ops/login" data-testid="login-form">
  <div>Operators sign in with the ops token (<code>OPS_TOKEN</code>). API keys do not open this dashboard.</div>
  ${error ? html`<div class="notice bad" data-testid="login-error">${error}</div>` : ""}
  <label>Ops token<input type="password" name="token" autocomplete="current-password" required data-testid="login-token"></label>
  <input type="hidden" name="next" value="${next}">
  <button class="act" type="submit" data-testid="login-submit">Sign in</button>
</form>`,
  };
}

/**
 * Refuses a request from a hook: problem+json for bull-board's API and anything but GET, a page otherwise.
 * (Hooks answer directly: a thrown error would meet bull-board's own error handler on its routes.)
 */
export function deny(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
): FastifyReply {
  const path = request.url.split("?")[0] ?? "";
  if (path.startsWith("/ops/queues/api") || request.method !== "GET") {
    return reply
      .status(status)
      .type("application/problem+json")
      .send({
        type: `https://capstan.dev/problems/${code}`,
        status,
        code,
        title: status === 401 ? "Unauthorized" : "Forbidden",
        detail,
        instance: path,
        requestId: request.id,
      });
  }
  return sendPage(reply, status, {
    title: status === 401 ? "Sign in" : "Not allowed",
    body: html`<div class="notice bad" data-testid="error">${detail}</div>`,
  });
}
