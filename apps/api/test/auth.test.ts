import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addKey, buildTestApp, createAccount, type TestAccount, type TestApp } from "./helpers";

// API keys, scopes, the ops credential, per-key rate limits, Idempotency-Key, and the conventions every
// route follows (problem+json, request ids, cursor pagination).

const OPS_TOKEN = "ops-token-for-auth-tests-0001";
let t: TestApp;
let acme: TestAccount;

const get = (url: string, headers: Record<string, string> = acme.auth) =>
  t.app.inject({ method: "GET", url, headers });
const post = (url: string, payload: unknown, headers: Record<string, string> = acme.auth) =>
  t.app.inject({ method: "POST", url, headers, payload: payload as Record<string, unknown> });

beforeAll(async () => {
  t = await buildTestApp({ OPS_TOKEN });
  acme = await createAccount(t.app, "Acme");
});
afterAll(async () => t?.close());

describe("API keys", () => {
  it("answers a request without a key with 401 problem+json and a request id", async () => {
    const res = await t.app.inject({ method: "GET", url: "/v1/tenants", headers: { "x-request-id": "r-1" } });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(res.headers["x-request-id"]).toBe("r-1");
    expect(res.json()).toMatchObject({
      type: "https://capstan.dev/problems/unauthorized",
      status: 401,
      code: "unauthorized",
      requestId: "r-1",
      instance: "/v1/tenants",
    });
  });

  it("refuses malformed, unknown and wrong-secret keys alike", async () => {
    const [, , id, ...rest] = acme.apiKey.split("_");
    const secret = rest.join("_");
    const wrongSecret = `cap_live_${id}_${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    const unknownId = `cap_live_${"0".repeat(32)}_${secret}`;
    for (const key of ["nonsense", `${acme.apiKey}x`, wrongSecret, unknownId, `Basic ${acme.apiKey}`]) {
      const res = await get("/v1/tenants", {
        authorization: key.startsWith("Basic") ? key : `Bearer ${key}`,
      });
      expect(res.statusCode, key).toBe(401);
      expect(res.json().code).toBe(key.startsWith("Basic") ? "unauthorized" : "invalid_api_key");
    }
  });

  it("makes a key shown once, stored as a hash, with a recognisable prefix and scopes", async () => {
    const res = await post("/v1/api-keys", { name: "ci", scopes: ["read"] });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.key).toMatch(/^cap_live_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 17));
    expect(created).toMatchObject({ name: "ci", scopes: ["read"], createdBy: `api_key:${acme.keyId}` });

    const row = await t.app.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    const secret = created.key.split("_").slice(3).join("_");
    expect(row.secretHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(secret);

    const shown = await get(`/v1/api-keys/${created.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().key).toBeUndefined();
    expect(shown.json().prefix).toBe(created.prefix);
    // The new key works, within its scope.
    expect((await get("/v1/tenants", { authorization: `Bearer ${created.key}` })).statusCode).toBe(200);
  });

  it("records when a key was last used, writing at most once a minute", async () => {
    const key = await addKey(t.app, acme.accountId, ["read"]);
    const before = await t.app.db.apiKey.findUniqueOrThrow({ where: { id: key.keyId } });
    expect(before.lastUsedAt).toBeNull();
    await get("/v1/account", key.auth);
    const first = await t.app.db.apiKey.findUniqueOrThrow({ where: { id: key.keyId } });
    expect(first.lastUsedAt).not.toBeNull();
    await get("/v1/account", key.auth);
    const second = await t.app.db.apiKey.findUniqueOrThrow({ where: { id: key.keyId } });
    expect(second.lastUsedAt).toEqual(first.lastUsedAt);
    // An hour later it is written again.
    await t.app.db.apiKey.update({
      where: { id: key.keyId },
      data: { lastUsedAt: new Date(Date.now() - 3_600_000) },
    });
    await get("/v1/account", key.auth);
    const third = await t.app.db.apiKey.findUniqueOrThrow({ where: { id: key.keyId } });
    expect(third.lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("stops a revoked key at once", async () => {
    const key = await addKey(t.app, acme.accountId, ["read"]);
    expect((await get("/v1/account", key.auth)).statusCode).toBe(200);
    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/v1/api-keys/${key.keyId}`,
      headers: acme.auth,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    const res = await get("/v1/account", key.auth);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("api_key_revoked");
    // Revoking again is harmless; it is audited once.
    expect(
      (await t.app.inject({ method: "DELETE", url: `/v1/api-keys/${key.keyId}`, headers: acme.auth }))
        .statusCode,
    ).toBe(200);
    const events = await t.app.db.auditEvent.count({
      where: { targetId: key.keyId, action: "api_key.revoked" },
    });
    expect(events).toBe(1);
  });

  it("enforces scopes: read for GET, write for changes, admin for keys and audit", async () => {
    const reader = await addKey(t.app, acme.accountId, ["read"]);
    const writer = await addKey(t.app, acme.accountId, ["write"]);
    const admin = await addKey(t.app, acme.accountId, ["admin"]);
    expect((await get("/v1/tenants", reader.auth)).statusCode).toBe(200);
    const denied = await post("/v1/tenants", { model: "B" }, reader.auth);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: "insufficient_scope" });
    expect(denied.json().detail).toContain("write");
    expect((await post("/v1/tenants", { model: "B" }, writer.auth)).statusCode).toBe(201);
    expect((await get("/v1/tenants", writer.auth)).statusCode).toBe(403);
    expect((await get("/v1/api-keys", writer.auth)).statusCode).toBe(403);
    expect((await post("/v1/api-keys", { scopes: ["admin"] }, writer.auth)).statusCode).toBe(403);
    expect((await get("/v1/api-keys", admin.auth)).statusCode).toBe(200);
    expect((await get("/v1/audit-events", admin.auth)).statusCode).toBe(200);
    expect((await get("/v1/audit-events", reader.auth)).statusCode).toBe(403);
  });

  it("tells the caller who it is", async () => {
    const res = await get("/v1/account");
    expect(res.json()).toMatchObject({
      account: { id: acme.accountId, name: "Acme" },
      apiKey: { id: acme.keyId, scopes: ["read", "write", "admin"] },
    });
  });
});

describe("the ops credential", () => {
  it("opens the ops routes, as a bearer token or x-ops-token", async () => {
    const created = await post(
      "/ops/v1/accounts",
      { name: "Initech" },
      { authorization: `Bearer ${OPS_TOKEN}` },
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const key = await post(
      `/ops/v1/accounts/${id}/keys`,
      { scopes: ["read", "write"] },
      { "x-ops-token": OPS_TOKEN },
    );
    expect(key.statusCode).toBe(201);
    expect(key.json()).toMatchObject({ accountId: id, createdBy: "ops" });
    // The ISV's key works on /v1 …
    const me = await get("/v1/account", { authorization: `Bearer ${key.json().key}` });
    expect(me.json().account.id).toBe(id);
    // … and the operator sees keys and tenants of the account, never secrets.
    const keys = await get(`/ops/v1/accounts/${id}/keys`, { "x-ops-token": OPS_TOKEN });
    expect(keys.json().data).toHaveLength(1);
    expect(keys.json().data[0].key).toBeUndefined();
    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/ops/v1/accounts/${id}/keys/${key.json().id}`,
      headers: { "x-ops-token": OPS_TOKEN },
    });
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await get(`/ops/v1/accounts/${id}/tenants`, { "x-ops-token": OPS_TOKEN })).json().data).toEqual(
      [],
    );
    expect((await get(`/ops/v1/accounts/${id}`, { "x-ops-token": OPS_TOKEN })).json().name).toBe("Initech");
    const audit = await t.app.db.auditEvent.findMany({
      where: { accountId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      ["ops", "account.created"],
      ["ops", "api_key.created"],
      ["ops", "api_key.revoked"],
    ]);
  });

  it("is never satisfied by an API key, and never satisfies /v1", async () => {
    const attempts: Record<string, string>[] = [
      acme.auth,
      { "x-ops-token": acme.apiKey },
      { authorization: "Bearer wrong-ops-token-000000" },
      {},
    ];
    for (const headers of attempts) {
      const res = await get("/ops/v1/accounts", headers);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe("ops_unauthorized");
    }
    const res = await get("/v1/tenants", { authorization: `Bearer ${OPS_TOKEN}` });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("invalid_api_key");
  });

  it("answers 404 for an account that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const ops = { "x-ops-token": OPS_TOKEN };
    expect((await get(`/ops/v1/accounts/${missing}`, ops)).statusCode).toBe(404);
    expect((await post(`/ops/v1/accounts/${missing}/keys`, { scopes: ["read"] }, ops)).statusCode).toBe(404);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first answer to a retry and does the work once", async () => {
    const headers = { ...acme.auth, "idempotency-key": "create-fabrikam" };
    const first = await post("/v1/tenants", { model: "B", displayName: "Fabrikam" }, headers);
    expect(first.statusCode).toBe(201);
    const again = await post("/v1/tenants", { model: "B", displayName: "Fabrikam" }, headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.headers["content-type"]).toMatch(/^application\/json/);
    expect(again.json()).toEqual(first.json());
    expect(await t.app.db.tenant.count({ where: { displayName: "Fabrikam" } })).toBe(1);
  });

  it("keeps stored answers sealed: a new API key replayed by Idempotency-Key is not in the database in clear", async () => {
    const headers = { ...acme.auth, "idempotency-key": "new-key-once" };
    const first = await post("/v1/api-keys", { name: "replayable", scopes: ["read"] }, headers);
    expect(first.statusCode).toBe(201);
    const secret = first.json().key as string;
    expect(secret).toMatch(/^cap_live_/);
    const stored = await t.app.db.idempotencyRecord.findFirstOrThrow({ where: { key: "new-key-once" } });
    expect(stored.responseBody).not.toContain(secret);
    expect(stored.responseBody).toMatch(/^v1\./);
    const again = await post("/v1/api-keys", { name: "replayable", scopes: ["read"] }, headers);
    expect(again.json().key).toBe(secret);
  });

  it("refuses the same key with another request (422)", async () => {
    const headers = { ...acme.auth, "idempotency-key": "create-contoso" };
    expect((await post("/v1/tenants", { model: "B", displayName: "Contoso" }, headers)).statusCode).toBe(201);
    const other = await post("/v1/tenants", { model: "A", displayName: "Contoso" }, headers);
    expect(other.statusCode).toBe(400); // invalid input is refused before idempotency is considered
    const different = await post("/v1/tenants", { model: "evaluation", displayName: "Contoso" }, headers);
    expect(different.statusCode).toBe(422);
    expect(different.json()).toMatchObject({ code: "idempotency_key_reused" });
  });

  it("answers 409 while the first request is still running, and runs concurrent duplicates once", async () => {
    await t.app.db.idempotencyRecord.create({
      data: {
        accountId: acme.accountId,
        key: "in-flight",
        fingerprint: createHash("sha256")
          .update(`POST /v1/tenants\n${JSON.stringify({ model: "B", displayName: "Busy" })}`)
          .digest("hex"),
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    const busy = await post(
      "/v1/tenants",
      { model: "B", displayName: "Busy" },
      { ...acme.auth, "idempotency-key": "in-flight" },
    );
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toMatchObject({ code: "idempotency_request_in_progress" });

    const headers = { ...acme.auth, "idempotency-key": "burst" };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post("/v1/tenants", { model: "B", displayName: "Burst" }, headers)),
    );
    for (const a of answers) expect([201, 409]).toContain(a.statusCode);
    const ids = new Set(answers.filter((a) => a.statusCode === 201).map((a) => a.json().id));
    expect(ids.size).toBe(1);
    expect(await t.app.db.tenant.count({ where: { displayName: "Burst" } })).toBe(1);
  });

  it("keeps keys per account and refuses malformed ones", async () => {
    const other = await createAccount(t.app, "Other");
    const a = await post("/v1/tenants", { model: "B" }, { ...acme.auth, "idempotency-key": "shared-name" });
    const b = await post("/v1/tenants", { model: "B" }, { ...other.auth, "idempotency-key": "shared-name" });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(a.json().id).not.toBe(b.json().id);
    const bad = await post(
      "/v1/tenants",
      { model: "B" },
      { ...acme.auth, "idempotency-key": "x".repeat(300) },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "idempotency_key_invalid" });
  });
});

