import { randomUUID } from "node:crypto";
import net from "node:net";
import { createSimulator, DEMO_APP, DEMO_TENANT, type Simulator } from "@capstan/graph-sim";
import { signWebhook } from "@capstan/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addKey,
  buildTestApp,
  createAccount,
  createActiveTenant,
  type TestAccount,
  type TestApp,
} from "../../../apps/api/test/helpers";
import { startWorkerRuntime, type WorkerRuntime } from "../../../apps/worker/src/runtime";
import {
  type ArchivedMessage,
  type CapstanApi,
  CapstanError,
  createCapstanClient,
  type ExportMessage,
  exportMessages,
  onboardTenant,
  rateLimitOf,
  readConsentReturn,
  streamExportMessages,
  streamTenantMessages,
  tenantMessages,
  unwrap,
  verifyWebhook,
  WebhookVerificationError,
  waitForExport,
} from "../src/index";

// The client against the real API over HTTP (a listening Fastify app), a real worker, real MSAL against the
// Graph simulator, real PostgreSQL and Redis: what an ISV's integration does, start to finish.

const RETURN_URL = "https://isv.example/capstan/consent-done";

let sim: Simulator;
let simUrl: string;
let t: TestApp;
let worker: WorkerRuntime;
let acme: TestAccount;
let client: CapstanApi;
let apiUrl: string;
let tenantId: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const key = (m: { containerId: string; messageId: string; etag: string }) =>
  `${m.containerId}|${m.messageId}|${m.etag}`;

beforeAll(async () => {
  sim = await createSimulator({ seed: 15 });
  simUrl = await sim.listen({ port: 0, host: "127.0.0.1" });
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  t = await buildTestApp({
    IDENTITY_BASE_URL: simUrl,
    GRAPH_BASE_URL: simUrl,
    PUBLIC_BASE_URL: apiUrl,
    AZURE_CLIENT_ID: DEMO_APP.clientId,
    AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
    METRICS_PORT: "0",
  });
  await t.app.listen({ host: "127.0.0.1", port });
  worker = await startWorkerRuntime(t.config);
  acme = await createAccount(t.app, "Acme Compliance");
  client = createCapstanClient({ baseUrl: apiUrl, apiKey: acme.apiKey });
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await t?.close();
  await sim?.close();
});

