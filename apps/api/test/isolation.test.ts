import { randomUUID } from "node:crypto";
import { withTransaction } from "@capstan/db";
import { emitTenantEvent } from "@capstan/webhooks";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestAccount, type TestApp } from "./helpers";

// Account isolation, checked on every route: Globex calls each route with Acme's ids and must get 404.
// The table below must name every /v1 route the app registers (and nothing else), so a new route
// without an isolation check fails this suite.

const OPS_TOKEN = "ops-token-for-isolation-tests";

interface Ids {
  tenantId: string;
  offboardedTenantId: string;
  exportId: string;
  keyId: string;
  sha256: string;
  webhookEndpointId: string;
  webhookEventId: string;
  holdId: string;
  policyId: string;
  bundleId: string;
}

interface Call {
  url: string;
  payload?: Record<string, unknown>;
}

type Check =
  /** Names one of Acme's objects: Globex gets 404. `readOnly` routes are also called by Acme, who gets 2xx. */
  | { kind: "owned"; call: (ids: Ids) => Call; readOnly?: boolean }
  /** Names no object: Globex's answer must not mention anything of Acme's. */
  | { kind: "collection"; call: (ids: Ids) => Call }
  /** Not authenticated by an API key; says why and how isolation holds there. */
  | { kind: "public"; why: string; check: () => Promise<void> };

const owned = (call: (ids: Ids) => Call, readOnly = false): Check => ({ kind: "owned", call, readOnly });
const collection = (call: (ids: Ids) => Call): Check => ({ kind: "collection", call });

