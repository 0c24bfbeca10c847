import { ConfidentialClientApplication, type INetworkModule, type NetworkResponse } from "@azure/msal-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateTestCertificate,
  instanceDiscovery,
  openidConfiguration,
  type Simulator,
} from "../src/index";
import { DEMO_APP, DEMO_TENANT, getToken, graph, startSim, tokenResponse } from "./helpers";

let sim: Simulator;
let url: string;

beforeAll(async () => {
  ({ sim, url } = await startSim());
});
afterAll(() => sim.close());

/** Tiny INetworkModule that sends MSAL's login.microsoftonline.com requests to the simulator. */
function simNetwork(base: string): INetworkModule {
  const send = async <T>(
    u: string,
    method: string,
    options?: { headers?: Record<string, string>; body?: string },
  ): Promise<NetworkResponse<T>> => {
    const target = u.replace("https://login.microsoftonline.com", base);
    const res = await fetch(target, {
      method,
      headers: options?.headers ?? {},
      ...(method === "POST" ? { body: options?.body ?? "" } : {}),
    });
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      headers[k] = v;
    });
    return { headers, body: (await res.json()) as T, status: res.status };
  };
  return {
    sendGetRequestAsync: (u, options) => send(u, "GET", options),
    sendPostRequestAsync: (u, options) => send(u, "POST", options),
  };
}

function msal(
  tenant: string,
  auth: {
    clientSecret?: string;
    clientCertificate?: { thumbprintSha256?: string; thumbprint?: string; privateKey: string };
  },
  clientId: string = DEMO_APP.clientId,
) {
  return new ConfidentialClientApplication({
    auth: {
      clientId,
      authority: `https://login.microsoftonline.com/${tenant}`,
      cloudDiscoveryMetadata: JSON.stringify(instanceDiscovery()),
      authorityMetadata: JSON.stringify(openidConfiguration(tenant)),
      ...auth,
    },
    system: { networkClient: simNetwork(url) },
  });
}

const tid = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString()).tid as string;
const scopes = ["https://graph.microsoft.com/.default"];

async function msalError(p: Promise<unknown>): Promise<{ errorCode: string; errorMessage: string }> {
  try {
    await p;
  } catch (e) {
    return e as { errorCode: string; errorMessage: string };
  }
  throw new Error("expected MSAL to fail");
}

describe("real MSAL ConfidentialClientApplication", () => {
  it("acquires a token with the client secret and it works on Graph", async () => {
    const r = await msal(DEMO_TENANT.tenantId, {
      clientSecret: DEMO_APP.clientSecret,
    }).acquireTokenByClientCredential({ scopes });
    expect(r?.accessToken).toMatch(/^ey/);
    expect(tid(r!.accessToken)).toBe(DEMO_TENANT.tenantId);
    const users = await graph(url, r!.accessToken, "/v1.0/users?$top=1");
    expect(users.status).toBe(200);
  });

  it("acquires a token with a certificate (SHA-256 / PS256 and SHA-1 / RS256 thumbprints)", async () => {
    const cert = generateTestCertificate();
    const appId = "55555555-5555-4555-8555-555555555555";
    sim.control.registerApp({
      clientId: appId,
      displayName: "Cert app",
      certificate: {
        publicKeyPem: cert.publicKeyPem,
        thumbprintSha256: cert.thumbprintSha256,
        thumbprintSha1: cert.thumbprintSha1,
      },
    });
    sim.control.grantConsent("contoso", appId);
    const a = await msal(
      DEMO_TENANT.tenantId,
      { clientCertificate: { thumbprintSha256: cert.thumbprintSha256, privateKey: cert.privateKeyPem } },
      appId,
    ).acquireTokenByClientCredential({ scopes });
    const claims = JSON.parse(Buffer.from(a!.accessToken.split(".")[1]!, "base64url").toString());
    expect(claims).toMatchObject({ appid: appId, appidacr: "2", tid: DEMO_TENANT.tenantId });
    const b = await msal(
      DEMO_TENANT.tenantId,
      { clientCertificate: { thumbprint: cert.thumbprintSha1, privateKey: cert.privateKeyPem } },
      appId,
    ).acquireTokenByClientCredential({ scopes });
    expect(b?.accessToken).toMatch(/^ey/);
    // A different key with the registered thumbprint fails signature validation.
    const other = generateTestCertificate();
    const e = await msalError(
      msal(
        DEMO_TENANT.tenantId,
        { clientCertificate: { thumbprintSha256: cert.thumbprintSha256, privateKey: other.privateKeyPem } },
        appId,
      ).acquireTokenByClientCredential({ scopes }),
    );
    expect(e.errorCode).toBe("invalid_client");
    expect(e.errorMessage).toContain("AADSTS700027");
    // An unregistered certificate is refused.
    const e2 = await msalError(
      msal(
        DEMO_TENANT.tenantId,
        { clientCertificate: { thumbprintSha256: other.thumbprintSha256, privateKey: other.privateKeyPem } },
        appId,
      ).acquireTokenByClientCredential({ scopes }),
    );
    expect(e2.errorMessage).toContain("AADSTS700027");
  });

  it("is refused for a wrong secret (AADSTS7000215)", async () => {
    const e = await msalError(
      msal(DEMO_TENANT.tenantId, { clientSecret: "wrong" }).acquireTokenByClientCredential({ scopes }),
    );
    expect(e.errorCode).toBe("invalid_client");
    expect(e.errorMessage).toContain("AADSTS7000215: Invalid client secret provided");
  });

  it("is refused for an unknown app (AADSTS700016)", async () => {
    const e = await msalError(
      msal(
        DEMO_TENANT.tenantId,
        { clientSecret: "x" },
        "99999999-9999-4999-8999-999999999999",
      ).acquireTokenByClientCredential({ scopes }),
    );
    expect(e.errorCode).toBe("unauthorized_client");
    expect(e.errorMessage).toContain("AADSTS700016");
  });

  it("is refused in an unconsented tenant and after consent is revoked (AADSTS7000229)", async () => {
    const t = sim.control.createTenant({
      name: "fabrikam",
      consentedApps: [],
      sizes: { users: 3, teams: 0 },
    });
    const e = await msalError(
      msal(t.id, { clientSecret: DEMO_APP.clientSecret }).acquireTokenByClientCredential({ scopes }),
    );
    expect(e.errorCode).toBe("invalid_client");
    expect(e.errorMessage).toContain("AADSTS7000229");
    sim.control.grantConsent(t.id, DEMO_APP.clientId);
    const ok = await msal(t.id, { clientSecret: DEMO_APP.clientSecret }).acquireTokenByClientCredential({
      scopes,
    });
    expect(tid(ok!.accessToken)).toBe(t.id);
    sim.control.revokeConsent(t.id, DEMO_APP.clientId);
    const e2 = await msalError(
      msal(t.id, { clientSecret: DEMO_APP.clientSecret }).acquireTokenByClientCredential({ scopes }),
    );
    expect(e2.errorMessage).toContain("AADSTS7000229");
    // The token issued before revocation no longer works on Graph.
    const r = await graph(url, ok!.accessToken, "/v1.0/users");
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe("InvalidAuthenticationToken");
  });
});

