import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestAccount, type TestApp } from "./helpers";

// The ops dashboard's archive page: active legal holds and retention runs across accounts, behind sign-in.

const OPS_TOKEN = "ops-token-for-dashboard-archive-01";
let t: TestApp;
let acme: TestAccount;
let cookie: string;

beforeAll(async () => {
  t = await buildTestApp({ OPS_TOKEN });
  acme = await createAccount(t.app, "Acme Archive");
  const login = await t.app.inject({
    method: "POST",
    url: "/ops/login",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ token: OPS_TOKEN, next: "/ops/archive" }).toString(),
  });
  expect(login.statusCode).toBe(303);
  cookie = String(login.headers["set-cookie"]).split(";")[0] as string;
});
afterAll(async () => t?.close());

describe("ops archive page", () => {
  it("shows nothing before there are holds and runs", async () => {
    const res = await t.app.inject({ method: "GET", url: "/ops/archive", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-testid="holds-empty"');
    expect(res.body).toContain('data-testid="runs-empty"');
  });

  it("lists active holds and retention runs with their counts; released holds drop off", async () => {
    const tenant = await createActiveTenant(t.app, acme.accountId, crypto.randomUUID());
    const post = (url: string, payload: Record<string, unknown> = {}) =>
      t.app.inject({ method: "POST", url, headers: acme.auth, payload });
    const kept = (
      await post(`/v1/tenants/${tenant.id}/legal-holds`, {
        scope: "user",
        userId: "dana",
        name: "Matter Dana",
      })
    ).json();
    const gone = (
      await post(`/v1/tenants/${tenant.id}/legal-holds`, { scope: "tenant", name: "Matter Released" })
    ).json();
    await post(`/v1/legal-holds/${gone.id}/release`);
    const policy = (
      await post(`/v1/tenants/${tenant.id}/retention-policies`, {
        name: "Seven years",
        basis: "created",
        keepDays: 2555,
      })
    ).json();
    const run = (await post(`/v1/retention-policies/${policy.id}/run`)).json();
    expect(run.status).toBe("completed");

    const res = await t.app.inject({ method: "GET", url: "/ops/archive", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Matter Dana");
    expect(res.body).toContain("userId=dana");
    expect(res.body).not.toContain("Matter Released");
    expect(res.body).toContain("Seven years (created, 2,555 days)");
    expect(res.body).toMatch(/data-testid="archive-holds">1</);
    expect(res.body).toMatch(/data-testid="archive-policies">1</);
    expect(kept.status).toBe("active");
  });

  it("is closed to API keys and to no one signed in", async () => {
    expect((await t.app.inject({ method: "GET", url: "/ops/archive", headers: acme.auth })).statusCode).toBe(
      401,
    );
    expect((await t.app.inject({ method: "GET", url: "/ops/archive" })).statusCode).toBe(401);
  });
});
