import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateTestCertificate,
  type Simulator,
  TEXT_402_EVALUATION,
  TEXT_402_MODEL_B,
  type TenantSummary,
} from "../src/index";
import type { Json } from "./helpers";
import { DEMO_APP, drain, getToken, graph, startSim } from "./helpers";

let sim: Simulator;
let url: string;
let tenant: TenantSummary;
let token: string;
let userId: string;

beforeAll(async () => {
  ({ sim, url } = await startSim());
  tenant = sim.control.createTenant({
    name: "billing",
    sizes: { users: 4, chatsPerUser: 4, messagesPerChat: 200, teams: 1 },
    legacyBilling: { enabled: true },
  });
  token = await getToken(url, tenant.id);
  userId = sim.control.listUsers(tenant.id).sort((a, b) => b.messageCount - a.messageCount)[0]!.id;
});
afterAll(() => sim.close());

const path = () => `/v1.0/users/${userId}/chats/getAllMessages`;

describe("legacy billing switch", () => {
  it("evaluation mode (no model) is capped at 500 messages per month per tenant per app, then 402", async () => {
    let served = 0;
    let next: string | undefined = `${path()}?$top=50`;
    let last: Awaited<ReturnType<typeof graph>> | null = null;
    while (next) {
      last = await graph(url, token, next);
      if (last.status !== 200) break;
      served += last.body.value.length;
      next = last.body["@odata.nextLink"];
    }
    expect(last!.status).toBe(402);
    expect(last!.body.error.message).toBe(TEXT_402_EVALUATION);
    expect(last!.body.error.message).toMatch(/evaluation capacity for the month has exceeded/);
    expect(served).toBe(500);
    // model=B is billed, not capped
    expect((await graph(url, token, `${path()}?$top=50&model=B`)).status).toBe(200);
    // another app has its own evaluation capacity
    const cert = generateTestCertificate();
    sim.control.registerApp({
      clientId: "77777777-7777-4777-8777-777777777777",
      clientSecret: "s2",
      certificate: { publicKeyPem: cert.publicKeyPem },
    });
    sim.control.grantConsent(tenant.id, "77777777-7777-4777-8777-777777777777");
    const other = await getToken(url, tenant.id, {
      client_id: "77777777-7777-4777-8777-777777777777",
      client_secret: "s2",
    });
    expect((await graph(url, other, `${path()}?$top=50`)).status).toBe(200);
    const c = sim.control.counters();
    const month = new Date().toISOString().slice(0, 7);
    expect(c.billing[tenant.id]![DEMO_APP.clientId]![month]).toBeGreaterThanOrEqual(550);
    sim.control.resetBilling(tenant.id);
    expect((await graph(url, token, `${path()}?$top=50`)).status).toBe(200);
  });

  it("model=A needs an E5-class licence for the user", async () => {
    await fetch(`${url}/_sim/tenants/${tenant.id}/users/${userId}/licenses`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ licenses: ["E3"] }),
    });
    const r = await graph(url, token, `${path()}?$top=10&model=A`);
    expect(r.status).toBe(402);
    expect(r.body.error.message).toContain("needs a valid license to access this API");
    sim.control.setLicenses(tenant.id, userId, ["E5"]);
    expect((await graph(url, token, `${path()}?$top=10&model=A`)).status).toBe(200);
    expect(sim.control.listUsers(tenant.id).find((u) => u.id === userId)!.licenses).toEqual(["E5"]);
  });

  it("PATCH with model=B is refused (only model A allowed) with the documented text", async () => {
    const m = (await graph(url, token, `${path()}?$top=5&model=B`)).body.value.find(
      (x: Json) => !x.deletedDateTime,
    );
    const p = `/v1.0/chats/${encodeURIComponent(m.chatId)}/messages/${m.id}`;
    const body = JSON.stringify({ policyViolation: { dlpAction: "NotifySender" } });
    const r = await graph(url, token, `${p}?model=B`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(r.status).toBe(402);
    expect(r.body.error.message).toBe(TEXT_402_MODEL_B);
    expect(
      (
        await graph(url, token, `${p}?model=A`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body,
        })
      ).status,
    ).toBe(200);
  });

  it("without legacy billing there is no cap and no licence check", async () => {
    sim.control.configureTenant(tenant.id, { legacyBilling: { enabled: false } });
    sim.control.setLicenses(tenant.id, userId, []);
    const all = await drain(url, token, `${path()}?$top=50`);
    expect(all.items.length).toBeGreaterThan(500);
    expect((await graph(url, token, `${path()}?$top=5&model=A`)).status).toBe(200);
  });

  it("an app not approved for protected APIs gets 403 UnknownError", async () => {
    sim.control.configureTenant(tenant.id, { protectedApiApproved: false });
    const r = await graph(url, token, `${path()}?$top=5`);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("UnknownError");
    sim.control.configureTenant(tenant.id, { protectedApiApproved: true });
    expect((await graph(url, token, `${path()}?$top=5`)).status).toBe(200);
  });
});
