import { Writable } from "node:stream";
import { createSimulator, DEMO_APP, type Simulator } from "@capstan/graph-sim";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./helpers";

// A whole onboarding with info logging on: every line carries the request id, and no credential, key,
// state or token ever appears in one.

const OPS_TOKEN = "ops-token-that-must-never-be-logged";
const lines: string[] = [];
let sim: Simulator;
let t: TestApp;

beforeAll(async () => {
  sim = await createSimulator({ seed: 3 });
  const simUrl = await sim.listen({ port: 0, host: "127.0.0.1" });
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  t = await buildTestApp(
    {
      IDENTITY_BASE_URL: simUrl,
      PUBLIC_BASE_URL: "https://capstan.test",
      AZURE_CLIENT_ID: DEMO_APP.clientId,
      AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
      OPS_TOKEN,
    },
    { logStream: stream, logLevel: "debug" },
  );
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

it("logs a full consent flow with request ids and without any secret", async () => {
  const ops = { authorization: `Bearer ${OPS_TOKEN}` };
  const account = await t.app.inject({
    method: "POST",
    url: "/ops/v1/accounts",
    headers: ops,
    payload: { name: "Acme" },
  });
  expect(account.statusCode).toBe(201);
  const key = await t.app.inject({
    method: "POST",
    url: `/ops/v1/accounts/${account.json().id}/keys`,
    headers: { "x-ops-token": OPS_TOKEN },
    payload: { scopes: ["read", "write", "admin"] },
  });
  expect(key.statusCode).toBe(201);
  const apiKey: string = key.json().key;
  const auth = { authorization: `Bearer ${apiKey}` };

  const created = await t.app.inject({
    method: "POST",
    url: "/v1/tenants",
    headers: { ...auth, "idempotency-key": "onboard-1" },
    payload: { model: "B" },
  });
  expect(created.statusCode).toBe(201);
  const state = new URL(created.json().consentUrl).searchParams.get("state") as string;

  const directory = sim.control.createTenant({ name: "logged", consentedApps: [], sizes: { users: 1 } });
  sim.control.setNextConsentTenant(directory.id);
  const redirect = await fetch(created.json().consentUrl, { redirect: "manual" });
  const location = new URL(redirect.headers.get("location") as string);
  const done = await t.app.inject({ method: "GET", url: `${location.pathname}${location.search}` });
  expect(done.statusCode).toBe(200);

  // Failures are logged too: a wrong key, a replayed state.
  const wrongKey = `${apiKey.slice(0, -4)}AAAA`;
  expect(
    (
      await t.app.inject({
        method: "GET",
        url: "/v1/tenants",
        headers: { authorization: `Bearer ${wrongKey}` },
      })
    ).statusCode,
  ).toBe(401);
  expect(
    (await t.app.inject({ method: "GET", url: `${location.pathname}${location.search}` })).statusCode,
  ).toBe(409);

  const cache = await t.app.redis.get(`${t.config.REDIS_PREFIX}:msal:${DEMO_APP.clientId}:${directory.id}`);
  const accessTokens = Object.values(
    (JSON.parse(cache as string) as { AccessToken: Record<string, { secret: string }> }).AccessToken,
  ).map((entry) => entry.secret);
  expect(accessTokens.length).toBeGreaterThan(0);

  const text = lines.join("\n");
  if (process.env.SHOW_LOGS) console.log(text);
  const secrets = {
    apiKey,
    apiKeySecret: apiKey.split("_").slice(3).join("_"),
    wrongKey,
    state,
    opsToken: OPS_TOKEN,
    clientSecret: DEMO_APP.clientSecret,
    ...Object.fromEntries(accessTokens.map((token, i) => [`accessToken${i}`, token])),
  };
  for (const [what, value] of Object.entries(secrets)) {
    expect(text.includes(value), `${what} leaked into the logs`).toBe(false);
  }
  expect(text).not.toMatch(/Bearer /);

  const requestLines = lines.map((l) => JSON.parse(l)).filter((l) => l.req || l.res);
  expect(requestLines.length).toBeGreaterThanOrEqual(12);
  for (const line of requestLines) expect(line.reqId).toEqual(expect.any(String));
  // The callback's URL is logged with its state blanked out.
  expect(text).toContain("state=[REDACTED]");
  // Response ids match log ids.
  expect(requestLines.some((l) => l.reqId === done.headers["x-request-id"])).toBe(true);
});