const ROUTES: Record<string, Check> = {
  "GET /v1/account": collection(() => ({ url: "/v1/account" })),
  "PUT /v1/account/budget": collection(() => ({
    url: "/v1/account/budget",
    payload: { monthlyMessageBudget: 1000 },
  })),
  "GET /v1/audit-events": collection(() => ({ url: "/v1/audit-events?limit=500" })),

  "GET /v1/api-keys": collection(() => ({ url: "/v1/api-keys" })),
  "POST /v1/api-keys": collection(() => ({ url: "/v1/api-keys", payload: { scopes: ["read"] } })),
  "GET /v1/api-keys/:keyId": owned((ids) => ({ url: `/v1/api-keys/${ids.keyId}` }), true),
  "DELETE /v1/api-keys/:keyId": owned((ids) => ({ url: `/v1/api-keys/${ids.keyId}` })),

  "GET /v1/tenants": collection(() => ({ url: "/v1/tenants" })),
  "POST /v1/tenants": collection(() => ({ url: "/v1/tenants", payload: { model: "B" } })),
  "GET /v1/tenants/:tenantId": owned((ids) => ({ url: `/v1/tenants/${ids.tenantId}` }), true),
  "PATCH /v1/tenants/:tenantId": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}`,
    payload: { model: "evaluation", displayName: "taken over" },
  })),
  "DELETE /v1/tenants/:tenantId": owned((ids) => ({ url: `/v1/tenants/${ids.tenantId}` })),
  "POST /v1/tenants/:tenantId/consent": owned((ids) => ({ url: `/v1/tenants/${ids.tenantId}/consent` })),
  "POST /v1/tenants/:tenantId/verify": owned((ids) => ({ url: `/v1/tenants/${ids.tenantId}/verify` })),
  "GET /v1/tenants/:tenantId/model-changes": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/model-changes` }),
    true,
  ),
  "POST /v1/tenants/:tenantId/purge": owned((ids) => ({
    url: `/v1/tenants/${ids.offboardedTenantId}/purge`,
    payload: { confirm: ids.offboardedTenantId },
  })),

  "POST /v1/tenants/:tenantId/exports": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/exports`,
    payload: { scope: "user", userId: "u1" },
  })),
  "GET /v1/exports": collection(() => ({ url: "/v1/exports" })),
  "GET /v1/exports/:exportId": owned((ids) => ({ url: `/v1/exports/${ids.exportId}` }), true),
  "POST /v1/exports/:exportId/cancel": owned((ids) => ({ url: `/v1/exports/${ids.exportId}/cancel` })),
  "POST /v1/exports/:exportId/redrive": owned((ids) => ({ url: `/v1/exports/${ids.exportId}/redrive` })),
  "GET /v1/exports/:exportId/tasks": owned((ids) => ({ url: `/v1/exports/${ids.exportId}/tasks` }), true),
  "GET /v1/exports/:exportId/messages": owned(
    (ids) => ({ url: `/v1/exports/${ids.exportId}/messages` }),
    true,
  ),
  "GET /v1/exports/:exportId/messages.ndjson": owned(
    (ids) => ({ url: `/v1/exports/${ids.exportId}/messages.ndjson` }),
    true,
  ),

  "GET /v1/tenants/:tenantId/messages": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/messages` }),
    true,
  ),
  "GET /v1/tenants/:tenantId/messages.ndjson": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/messages.ndjson` }),
    true,
  ),
  "GET /v1/tenants/:tenantId/hosted-contents/:sha256": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/hosted-contents/${ids.sha256}` }),
    true,
  ),
  "GET /v1/tenants/:tenantId/usage": owned((ids) => ({ url: `/v1/tenants/${ids.tenantId}/usage` }), true),

  "GET /v1/tenants/:tenantId/messages/:containerId/:messageId/versions": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/messages/19:c/1/versions` }),
    true,
  ),
  "GET /v1/tenants/:tenantId/conversations/:containerId": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/conversations/19:c` }),
    true,
  ),
  "GET /v1/tenants/:tenantId/conversations/:containerId/context": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/conversations/19:c/context` }),
    true,
  ),
  "GET /v1/tenants/:tenantId/search": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/search?q=hello` }),
    true,
  ),
  "GET /v1/tenants/:tenantId/ledger": owned((ids) => ({ url: `/v1/tenants/${ids.tenantId}/ledger` }), true),
  "GET /v1/tenants/:tenantId/ledger/verify": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/ledger/verify` }),
    true,
  ),
  "POST /v1/tenants/:tenantId/legal-holds": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/legal-holds`,
    payload: { scope: "tenant", name: "taken over" },
  })),
  "GET /v1/tenants/:tenantId/legal-holds": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/legal-holds` }),
    true,
  ),
  "GET /v1/legal-holds/:holdId": owned((ids) => ({ url: `/v1/legal-holds/${ids.holdId}` }), true),
  "POST /v1/legal-holds/:holdId/release": owned((ids) => ({ url: `/v1/legal-holds/${ids.holdId}/release` })),
  "POST /v1/tenants/:tenantId/retention-policies": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/retention-policies`,
    payload: { name: "taken over", basis: "created", keepDays: 1 },
  })),
  "GET /v1/tenants/:tenantId/retention-policies": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/retention-policies` }),
    true,
  ),
  "GET /v1/retention-policies/:policyId": owned(
    (ids) => ({ url: `/v1/retention-policies/${ids.policyId}` }),
    true,
  ),
  "PATCH /v1/retention-policies/:policyId": owned((ids) => ({
    url: `/v1/retention-policies/${ids.policyId}`,
    payload: { keepDays: 1 },
  })),
  "POST /v1/retention-policies/:policyId/run": owned((ids) => ({
    url: `/v1/retention-policies/${ids.policyId}/run`,
  })),
  "GET /v1/retention-policies/:policyId/runs": owned(
    (ids) => ({ url: `/v1/retention-policies/${ids.policyId}/runs` }),
    true,
  ),
  "POST /v1/tenants/:tenantId/export-bundles": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/export-bundles`,
    payload: { holdId: ids.holdId },
  })),
  "GET /v1/tenants/:tenantId/export-bundles": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/export-bundles` }),
    true,
  ),
  "GET /v1/export-bundles/:bundleId": owned((ids) => ({ url: `/v1/export-bundles/${ids.bundleId}` }), true),
  "DELETE /v1/export-bundles/:bundleId": owned((ids) => ({ url: `/v1/export-bundles/${ids.bundleId}` })),
  "GET /v1/export-bundles/:bundleId/download": owned((ids) => ({
    url: `/v1/export-bundles/${ids.bundleId}/download`,
  })),
  "GET /v1/signing-keys": {
    kind: "public",
    why: "Public keys only: the same answer for everyone, naming no account or tenant",
    check: async () => {
      const res = await inject(null, "GET", { url: "/v1/signing-keys" });
      expect(res.statusCode).toBe(200);
      for (const id of [...Object.values(ids), acme.accountId]) expect(res.body.includes(id)).toBe(false);
    },
  },

  "PUT /v1/tenants/:tenantId/schedule": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/schedule`,
    payload: { intervalSeconds: 600 },
  })),
  "GET /v1/tenants/:tenantId/schedule": owned(
    (ids) => ({ url: `/v1/tenants/${ids.tenantId}/schedule` }),
    true,
  ),
  "DELETE /v1/tenants/:tenantId/schedule": owned((ids) => ({ url: `/v1/tenants/${ids.tenantId}/schedule` })),

  "PUT /v1/tenants/:tenantId/live-capture": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/live-capture`,
    payload: { scope: "tenant" },
  })),
  "POST /v1/tenants/:tenantId/policy-violations": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/policy-violations`,
    payload: {
      containerId: "19:any@thread.v2",
      messageId: "1",
      policyViolation: { dlpAction: "blockAccess" },
      reason: "taken over",
    },
  })),
  "GET /v1/tenants/:tenantId/policy-violations/:policyViolationId": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/policy-violations/${ids.exportId}`,
  })),
  "GET /v1/tenants/:tenantId/live-capture": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/live-capture`,
  })),
  "DELETE /v1/tenants/:tenantId/live-capture": owned((ids) => ({
    url: `/v1/tenants/${ids.tenantId}/live-capture`,
  })),

  "POST /v1/webhook-endpoints": collection(() => ({
    url: "/v1/webhook-endpoints",
    payload: { url: "https://hooks.globex.example/in", events: ["*"] },
  })),
  "GET /v1/webhook-endpoints": collection(() => ({ url: "/v1/webhook-endpoints" })),
  "GET /v1/webhook-endpoints/:endpointId": owned(
    (ids) => ({ url: `/v1/webhook-endpoints/${ids.webhookEndpointId}` }),
    true,
  ),
  "PATCH /v1/webhook-endpoints/:endpointId": owned((ids) => ({
    url: `/v1/webhook-endpoints/${ids.webhookEndpointId}`,
    payload: { url: "https://hooks.globex.example/stolen" },
  })),
  "DELETE /v1/webhook-endpoints/:endpointId": owned((ids) => ({
    url: `/v1/webhook-endpoints/${ids.webhookEndpointId}`,
  })),
  "POST /v1/webhook-endpoints/:endpointId/disable": owned((ids) => ({
    url: `/v1/webhook-endpoints/${ids.webhookEndpointId}/disable`,
  })),
  "POST /v1/webhook-endpoints/:endpointId/enable": owned((ids) => ({
    url: `/v1/webhook-endpoints/${ids.webhookEndpointId}/enable`,
  })),
  "POST /v1/webhook-endpoints/:endpointId/rotate-secret": owned((ids) => ({
    url: `/v1/webhook-endpoints/${ids.webhookEndpointId}/rotate-secret`,
  })),
  "GET /v1/webhook-endpoints/:endpointId/deliveries": owned(
    (ids) => ({ url: `/v1/webhook-endpoints/${ids.webhookEndpointId}/deliveries` }),
    true,
  ),
  "POST /v1/webhook-endpoints/:endpointId/replay": owned((ids) => ({
    url: `/v1/webhook-endpoints/${ids.webhookEndpointId}/replay`,
    payload: { since: "2000-01-01T00:00:00Z" },
  })),
  "GET /v1/events": collection(() => ({ url: "/v1/events?limit=200" })),
  "GET /v1/events/:eventId": owned((ids) => ({ url: `/v1/events/${ids.webhookEventId}` }), true),
  "GET /v1/events/:eventId/deliveries": owned(
    (ids) => ({ url: `/v1/events/${ids.webhookEventId}/deliveries` }),
    true,
  ),
  "POST /v1/events/:eventId/redeliver": owned((ids) => ({
    url: `/v1/events/${ids.webhookEventId}/redeliver`,
    payload: {},
  })),
  "GET /v1/notifications": collection(() => ({ url: "/v1/notifications" })),

  "GET /v1/consent/callback": {
    kind: "public",
    why: "Microsoft's redirect carries no API key; the single-use state names the account and tenant",
    check: async () => {
      // An API key changes nothing here: without a state Globex reaches no tenant of Acme's …
      const res = await inject(globex, "GET", {
        url: `/v1/consent/callback?admin_consent=True&tenant=${entraOfAcme}`,
      });
      expect(res.statusCode).toBe(400);
      // … and a state Globex got for its own tenant only ever touches that tenant.
      const own = await inject(globex, "POST", { url: "/v1/tenants", payload: { model: "B" } });
      const state = new URL(own.json().consentUrl).searchParams.get("state");
      const consumed = await t.app.tenantsRepository.consumeConsentState(state as string);
      expect(consumed).toEqual({ ok: true, accountId: globex.accountId, tenantId: own.json().id });
    },
  },
};

