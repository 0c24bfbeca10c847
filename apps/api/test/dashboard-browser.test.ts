import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { usageMonth } from "@capstan/db";
import { REPO_ROOT } from "@capstan/testing";
import { Queue } from "bullmq";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_LIMITS, type Seeded, seedRunningSystem } from "./dashboard-seed";
import { buildTestApp, type TestApp } from "./helpers";

// The ops dashboard in a real browser (Debian's chromium, headless, driven by playwright-core) against the
// real API on a seeded running system: sign in through the form, open every page, read the numbers from
// the DOM and check them against what the API and the database say. Screenshots go to
// test-results/dashboard/.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OPS_TOKEN = "ops-token-for-the-browser-test-0001";
const SHOTS = path.join(REPO_ROOT, "test-results", "dashboard");

let t: TestApp;
let seeded: Seeded;
let base: string;
let browser: Browser;
let page: Page;
const outside: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (the dashboard's browser tests drive it).`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  t = await buildTestApp({
    OPS_TOKEN,
    OPS_DASHBOARD_WRITES: "true",
    LEGACY_BILLING: "true",
    ...SEED_LIMITS,
  });
  seeded = await seedRunningSystem(t.app);
  base = await t.app.listen({ host: "127.0.0.1", port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  page = await context.newPage();
  // Nothing the dashboard shows may come from anywhere but the API itself.
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith("data:")) outside.push(url);
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A number as the page shows it: "12,345" → 12345, "12.5%" → 12.5, "—" → NaN. */
function shown(text: string | null): number {
  const m = /-?[\d,]+(\.\d+)?/.exec(text ?? "");
  return m ? Number(m[0].replaceAll(",", "")) : Number.NaN;
}

async function numberAt(testid: string): Promise<number> {
  return shown(await page.getByTestId(testid).first().textContent());
}

async function textAt(testid: string): Promise<string> {
  return ((await page.getByTestId(testid).first().textContent()) ?? "").trim();
}

async function shot(name: string) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

const api = (url: string, account: { auth: { authorization: string } }) =>
  t.app.inject({ method: "GET", url, headers: account.auth }).then((r) => {
    expect(r.statusCode, url).toBe(200);
    return r.json();
  });

describe("the ops dashboard in a browser", () => {
  it("asks for the ops token, refuses a wrong one and an API key, and signs in with the right one", async () => {
    const first = await page.goto(`${base}/ops/`);
    expect(first?.status()).toBe(401);
    await expect(page.getByTestId("login-form").isVisible()).resolves.toBe(true);
    await shot("login");

    await page.getByTestId("login-token").fill(seeded.acme.apiKey);
    await page.getByTestId("login-submit").click();
    await page.waitForLoadState();
    expect(await textAt("login-error")).toContain("not the ops token");

    await page.getByTestId("login-token").fill(OPS_TOKEN);
    await Promise.all([page.waitForURL(`${base}/ops/`), page.getByTestId("login-submit").click()]);
    expect(await textAt("ops-role")).toBe("ops: read & write");
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === "capstan_ops");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/ops" });
  });

  it("overview: tenants, exports, backlog and the last hour equal what Postgres and Redis hold", async () => {
    await page.goto(`${base}/ops/`);
    const db = t.app.db;
    const byStatusModel = await db.tenant.groupBy({ by: ["status", "model"], _count: true });
    for (const g of byStatusModel) expect(await numberAt(`tenants-${g.status}-${g.model}`)).toBe(g._count);
    expect(await numberAt("tenants-total")).toBe(await db.tenant.count());
    expect(await numberAt("tenants-status-active")).toBe(
      await db.tenant.count({ where: { status: "active" } }),
    );
    expect(await numberAt("tenants-model-evaluation")).toBe(
      await db.tenant.count({ where: { model: "evaluation" } }),
    );
    expect(await numberAt("exports-running")).toBe(await db.export.count({ where: { status: "running" } }));
    expect(await numberAt("exports-queued")).toBe(await db.export.count({ where: { status: "queued" } }));
    expect(await numberAt("exports-active")).toBe(
      await db.export.count({ where: { status: { in: ["queued", "running"] } } }),
    );
    for (const status of ["pending", "running", "paused", "dead"] as const) {
      expect(await numberAt(`tasks-${status}`), status).toBe(
        await db.exportTask.count({ where: { status } }),
      );
    }
    const queue = new Queue("export-tasks", { connection: t.app.redis, prefix: t.config.REDIS_PREFIX });
    const counts = await queue.getJobCounts("waiting", "delayed", "active");
    expect(counts.waiting).toBeGreaterThan(0);
    expect(await numberAt("queue-waiting")).toBe(counts.waiting);
    expect(await numberAt("queue-delayed")).toBe(counts.delayed);
    await queue.close();
    expect(await numberAt("webhooks-pending")).toBe(
      await db.webhookDelivery.count({ where: { status: "pending" } }),
    );
    // Paused, failed or dead tasks: the running export (dead + failed), the failed one, the paused one.
    expect(await numberAt("attention-total")).toBe(3);

    // The last hour, from the per-minute counters: totals, rates, and each chart point. The page and the
    // query below must see the same minute: when a minute turns between them, look again.
    for (let attempt = 1; ; attempt++) {
      const minute = Math.floor(Date.now() / 60_000);
      await page.goto(`${base}/ops/`);
      const rows = await db.$queryRaw<{ metric: string; total: bigint }[]>`
        SELECT metric, sum(value) AS total FROM ops_metric_minutes
        WHERE minute >= date_trunc('minute', now()) - interval '59 minutes' GROUP BY metric`;
      const hour = Object.fromEntries(rows.map((r) => [r.metric, Number(r.total)]));
      const previousMinute = await db.$queryRaw<{ value: bigint }[]>`
        SELECT value FROM ops_metric_minutes
        WHERE metric = 'graph_requests' AND minute = date_trunc('minute', now()) - interval '1 minute'`;
      const points = await page
        .getByTestId("chart-graph-requests")
        .locator('polyline[data-series="requests"]')
        .getAttribute("data-values");
      const shownHour = await numberAt("graph-requests-hour");
      if (Math.floor(Date.now() / 60_000) !== minute && attempt < 3) continue;
      expect(shownHour).toBe(hour.graph_requests);
      expect(await numberAt("messages-hour")).toBe(hour.messages_fetched);
      expect(await numberAt("throttle-rate")).toBeCloseTo(
        (100 * hour.graph_throttled!) / hour.graph_requests!,
        1,
      );
      expect(await numberAt("error-rate")).toBeCloseTo((100 * hour.graph_errors!) / hour.graph_requests!, 1);
      const perSecond = (points ?? "").split(",").map(Number);
      expect(perSecond).toHaveLength(60);
      expect(perSecond.reduce((a, b) => a + b, 0) * 60).toBeCloseTo(hour.graph_requests!, -1);
      expect(await numberAt("rate-graph-requests")).toBeCloseTo(Number(previousMinute[0]?.value) / 60, 1);
      break;
    }
    await shot("overview");
  });

  it("tenants: the list pages through every tenant with this month's usage from the ledger", async () => {
    await page.goto(`${base}/ops/tenants?limit=4`);
    expect(await numberAt("tenants-matching")).toBe(await t.app.db.tenant.count());
    const ids: string[] = [];
    for (;;) {
      const rows = page.getByTestId("tenant-row");
      for (let i = 0; i < (await rows.count()); i++) {
        ids.push((await rows.nth(i).getAttribute("data-tenant-id")) as string);
      }
      const next = page.getByTestId("tenants-next");
      if ((await next.count()) === 0) break;
      await Promise.all([page.waitForLoadState(), next.click()]);
    }
    expect(new Set(ids).size).toBe(await t.app.db.tenant.count());

    await page.goto(`${base}/ops/tenants?status=active&model=B`);
    const row = page.locator(`[data-testid="tenant-row"][data-tenant-id="${seeded.tenants.contoso}"]`);
    const [ledger] = await t.app.db.$queryRaw<{ messages: bigint }[]>`
      SELECT sum(messages) AS messages FROM usage_ledger
      WHERE tenant_id = ${seeded.tenants.contoso}::uuid AND month = ${usageMonth()}`;
    expect(shown(await row.getByTestId("tenant-row-messages").textContent())).toBe(Number(ledger?.messages));
    expect(shown(await row.getByTestId("tenant-row-open-exports").textContent())).toBe(1);
    await page.goto(`${base}/ops/tenants`);
    await shot("tenants");
  });

  it("tenant: consent, usage against the cap, bucket fill and the 429 block equal the API and Redis", async () => {
    // An evaluation tenant near its legacy-billing cap.
    await page.goto(`${base}/ops/tenants/${seeded.tenants.fabrikam}`);
    const usage = await api(`/v1/tenants/${seeded.tenants.fabrikam}/usage`, seeded.acme);
    expect(await numberAt("usage-messages")).toBe(usage.messages);
    expect(await numberAt("usage-requests")).toBe(usage.requests);
    expect(await numberAt("usage-throttled")).toBe(usage.throttled);
    expect(await numberAt("usage-bytes")).toBe(usage.bytes);
    expect(usage.evaluationCap).toBe(500);
    expect(await textAt("usage-cap")).toBe(`${usage.messages} / ${usage.evaluationCap}`);
    expect(await numberAt("usage-cap-percent")).toBeCloseTo((100 * usage.messages) / usage.evaluationCap, 1);
    const view = await api(`/v1/tenants/${seeded.tenants.fabrikam}`, seeded.acme);
    expect(await textAt("tenant-status")).toBe(view.status);
    expect(await textAt("tenant-model")).toBe(view.model);
    expect(await textAt("tenant-entra-id")).toBe(view.entraTenantId);
    expect(await numberAt("tenant-exports-failed")).toBe(1);

    // Contoso: a worker just took most of its bucket (it refills at 1 token/s).
    const appId = t.config.AZURE_CLIENT_ID;
    for (let i = 0; i < 7; i++) await seeded.limiter.take(appId, seeded.entra.contoso);
    const before = await seeded.limiter.state(appId, seeded.entra.contoso);
    await page.goto(`${base}/ops/tenants/${seeded.tenants.contoso}`);
    const tokens = await numberAt("bucket-tenant-tokens");
    const after = await seeded.limiter.state(appId, seeded.entra.contoso);
    expect(await numberAt("bucket-tenant-burst")).toBe(before.tenant.burst);
    // What the page read lies between the two reads around it (the bucket only refills meanwhile).
    expect(tokens).toBeGreaterThanOrEqual(before.tenant.tokens - 0.01);
    expect(tokens).toBeLessThanOrEqual(after.tenant.tokens + 0.01);
    expect(before.tenant.tokens).toBeLessThan(before.tenant.burst);
    expect(await numberAt("bucket-app-burst")).toBe(before.app.burst);
    expect(await textAt("blocked")).toBe("no");
    const contosoUsage = await api(`/v1/tenants/${seeded.tenants.contoso}/usage`, seeded.acme);
    expect(await numberAt("usage-messages")).toBe(contosoUsage.messages);
    expect(await textAt("usage-cap")).toBe("none");
    // The account's budget against its usage across all its tenants this month.
    const account = await api("/v1/account", seeded.acme);
    const [acmeUsage] = await t.app.db.$queryRaw<{ total: bigint }[]>`
      SELECT sum(u.messages) AS total FROM usage_ledger u JOIN tenants t ON t.id = u.tenant_id
      WHERE t.account_id = ${seeded.acme.accountId}::uuid AND u.month = ${usageMonth()}`;
    expect(await numberAt("account-budget-limit")).toBe(account.account.monthlyMessageBudget);
    expect(await numberAt("account-budget-used")).toBe(Number(acmeUsage?.total));
    await shot("tenant");

    // Litware: Graph answered 429 with a two-minute Retry-After.
    await page.goto(`${base}/ops/tenants/${seeded.tenants.litware}`);
    const blockedMs = await numberAt("blocked-ms");
    const left = await seeded.limiter.blockedFor(appId, seeded.entra.litware);
    expect(blockedMs).toBeGreaterThanOrEqual(left);
    expect(blockedMs - left).toBeLessThan(5000);
    const until = Date.parse(await textAt("blocked-until"));
    expect(Math.abs(until - (Date.now() + left))).toBeLessThan(5000);
    await shot("tenant-blocked");
  });

  it("export: live progress, targets, ETA and errors equal GET /v1/exports/{id}; redrive sends the dead letters back", async () => {
    const id = seeded.exports.running;
    await page.goto(`${base}/ops/exports/${id}`);
    const view = await api(`/v1/exports/${id}`, seeded.acme);
    const p = view.progress;
    expect(await numberAt("export-tasks-total")).toBe(p.tasksTotal);
    expect(await numberAt("export-tasks-done")).toBe(p.tasksDone);
    expect(await numberAt("export-pages")).toBe(p.pagesFetched);
    expect(await numberAt("export-messages-seen")).toBe(p.messagesSeen);
    expect(await numberAt("export-messages-stored")).toBe(p.messagesStored);
    expect(await numberAt("export-waited-ms")).toBe(p.waitedMs);
    for (const [status, count] of Object.entries(p.tasksByStatus)) {
      expect(await numberAt(`export-tasks-${status}`), status).toBe(count);
    }
    expect(await numberAt("export-eta-seconds")).toBeGreaterThanOrEqual(p.etaSeconds - 2);
    expect(await numberAt("export-eta-seconds")).toBeLessThanOrEqual(p.etaSeconds + 2);
    const targets = await t.app.db.exportTask.findMany({
      where: { exportId: id, kind: { not: "tenant_enumerate" } },
      distinct: ["kind", "targetId"],
      select: { targetId: true },
    });
    expect(await numberAt("export-targets")).toBe(targets.length);
    const problems = await t.app.db.exportTask.count({
      where: { exportId: id, status: { in: ["failed", "dead", "paused"] } },
    });
    expect(await page.getByTestId("task-row").count()).toBe(problems);
    await expect(page.getByTestId("export-task-table").textContent()).resolves.toContain(
      "503 ServiceUnavailable",
    );

    // Live: a worker commits a page; the page shows it without a reload.
    const running = await t.app.db.exportTask.findFirstOrThrow({
      where: { exportId: id, status: "running" },
    });
    await t.app.db.exportTask.update({
      where: { id: running.id },
      data: { pagesFetched: { increment: 1 }, messagesStored: { increment: 50 } },
    });
    await page.evaluate("window.__notReloaded = true");
    const deadline = Date.now() + 10_000;
    while ((await numberAt("export-messages-stored")) !== p.messagesStored + 50) {
      if (Date.now() > deadline) throw new Error("the export page did not refresh by itself");
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await numberAt("export-pages")).toBe(p.pagesFetched + 1);
    expect(await page.evaluate("window.__notReloaded === true")).toBe(true);
    await shot("export");

    const redrivable = (p.tasksByStatus.dead ?? 0) + (p.tasksByStatus.failed ?? 0);
    await Promise.all([page.waitForURL(/notice=redriven/), page.getByTestId("redrive-button").click()]);
    expect(await textAt("notice")).toBe(`${redrivable} task(s) sent back to the queue.`);
    const after = await api(`/v1/exports/${id}`, seeded.acme);
    expect(after.progress.tasksByStatus.dead ?? 0).toBe(0);
    expect(after.progress.tasksByStatus.failed ?? 0).toBe(0);
    expect(await numberAt("export-tasks-pending")).toBe(after.progress.tasksByStatus.pending);
    const audit = await t.app.db.auditEvent.findFirst({ where: { action: "export.redriven", targetId: id } });
    expect(audit).toMatchObject({ actor: "ops:dashboard", accountId: seeded.acme.accountId });
    await shot("export-redriven");
  });

  it("exports: the active list shows each export's task totals", async () => {
    await page.goto(`${base}/ops/exports`);
    const rows = page.getByTestId("export-row");
    expect(await rows.count()).toBe(
      await t.app.db.export.count({ where: { status: { in: ["queued", "running"] } } }),
    );
    const row = page.locator(`[data-testid="export-row"][data-export-id="${seeded.exports.paused}"]`);
    const view = await api(`/v1/exports/${seeded.exports.paused}`, seeded.acme);
    expect(await row.getByTestId("export-row-tasks").textContent()).toBe(
      `${view.progress.tasksDone}/${view.progress.tasksTotal}`,
    );
    expect(shown(await row.getByTestId("export-row-messages").textContent())).toBe(
      view.progress.messagesStored,
    );
    await shot("exports");
  });

  it("webhooks: failing and disabled endpoints and the delivery log; redeliver schedules the delivery again", async () => {
    await page.goto(`${base}/ops/webhooks`);
    const db = t.app.db;
    expect(await numberAt("webhooks-endpoints")).toBe(await db.webhookEndpoint.count());
    expect(await numberAt("webhooks-failing")).toBe(
      await db.webhookEndpoint.count({ where: { enabled: true, failingSince: { not: null } } }),
    );
    expect(await numberAt("webhooks-disabled")).toBe(
      await db.webhookEndpoint.count({ where: { enabled: false } }),
    );
    expect(await numberAt("webhooks-given-up")).toBe(
      await db.webhookDelivery.count({ where: { status: "failed" } }),
    );
    const [day] = await db.$queryRaw<{ ok: bigint; failed: bigint }[]>`
      SELECT sum(value) FILTER (WHERE metric = 'webhook_succeeded') AS ok,
             sum(value) FILTER (WHERE metric = 'webhook_failed') AS failed
      FROM ops_metric_minutes WHERE minute >= date_trunc('minute', now()) - interval '1439 minutes'`;
    expect(await numberAt("webhooks-ok-24h")).toBe(Number(day?.ok));
    expect(await numberAt("webhooks-failed-24h")).toBe(Number(day?.failed));
    expect(await page.getByTestId("failing-endpoint-row").count()).toBe(1);
    await expect(page.getByTestId("failing-endpoints").textContent()).resolves.toContain(
      "hooks.acme.example/broken",
    );
    await expect(page.getByTestId("disabled-endpoints").textContent()).resolves.toContain("410 Gone");
    expect(await page.getByTestId("attempt-row").count()).toBe(await db.webhookAttempt.count());
    await shot("webhooks");

    const row = page
      .locator(`[data-testid="attempt-row"][data-delivery-id="${seeded.failedDeliveryId}"]`)
      .first();
    await Promise.all([page.waitForURL(/notice=redelivered/), row.getByTestId("redeliver-button").click()]);
    expect(await textAt("notice")).toBe("1 delivery scheduled again.");
    const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id: seeded.failedDeliveryId } });
    expect(delivery).toMatchObject({ status: "pending", trigger: "redelivery", step: 0 });
  });

  it("queues: bull-board shows the export-task queue, and nothing loads from outside", async () => {
    await page.goto(`${base}/ops/queues`);
    await page.getByText("export-tasks").first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState("networkidle");
    await shot("queues");
    expect(outside).toEqual([]);
  });

  it("signs out", async () => {
    await page.goto(`${base}/ops/`);
    await Promise.all([page.waitForLoadState(), page.getByTestId("sign-out").click()]);
    await expect(page.getByTestId("login-form").isVisible()).resolves.toBe(true);
    const again = await page.goto(`${base}/ops/tenants`);
    expect(again?.status()).toBe(401);
  });
});
