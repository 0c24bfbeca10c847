import { randomUUID } from "node:crypto";
import { type TaskStatus, usageMonth, withTransaction } from "@capstan/db";
import { limitsUnder, RateLimiter } from "@capstan/rate-limit";
import { emitTenantEvent } from "@capstan/webhooks";
import type { FastifyInstance } from "fastify";
import { createAccount, type TestAccount } from "./helpers";

/**
 * A running system as the ops dashboard sees it: two accounts, tenants in every state and model, exports
 * with tasks in several states (some dead-lettered, some paused), this month's usage, rate-limit state in
 * Redis (a drained bucket, a 429 block), queued jobs, an hour of per-minute counters, and webhook endpoints
 * that are healthy, failing and disabled, with their deliveries and attempts.
 */

/** Limits small enough that bucket fill moves slowly while a test reads it. */
export const SEED_LIMITS = {
  RATE_LIMIT_APP_RPS: "5",
  RATE_LIMIT_APP_BURST: "40",
  RATE_LIMIT_TENANT_RPS: "2",
  RATE_LIMIT_TENANT_BURST: "10",
};

export interface Seeded {
  acme: TestAccount;
  globex: TestAccount;
  tenants: Record<
    "contoso" | "fabrikam" | "northwind" | "tailspin" | "woodgrove" | "litware" | "adatum",
    string
  >;
  entra: Record<"contoso" | "fabrikam" | "tailspin" | "litware", string>;
  exports: Record<"running" | "completed" | "failed" | "paused" | "queued", string>;
  endpoints: Record<"healthy" | "failing" | "disabled", string>;
  /** The failed delivery (to the failing endpoint) an operator can redeliver. */
  failedDeliveryId: string;
  limiter: RateLimiter;
}

type TaskSeed = {
  status: TaskStatus;
  pages?: number;
  seen?: number;
  stored?: number;
  fresh?: number;
  error?: string;
  failures?: number;
  kind?: "user_chats" | "team_channels" | "tenant_enumerate";
  target?: string;
};

