import { randomUUID } from "node:crypto";
import { loadConfig } from "@capstan/config";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType, webhookEventSchemas } from "@capstan/contracts";
import { withTransaction } from "@capstan/db";
import { eventually } from "@capstan/testing";
import { emitEvent, redeliverEvent, replayToEndpoint } from "@capstan/webhooks";
import pino from "pino";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startWorkerRuntime } from "../src/runtime";
import { parseRetryAfter } from "../src/webhooks";
import { createWebhookHarness, type Receiver, startReceiver, type WebhookHarness } from "./webhooks-harness";

let h: WebhookHarness;
let receiver: Receiver;
/** What the receiver answers per path: a list of statuses used in turn (the last one repeats). */
const script = new Map<string, { status: number; headers?: Record<string, string> }[]>();
const seen = new Map<string, number>();

beforeAll(async () => {
  h = await createWebhookHarness();
  receiver = await startReceiver((req, res) => {
    const path = req.url.split("?")[0] as string;
    const n = seen.get(path) ?? 0;
    seen.set(path, n + 1);
    const steps = script.get(path) ?? [{ status: 200 }];
    const step = steps[Math.min(n, steps.length - 1)] as { status: number; headers?: Record<string, string> };
    res.writeHead(step.status, { "content-type": "text/plain", ...step.headers });
    res.end(`answer ${n + 1} from ${path}`);
  });
});
afterAll(async () => {
  await receiver?.close();
  await h?.close();
});

const hits = (path: string) => receiver.requests.filter((r) => r.url === path);