describe("conventions", () => {
  it("paginates with an opaque cursor, newest first", async () => {
    const account = await createAccount(t.app, "Pager");
    for (let i = 0; i < 4; i++) await post("/v1/api-keys", { name: `k${i}`, scopes: ["read"] }, account.auth);
    const seen: string[] = [];
    let url = "/v1/api-keys?limit=2";
    for (let pages = 0; pages < 10; pages++) {
      const res = await get(url, account.auth);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((k: { id: string }) => k.id));
      if (!body.nextCursor) break;
      url = `/v1/api-keys?limit=2&cursor=${body.nextCursor}`;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.at(-1)).toBe(account.keyId);
    const bad = await get("/v1/api-keys?cursor=bm9wZQ", account.auth);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "invalid_cursor" });
    const tooMany = await get("/v1/api-keys?limit=5000", account.auth);
    expect(tooMany.json()).toMatchObject({ code: "validation_failed" });
  });
});

describe("per-key rate limit", () => {
  it("answers 429 problem+json with Retry-After, per key", async () => {
    const limited = await buildTestApp({ API_RATE_LIMIT_MAX: "3", API_RATE_LIMIT_WINDOW_MS: "60000" });
    try {
      const one = await createAccount(limited.app, "One");
      const two = await addKey(limited.app, one.accountId, ["read"]);
      const call = (auth: Record<string, string>) =>
        limited.app.inject({ method: "GET", url: "/v1/account", headers: auth });
      for (let i = 0; i < 3; i++) expect((await call(one.auth)).statusCode).toBe(200);
      const res = await call(one.auth);
      expect(res.statusCode).toBe(429);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(res.headers["retry-after"])).toBeLessThanOrEqual(60);
      expect(res.json()).toMatchObject({ status: 429, code: "rate_limited" });
      // Another key of the same account has its own budget.
      expect((await call(two.auth)).statusCode).toBe(200);
      // The counters live in Redis under this environment's prefix.
      const keys = await limited.app.redis.keys(`${limited.config.REDIS_PREFIX}:rate-limit:*`);
      expect(keys).toContain(`${limited.config.REDIS_PREFIX}:rate-limit:key:${one.keyId}`);
    } finally {
      await limited.close();
    }
  });
});
