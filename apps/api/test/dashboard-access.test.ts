import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { sign } from "@fastify/cookie";
import { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionKey } from "../src/routes/ops-dashboard/session";
import { SEED_LIMITS, type Seeded, seedRunningSystem } from "./dashboard-seed";
import { buildTestApp, type TestApp } from "./helpers";

// Who reaches the ops dashboard and what it lets them do: only an ops sign-in opens /ops (never an API key,
// however sent), forms need the session's CSRF token and the same origin, the read-only setting holds, and
// /metrics, /healthz and /readyz answer as documented. Also: no secret in the logs, fast pages with
// thousands of tenants, and a rate limit on sign-in attempts.

const OPS_TOKEN = "ops-token-for-dashboard-access-0001";
const METRICS_TOKEN = "metrics-token-for-dashboard-0001";
const logLines: string[] = [];

let ro: TestApp;
let rw: TestApp;
let seeded: Seeded;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  ro = await buildTestApp(
    { OPS_TOKEN, METRICS_TOKEN, ...SEED_LIMITS },
    { logStream: stream, logLevel: "debug" },
  );
  seeded = await seedRunningSystem(ro.app);
  rw = await buildTestApp({ OPS_TOKEN, OPS_DASHBOARD_WRITES: "true" });
});
afterAll(async () => {
  await ro?.close();
  await rw?.close();
});

interface Signed {
  cookie: string;
  csrf: string;
}

async function signIn(app: FastifyInstance): Promise<Signed> {
  const res = await app.inject({
    method: "POST",
    url: "/ops/login",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ token: OPS_TOKEN, next: "/ops/tenants" }).toString(),
  });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe("/ops/tenants");
  const cookie = String(res.headers["set-cookie"]).split(";")[0] as string;
  const page = await app.inject({ method: "GET", url: "/ops/", headers: { cookie } });
  expect(page.statusCode).toBe(200);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!csrf) throw new Error("no CSRF token on the page");
  return { cookie, csrf };
}

/** Every dashboard and bull-board route the app registers, with ids filled in. */
function opsRoutes(app: FastifyInstance) {
  return app.routeCatalog
    .filter((r) => r.url === "/ops" || r.url.startsWith("/ops/"))
    .map((r) => ({ method: r.method, url: r.url.replace(/:(\w+)/g, () => randomUUID()) }));
}

function form(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return {
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    payload: new URLSearchParams(fields).toString(),
  };
}