export async function seedRunningSystem(app: FastifyInstance): Promise<Seeded> {
  const db = app.db;
  const acme = await createAccount(app, "Acme Archiving");
  // Acme set itself a monthly message budget (PUT /v1/account/budget).
  await db.account.update({ where: { id: acme.accountId }, data: { monthlyMessageBudget: 5000 } });
  const globex = await createAccount(app, "Globex eDiscovery");
  const entra = {
    contoso: randomUUID(),
    fabrikam: randomUUID(),
    tailspin: randomUUID(),
    litware: randomUUID(),
  };
  const tenant = async (
    accountId: string,
    displayName: string,
    model: "A" | "B" | "evaluation",
    status: "pending_consent" | "active" | "consent_failed" | "consent_revoked" | "offboarded",
    entraTenantId: string | null = null,
    extra: Record<string, unknown> = {},
  ) =>
    (
      await db.tenant.create({
        data: {
          accountId,
          displayName,
          model,
          status,
          entraTenantId,
          consentedAt: entraTenantId ? new Date(Date.now() - 3 * 86_400_000) : null,
          ...extra,
        },
      })
    ).id;
  const tenants = {
    contoso: await tenant(acme.accountId, "Contoso", "B", "active", entra.contoso),
    fabrikam: await tenant(acme.accountId, "Fabrikam", "evaluation", "active", entra.fabrikam),
    northwind: await tenant(acme.accountId, "Northwind", "A", "pending_consent"),
    tailspin: await tenant(acme.accountId, "Tailspin", "B", "consent_revoked", entra.tailspin, {
      consentError: "AADSTS7000112: the application was disabled in the customer's directory",
    }),
    woodgrove: await tenant(acme.accountId, "Woodgrove", "B", "offboarded", null, {
      offboardedAt: new Date(),
    }),
    litware: await tenant(globex.accountId, "Litware", "A", "active", entra.litware),
    adatum: await tenant(globex.accountId, "Adatum", "evaluation", "consent_failed", null, {
      consentError: "access_denied: the admin declined",
    }),
  };

  const makeExport = async (
    accountId: string,
    tenantId: string,
    status: "queued" | "running" | "completed" | "failed" | "cancelled",
    tasks: TaskSeed[],
    extra: { error?: string; startedMinutesAgo?: number } = {},
  ) => {
    const started = extra.startedMinutesAgo ?? 20;
    const row = await db.export.create({
      data: {
        accountId,
        tenantId,
        scope: "tenant",
        status,
        error: extra.error ?? null,
        createdAt: new Date(Date.now() - (started + 1) * 60_000),
        startedAt: status === "queued" ? null : new Date(Date.now() - started * 60_000),
        finishedAt: status === "completed" || status === "failed" ? new Date() : null,
      },
    });
    await db.exportTask.createMany({
      data: tasks.map((t, i) => ({
        exportId: row.id,
        tenantId,
        kind: t.kind ?? "user_chats",
        targetId: t.target ?? `user-${i + 1}@example.test`,
        status: t.status,
        pagesFetched: t.pages ?? 0,
        messagesSeen: t.seen ?? t.stored ?? 0,
        messagesStored: t.stored ?? 0,
        versionsNew: t.fresh ?? t.stored ?? 0,
        failures: t.failures ?? 0,
        error: t.error ?? null,
        waitedMs: BigInt(1500 * i),
        finishedAt: ["completed", "skipped", "failed", "dead"].includes(t.status) ? new Date() : null,
      })),
    });
    return row.id;
  };

  const exports = {
    running: await makeExport(acme.accountId, tenants.contoso, "running", [
      { status: "completed", kind: "tenant_enumerate", target: "*", pages: 2 },
      { status: "completed", pages: 40, stored: 1900, seen: 2000, fresh: 1800 },
      { status: "completed", pages: 12, stored: 590, fresh: 400 },
      { status: "running", pages: 7, stored: 320 },
      { status: "pending" },
      { status: "pending", kind: "team_channels", target: "team-finance" },
      {
        status: "dead",
        pages: 3,
        stored: 140,
        failures: 10,
        error: "Gave up after 10 attempts: Graph answered 503 ServiceUnavailable",
      },
      {
        status: "failed",
        error: "Graph answered 402 for user-8@example.test under payment model B: billing is not set up.",
      },
    ]),
    completed: await makeExport(acme.accountId, tenants.contoso, "completed", [
      { status: "completed", pages: 5, stored: 230 },
      { status: "skipped", error: "Graph answered 404 for user-2@example.test: the target is gone." },
    ]),
    failed: await makeExport(
      acme.accountId,
      tenants.fabrikam,
      "failed",
      [
        { status: "completed", pages: 8, stored: 420 },
        { status: "dead", failures: 10, error: "Gave up after 10 attempts: fetch failed (ECONNRESET)" },
      ],
      { error: "1 task(s) failed; first: user-2@example.test: Gave up after 10 attempts" },
    ),
    paused: await makeExport(
      acme.accountId,
      tenants.tailspin,
      "running",
      [
        { status: "completed", pages: 3, stored: 150 },
        {
          status: "paused",
          error:
            "Admin consent for this tenant was revoked (AADSTS7000112). Send its admin a fresh consent URL.",
        },
      ],
      { error: "Admin consent for this tenant was revoked" },
    ),
    queued: await makeExport(
      globex.accountId,
      tenants.litware,
      "queued",
      [{ status: "pending" }, { status: "pending" }],
      {
        startedMinutesAgo: 0,
      },
    ),
  };
  // The pending tasks are admitted and queued in BullMQ as the API would have done.
  const pending = await db.exportTask.findMany({
    where: { status: "pending" },
    select: { tenantId: true },
    distinct: ["tenantId"],
  });
  for (const { tenantId } of pending) await app.queues.admit(tenantId);

  const month = usageMonth();
  const ledger = async (
    tenantId: string,
    model: "A" | "B" | "evaluation",
    slot: number,
    u: { requests: number; messages: number; bytes: number; throttled: number },
  ) => {
    await db.usageLedger.create({
      data: {
        tenantId,
        month,
        model,
        slot,
        requests: BigInt(u.requests),
        messages: BigInt(u.messages),
        bytes: BigInt(u.bytes),
        throttled: BigInt(u.throttled),
      },
    });
  };
  await ledger(tenants.contoso, "B", 0, { requests: 700, messages: 2100, bytes: 4_200_000, throttled: 9 });
  await ledger(tenants.contoso, "B", 3, { requests: 500, messages: 900, bytes: 1_800_000, throttled: 3 });
  await ledger(tenants.fabrikam, "evaluation", 1, {
    requests: 30,
    messages: 420,
    bytes: 840_000,
    throttled: 0,
  });
  await ledger(tenants.litware, "A", 2, {
    requests: 900,
    messages: 15_000,
    bytes: 30_000_000,
    throttled: 41,
  });
  // Last month's usage is not this month's.
  await db.usageLedger.create({
    data: {
      tenantId: tenants.contoso,
      month: usageMonth(new Date(Date.now() - 40 * 86_400_000)),
      model: "B",
      slot: 0,
      requests: 99_999n,
      messages: 99_999n,
      throttled: 999n,
    },
  });

  // Rate-limit state in Redis, as the workers leave it: Contoso's bucket partly drained, Litware blocked.
  const c = app.config;
  const limiter = new RateLimiter({
    redis: app.redis,
    prefix: c.REDIS_PREFIX,
    app: limitsUnder(c.RATE_LIMIT_APP_RPS, {
      headroom: c.RATE_LIMIT_HEADROOM,
      burst: c.RATE_LIMIT_APP_BURST,
    }),
    tenant: limitsUnder(c.RATE_LIMIT_TENANT_RPS, {
      headroom: c.RATE_LIMIT_HEADROOM,
      burst: c.RATE_LIMIT_TENANT_BURST,
    }),
  });
  for (let i = 0; i < 6; i++) await limiter.take(c.AZURE_CLIENT_ID, entra.contoso);
  for (let i = 0; i < 9; i++) await limiter.take(c.AZURE_CLIENT_ID, entra.litware);
  await limiter.blockTenant(c.AZURE_CLIENT_ID, entra.litware, 120_000);

  // An hour of per-minute counters as the workers write them (the current minute included).
  const minutes: string[] = [];
  const metrics: string[] = [];
  const values: number[] = [];
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  for (let i = 0; i < 60; i++) {
    const minute = new Date(now - i * 60_000).toISOString();
    const wave = 1 + Math.sin(i / 6);
    const add = (metric: string, value: number) => {
      minutes.push(minute);
      metrics.push(metric);
      values.push(Math.round(value));
    };
    add("graph_requests", 6000 + 3000 * wave);
    add("graph_throttled", i % 7 === 0 ? 30 : 2);
    add("graph_errors", i % 11 === 0 ? 12 : 1);
    add("messages_fetched", 240_000 + 90_000 * wave);
    add("messages_stored", 200_000 + 80_000 * wave);
    add("versions_new", 150_000 + 60_000 * wave);
    add("token_wait_ms", 20_000 + i * 100);
    add("webhook_succeeded", 40);
    add("webhook_failed", i % 5 === 0 ? 3 : 0);
  }
  // Older than the hour: never shown in the hour's charts.
  minutes.push(new Date(now - 3 * 3_600_000).toISOString());
  metrics.push("graph_requests");
  values.push(1_000_000);
  await db.$executeRaw`
    INSERT INTO ops_metric_minutes (minute, metric, value)
    SELECT m, k, v FROM unnest(${minutes}::timestamptz[], ${metrics}::text[], ${values}::bigint[]) AS x(m, k, v)`;

  // Webhook endpoints: healthy, failing for two hours, and disabled after a 410.
  const who = { actor: "test" };
  const healthy = await app.webhooksRepository.create(
    acme.accountId,
    { url: "https://hooks.acme.example/capstan", events: ["*"] },
    who,
  );
  const failing = await app.webhooksRepository.create(
    acme.accountId,
    { url: "https://hooks.acme.example/broken", events: ["tenant.consented"] },
    who,
  );
  const disabled = await app.webhooksRepository.create(
    globex.accountId,
    { url: "https://hooks.globex.example/gone", events: ["*"] },
    who,
  );
  const event = await withTransaction(db, (tx) =>
    emitTenantEvent(tx, tenants.contoso, "tenant.consented", { consentedAt: new Date().toISOString() }),
  );
  if (!event) throw new Error("no event");
  const deliveries = await db.webhookDelivery.findMany({ where: { eventId: event.eventId } });
  const toHealthy = deliveries.find((d) => d.endpointId === healthy.id);
  const toFailing = deliveries.find((d) => d.endpointId === failing.id);
  if (!toHealthy || !toFailing) throw new Error("deliveries missing");
  const attempt = (
    d: { id: string; endpointId: string; eventId: string; accountId: string },
    n: number,
    url: string,
    ok: boolean,
    minutesAgo: number,
  ) =>
    db.webhookAttempt.create({
      data: {
        deliveryId: d.id,
        eventId: d.eventId,
        endpointId: d.endpointId,
        accountId: d.accountId,
        attempt: n,
        trigger: "scheduled",
        url,
        attemptedAt: new Date(Date.now() - minutesAgo * 60_000),
        statusCode: ok ? 204 : 500,
        latencyMs: ok ? 42 : 1200,
        succeeded: ok,
        error: ok ? null : "HTTP 500",
        responseBody: ok ? "" : "upstream broke",
      },
    });
  await attempt(toHealthy, 1, healthy.url, true, 30);
  await db.webhookDelivery.update({
    where: { id: toHealthy.id },
    data: { status: "succeeded", attempts: 1, step: 1, succeededAt: new Date(), nextAttemptAt: null },
  });
  for (let i = 1; i <= 3; i++) await attempt(toFailing, i, failing.url, false, 120 - i * 20);
  await db.webhookDelivery.update({
    where: { id: toFailing.id },
    data: {
      status: "failed",
      attempts: 3,
      step: 3,
      lastStatus: 500,
      lastError: "HTTP 500",
      nextAttemptAt: null,
    },
  });
  await db.webhookEndpoint.update({
    where: { id: failing.id },
    data: {
      consecutiveFailures: 3,
      failingSince: new Date(Date.now() - 120 * 60_000),
      lastFailureAt: new Date(Date.now() - 60 * 60_000),
    },
  });
  await db.webhookEndpoint.update({
    where: { id: disabled.id },
    data: {
      enabled: false,
      disabledAt: new Date(Date.now() - 10 * 60_000),
      disabledCode: "gone",
      disabledReason: "it answered 410 Gone.",
      consecutiveFailures: 1,
    },
  });
  // One delivery still waiting for its first attempt.
  await withTransaction(db, (tx) =>
    emitTenantEvent(tx, tenants.fabrikam, "tenant.consented", { consentedAt: new Date().toISOString() }),
  );

  return {
    acme,
    globex,
    tenants,
    entra,
    exports,
    endpoints: { healthy: healthy.id, failing: failing.id, disabled: disabled.id },
    failedDeliveryId: toFailing.id,
    limiter,
  };
}