describe("webhook delivery to a real receiver", () => {
  it("sends a signed event that standardwebhooks verifies, and logs the attempt", async () => {
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/signed`);
    const eventId = await h.emit(accountId);
    await h.drain({ until: async () => hits("/signed").length === 1 });

    const [req] = hits("/signed");
    expect(req?.method).toBe("POST");
    expect(req?.headers["content-type"]).toBe("application/json");
    expect(req?.headers["webhook-id"]).toBe(eventId);
    const payload = new Webhook(ep.secret).verify(
      req?.body as string,
      req?.headers as Record<string, string>,
    );
    const event = webhookEventSchemas["tenant.consent_failed"].parse(payload);
    expect(event).toMatchObject({ id: eventId, type: "tenant.consent_failed", version: 1, accountId });

    const attempts = await h.db.webhookAttempt.findMany({ where: { eventId } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      attempt: 1,
      trigger: "scheduled",
      statusCode: 200,
      succeeded: true,
      responseBody: "answer 1 from /signed",
      endpointId: ep.id,
    });
    expect(attempts[0]?.latencyMs).toBeGreaterThanOrEqual(0);
    const delivery = await h.db.webhookDelivery.findFirstOrThrow({ where: { eventId } });
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, nextAttemptAt: null, leaseId: null });
    const endpoint = await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } });
    expect(endpoint.lastSuccessAt).not.toBeNull();
  });

  it("retries on the schedule with the same webhook-id until a 2xx", async () => {
    script.set("/flaky", [{ status: 500 }, { status: 503 }, { status: 204 }]);
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/flaky`);
    const eventId = await h.emit(accountId);
    await h.drain({ until: async () => hits("/flaky").length === 3 });
    await eventually(
      async () =>
        (await h.db.webhookDelivery.findFirst({ where: { eventId, status: "succeeded" } })) ?? undefined,
      { timeoutMs: 5000, what: "the delivery to succeed" },
    );

    const requests = hits("/flaky");
    expect(new Set(requests.map((r) => r.headers["webhook-id"]))).toEqual(new Set([eventId]));
    for (const r of requests) new Webhook(ep.secret).verify(r.body, r.headers as Record<string, string>);
    const attempts = await h.db.webhookAttempt.findMany({ where: { eventId }, orderBy: { attempt: "asc" } });
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.succeeded])).toEqual([
      [1, 500, false],
      [2, 503, false],
      [3, 204, true],
    ]);
    const gaps = attempts
      .slice(1)
      .map((a, i) => a.attemptedAt.getTime() - (attempts[i]?.attemptedAt.getTime() ?? 0));
    // schedule 0,100ms,200ms
    expect(gaps[0]).toBeGreaterThanOrEqual(95);
    expect(gaps[1]).toBeGreaterThanOrEqual(195);
    const endpoint = await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } });
    expect(endpoint).toMatchObject({ consecutiveFailures: 0, failingSince: null });
  });

  it("gives up after the last step of the schedule", async () => {
    script.set("/down", [{ status: 500 }]);
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/down`);
    const eventId = await h.emit(accountId);
    await h.drain({
      until: async () => (await h.db.webhookDelivery.count({ where: { eventId, status: "failed" } })) === 1,
    });
    expect(hits("/down")).toHaveLength(3);
    const delivery = await h.db.webhookDelivery.findFirstOrThrow({ where: { eventId } });
    expect(delivery).toMatchObject({ status: "failed", attempts: 3, lastStatus: 500, nextAttemptAt: null });
    const endpoint = await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } });
    expect(endpoint.consecutiveFailures).toBe(1);
    expect(endpoint.failingSince).not.toBeNull();
    expect(endpoint.enabled).toBe(true);
  });

  it("honours Retry-After on 429 (longer than the schedule's step)", async () => {
    script.set("/busy", [{ status: 429, headers: { "retry-after": "1" } }, { status: 200 }]);
    const accountId = await h.newAccount();
    await h.addEndpoint(accountId, `${receiver.origin}/busy`);
    const eventId = await h.emit(accountId);
    await h.drain({ until: async () => hits("/busy").length === 2 });
    const attempts = await h.db.webhookAttempt.findMany({ where: { eventId }, orderBy: { attempt: "asc" } });
    expect(attempts.map((a) => a.statusCode)).toEqual([429, 200]);
    const gap = (attempts[1]?.attemptedAt.getTime() ?? 0) - (attempts[0]?.attemptedAt.getTime() ?? 0);
    expect(gap).toBeGreaterThanOrEqual(990);
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Sat, 28 Nov 2026 10:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it("counts only a 2xx: redirects are not followed and other answers are failures", async () => {
    script.set("/moved", [{ status: 301, headers: { location: `${receiver.origin}/signed` } }]);
    const accountId = await h.newAccount();
    await h.addEndpoint(accountId, `${receiver.origin}/moved`);
    const before = hits("/signed").length;
    const eventId = await h.emit(accountId);
    await h.drain({
      until: async () => (await h.db.webhookDelivery.count({ where: { eventId, status: "failed" } })) === 1,
    });
    expect(hits("/moved")).toHaveLength(3);
    expect(hits("/signed")).toHaveLength(before);
  });

  it("delivers every event type emitted through emitEvent, each matching its schema", async () => {
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/all-types`);
    const tenant = {
      id: randomUUID(),
      entraTenantId: randomUUID(),
      displayName: "Contoso",
      model: "B" as const,
      status: "active" as const,
    };
    const exportRef = {
      id: randomUUID(),
      tenantId: tenant.id,
      scope: "tenant" as const,
      targetId: null,
      scheduleId: null,
      status: "completed" as const,
      createdAt: new Date().toISOString(),
      startedAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
    };
    const summary = {
      tasksTotal: 3,
      tasksCompleted: 3,
      tasksFailed: 0,
      messagesStored: 120,
      versionsNew: 100,
      hostedContents: 4,
    };
    const now = new Date().toISOString();
    const samples: { [T in WebhookEventType]: unknown } = {
      "tenant.consented": { tenant, consentedAt: now },
      "tenant.consent_failed": { tenant, error: { code: "access_denied", description: null } },
      "tenant.consent_revoked": { tenant, reason: "Entra ID refused a token", detectedAt: now },
      "export.started": { export: { ...exportRef, status: "running", finishedAt: null } },
      "export.completed": { export: exportRef, summary },
      "export.failed": { export: { ...exportRef, status: "failed" }, summary, error: "1 task(s) failed" },
      "export.cancelled": { export: { ...exportRef, status: "cancelled" }, summary, reason: null },
      "usage.threshold_reached": {
        tenantId: tenant.id,
        period: "2026-11",
        metric: "messages",
        limitKind: "evaluation_cap",
        limit: 500,
        used: 400,
        thresholdPercent: 80,
      },
      "webhook_endpoint.disabled": {
        endpoint: { id: randomUUID(), url: "https://old.partner.example/hook", description: null },
        code: "gone",
        reason: "it answered 410 Gone.",
        disabledAt: now,
        consecutiveFailures: 0,
        failingSince: null,
      },
      "message.captured": {
        message: { tenantId: tenant.id, containerId: "19:a@thread.v2", messageId: "1", etag: "1" },
        changeType: "created",
        chatMessage: { id: "1", etag: "1", body: { contentType: "text", content: "hi" } },
      },
      "message.policy_violation_applied": {
        message: { tenantId: tenant.id, containerId: "19:a@thread.v2", messageId: "1", etag: "2" },
        policyViolationId: randomUUID(),
        policyViolation: { dlpAction: "blockAccess", verdictDetails: "none" },
        reason: "credit card number",
        requestedBy: "api-key:1",
        appliedAt: now,
      },
    };
    await withTransaction(h.db, async (tx) => {
      for (const type of WEBHOOK_EVENT_TYPES) {
        await emitEvent(tx, { accountId, type, data: samples[type] as never });
      }
    });
    await h.drain({ until: async () => hits("/all-types").length === WEBHOOK_EVENT_TYPES.length });
    const received = hits("/all-types").map((r) => {
      const body = new Webhook(ep.secret).verify(r.body, r.headers as Record<string, string>) as {
        type: WebhookEventType;
      };
      return webhookEventSchemas[body.type].parse(body);
    });
    expect(received.map((e) => e.type).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
  });

  it("manual redelivery and replay send again with the same webhook-id", async () => {
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/again`);
    const since = new Date(Date.now() - 1000);
    const first = await h.emit(accountId);
    const second = await h.emit(accountId);
    await h.drain({ until: async () => hits("/again").length === 2 });

    expect(await withTransaction(h.db, (tx) => redeliverEvent(tx, { accountId, eventId: first }))).toBe(1);
    await h.drain({ until: async () => hits("/again").length === 3 });
    expect(hits("/again")[2]?.headers["webhook-id"]).toBe(first);

    const replayed = await withTransaction(h.db, (tx) =>
      replayToEndpoint(tx, { accountId, endpointId: ep.id, since }),
    );
    expect(replayed).toBe(2);
    await h.drain({ until: async () => hits("/again").length === 5 });
    expect(
      hits("/again")
        .slice(3)
        .map((r) => r.headers["webhook-id"])
        .sort(),
    ).toEqual([first, second].sort());
    const triggers = await h.db.webhookAttempt.findMany({
      where: { endpointId: ep.id },
      orderBy: { attemptedAt: "asc" },
    });
    expect(triggers.map((a) => a.trigger)).toEqual([
      "scheduled",
      "scheduled",
      "redelivery",
      "replay",
      "replay",
    ]);
    // A replay of only what failed finds nothing more to send.
    expect(
      await withTransaction(h.db, (tx) =>
        replayToEndpoint(tx, { accountId, endpointId: ep.id, since, onlyFailed: true }),
      ),
    ).toBe(0);
  });
});

describe("SSRF at delivery time", () => {
  it("refuses private targets stored before the rules (or behind DNS), logging the refusal, never connecting", async () => {
    const accountId = await h.newAccount();
    const onConnect = vi.fn();
    const resolver = vi.fn(async (host: string) =>
      host === "internal.partner.example" ? [{ address: "10.20.30.40", family: 4 as const }] : [],
    );
    const deliverer = h.deliverer({ onConnect, resolver });
    await h.addEndpoint(accountId, "https://169.254.169.254/latest/meta-data/");
    await h.addEndpoint(accountId, "https://10.0.0.8/hook");
    await h.addEndpoint(accountId, "https://internal.partner.example/hook");
    await h.addEndpoint(accountId, "http://127.0.0.1:1/plain-http-is-fine-in-development-but-port-1");
    const eventId = await h.emit(accountId);
    await h.drain({
      deliverer,
      until: async () => (await h.db.webhookDelivery.count({ where: { eventId, status: "pending" } })) === 0,
    });
    const attempts = await h.db.webhookAttempt.findMany({ where: { eventId } });
    const blocked = attempts.filter((a) => a.errorCode === "blocked_address");
    expect(blocked.length).toBe(9); // three endpoints, three attempts each
    expect(blocked.every((a) => a.statusCode === null && !a.succeeded)).toBe(true);
    // Only the allowlisted loopback address was ever connected to (and nothing listens on port 1).
    expect(onConnect.mock.calls.map(([t]) => t.address)).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });

  it("refuses http outside development mode", async () => {
    const strict = await createWebhookHarness({
      NODE_ENV: "production",
      WEBHOOK_SECRET_KEY: "ab".repeat(32),
    });
    try {
      const accountId = await strict.newAccount();
      await strict.addEndpoint(accountId, `${receiver.origin}/insecure`);
      const eventId = await strict.emit(accountId);
      await strict.drain({
        until: async () =>
          (await strict.db.webhookDelivery.count({ where: { eventId, status: "failed" } })) === 1,
      });
      const attempts = await strict.db.webhookAttempt.findMany({ where: { eventId } });
      expect(attempts.every((a) => a.errorCode === "insecure_scheme")).toBe(true);
      expect(hits("/insecure")).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });
});

describe("delivery is safe with many workers and crashes", () => {
  it("two workers claiming at once never take the same delivery", async () => {
    const accountId = await h.newAccount();
    for (let i = 0; i < 3; i++) await h.addEndpoint(accountId, `${receiver.origin}/claims`);
    for (let i = 0; i < 10; i++) await h.emit(accountId);
    const a = h.deliverer();
    const b = h.deliverer();
    const [ca, cb] = await Promise.all([a.claim(20), b.claim(20)]);
    const ids = [...ca, ...cb].map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
    await Promise.all([...ca.map((c) => a.process(c)), ...cb.map((c) => b.process(c))]);
    expect(hits("/claims")).toHaveLength(30);
  });

  it("a delivery claimed by a worker that died is attempted again once its lease runs out", async () => {
    const accountId = await h.newAccount();
    await h.addEndpoint(accountId, `${receiver.origin}/lease`);
    const eventId = await h.emit(accountId);
    let now = Date.now();
    const deliverer = h.deliverer({ now: () => new Date(now) });
    const [claimed] = await deliverer.claim(50).then((cs) => cs.filter((c) => c.eventId === eventId));
    expect(claimed).toBeDefined();
    // The worker dies here. Nobody else may take it while the lease holds…
    expect((await deliverer.claim(50)).filter((c) => c.eventId === eventId)).toHaveLength(0);
    // …and after it, another worker does.
    now += h.settings.timeoutMs + 61_000;
    const again = (await deliverer.claim(50)).filter((c) => c.eventId === eventId);
    expect(again).toHaveLength(1);
    await deliverer.process(again[0] as NonNullable<typeof claimed>);
    // The dead worker's late result is logged but does not overwrite the new owner's.
    await deliverer.process(claimed as NonNullable<typeof claimed>);
    expect(await h.db.webhookAttempt.count({ where: { eventId } })).toBe(2);
    expect(await h.db.webhookDelivery.findFirstOrThrow({ where: { eventId } })).toMatchObject({
      status: "succeeded",
      attempts: 1,
    });
  });

  it("the worker runtime delivers the outbox in the background", async () => {
    const runtime = await startWorkerRuntime(
      loadConfig({
        NODE_ENV: "development",
        LOG_LEVEL: "silent",
        DATABASE_URL: h.env.databaseUrl,
        REDIS_URL: h.env.redisUrl,
        REDIS_PREFIX: h.env.redisPrefix,
        AZURE_CLIENT_SECRET: "unused",
        GRAPH_BASE_URL: "http://127.0.0.1:9",
        IDENTITY_BASE_URL: "http://127.0.0.1:9",
        WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32",
        WEBHOOK_POLL_INTERVAL_MS: "50",
      }),
      pino({ level: "silent" }),
    );
    try {
      const accountId = await h.newAccount();
      const ep = await h.addEndpoint(accountId, `${receiver.origin}/runtime`);
      const eventId = await h.emit(accountId);
      const req = await eventually(async () => hits("/runtime")[0], {
        timeoutMs: 10_000,
        what: "a delivery",
      });
      expect(req.headers["webhook-id"]).toBe(eventId);
      new Webhook(ep.secret).verify(req.body, req.headers as Record<string, string>);
    } finally {
      await runtime.close();
    }
  });
});