describe("token endpoint errors (Entra-shaped JSON)", () => {
  it("unknown tenant → 400 invalid_request AADSTS90002", async () => {
    const r = await tokenResponse(url, "nosuchtenant.onmicrosoft.com");
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: "invalid_request", error_codes: [90002] });
    expect(r.body.error_description).toMatch(/^AADSTS90002: Tenant 'nosuchtenant.onmicrosoft.com' not found/);
    for (const k of ["timestamp", "trace_id", "correlation_id"]) expect(r.body[k]).toBeTruthy();
  });

  it("wrong secret → 401 invalid_client AADSTS7000215; missing credentials → AADSTS7000218", async () => {
    const r = await tokenResponse(url, DEMO_TENANT.tenantId, { client_secret: "nope" });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error: "invalid_client", error_codes: [7000215] });
    const res = await fetch(`${url}/${DEMO_TENANT.tenantId}/oauth2/v2.0/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: DEMO_APP.clientId,
        scope: "https://graph.microsoft.com/.default",
      }),
    });
    expect(((await res.json()) as { error_codes: number[] }).error_codes).toEqual([7000218]);
  });

  it("rejects a non-.default scope and other grant types", async () => {
    const r = await tokenResponse(url, DEMO_TENANT.tenantId, {
      scope: "https://graph.microsoft.com/User.Read",
    });
    expect(r.body).toMatchObject({ error: "invalid_scope", error_codes: [1002012] });
    const g = await tokenResponse(url, DEMO_TENANT.tenantId, { grant_type: "password" });
    expect(g.body).toMatchObject({ error: "unsupported_grant_type" });
  });

  it("rejects a client assertion with a wrong audience or expiry", async () => {
    const { SignJWT, importPKCS8 } = await import("jose");
    const cert = generateTestCertificate();
    const appId = "66666666-6666-4666-8666-666666666666";
    sim.control.registerApp({
      clientId: appId,
      certificate: { publicKeyPem: cert.publicKeyPem, thumbprintSha256: cert.thumbprintSha256 },
    });
    sim.control.grantConsent("contoso", appId);
    const key = await importPKCS8(cert.privateKeyPem, "PS256");
    const x5t = Buffer.from(cert.thumbprintSha256, "hex").toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const make = (aud: string, exp: number) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "PS256", "x5t#S256": x5t })
        .setIssuer(appId)
        .setSubject(appId)
        .setAudience(aud)
        .setIssuedAt(now - 700)
        .setNotBefore(now - 700)
        .setExpirationTime(exp)
        .setJti("j")
        .sign(key);
    const good = await make(
      `https://login.microsoftonline.com/${DEMO_TENANT.tenantId}/oauth2/v2.0/token`,
      now + 600,
    );
    // URLSearchParams would send "undefined" for the secret; build the body without it.
    const send = async (assertion: string) => {
      const res = await fetch(`${url}/${DEMO_TENANT.tenantId}/oauth2/v2.0/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: appId,
          scope: "https://graph.microsoft.com/.default",
          client_assertion: assertion,
          client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        }),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect((await send(good)).status).toBe(200);
    const badAud = await send(
      await make("https://login.microsoftonline.com/other-tenant/oauth2/v2.0/token", now + 600),
    );
    expect(badAud.status).toBe(401);
    const expired = await send(
      await make(`https://login.microsoftonline.com/${DEMO_TENANT.tenantId}/oauth2/v2.0/token`, now - 400),
    );
    expect(expired.body.error_codes).toEqual([700024]);
  });
});

