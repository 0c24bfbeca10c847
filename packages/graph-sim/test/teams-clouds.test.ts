import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_APP, type Simulator, type TenantSummary } from "../src/index";
import type { Json } from "./helpers";
import { drain, getToken, graph, key, startSim, tokenResponse, vkey } from "./helpers";

// Every team (legacy groups, deleted teams), retained messages, and national clouds under alternate hosts.

let sim: Simulator;
let url: string;
let token: string;
let tenant: TenantSummary;

async function listAll(path: string, tk = token, base = url): Promise<Json[]> {
  const out: Json[] = [];
  let next: string | undefined = `${base}${path}`;
  while (next) {
    const r = await graph(base, tk, next);
    expect(r.status).toBe(200);
    out.push(...r.body.value);
    next = r.body["@odata.nextLink"];
  }
  return out;
}

beforeAll(async () => {
  ({ sim, url } = await startSim({ demoTenant: false }));
  tenant = sim.control.createTenant({
    name: "fourthcoffee",
    sizes: { users: 12, teams: 3, legacyTeams: 2, deletedTeams: 2, messagesPerChannel: 40, historyDays: 90 },
    retentionPolicy: true,
  });
  token = await getToken(url, tenant.id);
});
afterAll(() => sim.close());

describe("every team", () => {
  it("GET /teams pages through every live team; the groups filter misses the legacy ones", async () => {
    const teams = await listAll("/v1.0/teams?$top=2");
    const groups = await listAll(
      `/v1.0/groups?$filter=${encodeURIComponent("resourceProvisioningOptions/Any(x:x eq 'Team')")}&$select=id&$top=2`,
    );
    const info = sim.control.listTeams(tenant.id);
    const live = info.filter((t) => !t.deletedDateTime);
    expect(teams.map((t) => t.id).sort()).toEqual(live.map((t) => t.id).sort());
    expect(teams).toHaveLength(5);
    expect(groups.map((g) => g.id).sort()).toEqual(
      live
        .filter((t) => !t.legacy)
        .map((t) => t.id)
        .sort(),
    );
    expect(teams[0]).toMatchObject({ webUrl: null, tenantId: null });
    expect(tenant.counts).toMatchObject({ teams: 5, legacyTeams: 2, deletedTeams: 2 });
  });

  it("a deleted team is listed and exportable under /teamwork/deletedTeams, and 404 once Graph drops it", async () => {
    const deleted = await listAll("/v1.0/teamwork/deletedTeams");
    expect(deleted.map((t) => t.id).sort()).toEqual(
      sim.control
        .listTeams(tenant.id)
        .filter((t) => t.deletedDateTime)
        .map((t) => t.id)
        .sort(),
    );
    const id = deleted[0].id as string;
    expect((await graph(url, token, `/v1.0/teams/${id}/channels/getAllMessages`)).status).toBe(404);
    const got = await drain(url, token, `/v1.0/teamwork/deletedTeams/${id}/channels/getAllMessages?$top=50`);
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { teamId: id } });
    expect(new Set(got.items.map(key))).toEqual(new Set(truth.current.map(vkey)));
    expect(truth.current.length).toBeGreaterThan(0);
    const all = sim.control.groundTruth({ tenant: tenant.id, scope: { tenant: true } });
    expect(all.current.filter((k) => k.teamId === id)).toHaveLength(truth.current.length);

    // A team deleted 31 days ago is gone: not listed, its messages 404, not in ground truth.
    const live = sim.control.listTeams(tenant.id).find((t) => !t.deletedDateTime && !t.legacy)!;
    sim.control.deleteTeam(tenant.id, live.id, new Date(Date.now() - 31 * 86_400_000).toISOString());
    const after = await listAll("/v1.0/teamwork/deletedTeams");
    expect(after.map((t) => t.id)).not.toContain(live.id);
    const gone = await graph(url, token, `/v1.0/teamwork/deletedTeams/${live.id}/channels/getAllMessages`);
    expect(gone.status).toBe(404);
    expect(sim.control.groundTruth({ tenant: tenant.id, scope: { teamId: live.id } }).current).toHaveLength(
      0,
    );
    expect((await listAll("/v1.0/teams")).map((t) => t.id)).not.toContain(live.id);
  });
});

