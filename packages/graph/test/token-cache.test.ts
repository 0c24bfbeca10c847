import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createSimulator,
  DEMO_APP,
  DEMO_TENANT,
  generateTestCertificate,
  type Simulator,
} from "@capstan/graph-sim";
import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppRegistration,
  appCredentialFromConfig,
  redisTokenCacheStore,
  TokenError,
  TokenProvider,
} from "../src/index";

// Real MSAL against the simulator's Entra ID; the token cache shared through Redis.

let env: TestEnvironment;
let sim: Simulator;
let simUrl: string;
const connections: Redis[] = [];

const demoApp: AppRegistration = {
  clientId: DEMO_APP.clientId,
  credential: { kind: "secret", clientSecret: DEMO_APP.clientSecret },
};

/** One "process": its own Redis connection and its own TokenProvider (own MSAL clients, own memory). */
function processWithSharedCache(app: AppRegistration = demoApp): TokenProvider {
  const redis = new Redis(env.redisUrl);
  connections.push(redis);
  return new TokenProvider({
    app,
    identityBaseUrl: simUrl,
    cacheStore: redisTokenCacheStore(redis, env.redisPrefix),
  });
}

const issued = () => sim.control.counters().tokens.issued;

function newDirectory(name: string) {
  return sim.control.createTenant({ name, sizes: { users: 1, teams: 0, chatsPerUser: 1 } }).id;
}

beforeAll(async () => {
  env = await createTestEnvironment();
  sim = await createSimulator({ seed: 5 });
  simUrl = await sim.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  for (const c of connections) c.disconnect();
  await sim?.close();
  await env?.cleanup();
});

describe("shared token cache", () => {
  it("lets a second process use the token the first one fetched", async () => {
    const before = issued();
    const first = processWithSharedCache();
    const second = processWithSharedCache();
    const a = await first.getToken(DEMO_TENANT.tenantId);
    const b = await second.getToken(DEMO_TENANT.tenantId);
    expect(b).toBe(a);
    expect(issued()).toBe(before + 1);

    // Without the shared cache each process asks Entra ID itself.
    const loner = new TokenProvider({ app: demoApp, identityBaseUrl: simUrl });
    await loner.getToken(DEMO_TENANT.tenantId);
    expect(issued()).toBe(before + 2);
  });

  it("fetches once when many processes want a token for the same tenant at once", async () => {
    const directory = newDirectory("stampede");
    const before = issued();
    const processes = Array.from({ length: 6 }, () => processWithSharedCache());
    const tokens = await Promise.all(
      processes.flatMap((p) => [p.getToken(directory), p.getToken(directory)]),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(issued()).toBe(before + 1);
  });

  it("keeps one entry per app and tenant, and forget() clears it for every process", async () => {
    const directory = newDirectory("forgetful");
    const first = processWithSharedCache();
    const second = processWithSharedCache();
    await first.getToken(directory);
    const key = `${env.redisPrefix}:msal:${DEMO_APP.clientId}:${directory}`;
    expect(await connections[0]!.exists(key)).toBe(1);
    const before = issued();
    await first.forget(directory);
    expect(await connections[0]!.exists(key)).toBe(0);
    await second.forget(directory);
    await second.getToken(directory);
    expect(issued()).toBe(before + 1);
  });

  it("asks Entra ID again when told to (the consent proof), and shares the result", async () => {
    const p = processWithSharedCache();
    await p.getToken(DEMO_TENANT.tenantId);
    const before = issued();
    await p.getToken(DEMO_TENANT.tenantId, { fresh: true });
    expect(issued()).toBe(before + 1);
    await processWithSharedCache().getToken(DEMO_TENANT.tenantId);
    expect(issued()).toBe(before + 1);
  });

  it("holds a token in the process until it nears expiry: no shared-cache read per call, forget() drops it", async () => {
    const redis = new Redis(env.redisUrl);
    connections.push(redis);
    const store = redisTokenCacheStore(redis, env.redisPrefix);
    let reads = 0;
    const provider = new TokenProvider({
      app: demoApp,
      identityBaseUrl: simUrl,
      cacheStore: {
        ...store,
        get: (key) => {
          reads++;
          return store.get(key);
        },
      },
    });
    const directory = newDirectory("held");
    const token = await provider.getToken(directory);
    const afterFirst = reads;
    for (let i = 0; i < 20; i++) expect(await provider.getToken(directory)).toBe(token);
    expect(reads).toBe(afterFirst);
    await provider.forget(directory);
    const before = issued();
    await provider.getToken(directory);
    expect(reads).toBeGreaterThan(afterFirst);
    expect(issued()).toBe(before + 1);
  });

  it("still gets tokens when the shared store fails (Redis down)", async () => {
    const broken = () => Promise.reject(new Error("Connection is closed."));
    const provider = new TokenProvider({
      app: demoApp,
      identityBaseUrl: simUrl,
      cacheStore: { get: broken, set: broken, delete: broken, lock: broken, unlock: broken },
    });
    expect(await provider.getToken(DEMO_TENANT.tenantId)).toMatch(/^ey/);
  });
});

describe("token failures", () => {
  it("names consent that is missing and a wrong secret", async () => {
    const directory = sim.control.createTenant({
      name: "unconsented",
      consentedApps: [],
      sizes: { users: 1 },
    }).id;
    const p = processWithSharedCache();
    await expect(p.getToken(directory)).rejects.toMatchObject({ reason: "consent_missing" });
    const wrong = processWithSharedCache({
      clientId: DEMO_APP.clientId,
      credential: { kind: "secret", clientSecret: "wrong" },
    });
    const error = await wrong.getToken(DEMO_TENANT.tenantId, { fresh: true }).catch((e) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error.reason).toBe("invalid_client");
    expect(error.message).not.toContain("wrong");
  });
});

describe("certificate credentials", () => {
  it("get tokens through MSAL with a SHA-256 or SHA-1 thumbprint, from configuration", async () => {
    const cert = generateTestCertificate();
    const clientId = "55555555-5555-4555-8555-555555555555";
    sim.control.registerApp({
      clientId,
      clientSecret: null,
      certificate: {
        publicKeyPem: cert.publicKeyPem,
        thumbprintSha1: cert.thumbprintSha1,
        thumbprintSha256: cert.thumbprintSha256,
      },
    });
    sim.control.grantConsent(DEMO_TENANT.tenantId, clientId);
    const dir = mkdtempSync(path.join(tmpdir(), "capstan-cert-"));
    const keyPath = path.join(dir, "app.key.pem");
    writeFileSync(keyPath, cert.privateKeyPem);

    for (const thumbprint of [cert.thumbprintSha256, cert.thumbprintSha1]) {
      const credential = appCredentialFromConfig({
        AZURE_CLIENT_CERT_KEY_PATH: keyPath,
        AZURE_CLIENT_CERT_THUMBPRINT: thumbprint,
        AZURE_CLIENT_SECRET: "ignored when a certificate is configured",
      });
      expect(credential.kind).toBe("certificate");
      const provider = new TokenProvider({ app: { clientId, credential }, identityBaseUrl: simUrl });
      const token = await provider.getToken(DEMO_TENANT.tenantId);
      const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
      expect(claims).toMatchObject({ appid: clientId, tid: DEMO_TENANT.tenantId, appidacr: "2" });
    }
  });
});