describe("@capstan/client against the real API", () => {
  it("onboards a tenant through admin consent and reads the return URL", async () => {
    const created = await onboardTenant(
      client,
      { model: "B", displayName: DEMO_TENANT.name, returnUrl: RETURN_URL },
      "acme-customer-contoso",
    );
    expect(created.status).toBe("pending_consent");
    // A retry with the same idempotency key adds nothing.
    const again = await onboardTenant(
      client,
      { model: "B", displayName: DEMO_TENANT.name, returnUrl: RETURN_URL },
      "acme-customer-contoso",
    );
    expect(again.id).toBe(created.id);

    // The admin's browser: Microsoft's consent page (the simulator), then Capstan's callback, then back to us.
    const consent = await fetch(created.consentUrl, { redirect: "manual" });
    expect(consent.status).toBe(302);
    const callback = await fetch(consent.headers.get("location") as string, { redirect: "manual" });
    expect(callback.status).toBe(303);
    const back = readConsentReturn(callback.headers.get("location") as string);
    expect(back).toEqual({ tenantId: created.id, outcome: "active", code: null });

    const tenant = unwrap(
      await client.GET("/v1/tenants/{tenantId}", { params: { path: { tenantId: back.tenantId } } }),
    );
    expect(tenant.status).toBe("active");
    expect(tenant.entraTenantId).toBe(DEMO_TENANT.tenantId);
    tenantId = tenant.id;
  });

  it("starts an export, polls it to the end, and pages and streams the same archive", async () => {
    const started = unwrap(
      await client.POST("/v1/tenants/{tenantId}/exports", {
        params: { path: { tenantId } },
        body: { scope: "user", userId: DEMO_TENANT.demoUserId },
      }),
    );
    const seen: string[] = [];
    const done = await waitForExport(client, started.id, {
      intervalMs: 100,
      timeoutMs: 90_000,
      onProgress: (view) => seen.push(view.status),
    });
    expect(done.status, done.error ?? "").toBe("completed");
    const truth = (await (
      await fetch(
        `${simUrl}/_sim/tenants/${DEMO_TENANT.tenantId}/ground-truth?userId=${DEMO_TENANT.demoUserId}`,
      )
    ).json()) as { counts: { current: number } };
    expect(done.progress.messagesStored).toBe(truth.counts.current);
    expect(truth.counts.current).toBeGreaterThan(20);

    // Cursor paging, small pages so that many are followed.
    const paged: ArchivedMessage[] = [];
    for await (const message of tenantMessages(client, tenantId, { limit: 7 })) paged.push(message);
    expect(paged.length).toBe(truth.counts.current);
    expect(new Set(paged.map(key)).size).toBe(paged.length);

    // The NDJSON stream holds the same versions, each message exactly as stored.
    const streamed: ArchivedMessage[] = [];
    for await (const message of streamTenantMessages(client, tenantId)) streamed.push(message);
    expect(new Set(streamed.map(key))).toEqual(new Set(paged.map(key)));
    const byKey = new Map(paged.map((m) => [key(m), m]));
    for (const m of streamed) expect(m.message).toEqual(byKey.get(key(m))?.message);

    // The export's own result set, both ways.
    const inExport: ExportMessage[] = [];
    for await (const m of exportMessages(client, done.id, { limit: 50 })) inExport.push(m);
    const streamedExport: ExportMessage[] = [];
    for await (const m of streamExportMessages(client, done.id)) streamedExport.push(m);
    expect(inExport.length).toBe(done.progress.messagesStored);
    expect(new Set(streamedExport.map(key))).toEqual(new Set(inExport.map(key)));
    expect(new Set(inExport.map(key))).toEqual(new Set(paged.map(key)));
  });

  it("throws problems as CapstanError with their stable code", async () => {
    const missing = await client
      .GET("/v1/tenants/{tenantId}", { params: { path: { tenantId: randomUUID() } } })
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(CapstanError);
    expect((missing as CapstanError).status).toBe(404);
    expect((missing as CapstanError).code).toBe("not_found");

    const invalid = await onboardTenant(client, { model: "A" }).catch((e: unknown) => e);
    expect((invalid as CapstanError).code).toBe("validation_failed");

    const elsewhere = streamTenantMessages(client, randomUUID());
    await expect(elsewhere.next()).rejects.toMatchObject({ status: 404, code: "not_found" });
  });

  it("reads the IETF rate-limit headers of an answer", async () => {
    const { response } = await client.GET("/v1/account");
    const state = rateLimitOf(response.headers);
    expect(state).toMatchObject({ policy: "api-key", quota: t.config.API_RATE_LIMIT_MAX, windowSeconds: 60 });
    expect(state!.remaining).toBeLessThan(t.config.API_RATE_LIMIT_MAX);
    expect(state!.resetSeconds).toBeGreaterThan(0);
  });

  it("verifies webhook signatures made with an endpoint's secret, and refuses forgeries", async () => {
    const endpoint = unwrap(
      await client.POST("/v1/webhook-endpoints", {
        body: { url: "https://isv.example/hooks/capstan", events: ["export.completed"] },
      }),
    );
    const event = {
      id: randomUUID(),
      type: "export.completed",
      version: 1,
      timestamp: new Date().toISOString(),
      accountId: acme.accountId,
      data: {},
    };
    const body = JSON.stringify(event);
    // Signed the way the delivery worker signs (packages/webhooks).
    const headers = signWebhook([endpoint.secret], { id: event.id, body });
    expect(verifyWebhook(endpoint.secret, headers, body)).toEqual(event);
    expect(verifyWebhook(endpoint.secret, new Headers(headers), Buffer.from(body))).toEqual(event);

    expect(() => verifyWebhook(endpoint.secret, headers, body.replace("export", "exp0rt"))).toThrow(
      WebhookVerificationError,
    );
    const other = unwrap(
      await client.POST("/v1/webhook-endpoints/{endpointId}/rotate-secret", {
        params: { path: { endpointId: endpoint.id } },
      }),
    );
    expect(() => verifyWebhook(other.secret, headers, body)).toThrow(WebhookVerificationError);
    // After a rotation the delivery carries both signatures: the new secret verifies it.
    const both = signWebhook([other.secret, endpoint.secret], { id: event.id, body });
    expect(verifyWebhook(other.secret, both, body).id).toBe(event.id);
    const stale = signWebhook([endpoint.secret], {
      id: event.id,
      body,
      timestamp: new Date(Date.now() - 3_600_000),
    });
    expect(() => verifyWebhook(endpoint.secret, stale, body)).toThrow(WebhookVerificationError);
    const { "webhook-signature": _, ...unsigned } = headers;
    expect(() => verifyWebhook(endpoint.secret, unsigned, body)).toThrow(/missing webhook-signature/);
  });
});