describe("getAllRetainedMessages", () => {
  it("under a retention policy keeps deleted messages past 21 days, as retained ground truth says", async () => {
    const user = sim.control.listUsers(tenant.id)[0]!;
    const plain = await drain(url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=50`);
    const kept = await drain(url, token, `/v1.0/users/${user.id}/chats/getAllRetainedMessages?$top=50`);
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { userId: user.id }, retained: true });
    expect(new Set(kept.items.map(key))).toEqual(new Set(truth.current.map(vkey)));
    expect(kept.items.length).toBeGreaterThan(plain.items.length);
    for (const k of plain.items.map(key)) expect(new Set(kept.items.map(key)).has(k)).toBe(true);

    const team = sim.control.listTeams(tenant.id).find((t) => !t.deletedDateTime)!;
    const channels = await drain(
      url,
      token,
      `/v1.0/teams/${team.id}/channels/getAllRetainedMessages?$top=50`,
    );
    const standard = new Set(team.channels.filter((c) => c.membershipType === "standard").map((c) => c.id));
    expect(channels.items.every((m: Json) => standard.has(m.channelIdentity.channelId))).toBe(true);
  });

  it("without a retention policy retains nothing; a skiptoken of getAllMessages is refused", async () => {
    sim.control.configureTenant(tenant.id, { retentionPolicy: false });
    const user = sim.control.listUsers(tenant.id)[0]!;
    const r = await graph(url, token, `/v1.0/users/${user.id}/chats/getAllRetainedMessages`);
    expect(r.status).toBe(200);
    expect(r.body.value).toEqual([]);
    sim.control.configureTenant(tenant.id, { retentionPolicy: true });
    const first = await graph(url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=1`);
    const skip = new URL(first.body["@odata.nextLink"]).searchParams.get("$skiptoken")!;
    const mixed = await graph(
      url,
      token,
      `/v1.0/users/${user.id}/chats/getAllRetainedMessages?$skiptoken=${encodeURIComponent(skip)}`,
    );
    expect(mixed.status).toBe(400);
  });
});

describe("national clouds", () => {
  const form = (scope: string) => ({
    scope,
    client_id: DEMO_APP.clientId,
    client_secret: DEMO_APP.clientSecret,
  });

  it("answers as each cloud's hosts under a path prefix; tokens carry that cloud's Graph audience", async () => {
    const gov = sim.control.createTenant({
      name: "fabrikamgov",
      cloud: "usGovL4",
      sizes: { users: 4, teams: 1 },
    });
    const cn = sim.control.createTenant({ name: "contosocn", cloud: "china", sizes: { users: 4, teams: 1 } });
    // The global Entra ID does not know a national cloud's tenant.
    expect((await tokenResponse(url, gov.id)).status).toBe(400);
    const us = await tokenResponse(
      `${url}/login.microsoftonline.us`,
      gov.id,
      form("https://graph.microsoft.us/.default"),
    );
    expect(us.status).toBe(200);
    const claims = JSON.parse(
      Buffer.from((us.body.access_token as string).split(".")[1]!, "base64url").toString(),
    );
    expect(claims.aud).toBe("https://graph.microsoft.us");
    expect(claims.iss).toBe(`https://login.microsoftonline.us/${gov.id}/`);
    // The global scope is another cloud's resource there.
    const wrong = await tokenResponse(`${url}/login.microsoftonline.us`, gov.id);
    expect(wrong.status).toBe(400);
    expect(String(wrong.body.error_description)).toMatch(/AADSTS500011/);

    const base = `${url}/graph.microsoft.us`;
    const users = await graph(base, us.body.access_token as string, `${base}/v1.0/users?$top=2`);
    expect(users.status).toBe(200);
    expect(users.body["@odata.nextLink"]).toMatch(new RegExp(`^${base}/v1.0/users\\?`));
    expect(users.body["@odata.context"]).toMatch(/^https:\/\/graph\.microsoft\.us\//);
    // The Host header names a cloud as well as a path prefix does.
    const byHost = await sim.server.inject({
      url: "/v1.0/users?$top=1",
      headers: { host: "graph.microsoft.us", authorization: `Bearer ${us.body.access_token}` },
    });
    expect(byHost.statusCode).toBe(200);

    // Refused: a US token at global Graph or at DoD Graph; a global token at US Graph.
    const at = async (b: string, tk: string) => (await graph(b, tk, `${b}/v1.0/users?$top=1`)).status;
    expect(await at(url, us.body.access_token as string)).toBe(401);
    expect(await at(`${url}/dod-graph.microsoft.us`, us.body.access_token as string)).toBe(401);
    expect(await at(base, token)).toBe(401);

    const cnToken = await tokenResponse(
      `${url}/login.partner.microsoftonline.cn`,
      cn.id,
      form("https://microsoftgraph.chinacloudapi.cn/.default"),
    );
    expect(cnToken.status).toBe(200);
    const cnBase = `${url}/microsoftgraph.chinacloudapi.cn`;
    const user = sim.control.listUsers(cn.id)[0]!;
    const d = await drain(
      cnBase,
      cnToken.body.access_token as string,
      `${cnBase}/v1.0/users/${user.id}/chats/getAllMessages?$top=50`,
    );
    const truth = sim.control.groundTruth({ tenant: cn.id, scope: { userId: user.id } });
    expect(new Set(d.items.map(key))).toEqual(new Set(truth.current.map(vkey)));
    const oidc: Json = await (
      await fetch(`${url}/login.partner.microsoftonline.cn/${cn.id}/v2.0/.well-known/openid-configuration`)
    ).json();
    expect(oidc.token_endpoint).toBe(`https://login.partner.microsoftonline.cn/${cn.id}/oauth2/v2.0/token`);
    expect(oidc.msgraph_host).toBe("microsoftgraph.chinacloudapi.cn");
  });
});
