import { randomUUID } from "node:crypto";
import { withTransaction } from "@capstan/db";
import { createSimulator, DEMO_APP, type Simulator } from "@capstan/graph-sim";
import { emitTenantEvent } from "@capstan/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addKey,
  buildTestApp,
  createAccount,
  createActiveTenant,
  type TestAccount,
  type TestApp,
} from "../../../apps/api/test/helpers";
import { report } from "../src/env";
import { minimalValid } from "../src/minimal";
import { documentedOperations, type Operation } from "../src/openapi";
import { expectProblem } from "../src/problems";
import { databaseFingerprint } from "../src/snapshot";

// Authorization over every route: every credential that must not open a route (none, malformed, unknown,
// wrong secret, revoked, expired, the ops token), every scope that is not the route's, another account's
// objects, API keys on every operator route; and the consent state against tampering, replay and expiry.

const OPS_TOKEN = "ops-token-for-authz-tests-0001";
const PUBLIC_BASE_URL = "https://capstan.test";
let sim: Simulator;
let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;
let operations: Operation[];
let keyRoutes: Operation[];
const keys: Record<string, TestAccount> = {};
let ids: Record<string, string>;

beforeAll(async () => {
  sim = await createSimulator({ seed: 5 });
  const simUrl = await sim.listen({ port: 0, host: "127.0.0.1" });
  t = await buildTestApp({
    OPS_TOKEN,
    API_RATE_LIMIT_MAX: "1000000",
    IDENTITY_BASE_URL: simUrl,
    GRAPH_BASE_URL: simUrl,
    PUBLIC_BASE_URL,
    AZURE_CLIENT_ID: DEMO_APP.clientId,
    AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
  });
  acme = await createAccount(t.app, "Acme");
  globex = await createAccount(t.app, "Globex");
  for (const scope of ["read", "write", "admin"] as const)
    keys[scope] = await addKey(t.app, acme.accountId, [scope]);
  keys.revoked = await addKey(t.app, acme.accountId, ["read", "write", "admin"]);
  expect(
    (await t.app.inject({ method: "DELETE", url: `/v1/api-keys/${keys.revoked.keyId}`, headers: acme.auth }))
      .statusCode,
  ).toBe(200);
  // Expired by the clock: made through the API with an expiry a moment away.
  const expiring = await t.app.inject({
    method: "POST",
    url: "/v1/api-keys",
    headers: acme.auth,
    payload: { scopes: ["read", "write", "admin"], expiresAt: new Date(Date.now() + 3000).toISOString() },
  });
  expect(expiring.statusCode, expiring.body).toBe(201);
  keys.expired = {
    accountId: acme.accountId,
    keyId: expiring.json().id,
    apiKey: expiring.json().key,
    auth: { authorization: `Bearer ${expiring.json().key}` },
  };
  expect(
    (await t.app.inject({ method: "GET", url: "/v1/account", headers: keys.expired.auth })).statusCode,
  ).toBe(200);

  const db = t.app.db;
  const tenant = await createActiveTenant(t.app, acme.accountId, randomUUID());
  const exp = await db.export.create({
    data: {
      accountId: acme.accountId,
      tenantId: tenant.id,
      scope: "user",
      targetId: "u1",
      status: "failed",
      tasks: { create: { tenantId: tenant.id, kind: "user_chats", targetId: "u1", status: "failed" } },
    },
  });
  const sha256 = "e".repeat(64);
  await db.hostedContent.create({
    data: { sha256, contentType: "image/png", size: 1, bytes: Buffer.from([1]) },
  });
  const endpoint = await t.app.inject({
    method: "POST",
    url: "/v1/webhook-endpoints",
    headers: acme.auth,
    payload: { url: "https://hooks.acme.example/in", events: ["*"] },
  });
  const event = await withTransaction(db, (tx) =>
    emitTenantEvent(tx, tenant.id, "tenant.consented", { consentedAt: new Date().toISOString() }),
  );
  ids = {
    tenantId: tenant.id,
    exportId: exp.id,
    keyId: acme.keyId,
    sha256,
    endpointId: endpoint.json().id,
    eventId: event?.eventId as string,
    accountId: acme.accountId,
  };
  operations = await documentedOperations(t.app);
  keyRoutes = operations.filter((op) => op.url.startsWith("/v1/") && op.scope !== null);
  // Past its expiry now.
  await new Promise((r) =>
    setTimeout(r, Math.max(0, Date.parse(expiring.json().expiresAt) - Date.now() + 50)),
  );
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

/** Bodies the minimal-value generator cannot guess (cross-field rules, like "change at least one field"). */
const VALID_BODIES: Record<string, unknown> = {
  "PATCH /v1/webhook-endpoints/:endpointId": { description: "taken over" },
  "PATCH /v1/tenants/:tenantId": { displayName: "taken over" },
  "POST /v1/tenants/:tenantId/exports": { scope: "user", userId: "u1" },
  "POST /v1/tenants/:tenantId/legal-holds": { scope: "tenant", name: "taken over" },
  "POST /v1/tenants/:tenantId/retention-policies": { name: "taken over", basis: "created", keepDays: 1 },
  "PATCH /v1/retention-policies/:policyId": { keepDays: 1 },
  "POST /v1/tenants/:tenantId/export-bundles": { query: { includeDeleted: true } },
};
const validBody = (op: Operation) => VALID_BODIES[`${op.method} ${op.url}`] ?? minimalValid(op.body?.schema);

/** The route's URL with the given ids (by parameter name), random ones for anything not given. */
function urlWith(op: Operation, values: Record<string, string>): string {
  return op.url.replace(/:(\w+)/g, (_, name: string) =>
    name === "sha256" ? (values.sha256 ?? "b".repeat(64)) : (values[name] ?? randomUUID()),
  );
}

function call(
  op: Operation,
  headers: Record<string, string>,
  values: Record<string, string> = {},
  body?: unknown,
) {
  return t.app.inject({
    method: op.method as "GET",
    url: urlWith(op, values),
    headers,
    ...(op.body ? { payload: (body ?? {}) as Record<string, unknown> } : {}),
  });
}

describe("every API-key route refuses every credential that is not a valid key of the right scope", () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    before = await databaseFingerprint(t.env.databaseUrl);
  });

  it("has the routes of the document and the app", () => {
    const registered = t.app.routeCatalog
      // Not API-key routes: Microsoft's consent redirect, and the public signing keys.
      .filter(
        (r) => r.url.startsWith("/v1/") && r.url !== "/v1/consent/callback" && r.url !== "/v1/signing-keys",
      )
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(keyRoutes.map((op) => `${op.method} ${op.url}`).sort()).toEqual(registered);
  });

  it("the credential matrix: none, malformed, unknown, wrong secret, revoked, expired, ops token", async () => {
    const [, , id, ...rest] = acme.apiKey.split("_");
    const secret = rest.join("_");
    const credentials: [string, Record<string, string>, string][] = [
      ["no credential", {}, "unauthorized"],
      [
        "Basic scheme",
        { authorization: `Basic ${Buffer.from(`a:${acme.apiKey}`).toString("base64")}` },
        "unauthorized",
      ],
      ["only x-ops-token", { "x-ops-token": OPS_TOKEN }, "unauthorized"],
      ["malformed key", { authorization: "Bearer cap_live_nonsense" }, "invalid_api_key"],
      ["unknown key id", { authorization: `Bearer cap_live_${"0".repeat(32)}_${secret}` }, "invalid_api_key"],
      [
        "wrong secret",
        { authorization: `Bearer cap_live_${id}_${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}` },
        "invalid_api_key",
      ],
      ["key with extra characters", { authorization: `Bearer ${acme.apiKey}x` }, "invalid_api_key"],
      ["ops token as bearer", { authorization: `Bearer ${OPS_TOKEN}` }, "invalid_api_key"],
      ["revoked key", keys.revoked!.auth, "api_key_revoked"],
      ["expired key", keys.expired!.auth, "api_key_expired"],
    ];
    let checks = 0;
    for (const op of keyRoutes) {
      for (const [what, headers, code] of credentials) {
        const res = await call(op, headers, ids, validBody(op));
        const body = expectProblem(res, 401, `${what} on ${op.method} ${op.url}`);
        expect(body.code, `${what} on ${op.method} ${op.url}`).toBe(code);
        checks++;
      }
    }
    await report(
      "authorization",
      `credential matrix: ${credentials.length} bad credentials × ${keyRoutes.length} routes`,
      checks,
      "every one 401 with its code (unauthorized, invalid_api_key, api_key_revoked, api_key_expired)",
    );
  });

  it("scopes: a key without the route's scope gets 403, a key with it gets past authorization", async () => {
    let denied = 0;
    let passed = 0;
    for (const op of keyRoutes) {
      for (const scope of ["read", "write", "admin"] as const) {
        // Random ids and an empty body: a key that gets through is stopped by validation or 404, changing nothing.
        const res = await call(op, keys[scope]!.auth);
        if (scope === op.scope) {
          expect([401, 403], `${scope} on ${op.method} ${op.url}: ${res.body.slice(0, 200)}`).not.toContain(
            res.statusCode,
          );
          expect(res.statusCode).toBeLessThan(500);
          passed++;
        } else {
          const body = expectProblem(res, 403, `${scope} on ${op.method} ${op.url}`);
          expect(body.code).toBe("insufficient_scope");
          expect(String(body.detail)).toContain(op.scope as string);
          denied++;
        }
      }
    }
    await report(
      "authorization",
      `scopes: each of read/write/admin × ${keyRoutes.length} routes`,
      denied + passed,
      `${denied} refused 403 insufficient_scope, ${passed} with the route's scope got past authorization`,
    );
  });

  it("cross-account: another account's key with this account's ids gets 404 on every route that names one", async () => {
    let checks = 0;
    const named = keyRoutes.filter((op) => op.params.length > 0);
    for (const op of named) {
      const res = await call(op, globex.auth, ids, validBody(op));
      const body = expectProblem(res, 404, `Globex on ${op.method} ${op.url}`);
      expect(body.code).toBe("not_found");
      checks++;
    }
    // Lists and reads of collections show nothing of Acme's.
    const acmeIds = Object.values(ids).filter((v) => v.length >= 36);
    for (const op of keyRoutes.filter((o) => o.params.length === 0 && o.method === "GET")) {
      const res = await call(op, globex.auth);
      expect(res.statusCode, `${op.url}: ${res.body.slice(0, 200)}`).toBe(200);
      for (const v of acmeIds) expect(res.body.includes(v), `${op.url} shows ${v}`).toBe(false);
      checks++;
    }
    await report(
      "authorization",
      `cross-account: ${named.length} routes naming an object + ${checks - named.length} collection reads`,
      checks,
      "every named object 404 not_found; no collection shows another account's ids",
    );
  });

  it("changed nothing: every refused request above left the database as it was", async () => {
    expect(await databaseFingerprint(t.env.databaseUrl)).toEqual(before);
  });
});

