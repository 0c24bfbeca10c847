import { randomBytes, randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import type { Config } from "@capstan/config";
import { DEMO_APP } from "@capstan/graph-sim";
import type { Resolver } from "@capstan/webhooks";
import { endpointSecretBinding, SecretBox, webhookSettingsFromConfig } from "@capstan/webhooks";
import { type Receiver, startReceiver } from "@capstan/webhooks/testing";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import pino from "pino";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../apps/api/src/app";
import { buildTestApp, createAccount, type TestAccount, type TestApp } from "../../../apps/api/test/helpers";
import { startWorkerRuntime, type WorkerRuntime } from "../../../apps/worker/src/runtime";
import { createWebhookDeliverer } from "../../../apps/worker/src/webhooks";
import { createHarness, type Harness } from "../../../apps/worker/test/helpers";
import { report } from "../src/env";
import { expectProblem } from "../src/problems";

// Webhook safety: URLs that reach private, loopback, link-local or metadata addresses are refused when saved
// and again at delivery (DNS answers included, rebinding and redirects too); and a full flow — operator,
// API keys, admin consent, an export, signed deliveries, a secret rotation — logs no secret or token it used,
// and keeps none of them in the database in the clear.

describe("SSRF: refused when saved", () => {
  let t: TestApp;
  let acme: TestAccount;
  beforeAll(async () => {
    t = await buildTestApp({ API_RATE_LIMIT_MAX: "100000" });
    acme = await createAccount(t.app, "Acme");
  });
  afterAll(async () => t?.close());

  const REFUSED = [
    // IPv4 private, loopback, unspecified, link-local, metadata, CGNAT, multicast, broadcast
    "https://10.0.0.1/h",
    "https://10.255.255.255/h",
    "https://172.16.0.1/h",
    "https://172.31.255.254/h",
    "https://192.168.0.1/h",
    "https://127.0.0.1/h",
    "https://127.255.255.254:8443/h",
    "https://0.0.0.0/h",
    "https://169.254.0.1/h",
    "https://169.254.169.254/latest/meta-data/",
    "https://100.100.100.200/latest/meta-data/",
    "https://100.64.0.1/h",
    "https://224.0.0.1/h",
    "https://255.255.255.255/h",
    // the same written oddly
    "https://2130706433/h",
    "https://0x7f000001/h",
    "https://0177.0.0.1/h",
    "https://127.1/h",
    "https://0xa9.0xfe.0xa9.0xfe/h",
    // IPv6 loopback, unspecified, link-local, unique-local, metadata, IPv4-mapped and -embedding, multicast
    "https://[::1]/h",
    "https://[::]/h",
    "https://[fe80::1]/h",
    "https://[fc00::1]/h",
    "https://[fd12:3456::1]/h",
    "https://[fd00:ec2::254]/latest/meta-data/",
    "https://[::ffff:127.0.0.1]/h",
    "https://[::ffff:169.254.169.254]/h",
    "https://[::ffff:a9fe:a9fe]/h",
    "https://[64:ff9b::a9fe:a9fe]/h",
    "https://[2002:a9fe:a9fe::1]/h",
    "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/h",
    "https://[ff02::1]/h",
    // names refused without a lookup
    "https://localhost/h",
    "https://app.localhost/h",
    "https://metadata.google.internal/computeMetadata/v1/",
    "https://metadata/h",
    "https://printer.local/h",
    "https://intranet/h",
    // not https, or with credentials
    "http://hooks.partner.example/h",
    "ftp://hooks.partner.example/h",
    "file:///etc/passwd",
    "https://user:pass@hooks.partner.example/h",
    "gopher://127.0.0.1:6379/_FLUSHALL",
  ];

  it("every private, link-local, metadata or disguised address is refused with 422 on create and on update", async () => {
    const ok = await t.app.inject({
      method: "POST",
      url: "/v1/webhook-endpoints",
      headers: acme.auth,
      payload: { url: "https://hooks.partner.example/in", events: ["*"] },
    });
    expect(ok.statusCode).toBe(201);
    let refused = 0;
    for (const url of REFUSED) {
      const created = await t.app.inject({
        method: "POST",
        url: "/v1/webhook-endpoints",
        headers: acme.auth,
        payload: { url, events: ["*"] },
      });
      const code = expectProblem(created, undefined, url).code;
      expect([400, 422], `${url}: ${created.body}`).toContain(created.statusCode);
      if (created.statusCode === 422) expect(code).toBe("webhook_url_refused");
      const updated = await t.app.inject({
        method: "PATCH",
        url: `/v1/webhook-endpoints/${ok.json().id}`,
        headers: acme.auth,
        payload: { url },
      });
      expect([400, 422], `${url}: ${updated.body}`).toContain(updated.statusCode);
      refused += 2;
    }
    expect(await t.app.db.webhookEndpoint.count()).toBe(1);
    expect((await t.app.db.webhookEndpoint.findFirstOrThrow()).url).toBe("https://hooks.partner.example/in");
    await report(
      "webhooks",
      `SSRF at save time: ${REFUSED.length} URLs (IPv4/IPv6 private, link-local, metadata, encodings, names, schemes)`,
      refused,
      "all refused (create and update), nothing stored",
    );
  });
});

describe("SSRF: refused at delivery", () => {
  let t: TestApp;
  let acme: TestAccount;
  let receiver: Receiver;
  const overrides = {
    NODE_ENV: "development",
    WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32",
    WEBHOOK_RETRY_SCHEDULE: "0",
    WEBHOOK_TIMEOUT_MS: "2000",
    API_RATE_LIMIT_MAX: "100000",
  };
  beforeAll(async () => {
    t = await buildTestApp(overrides);
    acme = await createAccount(t.app, "Acme");
    receiver = await startReceiver((req, res) => {
      if (req.url.startsWith("/redirect")) {
        res
          .writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" })
          .end();
      } else res.end("ok");
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  /** A resolver that answers each name from a list of answers, one per lookup. */
  function resolver(answers: string[][]): Resolver & { lookups: number } {
    const fn = (async () => {
      const answer = answers[Math.min(fn.lookups, answers.length - 1)] as string[];
      fn.lookups++;
      return answer.map((address) => ({
        address,
        family: address.includes(":") ? (6 as const) : (4 as const),
      }));
    }) as unknown as Resolver & { lookups: number };
    fn.lookups = 0;
    return fn;
  }

  async function deliverOnce(path: string, dns: Resolver) {
    const endpoint = await t.app.inject({
      method: "POST",
      url: "/v1/webhook-endpoints",
      headers: acme.auth,
      payload: { url: `http://hooks.partner.example:${receiver.port}${path}`, events: ["*"] },
    });
    expect(endpoint.statusCode, endpoint.body).toBe(201);
    const id: string = endpoint.json().id;
    // One event for this endpoint alone (a redelivery of any event to it).
    const events = await t.app.inject({ method: "GET", url: "/v1/events?limit=1", headers: acme.auth });
    let eventId: string | undefined = events.json().data[0]?.id;
    if (!eventId) {
      await t.app.inject({ method: "POST", url: "/v1/tenants", headers: acme.auth, payload: { model: "B" } });
      const { emitTenantEvent } = await import("@capstan/webhooks");
      const { withTransaction } = await import("@capstan/db");
      const tenant = await t.app.db.tenant.findFirstOrThrow({ where: { accountId: acme.accountId } });
      eventId = (
        await withTransaction(t.app.db, (tx) =>
          emitTenantEvent(tx, tenant.id, "tenant.consent_failed", {
            error: { code: "access_denied", description: "no" },
          }),
        )
      )?.eventId;
    }
    await t.app.db.webhookDelivery.updateMany({
      where: { endpointId: { not: id }, status: "pending" },
      data: { status: "cancelled" },
    });
    const re = await t.app.inject({
      method: "POST",
      url: `/v1/events/${eventId}/redeliver`,
      headers: acme.auth,
      payload: { endpointId: id },
    });
    expect(re.statusCode, re.body).toBeLessThan(300);
    const connects: string[] = [];
    const deliverer = createWebhookDeliverer({
      db: t.app.db,
      logger: pino({ level: "silent" }),
      settings: webhookSettingsFromConfig(t.config),
      resolver: dns,
      onConnect: (target) => connects.push(target.address),
    });
    const before = receiver.connections;
    await deliverer.deliverDueOnce();
    const log = await t.app.inject({
      method: "GET",
      url: `/v1/webhook-endpoints/${id}/deliveries`,
      headers: acme.auth,
    });
    const attempts = log.json().data as { errorCode: string | null; statusCode: number | null }[];
    return { attempts, connects, reached: receiver.connections - before };
  }

  it("a name that resolves to a private or metadata address is refused without connecting", async () => {
    const addresses = [
      "10.0.0.5",
      "172.20.1.1",
      "192.168.1.20",
      "127.0.0.2",
      "169.254.169.254",
      "100.100.100.200",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00:ec2::254",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
    ];
    let checks = 0;
    for (const address of addresses) {
      const r = await deliverOnce("/hook", resolver([[address]]));
      expect(r.attempts[0]?.errorCode, address).toBe("blocked_address");
      expect(r.connects).toEqual([]);
      expect(r.reached).toBe(0);
      checks++;
    }
    // A public and a private answer together: refused (every answer is checked).
    const mixed = await deliverOnce("/hook", resolver([["127.0.0.1", "10.0.0.1"]]));
    expect(mixed.attempts[0]?.errorCode).toBe("blocked_address");
    expect(mixed.reached).toBe(0);
    checks++;
    await report(
      "webhooks",
      "SSRF at delivery: DNS answers private/link-local/metadata/mapped (IPv4, IPv6, mixed)",
      checks,
      "all blocked_address, zero connections",
    );
  });

  it("DNS rebinding: one lookup per attempt, and the connection goes to the address that was checked", async () => {
    const dns = resolver([["127.0.0.1"], ["10.0.0.1"], ["169.254.169.254"]]);
    const r = await deliverOnce("/rebind", dns);
    expect(dns.lookups).toBe(1);
    expect(r.connects).toEqual(["127.0.0.1"]);
    expect(r.attempts[0]?.statusCode).toBe(200);
    // The next attempt's lookup answers a private address: refused, not connected.
    const again = await deliverOnce("/rebind", resolver([["10.0.0.1"]]));
    expect(again.attempts[0]?.errorCode).toBe("blocked_address");
    expect(again.connects).toEqual([]);
    await report(
      "webhooks",
      "DNS rebinding at delivery",
      2,
      "connected only to the checked address; a rebound answer blocked",
    );
  });

  it("redirects are not followed, not even to a metadata address", async () => {
    const r = await deliverOnce("/redirect", resolver([["127.0.0.1"]]));
    expect(r.attempts[0]?.statusCode).toBe(302);
    expect(r.connects).toEqual(["127.0.0.1"]);
    expect(r.reached).toBe(1);
    expect(receiver.requests.filter((q) => q.url.startsWith("/redirect"))).toHaveLength(1);
    await report(
      "webhooks",
      "redirect to 169.254.169.254 at delivery",
      1,
      "a failed attempt (302), not followed",
    );
  });
});

describe("secrets in a full flow: never in a log line, never in the database in the clear", () => {
  const OPS_TOKEN = `ops-${randomBytes(16).toString("hex")}`;
  const WEBHOOK_SECRET_KEY = randomBytes(32).toString("hex");
  const lines: string[] = [];
  const stream = () =>
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    });
  let h: Harness;
  let app: FastifyInstance;
  let worker: WorkerRuntime;
  let receiver: Receiver;
  let config: Config;

  beforeAll(async () => {
    h = await createHarness({}, {});
    receiver = await startReceiver((_req, res) => res.end("ok"));
    config = {
      ...h.config,
      NODE_ENV: "development",
      LOG_LEVEL: "debug",
      OPS_TOKEN,
      PUBLIC_BASE_URL: "https://capstan.test",
      WEBHOOK_SECRET_KEY,
      WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32",
      WEBHOOK_POLL_INTERVAL_MS: 50,
      AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
    };
    app = await buildApp({ config, logger: { level: "debug", stream: stream() } });
    await app.ready();
    worker = await startWorkerRuntime(config, pino({ level: "debug" }, stream()));
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await receiver?.close();
    await h?.close();
  });

  it("operator, keys, consent, an export, signed deliveries and a rotation: no secret anywhere it should not be", {
    timeout: 120_000,
  }, async () => {
    const ops = { authorization: `Bearer ${OPS_TOKEN}` };
    const account = await app.inject({
      method: "POST",
      url: "/ops/v1/accounts",
      headers: ops,
      payload: { name: "Acme" },
    });
    const made = await app.inject({
      method: "POST",
      url: `/ops/v1/accounts/${account.json().id}/keys`,
      headers: { "x-ops-token": OPS_TOKEN },
      payload: { scopes: ["read", "write", "admin"] },
    });
    const apiKey: string = made.json().key;
    const auth = { authorization: `Bearer ${apiKey}` };
    const second = await app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: auth,
      payload: { scopes: ["read"] },
    });
    const secondKey: string = second.json().key;

    const endpoint = await app.inject({
      method: "POST",
      url: "/v1/webhook-endpoints",
      headers: auth,
      payload: { url: `${receiver.origin}/capstan`, events: ["*"] },
    });
    expect(endpoint.statusCode, endpoint.body).toBe(201);
    const firstSecret: string = endpoint.json().secret;

    // Admin consent through the simulator's Entra ID (MSAL, client secret, access token).
    const tenant = await app.inject({
      method: "POST",
      url: "/v1/tenants",
      headers: auth,
      payload: { model: "B" },
    });
    const state = new URL(tenant.json().consentUrl).searchParams.get("state") as string;
    const directory = h.sim.control.createTenant({
      name: `secrets-${randomUUID().slice(0, 6)}`,
      consentedApps: [],
      sizes: {
        users: 2,
        chatsPerUser: 2,
        messagesPerChat: 10,
        teams: 1,
        channelsPerTeam: 1,
        messagesPerChannel: 10,
      },
    });
    h.sim.control.setNextConsentTenant(directory.id);
    const redirect = await fetch(tenant.json().consentUrl, { redirect: "manual" });
    const location = new URL(redirect.headers.get("location") as string);
    const done = await app.inject({ method: "GET", url: `${location.pathname}${location.search}` });
    expect(done.statusCode, done.body).toBe(200);

    const rotated = await app.inject({
      method: "POST",
      url: `/v1/webhook-endpoints/${endpoint.json().id}/rotate-secret`,
      headers: auth,
    });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const secondSecret: string = rotated.json().secret;

    const started = await app.inject({
      method: "POST",
      url: `/v1/tenants/${tenant.json().id}/exports`,
      headers: { ...auth, "idempotency-key": `idem-${randomUUID()}` },
      payload: { scope: "tenant" },
    });
    expect(started.statusCode, started.body).toBe(202);
    expect(await h.waitForExport(started.json().id, 60_000)).toMatchObject({ status: "completed" });
    // tenant.consented, export.started, export.completed reach the receiver, signed with both secrets.
    const deadline = Date.now() + 20_000;
    while (receiver.requests.filter((r) => r.url === "/capstan").length < 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const delivered = receiver.requests.filter((r) => r.url === "/capstan");
    expect([...new Set(delivered.map((r) => JSON.parse(r.body).type))].sort()).toEqual([
      "export.completed",
      "export.started",
      "tenant.consented",
    ]);
    for (const req of delivered) {
      // Sent after the rotation (the export's events): signed with both secrets. tenant.consented may have
      // gone out before it: then with the first.
      const after = JSON.parse(req.body).type.startsWith("export.");
      for (const secret of after ? [firstSecret, secondSecret] : [firstSecret]) {
        new Webhook(secret).verify(req.body, req.headers as Record<string, string>);
      }
    }

    // Failures are logged too: wrong keys, a wrong ops token, a replayed state.
    const wrongKey = `${apiKey.slice(0, -4)}AAAA`;
    await app.inject({ method: "GET", url: "/v1/account", headers: { authorization: `Bearer ${wrongKey}` } });
    await app.inject({ method: "GET", url: "/ops/v1/accounts", headers: { "x-ops-token": `${OPS_TOKEN}x` } });
    expect(
      (await app.inject({ method: "GET", url: `${location.pathname}${location.search}` })).statusCode,
    ).toBe(409);

    const cache = await h.redis.get(`${config.REDIS_PREFIX}:msal:${DEMO_APP.clientId}:${directory.id}`);
    const accessTokens = Object.values(
      (JSON.parse(cache as string) as { AccessToken: Record<string, { secret: string }> }).AccessToken,
    ).map((e) => e.secret);
    expect(accessTokens.length).toBeGreaterThan(0);

    const secrets: Record<string, string> = {
      opsToken: OPS_TOKEN,
      apiKey,
      apiKeySecret: apiKey.split("_").slice(3).join("_"),
      secondKey,
      secondKeySecret: secondKey.split("_").slice(3).join("_"),
      wrongKeySecret: wrongKey.split("_").slice(3).join("_"),
      consentState: state,
      clientSecret: DEMO_APP.clientSecret,
      webhookSecret1: firstSecret,
      webhookSecret1Key: firstSecret.slice("whsec_".length),
      webhookSecret2: secondSecret,
      webhookSecret2Key: secondSecret.slice("whsec_".length),
      webhookSecretKey: WEBHOOK_SECRET_KEY,
      ...Object.fromEntries(accessTokens.map((token, i) => [`accessToken${i}`, token])),
    };

    // 1. Logs of the API and the worker, every level down to debug.
    const text = lines.join("\n");
    const apiLines = lines.filter((l) => l.includes('"reqId"'));
    expect(apiLines.length).toBeGreaterThan(15);
    expect(lines.length - apiLines.length, "worker lines").toBeGreaterThan(0);
    for (const [what, value] of Object.entries(secrets)) {
      expect(text.includes(value), `${what} leaked into the logs`).toBe(false);
    }
    expect(text).not.toMatch(/Bearer \S/);
    expect(text).not.toContain("whsec_");

    // 2. The database, every row of every table as text.
    const client = new pg.Client({ connectionString: h.env.databaseUrl });
    await client.connect();
    let dump = "";
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      for (const { table_name } of tables.rows) {
        const rows = await client.query(`SELECT to_jsonb(t)::text AS row FROM "${table_name}" t`);
        dump += rows.rows.map((r) => r.row).join("\n");
      }
    } finally {
      await client.end();
    }
    expect(dump.length).toBeGreaterThan(10_000);
    for (const [what, value] of Object.entries(secrets)) {
      expect(dump.includes(value), `${what} is stored in the clear`).toBe(false);
    }
    // The signing secrets are there, sealed (AES-256-GCM), bound to their endpoint, under the configured key.
    const row = await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.json().id } });
    const box = new SecretBox(Buffer.from(WEBHOOK_SECRET_KEY, "hex"));
    expect(box.decrypt(row.secretCiphertext, endpointSecretBinding(row.id))).toBe(secondSecret);
    expect(box.decrypt(row.previousSecretCiphertext as string, endpointSecretBinding(row.id))).toBe(
      firstSecret,
    );
    expect(() => box.decrypt(row.secretCiphertext, endpointSecretBinding(randomUUID()))).toThrow();
    expect(() =>
      new SecretBox(randomBytes(32)).decrypt(row.secretCiphertext, endpointSecretBinding(row.id)),
    ).toThrow();

    await report(
      "secrets",
      "full flow (ops, 2 API keys, consent, export, 2 webhook secrets, deliveries): secrets searched in every log line and every DB row",
      Object.keys(secrets).length,
      `0 found in ${lines.length} log lines (API + worker, debug) and ${dump.length} bytes of rows; webhook secrets sealed and bound to their endpoint; ${delivered.length} deliveries verified with both secrets`,
    );
  });
});