describe("waitForExport under the API's rate limit", () => {
  let small: TestApp;
  afterAll(async () => {
    await small?.close();
  });

  it("waits out a 429 for as long as Retry-After says, then polls on to the end", async () => {
    // Two requests per two seconds per key; no worker, so the export stays queued until it is cancelled.
    const port = await freePort();
    small = await buildTestApp({ API_RATE_LIMIT_MAX: "2", API_RATE_LIMIT_WINDOW_MS: "2000" });
    await small.app.listen({ host: "127.0.0.1", port });
    const account = await createAccount(small.app, "Initech");
    const operator = await addKey(small.app, account.accountId, ["read", "write"]);
    const tenant = await createActiveTenant(small.app, account.accountId, randomUUID());
    const created = await small.app.inject({
      method: "POST",
      url: `/v1/tenants/${tenant.id}/exports`,
      headers: operator.auth,
      payload: { scope: "user", userId: "someone@initech.example" },
    });
    expect(created.statusCode, created.body).toBe(202);
    const exportId = created.json().id as string;

    // The real fetch, watched: which statuses came back, and when.
    const answers: { status: number; at: number; retryAfter: string | null }[] = [];
    const watched = createCapstanClient({
      baseUrl: `http://127.0.0.1:${port}`,
      apiKey: account.apiKey,
      fetch: async (request) => {
        const response = await fetch(request);
        answers.push({
          status: response.status,
          at: Date.now(),
          retryAfter: response.headers.get("retry-after"),
        });
        return response;
      },
    });
    const waiting = waitForExport(watched, exportId, { intervalMs: 50, timeoutMs: 30_000 });
    // Cancel (with another key: limits are per key) once the poller has been refused.
    const deadline = Date.now() + 10_000;
    while (!answers.some((a) => a.status === 429) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const cancelled = await small.app.inject({
      method: "POST",
      url: `/v1/exports/${exportId}/cancel`,
      headers: operator.auth,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    const done = await waiting;
    expect(done.status).toBe("cancelled");
    const refused = answers.findIndex((a) => a.status === 429);
    expect(refused).toBeGreaterThan(0);
    const next = answers[refused + 1];
    expect(next, "a poll after the 429").toBeDefined();
    // The next poll came no sooner than Retry-After seconds later (less a little clock slack).
    const retryAfter = Number(answers[refused]!.retryAfter);
    expect(retryAfter).toBeGreaterThan(0);
    expect(next!.at - answers[refused]!.at).toBeGreaterThanOrEqual(retryAfter * 1000 - 50);
    expect(answers.at(-1)!.status).toBe(200);
  });
});

describe("helpers that read what the API sent", () => {
  it("reads a consent return URL, and refuses one Capstan did not make", () => {
    expect(readConsentReturn(`${RETURN_URL}?tenantId=t-1&outcome=error&code=consent_declined`)).toEqual({
      tenantId: "t-1",
      outcome: "error",
      code: "consent_declined",
    });
    expect(() => readConsentReturn(`${RETURN_URL}?tenantId=t-1&outcome=maybe`)).toThrow(/not a Capstan/);
    expect(() => readConsentReturn(RETURN_URL)).toThrow(/not a Capstan/);
  });

  it("matches the RateLimit item to its policy among several", () => {
    const headers = new Headers({
      "ratelimit-policy": '"burst";q=10;w=1, "api-key";q=600;w=60',
      ratelimit: '"api-key";r=17;t=42',
    });
    expect(rateLimitOf(headers)).toEqual({
      policy: "api-key",
      quota: 600,
      windowSeconds: 60,
      remaining: 17,
      resetSeconds: 42,
    });
    expect(rateLimitOf(new Headers())).toBeNull();
  });
});