describe("operator routes are closed to API keys", () => {
  it("no API key opens any /ops route, in any header; the ops token does", async () => {
    const opsRoutes = t.app.routeCatalog.filter((r) => r.url === "/ops" || r.url.startsWith("/ops/"));
    expect(opsRoutes.length).toBeGreaterThanOrEqual(7);
    let checks = 0;
    for (const route of opsRoutes) {
      const url = route.url.replace(/\*$/, "x").replace(/:(\w+)/g, () => randomUUID());
      for (const key of [acme, globex, keys.admin!]) {
        for (const headers of [
          { authorization: `Bearer ${key.apiKey}` },
          { "x-ops-token": key.apiKey },
          { cookie: `capstan_ops=${key.apiKey}` },
        ]) {
          const res = await t.app.inject({
            method: route.method as "GET",
            url,
            headers: { ...headers, accept: "application/json" },
            payload: { token: key.apiKey },
          });
          expect(
            res.statusCode,
            `${route.method} ${route.url} ${Object.keys(headers)[0]}: ${res.body.slice(0, 120)}`,
          ).toBeGreaterThanOrEqual(300);
          expect(res.statusCode).toBeLessThan(500);
          checks++;
        }
      }
    }
    // The ops token opens the ops API (and only it: see the matrix above).
    const ok = await t.app.inject({
      method: "GET",
      url: "/ops/v1/accounts",
      headers: { "x-ops-token": OPS_TOKEN },
    });
    expect(ok.statusCode).toBe(200);
    await report(
      "authorization",
      `API keys on operator routes (${opsRoutes.length} routes × 3 keys × 3 ways to send them)`,
      checks,
      "none answered 2xx (401, or a redirect to the login page)",
    );
  });
});

