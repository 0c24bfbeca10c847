import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPH_ROLES, type Simulator, type TenantSummary } from "../src/index";
import { getToken, graph, startSim } from "./helpers";

let sim: Simulator;
let url: string;
let tenant: TenantSummary;

beforeAll(async () => {
  ({ sim, url } = await startSim());
  tenant = sim.control.createTenant({ name: "access", sizes: { users: 4, chatsPerUser: 2, teams: 1 } });
});
afterAll(() => sim.close());

const roles = (token: string) =>
  JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).roles as string[];

describe("users Graph cannot serve", () => {
  it("answers 403 for a user without a Teams licence and 404 for one without a mailbox, until switched back", async () => {
    const [a, b, c] = sim.control.listUsers(tenant.id);
    sim.control.configureTenant(tenant.id, {
      userAccess: { [a!.id]: "noTeamsLicense", [b!.id]: "noMailbox" },
    });
    expect(sim.control.getTenant(tenant.id).userAccess).toEqual({
      [a!.id.toLowerCase()]: "noTeamsLicense",
      [b!.id.toLowerCase()]: "noMailbox",
    });
    const token = await getToken(url, tenant.id);
    const list = (id: string) => graph(url, token, `/v1.0/users/${id}/chats/getAllMessages?$top=5`);
    const forbidden = await list(a!.id);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error).toMatchObject({ code: "Forbidden" });
    expect(forbidden.body.error.message).toMatch(/license/);
    const missing = await list(b!.id);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("MailboxNotEnabledForRESTAPI");
    expect((await list(c!.id)).status).toBe(200);
    // Still directory users: GET /users lists them.
    const users = await graph(url, token, "/v1.0/users?$select=id");
    expect(users.body.value.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([a!.id, b!.id]));
    sim.control.configureTenant(tenant.id, { userAccess: { [a!.id]: "ok", [b!.id]: "ok" } });
    expect((await list(a!.id)).status).toBe(200);
    expect((await list(b!.id)).status).toBe(200);
  });
});

describe("consent roles", () => {
  it("a tenant's admin consent grants only consentRoles; tokens carry them and Graph refuses the rest", async () => {
    const partial = sim.control.createTenant({
      name: "partial",
      sizes: { users: 2, chatsPerUser: 1, teams: 1 },
      consentRoles: GRAPH_ROLES.filter((r) => r !== "ChannelMessage.Read.All"),
    });
    const token = await getToken(url, partial.id);
    expect(roles(token)).not.toContain("ChannelMessage.Read.All");
    expect(roles(token)).toContain("Chat.Read.All");
    const team = sim.control.listTeams(partial.id)[0]!;
    expect((await graph(url, token, `/v1.0/teams/${team.id}/channels/getAllMessages`)).status).toBe(403);
    sim.control.configureTenant(partial.id, { consentRoles: null });
    sim.control.grantConsent(partial.id, "11111111-1111-4111-8111-111111111111");
    const full = await getToken(url, partial.id);
    expect(roles(full)).toEqual([...GRAPH_ROLES]);
  });
});
