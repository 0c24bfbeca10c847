import { randomUUID } from "node:crypto";
import { WEBHOOK_EVENT_TYPES } from "@capstan/contracts";
import { withTransaction } from "@capstan/db";
import {
  disableEndpoint,
  emitEvent,
  emitTenantEvent,
  endpointSecretBinding,
  secretBoxFromConfig,
} from "@capstan/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addKey,
  buildTestApp,
  createAccount,
  createActiveTenant,
  type TestAccount,
  type TestApp,
} from "./helpers";

let t: TestApp;
let acme: TestAccount;

beforeAll(async () => {
  t = await buildTestApp();
  acme = await createAccount(t.app, "Acme");
});
afterAll(async () => t?.close());

function call(
  account: TestAccount,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: Record<string, unknown>,
) {
  return t.app.inject({ method, url, headers: account.auth, ...(payload ? { payload } : {}) });
}

async function createEndpoint(account: TestAccount, body: Record<string, unknown> = {}) {
  const res = await call(account, "POST", "/v1/webhook-endpoints", {
    url: `https://hooks.partner.example/${randomUUID()}`,
    events: ["*"],
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe("webhook endpoints", () => {
  it("creates an endpoint and shows its secret once, keeping it encrypted", async () => {
    const res = await call(acme, "POST", "/v1/webhook-endpoints", {
      url: "https://hooks.partner.example/capstan",
      events: ["export.completed", "export.failed", "export.completed"],
      description: "prod receiver",
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      url: "https://hooks.partner.example/capstan",
      events: ["export.completed", "export.failed"],
      description: "prod receiver",
      status: "enabled",
      disabledReason: null,
      consecutiveFailures: 0,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);

    const row = await t.app.db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretCiphertext).not.toContain(created.secret.slice(6));
    expect(
      secretBoxFromConfig(t.config).decrypt(row.secretCiphertext, endpointSecretBinding(created.id)),
    ).toBe(created.secret);

    const get = await call(acme, "GET", `/v1/webhook-endpoints/${created.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.json().secret).toBeUndefined();
    expect(get.body).not.toContain(created.secret);

    const audit = await t.app.db.auditEvent.findFirst({
      where: { accountId: acme.accountId, action: "webhook_endpoint.created", targetId: created.id },
    });
    expect(audit?.actor).toBe(`api_key:${acme.keyId}`);
    expect(JSON.stringify(audit?.data)).not.toContain(created.secret);
  });

  it.each([
    ["http://hooks.partner.example/x", /https/],
    ["https://127.0.0.1/x", /loopback/],
    ["https://10.1.2.3/x", /private/],
    ["https://169.254.169.254/latest/meta-data/", /metadata/],
    ["https://[::1]/x", /loopback/],
    ["https://[fd00::1]/x", /unique local/],
    ["https://localhost/x", /loopback name/],
    ["https://metadata.google.internal/x", /metadata/],
    ["https://user:pw@hooks.partner.example/x", /credentials/],
  ])("refuses %s with 422 and stores nothing", async (url, why) => {
    const before = await t.app.db.webhookEndpoint.count();
    const res = await call(acme, "POST", "/v1/webhook-endpoints", { url, events: ["*"] });
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: "webhook_url_refused" });
    expect(res.json().detail).toMatch(why);
    expect(await t.app.db.webhookEndpoint.count()).toBe(before);
  });

  it("validates the body", async () => {
    const unknownType = await call(acme, "POST", "/v1/webhook-endpoints", {
      url: "https://hooks.partner.example/x",
      events: ["export.exploded"],
    });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json()).toMatchObject({ code: "validation_failed" });
    const noEvents = await call(acme, "POST", "/v1/webhook-endpoints", {
      url: "https://hooks.partner.example/x",
      events: [],
    });
    expect(noEvents.statusCode).toBe(400);
    const extra = await call(acme, "POST", "/v1/webhook-endpoints", {
      url: "https://hooks.partner.example/x",
      events: ["*"],
      secret: "mine",
    });
    expect(extra.statusCode).toBe(400);
    const emptyPatch = await call(acme, "PATCH", `/v1/webhook-endpoints/${randomUUID()}`, {});
    expect(emptyPatch.statusCode).toBe(400);
  });

  it("lists with cursors, updates and deletes", async () => {
    const account = await createAccount(t.app, "Lister");
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await createEndpoint(account, { description: `n${i}` }));
    const first = await call(account, "GET", "/v1/webhook-endpoints?limit=2");
    expect(first.json().data.map((e: { id: string }) => e.id)).toEqual([made[2].id, made[1].id]);
    const second = await call(
      account,
      "GET",
      `/v1/webhook-endpoints?limit=2&cursor=${first.json().nextCursor}`,
    );
    expect(second.json()).toEqual({ data: [expect.objectContaining({ id: made[0].id })], nextCursor: null });

    const patched = await call(account, "PATCH", `/v1/webhook-endpoints/${made[0].id}`, {
      url: "https://new.partner.example/hook",
      events: ["tenant.consented"],
      description: null,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      url: "https://new.partner.example/hook",
      events: ["tenant.consented"],
      description: null,
    });
    const refused = await call(account, "PATCH", `/v1/webhook-endpoints/${made[0].id}`, {
      url: "https://192.168.1.1/x",
    });
    expect(refused.statusCode).toBe(422);

    const del = await call(account, "DELETE", `/v1/webhook-endpoints/${made[0].id}`);
    expect(del.statusCode).toBe(204);
    expect((await call(account, "GET", `/v1/webhook-endpoints/${made[0].id}`)).statusCode).toBe(404);
    expect((await call(account, "DELETE", `/v1/webhook-endpoints/${made[0].id}`)).statusCode).toBe(404);
  });

  it("disables and enables; a disabled endpoint says why", async () => {
    const ep = await createEndpoint(acme);
    const disabled = await call(acme, "POST", `/v1/webhook-endpoints/${ep.id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ status: "disabled", disabledCode: "manual" });
    expect(disabled.json().disabledReason).toMatch(/account/);
    const enabled = await call(acme, "POST", `/v1/webhook-endpoints/${ep.id}/enable`);
    expect(enabled.json()).toMatchObject({ status: "enabled", disabledCode: null, disabledReason: null });
  });

  it("rotates the secret: the new one shown once, the old one signing for 24 hours", async () => {
    const ep = await createEndpoint(acme);
    const res = await call(acme, "POST", `/v1/webhook-endpoints/${ep.id}/rotate-secret`);
    expect(res.statusCode).toBe(200);
    const { secret, previousSecretExpiresAt } = res.json();
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(ep.secret);
    const hours = (Date.parse(previousSecretExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const view = await call(acme, "GET", `/v1/webhook-endpoints/${ep.id}`);
    expect(view.json().previousSecretExpiresAt).toBe(previousSecretExpiresAt);
    const row = await t.app.db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } });
    const box = secretBoxFromConfig(t.config);
    expect(box.decrypt(row.secretCiphertext, endpointSecretBinding(ep.id))).toBe(secret);
    expect(box.decrypt(row.previousSecretCiphertext as string, endpointSecretBinding(ep.id))).toBe(ep.secret);
  });

  it("needs the admin scope to manage endpoints and the read scope to look", async () => {
    const reader = await addKey(t.app, acme.accountId, ["read"]);
    const writer = await addKey(t.app, acme.accountId, ["read", "write"]);
    expect((await call(reader, "GET", "/v1/webhook-endpoints")).statusCode).toBe(200);
    expect((await call(reader, "GET", "/v1/events")).statusCode).toBe(200);
    const body = { url: "https://hooks.partner.example/x", events: ["*"] };
    expect((await call(reader, "POST", "/v1/webhook-endpoints", body)).statusCode).toBe(403);
    expect((await call(writer, "POST", "/v1/webhook-endpoints", body)).statusCode).toBe(403);
    const ep = await createEndpoint(acme);
    expect((await call(writer, "POST", `/v1/webhook-endpoints/${ep.id}/rotate-secret`)).statusCode).toBe(403);
    expect(
      (
        await call(writer, "POST", `/v1/webhook-endpoints/${ep.id}/replay`, {
          since: new Date().toISOString(),
        })
      ).statusCode,
    ).toBe(202);
    const anonymous = await t.app.inject({ method: "GET", url: "/v1/webhook-endpoints" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("allows at most 20 endpoints per account", async () => {
    const account = await createAccount(t.app, "Many");
    for (let i = 0; i < 20; i++) await createEndpoint(account);
    const res = await call(account, "POST", "/v1/webhook-endpoints", {
      url: "https://hooks.partner.example/21",
      events: ["*"],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("webhook_endpoint_limit");
  });
});

describe("events, the delivery log, redelivery and replay", () => {
  it("lists events with their payload and delivery state, and filters by type", async () => {
    const account = await createAccount(t.app, "Events");
    const tenant = await createActiveTenant(t.app, account.accountId, randomUUID());
    const ep = await createEndpoint(account, { events: ["tenant.consented"] });
    const consented = await withTransaction(t.app.db, (tx) =>
      emitTenantEvent(tx, tenant.id, "tenant.consented", { consentedAt: new Date().toISOString() }),
    );
    await withTransaction(t.app.db, (tx) =>
      emitTenantEvent(tx, tenant.id, "tenant.consent_revoked", {
        reason: "Entra ID refused a token",
        detectedAt: new Date().toISOString(),
      }),
    );
    const all = await call(account, "GET", "/v1/events");
    expect(all.json().data.map((e: { type: string }) => e.type)).toEqual([
      "tenant.consent_revoked",
      "tenant.consented",
    ]);
    const filtered = await call(account, "GET", "/v1/events?type=tenant.consented");
    expect(filtered.json().data).toHaveLength(1);
    const event = filtered.json().data[0];
    expect(event).toMatchObject({
      id: consented?.eventId,
      version: 1,
      payload: { id: consented?.eventId, type: "tenant.consented", data: { tenant: { id: tenant.id } } },
      deliveries: [{ endpointId: ep.id, status: "pending", attempts: 0 }],
    });
    const one = await call(account, "GET", `/v1/events/${consented?.eventId}`);
    expect(one.json()).toEqual(event);
    expect((await call(account, "GET", "/v1/events?type=nope")).statusCode).toBe(400);
  });

  it("lists every attempt per endpoint and per event, newest first, with cursors", async () => {
    const account = await createAccount(t.app, "Log");
    const ep = await createEndpoint(account);
    const emitted = await withTransaction(t.app.db, (tx) =>
      emitEvent(tx, {
        accountId: account.accountId,
        type: "usage.threshold_reached",
        data: {
          tenantId: null,
          period: "2026-11",
          metric: "messages",
          limitKind: "budget",
          limit: 100,
          used: 80,
          thresholdPercent: 80,
        },
      }),
    );
    const eventId = emitted?.eventId as string;
    const delivery = await t.app.db.webhookDelivery.findFirstOrThrow({ where: { eventId } });
    const base = Date.now() - 10_000;
    for (let i = 1; i <= 3; i++) {
      await t.app.db.webhookAttempt.create({
        data: {
          deliveryId: delivery.id,
          eventId,
          endpointId: ep.id,
          accountId: account.accountId,
          attempt: i,
          trigger: "scheduled",
          url: ep.url,
          attemptedAt: new Date(base + i * 1000),
          statusCode: i === 3 ? 200 : 500,
          latencyMs: 10 * i,
          succeeded: i === 3,
          responseBody: `body ${i}`,
        },
      });
    }
    const page1 = await call(account, "GET", `/v1/webhook-endpoints/${ep.id}/deliveries?limit=2`);
    expect(page1.statusCode).toBe(200);
    expect(page1.json().data.map((a: { attempt: number }) => a.attempt)).toEqual([3, 2]);
    expect(page1.json().data[0]).toMatchObject({
      eventId,
      eventType: "usage.threshold_reached",
      statusCode: 200,
      succeeded: true,
      latencyMs: 30,
      responseBody: "body 3",
      trigger: "scheduled",
    });
    const page2 = await call(
      account,
      "GET",
      `/v1/webhook-endpoints/${ep.id}/deliveries?limit=2&cursor=${page1.json().nextCursor}`,
    );
    expect(page2.json().data.map((a: { attempt: number }) => a.attempt)).toEqual([1]);
    expect(page2.json().nextCursor).toBeNull();
    const byEvent = await call(account, "GET", `/v1/events/${eventId}/deliveries`);
    expect(byEvent.json().data).toHaveLength(3);
    expect((await call(account, "GET", `/v1/events/${eventId}/deliveries?cursor=bad`)).statusCode).toBe(400);
  });

  it("redelivers one event and replays everything since a time", async () => {
    const account = await createAccount(t.app, "Replay");
    const ep = await createEndpoint(account, { events: ["usage.threshold_reached"] });
    const other = await createEndpoint(account, { events: ["*"] });
    const since = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (const threshold of [80, 100] as const) {
      const e = await withTransaction(t.app.db, (tx) =>
        emitEvent(tx, {
          accountId: account.accountId,
          type: "usage.threshold_reached",
          data: {
            tenantId: null,
            period: "2026-11",
            metric: "messages",
            limitKind: "budget",
            limit: 100,
            used: threshold,
            thresholdPercent: threshold,
          },
        }),
      );
      ids.push(e?.eventId as string);
    }
    // Pretend both were delivered.
    await t.app.db.webhookDelivery.updateMany({
      where: { eventId: { in: ids } },
      data: { status: "succeeded", nextAttemptAt: null, step: 1, attempts: 1 },
    });

    const one = await call(account, "POST", `/v1/events/${ids[0]}/redeliver`, { endpointId: ep.id });
    expect(one.statusCode).toBe(202);
    expect(one.json()).toEqual({ queued: 1 });
    expect(
      await t.app.db.webhookDelivery.findUniqueOrThrow({
        where: { eventId_endpointId: { eventId: ids[0] as string, endpointId: ep.id } },
      }),
    ).toMatchObject({ status: "pending", step: 0, trigger: "redelivery", attempts: 1 });
    const everywhere = await call(account, "POST", `/v1/events/${ids[0]}/redeliver`);
    expect(everywhere.json()).toEqual({ queued: 2 });

    // ids[1] failed for good at `other`; ids[0] is pending again already.
    await t.app.db.webhookDelivery.updateMany({
      where: { eventId: ids[1], endpointId: other.id },
      data: { status: "failed" },
    });
    const onlyFailed = await call(account, "POST", `/v1/webhook-endpoints/${other.id}/replay`, {
      since,
      onlyFailed: true,
    });
    expect(onlyFailed.json()).toEqual({ queued: 1 });
    const replay = await call(account, "POST", `/v1/webhook-endpoints/${other.id}/replay`, { since });
    expect(replay.statusCode).toBe(202);
    expect(replay.json()).toEqual({ queued: 2 });
    const future = await call(account, "POST", `/v1/webhook-endpoints/${other.id}/replay`, {
      since: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(future.json()).toEqual({ queued: 0 });
    const rows = await t.app.db.webhookDelivery.findMany({ where: { endpointId: other.id } });
    expect(rows.every((r) => r.status === "pending" && r.trigger === "replay")).toBe(true);

    await call(account, "POST", `/v1/webhook-endpoints/${ep.id}/disable`);
    const blocked = await call(account, "POST", `/v1/events/${ids[1]}/redeliver`, { endpointId: ep.id });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe("webhook_endpoint_disabled");
    const blockedReplay = await call(account, "POST", `/v1/webhook-endpoints/${ep.id}/replay`, { since });
    expect(blockedReplay.statusCode).toBe(409);
    expect((await call(account, "POST", `/v1/events/${randomUUID()}/redeliver`)).statusCode).toBe(404);
  });

  it("an endpoint Capstan disabled says why, and the account's notifications list it", async () => {
    const account = await createAccount(t.app, "Told");
    const ep = await createEndpoint(account);
    await withTransaction(t.app.db, (tx) =>
      disableEndpoint(tx, ep.id, { code: "gone", reason: "it answered 410 Gone." }),
    );
    const view = await call(account, "GET", `/v1/webhook-endpoints/${ep.id}`);
    expect(view.json()).toMatchObject({
      status: "disabled",
      disabledCode: "gone",
      disabledReason: "it answered 410 Gone.",
    });
    const notes = await call(account, "GET", "/v1/notifications");
    expect(notes.statusCode).toBe(200);
    expect(notes.json().data).toEqual([
      expect.objectContaining({
        type: "webhook_endpoint.disabled",
        data: expect.objectContaining({ endpoint: expect.objectContaining({ id: ep.id }), code: "gone" }),
      }),
    ]);
    expect((await call(acme, "GET", "/v1/notifications")).body).not.toContain(ep.id);
  });
});

describe("the OpenAPI document", () => {
  it("documents every event's payload in its webhooks section", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/docs/json" })).json();
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const type of WEBHOOK_EVENT_TYPES) {
      const op = doc.webhooks[type].post;
      const ref: string = op.requestBody.content["application/json"].schema.$ref;
      const schema = doc.components.schemas[ref.replace("#/components/schemas/", "")];
      expect(schema, type).toBeDefined();
      expect(schema.properties.type).toMatchObject({ const: type });
      expect(schema.properties.version).toMatchObject({ const: 1 });
      expect(schema.properties.data).toBeDefined();
      expect(op.parameters.map((p: { name: string }) => p.name)).toEqual([
        "webhook-id",
        "webhook-timestamp",
        "webhook-signature",
      ]);
    }
    expect(doc.paths["/v1/webhook-endpoints"].post.tags).toEqual(["webhooks"]);
  });
});