describe("consent state: tampering, replay, expiry, races", () => {
  async function newTenant() {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/tenants",
      headers: acme.auth,
      payload: { model: "B" },
    });
    expect(res.statusCode).toBe(201);
    const state = new URL(res.json().consentUrl).searchParams.get("state") as string;
    return { id: res.json().id as string, state };
  }
  const callback = (state: string, tenant: string) =>
    t.app.inject({
      method: "GET",
      url: `/v1/consent/callback?admin_consent=True&tenant=${tenant}&state=${encodeURIComponent(state)}`,
    });
  const statusOf = async (id: string) => (await t.app.db.tenant.findUniqueOrThrow({ where: { id } })).status;

  it("a state changed in any one character, cut short or extended is unknown, and changes nothing", async () => {
    const { id, state } = await newTenant();
    const directory = sim.control.createTenant({
      name: `tamper-${randomUUID().slice(0, 6)}`,
      sizes: { users: 1 },
    });
    let checks = 0;
    const variants = new Set<string>();
    for (let i = 0; i < state.length; i++) {
      const c = state[i] as string;
      variants.add(`${state.slice(0, i)}${c === "A" ? "B" : "A"}${state.slice(i + 1)}`);
    }
    variants.add(state.slice(0, -1));
    variants.add(`${state}A`);
    variants.add(state.toUpperCase());
    variants.add(` ${state}`);
    variants.delete(state);
    for (const v of variants) {
      const res = await callback(v, directory.id);
      expect(expectProblem(res, 400).code).toBe("consent_state_invalid");
      checks++;
    }
    expect(await statusOf(id)).toBe("pending_consent");
    // The genuine state still works afterwards: tampering did not burn it.
    expect((await callback(state, directory.id)).statusCode).toBe(200);
    expect(await statusOf(id)).toBe("active");
    await report(
      "authorization",
      "consent state tampered (every character flipped, cut, extended)",
      checks,
      "every one 400 consent_state_invalid; the tenant unchanged",
    );
  });

  it("a state works once: ten parallel callbacks with it, exactly one wins; a replay later gets 409", async () => {
    const { id, state } = await newTenant();
    const directory = sim.control.createTenant({
      name: `race-${randomUUID().slice(0, 6)}`,
      sizes: { users: 1 },
    });
    const answers = await Promise.all(Array.from({ length: 10 }, () => callback(state, directory.id)));
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    for (const r of answers.filter((a) => a.statusCode !== 200))
      expect(expectProblem(r, 409).code).toBe("consent_state_used");
    const replay = await callback(state, directory.id);
    expect(expectProblem(replay, 409).code).toBe("consent_state_used");
    expect(await statusOf(id)).toBe("active");
    const audit = await t.app.db.auditEvent.count({
      where: { targetId: id, action: "tenant.consent_granted" },
    });
    expect(audit).toBe(1);
    await report(
      "authorization",
      "consent state replayed (10 in parallel, then once more)",
      11,
      "exactly one 200; the other 10 409 consent_state_used; one audit event",
    );
  });

  it("an expired state is refused with 410 and changes nothing; a used-up tenant's state after offboarding too", async () => {
    const { id, state } = await newTenant();
    await t.app.db.consentState.updateMany({
      where: { tenantId: id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const directory = sim.control.createTenant({
      name: `expired-${randomUUID().slice(0, 6)}`,
      sizes: { users: 1 },
    });
    expect(expectProblem(await callback(state, directory.id), 410).code).toBe("consent_state_expired");
    expect(await statusOf(id)).toBe("pending_consent");

    const second = await newTenant();
    expect(
      (await t.app.inject({ method: "DELETE", url: `/v1/tenants/${second.id}`, headers: acme.auth }))
        .statusCode,
    ).toBe(200);
    expect(expectProblem(await callback(second.state, directory.id), 409).code).toBe("consent_state_used");
    expect(await statusOf(second.id)).toBe("offboarded");
    await report(
      "authorization",
      "consent state expired / voided by offboarding",
      2,
      "410 consent_state_expired; 409 consent_state_used; tenants unchanged",
    );
  });

  it("a state binds its tenant: another account's key cannot reach it, and the directory of another tenant is refused", async () => {
    const owned = await newTenant();
    const directory = sim.control.createTenant({
      name: `bound-${randomUUID().slice(0, 6)}`,
      sizes: { users: 1 },
    });
    expect((await callback(owned.state, directory.id)).statusCode).toBe(200);
    // Another of Acme's tenants consented with the same directory: refused, the first keeps it.
    const other = await newTenant();
    const res = await callback(other.state, directory.id);
    expect(expectProblem(res, 409).code).toBe("tenant_already_onboarded");
    expect(await statusOf(other.id)).toBe("consent_failed");
    // Globex cannot make a consent link for Acme's tenant.
    const link = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${owned.id}/consent`,
      headers: globex.auth,
    });
    expect(expectProblem(link, 404).code).toBe("not_found");
    await report(
      "authorization",
      "consent state bound to its tenant and directory",
      2,
      "409 tenant_already_onboarded; 404 for another account",
    );
  });
});
