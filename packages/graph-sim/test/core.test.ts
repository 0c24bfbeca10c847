import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../src/index";
import type { Json } from "./helpers";
import { DEMO_APP, DEMO_TENANT, drain, getJson, getToken, graph, key, startSim, vkey } from "./helpers";

let sim: Simulator;
let url: string;
let token: string;

beforeAll(async () => {
  ({ sim, url } = await startSim());
  token = await getToken(url);
});
afterAll(() => sim.close());

describe("lifecycle and metadata", () => {
  it("listens on a random port and reports health", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.url).toBe(url);
    const h = (await (await fetch(`${url}/_sim/health`)).json()) as Json;
    expect(h).toMatchObject({ status: "ok", seed: 42, tenants: 1, url });
    expect(sim.control.health().status).toBe("ok");
  });

  it("close() stops serving", async () => {
    const s = await createSimulator();
    const u = await s.listen({ port: 0 });
    await s.close();
    expect(s.url).toBeNull();
    await expect(fetch(`${u}/_sim/health`)).rejects.toThrow();
  });

  it("serves OpenID configuration, instance discovery and keys", async () => {
    const oc = await getJson(`${url}/${DEMO_TENANT.tenantId}/v2.0/.well-known/openid-configuration`);
    expect(oc.token_endpoint).toBe(
      `https://login.microsoftonline.com/${DEMO_TENANT.tenantId}/oauth2/v2.0/token`,
    );
    expect(oc.issuer).toBe(`https://login.microsoftonline.com/${DEMO_TENANT.tenantId}/v2.0`);
    const org = (await (
      await fetch(`${url}/organizations/v2.0/.well-known/openid-configuration`)
    ).json()) as Json;
    expect(org.issuer).toContain("{tenantid}");
    const disc = await getJson(
      `${url}/common/discovery/instance?api-version=1.1&authorization_endpoint=https://login.microsoftonline.com/common/oauth2/v2.0/authorize`,
    );
    expect(disc.metadata[0].aliases).toContain("login.microsoftonline.com");
    const keys = (await (await fetch(`${url}/${DEMO_TENANT.tenantId}/discovery/v2.0/keys`)).json()) as Json;
    expect(keys.keys[0]).toMatchObject({ kty: "RSA", use: "sig" });
  });
});

describe("token (client secret)", () => {
  it("issues an RS256 Graph token with the expected claims", async () => {
    const payload = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
    const header = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString());
    expect(header.alg).toBe("RS256");
    expect(payload).toMatchObject({
      aud: "https://graph.microsoft.com",
      iss: `https://sts.windows.net/${DEMO_TENANT.tenantId}/`,
      tid: DEMO_TENANT.tenantId,
      appid: DEMO_APP.clientId,
    });
    expect(payload.roles).toEqual(
      expect.arrayContaining(["Chat.Read.All", "ChannelMessage.Read.All", "User.Read.All", "Group.Read.All"]),
    );
    expect(payload.exp - payload.iat).toBe(3599);
  });

  it("accepts the tenant name and domain as the path segment", async () => {
    expect(await getToken(url, "contoso")).toMatch(/^ey/);
    expect(await getToken(url, DEMO_TENANT.domain)).toMatch(/^ey/);
  });
});

describe("GET /v1.0/users", () => {
  it("pages with $top and nextLink and honours $select", async () => {
    const first = await graph(url, token, "/v1.0/users?$top=7&$select=id,displayName,userPrincipalName");
    expect(first.status).toBe(200);
    expect(first.headers.get("request-id")).toBeTruthy();
    expect(first.headers.get("client-request-id")).toBeTruthy();
    expect(first.body.value).toHaveLength(7);
    expect(Object.keys(first.body.value[0]).sort()).toEqual(["displayName", "id", "userPrincipalName"]);
    const all = await drain(url, token, "/v1.0/users?$top=7&$select=id,displayName,userPrincipalName");
    expect(all.pages).toBe(3);
    expect(new Set(all.items.map((u) => u.id)).size).toBe(DEMO_TENANT.sizes.users);
    expect(all.items.map((u) => u.id)).toContain(DEMO_TENANT.demoUserId);
  });

  it("defaults to 100, rejects $top > 999 and unknown $select", async () => {
    const d = await graph(url, token, "/v1.0/users");
    expect(d.body.value).toHaveLength(20);
    expect(d.body["@odata.nextLink"]).toBeUndefined();
    expect(d.body.value[0]).toHaveProperty("businessPhones");
    expect((await graph(url, token, "/v1.0/users?$top=1000")).status).toBe(400);
    const bad = await graph(url, token, "/v1.0/users?$select=nope");
    expect(bad.status).toBe(400);
    expect(bad.body.error.innerError["request-id"]).toBeTruthy();
  });

  it("gets one user by id or UPN", async () => {
    const r = await graph(url, token, `/v1.0/users/${DEMO_TENANT.demoUserPrincipalName}`);
    expect(r.body.id).toBe(DEMO_TENANT.demoUserId);
    expect((await graph(url, token, "/v1.0/users/nobody@contoso.onmicrosoft.com")).status).toBe(404);
  });
});