describe("access", () => {
  it("no API key reaches any /ops route, however it is sent", async () => {
    const routes = opsRoutes(ro.app);
    // The pages, the actions, bull-board's UI and API, and the JSON operator API.
    for (const expected of ["/ops", "/ops/tenants", "/ops/queues", "/ops/login", "/ops/v1/accounts"]) {
      expect(
        routes.some((r) => r.url === expected),
        expected,
      ).toBe(true);
    }
    expect(routes.some((r) => r.url.startsWith("/ops/queues/api/"))).toBe(true);
    const key = seeded.acme.apiKey;
    // A session cookie made by anyone who does not hold the ops token.
    const forged = Buffer.from(
      JSON.stringify({ sid: "x", role: "write", exp: Date.now() + 3_600_000 }),
    ).toString("base64url");
    const credentials: Record<string, string>[] = [
      { authorization: `Bearer ${key}` },
      { "x-ops-token": key },
      { cookie: `capstan_ops=${key}` },
      { cookie: `capstan_ops=${forged}` },
      { cookie: `capstan_ops=${sign(forged, key)}` },
      { cookie: `capstan_ops=${sign(forged, "some-other-secret-of-32-characters")}` },
    ];
    const leaks = ["Contoso", "Litware", "hooks.acme.example", seeded.tenants.contoso];
    for (const route of routes) {
      for (const headers of credentials) {
        const res = await ro.app.inject({
          method: route.method as "GET",
          url: route.url,
          headers,
          payload: {},
        });
        const name = `${route.method} ${route.url} with ${Object.keys(headers)[0]}`;
        expect(res.statusCode, name).toBe(401);
        expect(res.headers["set-cookie"], name).toBeUndefined();
        for (const leak of leaks) expect(res.body.includes(leak), `${name} shows ${leak}`).toBe(false);
      }
    }
    // An API key typed into the sign-in form is refused like any wrong token.
    const typed = await ro.app.inject({ method: "POST", url: "/ops/login", ...form({ token: key }) });
    expect(typed.statusCode).toBe(401);
    expect(typed.headers["set-cookie"]).toBeUndefined();
    expect(typed.body).toContain("not the ops token");
    // Even the ops token does not open the pages as a header: only the sign-in form makes a session.
    const header = await ro.app.inject({
      method: "GET",
      url: "/ops/",
      headers: { authorization: `Bearer ${OPS_TOKEN}` },
    });
    expect(header.statusCode).toBe(401);
  });

  it("shows the sign-in form to a browser that is not signed in, and comes back where it was going", async () => {
    const res = await ro.app.inject({ method: "GET", url: `/ops/tenants/${seeded.tenants.contoso}` });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toContain('action="/ops/login"');
    expect(res.body).toContain(`name="next" value="/ops/tenants/${seeded.tenants.contoso}"`);
    // A next that leaves /ops is not followed.
    for (const next of ["https://evil.example/", "//evil.example/ops/", "/v1/tenants", "/ops\\..\\x"]) {
      const login = await ro.app.inject({
        method: "POST",
        url: "/ops/login",
        ...form({ token: OPS_TOKEN, next }),
      });
      expect(login.headers.location, next).toBe("/ops/");
    }
  });

  it("signs in with the ops token into a signed, HttpOnly, SameSite=Strict cookie scoped to /ops", async () => {
    const res = await ro.app.inject({ method: "POST", url: "/ops/login", ...form({ token: OPS_TOKEN }) });
    expect(res.statusCode).toBe(303);
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/^capstan_ops=[^;]+\.[^;]+;/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    expect(setCookie).toContain("Path=/ops");
    expect(setCookie).toContain("Max-Age=43200");
    expect(setCookie).not.toContain(OPS_TOKEN);
    const { cookie } = await signIn(ro.app);
    for (const url of [
      "/ops/",
      "/ops/tenants",
      `/ops/tenants/${seeded.tenants.litware}`,
      "/ops/exports",
      "/ops/exports?status=all",
      `/ops/exports/${seeded.exports.running}`,
      "/ops/webhooks",
      "/ops/queues",
    ]) {
      const page = await ro.app.inject({ method: "GET", url, headers: { cookie } });
      expect(page.statusCode, url).toBe(200);
      const csp = String(page.headers["content-security-policy"]);
      expect(csp, url).toContain("frame-ancestors 'none'");
      // Nothing may load from outside: no external URL in any page.
      expect(page.body, url).not.toMatch(/(src|href)="https?:\/\//);
      if (url !== "/ops/queues") {
        expect(csp).toContain("default-src 'none'");
        expect(page.body, url).not.toContain(" style=");
      }
    }
    const bad = await ro.app.inject({ method: "GET", url: "/ops/tenants/not-a-uuid", headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    const missing = await ro.app.inject({
      method: "GET",
      url: `/ops/exports/${randomUUID()}`,
      headers: { cookie },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain("export was not found");
  });

  it("ends sessions that expired, were tampered with or were signed under another ops token", async () => {
    const key = sessionKey(ro.config) as Buffer;
    const cookieOf = (session: object, secret: Buffer | string = key) =>
      `capstan_ops=${sign(Buffer.from(JSON.stringify(session)).toString("base64url"), secret)}`;
    const valid = { sid: "abc", role: "read", exp: Date.now() + 60_000 };
    const ok = await ro.app.inject({ method: "GET", url: "/ops/", headers: { cookie: cookieOf(valid) } });
    expect(ok.statusCode).toBe(200);
    for (const [why, cookie] of [
      ["expired", cookieOf({ ...valid, exp: Date.now() - 1 })],
      ["another role", cookieOf({ ...valid, role: "admin" })],
      [
        "another ops token",
        cookieOf(valid, sessionKey({ ...ro.config, OPS_TOKEN: `${OPS_TOKEN}-rotated` }) as Buffer),
      ],
      ["edited", cookieOf(valid).replace(/^capstan_ops=[^.]{4}/, "capstan_ops=eyJ4")],
    ] as const) {
      const res = await ro.app.inject({ method: "GET", url: "/ops/", headers: { cookie } });
      expect(res.statusCode, why).toBe(401);
    }
  });

  it("acts only on forms with the session's CSRF token from the same origin", async () => {
    const { cookie, csrf } = await signIn(ro.app);
    const other = await signIn(ro.app);
    const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      ro.app.inject({
        method: "POST",
        url: "/ops/logout",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
        payload: new URLSearchParams(fields).toString(),
      });
    expect((await post({})).statusCode).toBe(403);
    expect((await post({ _csrf: "forged" })).statusCode).toBe(403);
    expect((await post({ _csrf: other.csrf })).statusCode).toBe(403);
    expect((await post({ _csrf: csrf }, { origin: "https://evil.example" })).statusCode).toBe(403);
    expect((await post({ _csrf: csrf }, { "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
    const out = await post(
      { _csrf: csrf },
      { origin: "http://localhost:80", "sec-fetch-site": "same-origin" },
    );
    expect(out.statusCode).toBe(303);
    expect(String(out.headers["set-cookie"])).toMatch(/^capstan_ops=;/);
  });
});

describe("the writes setting", () => {
  it("read-only by default: no action button, actions refused, bull-board read-only", async () => {
    const { cookie, csrf } = await signIn(ro.app);
    const page = await ro.app.inject({
      method: "GET",
      url: `/ops/exports/${seeded.exports.running}`,
      headers: { cookie },
    });
    expect(page.body).toContain('data-testid="read-only-note"');
    expect(page.body).not.toContain('data-testid="redrive-button"');
    expect(page.body).toContain("ops: read-only");
    const before = await ro.app.db.exportTask.count({
      where: { exportId: seeded.exports.running, status: "dead" },
    });
    const redrive = await ro.app.inject({
      method: "POST",
      url: `/ops/exports/${seeded.exports.running}/redrive`,
      ...form({ _csrf: csrf }, { cookie }),
    });
    expect(redrive.statusCode).toBe(403);
    expect(
      await ro.app.db.exportTask.count({ where: { exportId: seeded.exports.running, status: "dead" } }),
    ).toBe(before);
    const redeliver = await ro.app.inject({
      method: "POST",
      url: `/ops/webhooks/deliveries/${seeded.failedDeliveryId}/redeliver`,
      ...form({ _csrf: csrf }, { cookie }),
    });
    expect(redeliver.statusCode).toBe(403);
    const board = await ro.app.inject({ method: "GET", url: "/ops/queues/api/queues", headers: { cookie } });
    expect(board.statusCode).toBe(200);
    expect(board.json().queues[0]).toMatchObject({ name: "export-tasks", readOnlyMode: true });
    const pause = await ro.app.inject({
      method: "PUT",
      url: "/ops/queues/api/queues/export-tasks/pause",
      headers: { cookie },
    });
    expect(pause.statusCode).toBe(403);
  });

  it("OPS_DASHBOARD_WRITES=true: bull-board acts on the queue for a signed-in operator", async () => {
    const { cookie } = await signIn(rw.app);
    const board = await rw.app.inject({ method: "GET", url: "/ops/queues/api/queues", headers: { cookie } });
    expect(board.json().queues[0]).toMatchObject({ name: "export-tasks", readOnlyMode: false });
    const queue = new Queue("export-tasks", { connection: rw.app.redis, prefix: rw.config.REDIS_PREFIX });
    const pause = await rw.app.inject({
      method: "PUT",
      url: "/ops/queues/api/queues/export-tasks/pause",
      headers: { cookie },
    });
    expect(pause.statusCode).toBe(200);
    expect(await queue.isPaused()).toBe(true);
    const resume = await rw.app.inject({
      method: "PUT",
      url: "/ops/queues/api/queues/export-tasks/resume",
      headers: { cookie, origin: "https://evil.example" },
    });
    expect(resume.statusCode).toBe(403);
    expect(await queue.isPaused()).toBe(true);
    await rw.app.inject({
      method: "PUT",
      url: "/ops/queues/api/queues/export-tasks/resume",
      headers: { cookie },
    });
    expect(await queue.isPaused()).toBe(false);
    await queue.close();
    // Without a session bull-board's API answers 401 like every other /ops route.
    const anonymous = await rw.app.inject({
      method: "PUT",
      url: "/ops/queues/api/queues/export-tasks/pause",
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe("metrics and health", () => {
  it("serves /metrics to METRICS_TOKEN or OPS_TOKEN only, with the cluster-wide gauges", async () => {
    for (const headers of [{}, seeded.acme.auth, { authorization: "Bearer wrong-token-wrong-token" }]) {
      const res = await ro.app.inject({ method: "GET", url: "/metrics", headers });
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain("capstan_");
    }
    await ro.app.inject({ method: "GET", url: "/ops/" });
    for (const token of [METRICS_TOKEN, OPS_TOKEN]) {
      const res = await ro.app.inject({
        method: "GET",
        url: "/metrics",
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/plain");
      const body = res.body;
      const active = await ro.app.db.tenant.count({ where: { status: "active", model: "B" } });
      expect(body).toContain(`capstan_tenants{status="active",model="B"} ${active}`);
      const running = await ro.app.db.export.count({ where: { status: "running" } });
      expect(body).toContain(`capstan_exports_active{status="running"} ${running}`);
      const dead = await ro.app.db.exportTask.count({ where: { status: "dead" } });
      expect(body).toContain(`capstan_export_tasks{status="dead"} ${dead}`);
      expect(body).toMatch(/capstan_queue_jobs\{queue="export-tasks",state="waiting"\} [1-9]/);
      expect(body).toContain('capstan_webhook_endpoints{state="disabled"} 1');
      const pending = await ro.app.db.webhookDelivery.count({ where: { status: "pending" } });
      expect(body).toContain(`capstan_webhook_deliveries_by_status{status="pending"} ${pending}`);
      expect(body).toMatch(
        /capstan_http_request_duration_seconds_count\{method="GET",route="\/ops",status_code="401"\} \d+/,
      );
      expect(body).toContain("process_cpu_seconds_total");
    }
  });

  it("answers /healthz, and /readyz when Postgres and Redis answer (503 naming the one that does not)", async () => {
    expect((await ro.app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await ro.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready", checks: { postgres: "ok", redis: "ok" } });
    const broken = await buildTestApp({ OPS_TOKEN });
    broken.app.redis.disconnect();
    const res = await broken.app.inject({ method: "GET", url: "/readyz" });
    expect(res.statusCode).toBe(503);
    expect(res.json().checks.postgres).toBe("ok");
    expect(res.json().checks.redis).toBe("error");
    await broken.close();
  });
});

describe("logs", () => {
  it("carry request ids and never the ops token, the session cookie or the CSRF token", async () => {
    const { cookie, csrf } = await signIn(ro.app);
    await ro.app.inject({ method: "GET", url: "/ops/webhooks", headers: { cookie } });
    await ro.app.inject({
      method: "GET",
      url: "/metrics",
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    const all = logLines.join("\n");
    const sessionValue = cookie.split("=")[1] as string;
    for (const secret of [OPS_TOKEN, METRICS_TOKEN, sessionValue, csrf, seeded.acme.apiKey]) {
      expect(all.includes(secret)).toBe(false);
    }
    const requests = logLines.map((l) => JSON.parse(l)).filter((l) => l.req || l.res);
    expect(requests.length).toBeGreaterThan(5);
    for (const line of requests) expect(line.reqId).toMatch(/^[\w.-]+$/);
    expect(logLines.some((l) => l.includes('"msg":"ops signed in"'))).toBe(true);
  });
});

describe("scale", () => {
  it("keeps pages fast with thousands of tenants (pages and aggregates in SQL)", async () => {
    const db = ro.app.db;
    const n = 5000;
    await db.$executeRaw`
      INSERT INTO tenants (id, account_id, display_name, model, status, entra_tenant_id, created_at, updated_at)
      SELECT gen_random_uuid(), ${seeded.globex.accountId}::uuid, 'Bulk tenant ' || i,
        (ARRAY['A','B','evaluation'])[1 + i % 3]::"PaymentModel",
        (ARRAY['active','pending_consent','consent_revoked','offboarded'])[1 + i % 4]::"TenantStatus",
        CASE WHEN i % 4 = 0 THEN gen_random_uuid()::text END, now() - i * interval '1 second', now()
      FROM generate_series(1, ${n}) AS i`;
    await db.$executeRaw`
      INSERT INTO usage_ledger (tenant_id, month, model, slot, requests, messages, bytes, throttled, updated_at)
      SELECT id, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM'), model, 0, 100, 1000, 10000, 1, now()
      FROM tenants WHERE display_name LIKE 'Bulk tenant %'`;
    const { cookie } = await signIn(ro.app);
    const total = await db.tenant.count();
    const timings: Record<string, number> = {};
    for (const url of [
      "/ops/",
      "/ops/tenants",
      "/ops/tenants?status=active&model=B",
      "/ops/tenants?q=Bulk%20tenant%204242",
      `/ops/tenants/${seeded.tenants.contoso}`,
      "/ops/exports?status=all",
      "/ops/webhooks",
    ]) {
      const started = performance.now();
      const res = await ro.app.inject({ method: "GET", url, headers: { cookie } });
      timings[url] = performance.now() - started;
      expect(res.statusCode, url).toBe(200);
      if (url === "/ops/")
        expect(res.body).toContain(`data-testid="tenants-total">${total.toLocaleString("en-US")}<`);
      if (url === "/ops/tenants") {
        expect(res.body.match(/data-testid="tenant-row"/g)).toHaveLength(50);
        expect(res.body).toContain(`data-testid="tenants-matching">${total.toLocaleString("en-US")}<`);
      }
      if (url.includes("q=Bulk")) expect(res.body.match(/data-testid="tenant-row"/g)).toHaveLength(1);
    }
    for (const [url, ms] of Object.entries(timings))
      expect(ms, `${url} took ${Math.round(ms)} ms`).toBeLessThan(1500);
  });
});

describe("sign-in attempts", () => {
  it("are limited per address", async () => {
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const res = await rw.app.inject({
        method: "POST",
        url: "/ops/login",
        ...form({ token: `wrong-${i}` }),
      });
      last = res.statusCode;
      if (last === 429) break;
    }
    expect(last).toBe(429);
  });
});
