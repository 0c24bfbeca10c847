import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestApp } from "./helpers";

let t: TestApp;
let tenantId: string;
let auth: { authorization: string };

beforeAll(async () => {
  t = await buildTestApp();
  const account = await createAccount(t.app, "Acme Compliance");
  auth = account.auth;
  const tenant = await createActiveTenant(t.app, account.accountId, "22222222-2222-4222-8222-222222222222");
  tenantId = tenant.id;
});
afterAll(async () => t?.close());

describe("exports API", () => {
  it("answers bad input with problem+json and stores nothing", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${tenantId}/exports`,
      headers: auth,
      payload: { scope: "user", userId: "bad id<script>" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, code: "validation_failed" });
    expect(res.json().errors[0].path).toBe("userId");
    expect(await t.app.db.export.count()).toBe(0);
  });

  it("answers malformed JSON with 400 problem+json", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${tenantId}/exports`,
      headers: { ...auth, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400 });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it("answers unknown tenants and exports with 404", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const create = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${missing}/exports`,
      headers: auth,
      payload: { scope: "user", userId: "someone" },
    });
    expect(create.statusCode).toBe(404);
    const get = await t.app.inject({ method: "GET", url: `/v1/exports/${missing}`, headers: auth });
    expect(get.statusCode).toBe(404);
    expect(get.json()).toMatchObject({ code: "not_found" });
  });

  it("rejects a cursor it did not issue", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${tenantId}/exports`,
      headers: auth,
      payload: { scope: "user", userId: "someone" },
    });
    expect(created.statusCode).toBe(202);
    const res = await t.app.inject({
      method: "GET",
      url: `/v1/exports/${created.json().id}/messages?cursor=zzz`,
      headers: auth,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "invalid_cursor" });
  });

  it("carries a request id on every response", async () => {
    const res = await t.app.inject({ method: "GET", url: "/nope", headers: { "x-request-id": "req-123" } });
    expect(res.headers["x-request-id"]).toBe("req-123");
    expect(res.json()).toMatchObject({ status: 404, requestId: "req-123" });
  });

  it("publishes the export routes in the OpenAPI document", async () => {
    const res = await t.app.inject({ method: "GET", url: "/docs/json" });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/v1/tenants/{tenantId}/exports",
        "/v1/exports/{exportId}",
        "/v1/exports/{exportId}/messages",
      ]),
    );
  });
});