let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;
let ids: Ids;
let entraOfAcme: string;

function inject(
  account: TestAccount | null,
  method: string,
  call: Call,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: method as "GET",
    url: call.url,
    headers: { ...(account?.auth ?? {}), ...headers },
    ...(call.payload ? { payload: call.payload } : {}),
  });
}

const methodOf = (route: string) => route.split(" ")[0] as string;

beforeAll(async () => {
  t = await buildTestApp({ OPS_TOKEN });
  acme = await createAccount(t.app, "Acme");
  globex = await createAccount(t.app, "Globex");
  const db = t.app.db;

  entraOfAcme = randomUUID();
  const tenant = await createActiveTenant(t.app, acme.accountId, entraOfAcme);
  const offboarded = await db.tenant.create({
    data: { accountId: acme.accountId, model: "B", status: "offboarded", offboardedAt: new Date() },
  });
  const exp = await db.export.create({
    data: {
      accountId: acme.accountId,
      tenantId: tenant.id,
      scope: "user",
      targetId: "u1",
      status: "failed",
      tasks: { create: { tenantId: tenant.id, kind: "user_chats", targetId: "u1", status: "failed" } },
    },
    include: { tasks: true },
  });
  const sha256 = "d".repeat(64);
  await db.messageVersion.create({
    data: {
      tenantId: tenant.id,
      containerId: "19:c",
      messageId: "1",
      etag: "1",
      jsonHash: new Uint8Array(0),
      raw: { id: "1" },
    },
  });
  await db.message.create({
    data: {
      tenantId: tenant.id,
      containerId: "19:c",
      messageId: "1",
      containerType: "chat",
      etag: "1",
    },
  });
  await db.exportMessage.create({
    data: { exportId: exp.id, containerId: "19:c", messageId: "1", etag: "1" },
  });
  await db.conversationContext.create({
    data: {
      tenantId: tenant.id,
      containerId: "19:c",
      containerType: "chat",
      topic: "Isolated",
      chatType: "group",
      raw: { chat: { id: "19:c" } },
      contentHash: Buffer.alloc(32),
    },
  });
  await db.hostedContent.create({
    data: { sha256, contentType: "image/png", size: 3, bytes: Buffer.from([1, 2, 3]) },
  });
  await db.messageHostedContent.create({
    data: {
      tenantId: tenant.id,
      containerId: "19:c",
      messageId: "1",
      hostedContentId: "hc1",
      path: "/x",
      taskId: exp.tasks[0]!.id,
      sha256,
    },
  });
  await db.exportSchedule.create({
    data: { accountId: acme.accountId, tenantId: tenant.id, intervalSeconds: 3600, nextRunAt: new Date() },
  });
  const endpoint = await inject(acme, "POST", {
    url: "/v1/webhook-endpoints",
    payload: { url: "https://hooks.acme.example/in", events: ["*"] },
  });
  const event = await withTransaction(db, (tx) =>
    emitTenantEvent(tx, tenant.id, "tenant.consented", { consentedAt: new Date().toISOString() }),
  );
  await db.accountNotification.create({
    data: { accountId: acme.accountId, type: "test", title: "for Acme", detail: "only Acme sees this" },
  });
  const hold = await inject(acme, "POST", {
    url: `/v1/tenants/${tenant.id}/legal-holds`,
    payload: { scope: "chat", chatId: "19:c", name: "Acme matter" },
  });
  const policy = await inject(acme, "POST", {
    url: `/v1/tenants/${tenant.id}/retention-policies`,
    payload: { name: "Acme seven years", basis: "created", keepDays: 2555, enabled: false },
  });
  const bundle = await inject(acme, "POST", {
    url: `/v1/tenants/${tenant.id}/export-bundles`,
    payload: { holdId: hold.json().id },
  });
  ids = {
    bundleId: bundle.json().id,
    holdId: hold.json().id,
    policyId: policy.json().id,
    tenantId: tenant.id,
    offboardedTenantId: offboarded.id,
    exportId: exp.id,
    keyId: acme.keyId,
    sha256,
    webhookEndpointId: endpoint.json().id,
    webhookEventId: event!.eventId,
  };
});
afterAll(async () => t?.close());

