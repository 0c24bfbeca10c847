import { randomUUID } from "node:crypto";
import { createSimulator, DEMO_APP, DEMO_TENANT, GRAPH_ROLES, type Simulator } from "@capstan/graph-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, type TestAccount, type TestApp } from "./helpers";

// The admin consent round trip through the real MSAL library against the Graph simulator:
// POST /v1/tenants → consentUrl (the simulator's login.microsoftonline.com) → 302 to our callback
// → state check, Entra tenant id, token for that tenant (client credentials) → active → returnUrl.

const PUBLIC_BASE_URL = "https://capstan.test";
const SMALL = {
  users: 2,
  chatsPerUser: 1,
  messagesPerChat: 2,
  teams: 1,
  channelsPerTeam: 1,
  messagesPerChannel: 2,
  extraGroups: 0,
  historyDays: 10,
};

let sim: Simulator;
let simUrl: string;
let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;

/** A directory in the simulator; by default nobody consented to Capstan's app yet. */
function simTenant(name: string, extra: Record<string, unknown> = {}) {
  return sim.control.createTenant({ name, sizes: SMALL, consentedApps: [], ...extra });
}

async function createTenant(account: TestAccount, body: Record<string, unknown> = { model: "B" }) {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/tenants",
    headers: account.auth,
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; consentUrl: string; status: string };
}

/** What the admin's browser does: open the consent URL, get redirected to our callback. */
async function adminVisits(consentUrl: string, directory: string): Promise<URL> {
  sim.control.setNextConsentTenant(directory);
  const res = await fetch(consentUrl, { redirect: "manual" });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get("location") as string);
  expect(`${location.origin}${location.pathname}`).toBe(`${PUBLIC_BASE_URL}/v1/consent/callback`);
  return location;
}

function callback(location: URL | string, headers: Record<string, string> = {}) {
  const url = typeof location === "string" ? location : `${location.pathname}${location.search}`;
  return t.app.inject({ method: "GET", url, headers });
}