describe("admin consent", () => {
  const consentUrl = (tenant: string, extra: Record<string, string> = {}) =>
    `${url}/${tenant}/v2.0/adminconsent?${new URLSearchParams({
      client_id: DEMO_APP.clientId,
      redirect_uri: "https://app.example.com/callback?x=1",
      scope: "https://graph.microsoft.com/.default",
      state: "st-123",
      ...extra,
    })}`;

  it("records consent and redirects with admin_consent=True&tenant&scope&state", async () => {
    const t = sim.control.createTenant({
      name: "northwind",
      consentedApps: [],
      sizes: { users: 2, teams: 0 },
    });
    const res = await fetch(consentUrl(t.id), { redirect: "manual" });
    expect(res.status).toBe(302);
    const loc = new URL(res.headers.get("location")!);
    expect(loc.origin + loc.pathname).toBe("https://app.example.com/callback");
    expect(Object.fromEntries(loc.searchParams)).toMatchObject({
      x: "1",
      admin_consent: "True",
      tenant: t.id,
      scope: "https://graph.microsoft.com/.default",
      state: "st-123",
    });
    expect(sim.control.getTenant(t.id).consentedApps).toContain(DEMO_APP.clientId);
    expect(await getToken(url, t.id)).toMatch(/^ey/);
  });

  it("/organizations picks sim_tenant, login_hint's domain, or the next consenting tenant", async () => {
    const a = sim.control.createTenant({ name: "adatum", consentedApps: [], sizes: { users: 2, teams: 0 } });
    const b = sim.control.createTenant({ name: "litware", consentedApps: [], sizes: { users: 2, teams: 0 } });
    const c = sim.control.createTenant({
      name: "tailspin",
      consentedApps: [],
      sizes: { users: 2, teams: 0 },
    });
    const r1 = await fetch(consentUrl("organizations", { sim_tenant: "adatum" }), { redirect: "manual" });
    expect(new URL(r1.headers.get("location")!).searchParams.get("tenant")).toBe(a.id);
    const r2 = await fetch(consentUrl("organizations", { login_hint: `admin@${b.domain}` }), {
      redirect: "manual",
    });
    expect(new URL(r2.headers.get("location")!).searchParams.get("tenant")).toBe(b.id);
    await fetch(`${url}/_sim/consent/next-tenant`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenant: c.id }),
    });
    const r3 = await fetch(consentUrl("common"), { redirect: "manual" });
    expect(new URL(r3.headers.get("location")!).searchParams.get("tenant")).toBe(c.id);
    // one-shot: the next one falls back to the demo tenant
    const r4 = await fetch(consentUrl("organizations"), { redirect: "manual" });
    expect(new URL(r4.headers.get("location")!).searchParams.get("tenant")).toBe(DEMO_TENANT.tenantId);
  });

  it("a tenant configured to refuse redirects with error + AADSTS65004 and does not consent", async () => {
    for (const mode of ["access_denied", "consent_required"] as const) {
      const t = sim.control.createTenant({
        name: `refuser-${mode}`,
        consentedApps: [],
        refuseConsent: mode,
        sizes: { users: 2, teams: 0 },
      });
      const res = await fetch(consentUrl(t.id), { redirect: "manual" });
      const loc = new URL(res.headers.get("location")!);
      expect(loc.searchParams.get("error")).toBe(mode);
      expect(loc.searchParams.get("error_description")).toMatch(/^AADSTS65004/);
      expect(loc.searchParams.get("state")).toBe("st-123");
      expect(loc.searchParams.get("admin_consent")).toBeNull();
      expect(sim.control.getTenant(t.id).consentedApps).toEqual([]);
    }
  });

  it("an unknown app gets AADSTS700016 and no redirect", async () => {
    const res = await fetch(
      consentUrl(DEMO_TENANT.tenantId, { client_id: "99999999-9999-4999-8999-999999999999" }),
      { redirect: "manual" },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error_codes: number[] }).error_codes).toEqual([700016]);
  });
});