describe("GET /users/{id}/chats/getAllMessages", () => {
  it("exports the demo user in a few pages and matches ground truth exactly", async () => {
    const gt = sim.control.groundTruth({
      tenant: DEMO_TENANT.tenantId,
      scope: { userId: DEMO_TENANT.demoUserId },
    });
    expect(gt.counts.current).toBeGreaterThanOrEqual(300);
    expect(gt.counts.current).toBeLessThanOrEqual(700);
    const got = await drain(url, token, `/v1.0/users/${DEMO_TENANT.demoUserId}/chats/getAllMessages?$top=50`);
    expect(got.pages).toBe(Math.ceil(gt.counts.current / 50));
    const keys = got.items.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(gt.current.map(vkey)));
    // nextLink is absolute on the simulator's origin and carries $skiptoken
    const p1 = await graph(url, token, `/v1.0/users/${DEMO_TENANT.demoUserId}/chats/getAllMessages?$top=50`);
    expect(p1.body["@odata.nextLink"]).toMatch(
      new RegExp(`^${url}/v1\\.0/users/.+/chats/getAllMessages\\?.*\\$skiptoken=`),
    );
  });

  it("counts requests, messages and billing", async () => {
    sim.control.resetCounters();
    await drain(url, token, `/v1.0/users/${DEMO_TENANT.demoUserId}/chats/getAllMessages?$top=50`);
    const c = sim.control.counters();
    const total = sim.control.groundTruth({ tenant: "contoso", scope: { userId: DEMO_TENANT.demoUserId } })
      .counts.current;
    expect(c.requests.byEndpoint["GET /users/{id}/chats/getAllMessages"]).toBe(Math.ceil(total / 50));
    expect(c.messagesReturned.total).toBe(total);
    expect(c.messagesReturned.byTenant[DEMO_TENANT.tenantId]).toBe(total);
    const month = Object.keys(c.billing[DEMO_TENANT.tenantId]![DEMO_APP.clientId]!)[0]!;
    expect(c.billing[DEMO_TENANT.tenantId]![DEMO_APP.clientId]![month]).toBe(total);
    expect(c.peaks.app[DEMO_APP.clientId]!.attempted).toBeGreaterThan(0);
    expect(c.peaks.appTenant[`${DEMO_APP.clientId}/${DEMO_TENANT.tenantId}`]!.served).toBeGreaterThan(0);
    sim.control.resetCounters();
    expect(sim.control.counters().requests.total).toBe(0);
  });
});

describe("options and fallbacks", () => {
  it("honours now / demoTenant options; unknown Graph routes get a Graph error body", async () => {
    const fixed = new Date("2026-03-10T15:30:00Z");
    const s = await createSimulator({ now: () => fixed, demoTenant: false, seed: 9 });
    try {
      const u = await s.listen({ port: 0 });
      expect(s.control.listTenants()).toEqual([]);
      const cfg = s.control.getConfig();
      expect(cfg.now).toBe(fixed.toISOString());
      expect(cfg.anchor).toBe("2026-03-10T00:00:00.000Z");
      const t = s.control.createTenant({ name: "solo", sizes: { users: 3 } });
      const tok = await getToken(u, t.id);
      const claims = JSON.parse(Buffer.from(tok.split(".")[1]!, "base64url").toString());
      expect(claims.iat).toBe(Math.floor(fixed.getTime() / 1000));
      const bad = await graph(u, tok, "/v1.0/nope");
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe("BadRequest");
      const badJson = await graph(u, tok, "/v1.0/chats/x/messages/1", {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: "{",
      });
      expect(badJson.status).toBe(400);
      expect(badJson.body.error.code).toBe("BadRequest");
    } finally {
      await s.close();
    }
  });
});