async function tenantOf(account: TestAccount, id: string) {
  const res = await t.app.inject({ method: "GET", url: `/v1/tenants/${id}`, headers: account.auth });
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  sim = await createSimulator({ seed: 11 });
  simUrl = await sim.listen({ port: 0, host: "127.0.0.1" });
  t = await buildTestApp({
    IDENTITY_BASE_URL: simUrl,
    GRAPH_BASE_URL: simUrl,
    PUBLIC_BASE_URL,
    AZURE_CLIENT_ID: DEMO_APP.clientId,
    AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
  });
  acme = await createAccount(t.app, "Acme Compliance");
  globex = await createAccount(t.app, "Globex Archiving");
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe("admin consent round trip", () => {
  it("onboards a tenant end to end: consent URL, Microsoft, callback, MSAL token, active, returnUrl", async () => {
    const directory = simTenant("fabrikam");
    const created = await createTenant(acme, {
      model: "B",
      displayName: "Fabrikam",
      returnUrl: "https://isv.example/onboarded?from=capstan",
    });
    expect(created.status).toBe("pending_consent");

    const url = new URL(created.consentUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${simUrl}/organizations/v2.0/adminconsent`);
    expect(url.searchParams.get("client_id")).toBe(DEMO_APP.clientId);
    expect(url.searchParams.get("scope")).toBe("https://graph.microsoft.com/.default");
    expect(url.searchParams.get("redirect_uri")).toBe(`${PUBLIC_BASE_URL}/v1/consent/callback`);
    expect(url.searchParams.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only a hash of the state is stored.
    const states = await t.app.db.consentState.findMany({ where: { tenantId: created.id } });
    expect(states).toHaveLength(1);
    expect(states[0]?.stateHash).not.toContain(url.searchParams.get("state"));

    const issuedBefore = sim.control.counters().tokens.issued;
    const location = await adminVisits(created.consentUrl, directory.id);
    expect(location.searchParams.get("admin_consent")).toBe("True");
    expect(location.searchParams.get("tenant")).toBe(directory.id);

    const res = await callback(location);
    expect(res.statusCode).toBe(303);
    const back = new URL(res.headers.location as string);
    expect(`${back.origin}${back.pathname}`).toBe("https://isv.example/onboarded");
    expect(Object.fromEntries(back.searchParams)).toEqual({
      from: "capstan",
      tenantId: created.id,
      outcome: "active",
    });
    // The proof went through MSAL to the simulator's token endpoint.
    expect(sim.control.counters().tokens.issued).toBe(issuedBefore + 1);

    const tenant = await tenantOf(acme, created.id);
    expect(tenant).toMatchObject({
      status: "active",
      entraTenantId: directory.id,
      consentError: null,
      model: "B",
      graphModelParameter: "B",
    });
    expect(tenant.consentedAt).not.toBeNull();
    // MSAL's cache for this app and tenant now lives in Redis, for every process.
    const cached = await t.app.redis.get(
      `${t.config.REDIS_PREFIX}:msal:${DEMO_APP.clientId}:${directory.id}`,
    );
    expect(cached).toContain("AccessToken");
    const audit = await t.app.db.auditEvent.findFirst({
      where: { targetId: created.id, action: "tenant.consent_granted" },
    });
    expect(audit?.actor).toBe("consent_callback");
  });

  it("answers the browser itself when the tenant has no returnUrl", async () => {
    const directory = simTenant("northwind");
    const created = await createTenant(acme, { model: "evaluation" });
    const res = await callback(await adminVisits(created.consentUrl, directory.id));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      tenantId: created.id,
      outcome: "active",
      status: "active",
      entraTenantId: directory.id,
    });
    const html = await (async () => {
      const again = await createTenant(acme, { model: "B" });
      const other = simTenant("northwind-html");
      return callback(await adminVisits(again.consentUrl, other.id), { accept: "text/html" });
    })();
    expect(html.statusCode).toBe(200);
    expect(html.headers["content-type"]).toMatch(/^text\/html/);
    expect(html.body).toContain("Consent recorded");
  });

  it("records an admin who declines (access_denied) and sends the browser back with the code", async () => {
    const directory = simTenant("declines", { refuseConsent: "access_denied" });
    const created = await createTenant(acme, { model: "B", returnUrl: "https://isv.example/done" });
    const location = await adminVisits(created.consentUrl, directory.id);
    expect(location.searchParams.get("error")).toBe("access_denied");

    const res = await callback(location);
    expect(res.statusCode).toBe(303);
    const back = new URL(res.headers.location as string);
    expect(Object.fromEntries(back.searchParams)).toEqual({
      tenantId: created.id,
      outcome: "error",
      code: "consent_declined",
    });
    const tenant = await tenantOf(acme, created.id);
    expect(tenant.status).toBe("consent_failed");
    expect(tenant.entraTenantId).toBeNull();
    expect(tenant.consentError).toMatch(/^access_denied: AADSTS65004/);
  });

  it("records consent_required and answers 403 problem+json without a returnUrl", async () => {
    const directory = simTenant("requires", { refuseConsent: "consent_required" });
    const created = await createTenant(acme);
    const res = await callback(await adminVisits(created.consentUrl, directory.id));
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 403, code: "consent_declined" });
    const tenant = await tenantOf(acme, created.id);
    expect(tenant.status).toBe("consent_failed");
    expect(tenant.consentError).toMatch(/^consent_required: /);
  });

  it("refuses a state it never issued, or none, without touching any tenant", async () => {
    const created = await createTenant(acme);
    const forged = await callback(
      `/v1/consent/callback?admin_consent=True&tenant=${randomUUID()}&state=${"A".repeat(43)}`,
    );
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({ code: "consent_state_invalid" });
    const missing = await callback(`/v1/consent/callback?admin_consent=True&tenant=${randomUUID()}`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: "consent_state_invalid" });
    expect((await tenantOf(acme, created.id)).status).toBe("pending_consent");
  });

  it("refuses an expired state", async () => {
    const directory = simTenant("slow-admin");
    const created = await createTenant(acme, { model: "B", returnUrl: "https://isv.example/done" });
    await t.app.db.consentState.updateMany({
      where: { tenantId: created.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await callback(await adminVisits(created.consentUrl, directory.id));
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ code: "consent_state_expired" });
    const tenant = await tenantOf(acme, created.id);
    expect(tenant).toMatchObject({ status: "pending_consent", entraTenantId: null });
  });

  it("uses a state once: a replayed callback is refused", async () => {
    const directory = simTenant("replayed");
    const created = await createTenant(acme);
    const location = await adminVisits(created.consentUrl, directory.id);
    const [first, second] = await Promise.all([callback(location), callback(location)]);
    const codes = [first.statusCode, second.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const refused = first.statusCode === 409 ? first : second;
    expect(refused.json()).toMatchObject({ code: "consent_state_used" });
    const later = await callback(location);
    expect(later.statusCode).toBe(409);
    expect((await tenantOf(acme, created.id)).status).toBe("active");
  });

  it("refuses a directory another account already onboarded (409), leaving that account's tenant alone", async () => {
    const directory = simTenant("contested");
    const mine = await createTenant(acme);
    expect((await callback(await adminVisits(mine.consentUrl, directory.id))).statusCode).toBe(200);

    const theirs = await createTenant(globex);
    const res = await callback(await adminVisits(theirs.consentUrl, directory.id));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "tenant_already_onboarded" });
    expect(res.json().detail).toContain("another Capstan account");
    expect(res.json().detail).not.toContain(mine.id);

    const failed = await tenantOf(globex, theirs.id);
    expect(failed).toMatchObject({ status: "consent_failed", entraTenantId: null });
    expect(failed.consentError).toMatch(/^tenant_already_onboarded/);
    expect(await tenantOf(acme, mine.id)).toMatchObject({ status: "active", entraTenantId: directory.id });
  });

  it("marks the tenant consent_failed with the reason when Entra ID refuses the token", async () => {
    const directory = simTenant("no-service-principal");
    const created = await createTenant(acme, { model: "B", returnUrl: "https://isv.example/done" });
    const location = await adminVisits(created.consentUrl, directory.id);
    // Consent disappears before the proof: the token endpoint answers AADSTS7000229.
    sim.control.revokeConsent(directory.id, DEMO_APP.clientId);
    const res = await callback(location);
    expect(res.statusCode).toBe(303);
    expect(new URL(res.headers.location as string).searchParams.get("code")).toBe("consent_token_refused");
    const tenant = await tenantOf(acme, created.id);
    expect(tenant.status).toBe("consent_failed");
    expect(tenant.entraTenantId).toBeNull();
    expect(tenant.consentError).toMatch(/^consent_missing: .*AADSTS7000229/);
  });

  it("refuses a callback that carries neither consent nor an error", async () => {
    const created = await createTenant(acme);
    const state = new URL(created.consentUrl).searchParams.get("state") as string;
    const res = await callback(`/v1/consent/callback?state=${state}&tenant=not-a-guid`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "consent_callback_invalid" });
    expect((await tenantOf(acme, created.id)).status).toBe("consent_failed");
  });

  it("refuses consent from another directory than the one the tenant already has", async () => {
    const directory = simTenant("original");
    const created = await createTenant(acme);
    expect((await callback(await adminVisits(created.consentUrl, directory.id))).statusCode).toBe(200);
    const again = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/consent`,
      headers: acme.auth,
    });
    const state = new URL(again.json().consentUrl).searchParams.get("state") as string;
    const res = await callback(
      `/v1/consent/callback?admin_consent=True&tenant=${randomUUID()}&state=${state}`,
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "entra_tenant_mismatch" });
    expect(await tenantOf(acme, created.id)).toMatchObject({ status: "active", entraTenantId: directory.id });
  });
});