describe("account isolation", () => {
  it("has an isolation check for every /v1 route, and no check for a route that does not exist", () => {
    const registered = t.app.routeCatalog
      .filter((r) => r.url.startsWith("/v1/"))
      .map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((r) => !(r in ROUTES));
    const stale = Object.keys(ROUTES).filter((r) => !registered.includes(r));
    expect(missing, "routes without an entry in ROUTES (add one)").toEqual([]);
    expect(stale, "entries in ROUTES for routes that no longer exist").toEqual([]);
  });

  it("answers 404 to every route called with another account's ids", async () => {
    const failures: string[] = [];
    for (const [route, check] of Object.entries(ROUTES)) {
      if (check.kind !== "owned") continue;
      const res = await inject(globex, methodOf(route), check.call(ids));
      if (res.statusCode !== 404) failures.push(`${route}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      else expect(res.json().code, route).toBe("not_found");
    }
    expect(failures).toEqual([]);
  });

  it("changed nothing of the other account's", async () => {
    const db = t.app.db;
    expect(await db.tenant.findUniqueOrThrow({ where: { id: ids.tenantId } })).toMatchObject({
      status: "active",
      model: "B",
      displayName: null,
    });
    expect(await db.tenant.findUniqueOrThrow({ where: { id: ids.offboardedTenantId } })).toMatchObject({
      purgedAt: null,
    });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: ids.keyId } })).revokedAt).toBeNull();
    expect((await db.export.findUniqueOrThrow({ where: { id: ids.exportId } })).status).toBe("failed");
    expect(await db.export.count({ where: { tenantId: ids.tenantId } })).toBe(1);
    expect(await db.exportSchedule.findFirstOrThrow({ where: { tenantId: ids.tenantId } })).toMatchObject({
      intervalSeconds: 3600,
      enabled: true,
    });
    expect(await db.consentState.count({ where: { tenantId: ids.tenantId } })).toBe(0);
    expect(await db.tenantModelChange.count({ where: { tenantId: ids.tenantId } })).toBe(0);
    expect(
      await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ids.webhookEndpointId } }),
    ).toMatchObject({
      url: "https://hooks.acme.example/in",
      enabled: true,
      previousSecretCiphertext: null,
    });
    expect((await db.legalHold.findUniqueOrThrow({ where: { id: ids.holdId } })).releasedAt).toBeNull();
    expect(await db.legalHold.count({ where: { tenantId: ids.tenantId } })).toBe(1);
    expect(await db.retentionPolicy.findUniqueOrThrow({ where: { id: ids.policyId } })).toMatchObject({
      keepDays: 2555,
      enabled: false,
    });
    expect(await db.retentionPolicy.count({ where: { tenantId: ids.tenantId } })).toBe(1);
    expect(await db.retentionRun.count({ where: { tenantId: ids.tenantId } })).toBe(0);
    expect(await db.exportBundle.count({ where: { tenantId: ids.tenantId } })).toBe(1);
    expect(
      await db.webhookDelivery.findFirstOrThrow({ where: { eventId: ids.webhookEventId } }),
    ).toMatchObject({
      trigger: "scheduled",
    });
  });

  it("answers the owner on the same read-only routes (the 404s above come from the scoping)", async () => {
    for (const [route, check] of Object.entries(ROUTES)) {
      if (check.kind !== "owned" || !check.readOnly) continue;
      const res = await inject(acme, methodOf(route), check.call(ids));
      expect(res.statusCode, `${route}: ${res.body.slice(0, 200)}`).toBe(200);
    }
  });

  it("shows nothing of the other account's in lists and creations", async () => {
    const secrets = [...Object.values(ids), acme.accountId];
    for (const [route, check] of Object.entries(ROUTES)) {
      if (check.kind !== "collection") continue;
      const res: LightMyRequestResponse = await inject(globex, methodOf(route), check.call(ids));
      expect(res.statusCode, route).toBeLessThan(300);
      for (const id of secrets) expect(res.body.includes(id), `${route} shows ${id}`).toBe(false);
    }
  });

  it("keeps public routes isolated by what binds them", async () => {
    for (const check of Object.values(ROUTES)) {
      if (check.kind === "public") {
        expect(check.why.length).toBeGreaterThan(10);
        await check.check();
      }
    }
  });

  it("hosted contents are found only through the account's own tenants", async () => {
    const own = await createActiveTenant(t.app, globex.accountId, randomUUID());
    const res = await inject(globex, "GET", { url: `/v1/tenants/${own.id}/hosted-contents/${ids.sha256}` });
    expect(res.statusCode).toBe(404);
  });
});

describe("credentials do not cross", () => {
  it("no API key opens an ops route, and the ops token opens no /v1 route", async () => {
    const ops = t.app.routeCatalog.filter((r) => r.url.startsWith("/ops/"));
    expect(ops.length).toBeGreaterThanOrEqual(7);
    for (const route of ops) {
      const url = route.url.replace(/:(\w+)/g, () => randomUUID());
      for (const headers of [acme.auth, { "x-ops-token": acme.apiKey }]) {
        const res = await t.app.inject({ method: route.method as "GET", url, headers, payload: {} });
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    }
    for (const [route, check] of Object.entries(ROUTES)) {
      if (check.kind === "public") continue;
      const res = await inject(null, methodOf(route), check.call(ids), {
        authorization: `Bearer ${OPS_TOKEN}`,
      });
      expect(res.statusCode, route).toBe(401);
    }
  });
});

describe("the OpenAPI document", () => {
  it("documents every route with a tag, a summary and its credential; /docs serves it", async () => {
    const res = await t.app.inject({ method: "GET", url: "/docs/json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      "apiKey",
      "opsToken",
      "opsTokenHeader",
    ]);
    // The ops dashboard's pages under /ops (HTML behind an ops sign-in) are not part of the API document.
    const documented = t.app.routeCatalog.filter(
      (r) => r.url.startsWith("/v1/") || r.url.startsWith("/ops/v1/"),
    );
    for (const route of documented) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      const name = `${route.method} ${route.url}`;
      expect(op, name).toBeDefined();
      expect(op.tags?.length, name).toBeGreaterThan(0);
      expect(op.summary, name).toBeTruthy();
      if (route.url === "/v1/consent/callback" || route.url === "/v1/signing-keys")
        expect(op.security, name).toEqual([]);
      else if (route.url.startsWith("/ops/"))
        expect(op.security, name).toEqual([{ opsToken: [] }, { opsTokenHeader: [] }]);
      else {
        expect(op["x-required-scope"], name).toMatch(/^(read|write|admin)$/);
        // The scope is the role the API key requirement names (OpenAPI 3.1).
        expect(op.security, name).toEqual([{ apiKey: [op["x-required-scope"]] }]);
        expect(Object.keys(op.responses), name).toEqual(expect.arrayContaining(["401", "403", "429"]));
      }
    }
    const ui = await t.app.inject({ method: "GET", url: "/docs" });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