describe("tenant lifecycle around consent", () => {
  it("active → consent_revoked (a token says so) → re-consent through a fresh URL → active, paused work resumes", async () => {
    const directory = simTenant("revoker");
    const created = await createTenant(acme);
    expect((await callback(await adminVisits(created.consentUrl, directory.id))).statusCode).toBe(200);

    // Work that the worker paused when Graph refused (as its lifecycle does).
    const exp = await t.app.db.export.create({
      data: {
        accountId: acme.accountId,
        tenantId: created.id,
        scope: "user",
        targetId: "u1",
        status: "running",
        tasks: {
          create: {
            tenantId: created.id,
            kind: "user_chats",
            targetId: "u1",
            status: "paused",
            error: "consent",
          },
        },
      },
      include: { tasks: true },
    });

    const ok = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/verify`,
      headers: acme.auth,
    });
    expect(ok.json()).toMatchObject({ tokenOk: true, tenant: { status: "active" } });

    sim.control.revokeConsent(directory.id, DEMO_APP.clientId);
    const verify = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/verify`,
      headers: acme.auth,
    });
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ tokenOk: false, tenant: { status: "consent_revoked" } });
    expect(verify.json().reason).toMatch(/^consent_missing/);

    const blocked = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/exports`,
      headers: acme.auth,
      payload: { scope: "user", userId: "u1" },
    });
    expect(blocked.statusCode).toBe(409);

    const fresh = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/consent`,
      headers: acme.auth,
    });
    expect(fresh.statusCode).toBe(201);
    const freshUrl = new URL(fresh.json().consentUrl);
    // A tenant known to Entra is sent to its own directory.
    expect(freshUrl.pathname).toBe(`/${directory.id}/v2.0/adminconsent`);
    const res = await callback(await adminVisits(fresh.json().consentUrl, directory.id));
    expect(res.statusCode).toBe(200);
    expect(await tenantOf(acme, created.id)).toMatchObject({ status: "active", consentError: null });
    const task = await t.app.db.exportTask.findUniqueOrThrow({ where: { id: exp.tasks[0]!.id } });
    expect(task).toMatchObject({ status: "pending", error: null });
  });

  it("a consent without every role exports need is consent_incomplete, the roles named, until a complete one", async () => {
    // The admin's grant lacks ChannelMessage.Read.All and Group.Read.All; Team.ReadBasic.All lists teams instead.
    const directory = simTenant("partial", {
      consentRoles: GRAPH_ROLES.filter((r) => r !== "ChannelMessage.Read.All" && r !== "Group.Read.All"),
    });
    const created = await createTenant(acme);
    const res = await callback(await adminVisits(created.consentUrl, directory.id));
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: "consent_incomplete" });
    expect(res.json().detail).toMatch(/lacks ChannelMessage\.Read\.All:/);
    expect(await tenantOf(acme, created.id)).toMatchObject({
      status: "consent_incomplete",
      entraTenantId: directory.id,
      missingRoles: ["ChannelMessage.Read.All"],
    });
    const blocked = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/exports`,
      headers: acme.auth,
      payload: { scope: "tenant" },
    });
    expect(blocked.statusCode).toBe(409);
    const events = (await t.app.db.webhookEvent.findMany({ where: { accountId: acme.accountId } }))
      .map((e) => ({ type: e.type, data: JSON.parse(e.body).data }))
      .filter((e) => e.data.tenant?.id === created.id);
    expect(events.map((e) => [e.type, e.data.error?.code, e.data.tenant.status])).toEqual([
      ["tenant.consent_failed", "consent_incomplete", "consent_incomplete"],
    ]);

    // The admin consents again with everything: active, nothing missing.
    sim.control.configureTenant(directory.id, { consentRoles: null });
    const fresh = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/consent`,
      headers: acme.auth,
    });
    expect((await callback(await adminVisits(fresh.json().consentUrl, directory.id))).statusCode).toBe(200);
    expect(await tenantOf(acme, created.id)).toMatchObject({ status: "active", missingRoles: [] });

    // Later an admin removes Chat.Read.All from the grant: a verification finds it out.
    sim.control.grantConsent(
      directory.id,
      DEMO_APP.clientId,
      GRAPH_ROLES.filter((r) => r !== "Chat.Read.All"),
    );
    const verify = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/verify`,
      headers: acme.auth,
    });
    expect(verify.json()).toMatchObject({
      tokenOk: true,
      tenant: { status: "consent_incomplete", missingRoles: ["Chat.Read.All"] },
    });
    expect(verify.json().reason).toMatch(/lacks Chat\.Read\.All/);
    sim.control.grantConsent(directory.id, DEMO_APP.clientId);
    const again = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/verify`,
      headers: acme.auth,
    });
    expect(again.json()).toMatchObject({ tokenOk: true, tenant: { status: "active", missingRoles: [] } });
  });

  it("an offboarded tenant's open consent links stop working", async () => {
    const directory = simTenant("leaving");
    const created = await createTenant(acme);
    const off = await t.app.inject({
      method: "DELETE",
      url: `/v1/tenants/${created.id}`,
      headers: acme.auth,
    });
    expect(off.json().status).toBe("offboarded");
    const res = await callback(await adminVisits(created.consentUrl, directory.id));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "consent_state_used" });
    const link = await t.app.inject({
      method: "POST",
      url: `/v1/tenants/${created.id}/consent`,
      headers: acme.auth,
    });
    expect(link.statusCode).toBe(409);
    expect(link.json()).toMatchObject({ code: "tenant_offboarded" });
  });

  it("onboards the simulator's demo tenant too", async () => {
    const created = await createTenant(globex, {
      model: "A",
      attestation: { purpose: "compliance", attestedBy: "cfo@globex.example" },
    });
    const res = await callback(await adminVisits(created.consentUrl, DEMO_TENANT.tenantId));
    expect(res.statusCode).toBe(200);
    expect(await tenantOf(globex, created.id)).toMatchObject({
      status: "active",
      entraTenantId: DEMO_TENANT.tenantId,
      model: "A",
      graphModelParameter: "A",
    });
  });
});

describe("a wrong app credential", () => {
  it("marks the tenant consent_failed with invalid_client", async () => {
    const wrong = await buildTestApp({
      IDENTITY_BASE_URL: simUrl,
      PUBLIC_BASE_URL,
      AZURE_CLIENT_ID: DEMO_APP.clientId,
      AZURE_CLIENT_SECRET: "not-the-secret",
    });
    try {
      const account = await createAccount(wrong.app);
      const created = await wrong.app.inject({
        method: "POST",
        url: "/v1/tenants",
        headers: account.auth,
        payload: { model: "B" },
      });
      const directory = simTenant("wrong-secret");
      const location = await adminVisits(created.json().consentUrl, directory.id);
      const res = await wrong.app.inject({ method: "GET", url: `${location.pathname}${location.search}` });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: "consent_token_refused" });
      const tenant = await wrong.app.db.tenant.findUniqueOrThrow({ where: { id: created.json().id } });
      expect(tenant.status).toBe("consent_failed");
      expect(tenant.consentError).toMatch(/^invalid_client: .*AADSTS7000215/);
      expect(tenant.consentError).not.toContain("not-the-secret");
    } finally {
      await wrong.close();
    }
  });
});
