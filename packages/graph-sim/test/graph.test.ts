import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator, TenantSummary } from "../src/index";
import type { Json } from "./helpers";
import { DEMO_APP, DEMO_TENANT, drain, getToken, graph, startSim } from "./helpers";

let sim: Simulator;
let url: string;
let token: string;
let tenant: TenantSummary;

beforeAll(async () => {
  ({ sim, url } = await startSim());
  tenant = sim.control.createTenant({
    name: "graphtest",
    // These tests call endpoints back to back; throttling has its own tests.
    limits: { teamChannelThrottle: false, classThrottle: false },
    sizes: {
      users: 8,
      chatsPerUser: 4,
      messagesPerChat: 120,
      teams: 2,
      channelsPerTeam: 2,
      messagesPerChannel: 400,
    },
  });
  token = await getToken(url, tenant.id);
});
afterAll(() => sim.close());

const enc = encodeURIComponent;

describe("authentication and authorization", () => {
  it("401 InvalidAuthenticationToken without or with a bad token, with Graph's error body and ids", async () => {
    const none = await fetch(`${url}/v1.0/users`, { headers: { "client-request-id": "my-id" } });
    expect(none.status).toBe(401);
    expect(none.headers.get("client-request-id")).toBe("my-id");
    expect(none.headers.get("request-id")).toBeTruthy();
    const body = (await none.json()) as Json;
    expect(body.error.code).toBe("InvalidAuthenticationToken");
    expect(body.error.innerError).toMatchObject({ "client-request-id": "my-id" });
    expect(body.error.innerError.date).toBeTruthy();
    const forged = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect((await graph(url, forged, "/v1.0/users")).status).toBe(401);
  });

  it("an expired token is refused (simulator clock moved forward)", async () => {
    const t = await getToken(url, tenant.id);
    sim.control.configure({ clockOffsetMs: 3600_000 });
    try {
      const r = await graph(url, t, "/v1.0/users");
      expect(r.status).toBe(401);
      expect(r.body.error.message).toContain("expired");
    } finally {
      sim.control.configure({ clockOffsetMs: 0 });
    }
  });

  it("403 Forbidden when the consent lacks the needed role", async () => {
    const t = sim.control.createTenant({ name: "limited", consentedApps: [], sizes: { users: 3, teams: 1 } });
    sim.control.grantConsent(t.id, DEMO_APP.clientId, ["User.Read.All"]);
    const tok = await getToken(url, t.id);
    expect((await graph(url, tok, "/v1.0/users")).status).toBe(200);
    const users = sim.control.listUsers(t.id);
    const r = await graph(url, tok, `/v1.0/users/${users[0]!.id}/chats/getAllMessages`);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("Forbidden");
    expect(r.body.error.message).toContain("Chat.Read.All");
  });

  it("a token only sees its own tenant (tid decides)", async () => {
    const demoToken = await getToken(url);
    const user = sim.control.listUsers(tenant.id)[0]!;
    expect((await graph(url, demoToken, `/v1.0/users/${user.id}/chats/getAllMessages`)).status).toBe(404);
  });
});

describe("teams, groups, channels", () => {
  it("lists teams via the resourceProvisioningOptions filter, paged", async () => {
    const f = enc("resourceProvisioningOptions/Any(x:x eq 'Team')");
    const all = await drain(url, token, `/v1.0/groups?$filter=${f}&$top=1`);
    expect(all.pages).toBe(2);
    expect(all.items.map((g) => g.id).sort()).toEqual(
      sim.control
        .listTeams(tenant.id)
        .map((t) => t.id)
        .sort(),
    );
    expect(all.items.every((g) => g.resourceProvisioningOptions.includes("Team"))).toBe(true);
    const groups = await graph(url, token, "/v1.0/groups");
    expect(groups.body.value.length).toBeGreaterThan(all.items.length);
    expect((await graph(url, token, `/v1.0/groups?$filter=${enc("displayName eq 'x'")}`)).status).toBe(400);
  });

  it("lists channels of a team, including private ones", async () => {
    const team = sim.control.listTeams(tenant.id)[0]!;
    const r = await graph(url, token, `/v1.0/teams/${team.id}/channels`);
    expect(r.body.value.map((c: Json) => c.id)).toEqual(team.channels.map((c) => c.id));
    expect(r.body.value[0].displayName).toBe("General");
    const t = await graph(url, token, `/v1.0/teams/${team.id}`);
    expect(t.body.displayName).toBe(team.displayName);
  });
});

describe("chats and their members", () => {
  it("serves a chat's topic, type and times, and renames move lastUpdatedDateTime", async () => {
    const chats = sim.control.listAllChats(tenant.id);
    const group = chats.find((c) => c.chatType !== "oneOnOne")!;
    const one = chats.find((c) => c.chatType === "oneOnOne")!;
    const r = await graph(url, token, `/v1.0/chats/${enc(group.id)}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: group.id,
      topic: group.topic,
      chatType: group.chatType,
      createdDateTime: group.createdDateTime,
      lastUpdatedDateTime: group.lastUpdatedDateTime,
      tenantId: tenant.id,
    });
    expect(r.body.webUrl).toContain(enc(group.id));
    expect((await graph(url, token, `/v1.0/chats/${enc(one.id)}`)).body).toMatchObject({
      chatType: "oneOnOne",
      topic: null,
    });
    const renamed = sim.control.updateChat(tenant.id, group.id, { topic: "Renamed topic" });
    expect(renamed.lastUpdatedDateTime > group.lastUpdatedDateTime).toBe(true);
    const after = await graph(url, token, `/v1.0/chats/${enc(group.id)}`);
    expect(after.body).toMatchObject({
      topic: "Renamed topic",
      lastUpdatedDateTime: renamed.lastUpdatedDateTime,
    });
    expect(() => sim.control.updateChat(tenant.id, one.id, { topic: "x" })).toThrow(/no topic/);
    expect((await graph(url, token, `/v1.0/chats/${enc("19:nope@thread.v2")}`)).status).toBe(404);
  });

  it("lists a chat's members as aadUserConversationMember with the directory's names", async () => {
    const chat = sim.control.listAllChats(tenant.id).find((c) => c.chatType === "group")!;
    const users = new Map(sim.control.listUsers(tenant.id).map((u) => [u.id, u]));
    const r = await graph(url, token, `/v1.0/chats/${enc(chat.id)}/members`);
    expect(r.status).toBe(200);
    const all = r.body.value as Json[];
    const members = all.filter((m) => m.tenantId === tenant.id);
    expect(members.map((m) => m.userId).sort()).toEqual([...chat.memberIds].sort());
    // Federated users are members from their own tenant.
    const externals = sim.control.listExternalParticipants(tenant.id);
    for (const m of all.filter((x) => x.tenantId !== tenant.id))
      expect(externals.find((e) => e.id === m.userId)?.userIdentityType).toBe("federatedUser");
    for (const m of members) {
      expect(m["@odata.type"]).toBe("#microsoft.graph.aadUserConversationMember");
      expect(m.displayName).toBe(users.get(m.userId)?.displayName);
      expect(m.roles).toEqual(["owner"]);
      expect(m.visibleHistoryStartDateTime).toBe("0001-01-01T00:00:00Z");
    }
    const who = chat.memberIds[0]!;
    sim.control.updateUser(tenant.id, who, { displayName: "Renamed Person" });
    const again = await graph(url, token, `/v1.0/chats/${enc(chat.id)}/members`);
    expect(again.body.value.find((m: Json) => m.userId === who).displayName).toBe("Renamed Person");
    expect((await graph(url, token, `/v1.0/users/${who}`)).body.displayName).toBe("Renamed Person");
  });
});

function isPng(buf: Buffer): boolean {
  return (
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) &&
    buf.subarray(12, 16).toString() === "IHDR"
  );
}

describe("hostedContents", () => {
  it("lists and serves PNG bytes for chat messages, matching ground truth sha256", async () => {
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { tenant: true } });
    const hc = truth.hostedContents.find((h) => h.containerType === "chat")!;
    expect(hc).toBeTruthy();
    const base = `/v1.0/chats/${enc(hc.containerId)}/messages/${hc.messageId}/hostedContents`;
    const list = await graph(url, token, base);
    expect(list.status).toBe(200);
    expect(list.body.value.map((v: Json) => v.id)).toContain(hc.hostedContentId);
    const res = await fetch(`${url}${base}/${hc.hostedContentId}/$value`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(isPng(bytes)).toBe(true);
    expect(bytes.length).toBe(hc.size);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(hc.sha256);
    // the body's <img src> path resolves to the same bytes
    const msg = await graph(url, token, `/v1.0/chats/${enc(hc.containerId)}/messages/${hc.messageId}`);
    const src = /src="https:\/\/graph\.microsoft\.com(\/v1\.0\/[^"]+)"/.exec(msg.body.body.content)![1]!;
    const viaSrc = await fetch(`${url}${src}`, { headers: { authorization: `Bearer ${token}` } });
    expect(viaSrc.status).toBe(200);
    expect((await graph(url, token, `${base}/bm90LWFuLWlk/$value`)).status).toBe(404);
    const single = await graph(url, token, `${base}/${hc.hostedContentId}`);
    expect(Buffer.from(single.body.contentBytes, "base64").equals(bytes)).toBe(true);
  });

  it("serves channel message and reply hostedContents", async () => {
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { tenant: true } });
    const root = truth.hostedContents.find((h) => h.containerType === "channel" && h.replyToId === null)!;
    const reply = truth.hostedContents.find((h) => h.containerType === "channel" && h.replyToId !== null)!;
    expect(root && reply).toBeTruthy();
    const r1 = await fetch(
      `${url}/v1.0/teams/${root.teamId}/channels/${enc(root.containerId)}/messages/${root.messageId}/hostedContents/${root.hostedContentId}/$value`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(r1.status).toBe(200);
    expect(isPng(Buffer.from(await r1.arrayBuffer()))).toBe(true);
    const replyBase = `/v1.0/teams/${reply.teamId}/channels/${enc(reply.containerId)}/messages/${reply.replyToId}/replies/${reply.messageId}/hostedContents`;
    const list = await graph(url, token, replyBase);
    expect(list.body.value.map((v: Json) => v.id)).toContain(reply.hostedContentId);
    const r2 = await fetch(`${url}${replyBase}/${reply.hostedContentId}/$value`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(
      createHash("sha256")
        .update(Buffer.from(await r2.arrayBuffer()))
        .digest("hex"),
    ).toBe(reply.sha256);
    // a reply addressed as a root is not found
    expect(
      (
        await graph(
          url,
          token,
          `/v1.0/teams/${reply.teamId}/channels/${enc(reply.containerId)}/messages/${reply.messageId}/hostedContents`,
        )
      ).status,
    ).toBe(404);
  });
});

describe("PATCH policyViolation", () => {
  const pv = {
    policyViolation: {
      dlpAction: "BlockAccess",
      justificationText: null,
      verdictDetails: "AllowOverrideWithoutJustification,AllowFalsePositiveOverride",
      policyTip: {
        generalText: "This item has been blocked by the administrator.",
        complianceUrl: "https://contoso.com/dlp",
        matchedConditionDescriptions: ["Credit Card Number"],
      },
    },
  };

  it("accepts only policyViolation on chat messages and records it (etag/lastModified change)", async () => {
    const user = sim.control.listUsers(tenant.id)[0]!;
    const page = await graph(url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=50`);
    const m = page.body.value.find(
      (x: Json) => x.messageType === "message" && !x.deletedDateTime && x.body.content,
    );
    const path = `/v1.0/chats/${enc(m.chatId)}/messages/${m.id}`;
    const bad = await graph(url, token, path, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body: { content: "x" } }),
    });
    expect(bad.status).toBe(400);
    const mixed = await graph(url, token, path, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...pv, subject: "x" }),
    });
    expect(mixed.status).toBe(400);
    const ok = await graph(url, token, path, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(pv),
    });
    expect(ok.status).toBe(200);
    const after = await graph(url, token, path);
    expect(after.body.policyViolation).toEqual(pv.policyViolation);
    expect(after.body.etag).not.toBe(m.etag);
    expect(Date.parse(after.body.lastModifiedDateTime)).toBeGreaterThan(Date.parse(m.lastModifiedDateTime));
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { userId: user.id } });
    expect(
      truth.allVersions.filter((v) => v.messageId === m.id && v.containerId === m.chatId).map((v) => v.etag),
    ).toEqual([m.etag, after.body.etag]);
    expect(truth.current.find((v) => v.messageId === m.id && v.containerId === m.chatId)!.etag).toBe(
      after.body.etag,
    );
  });

  it("works on channel messages and replies", async () => {
    const team = sim.control.listTeams(tenant.id)[0]!;
    const items = (await drain(url, token, `/v1.0/teams/${team.id}/channels/getAllMessages?$top=50`, 3))
      .items;
    const root = items.find((x) => x.replyToId === null && x.messageType === "message")!;
    const reply = items.find((x) => x.replyToId !== null)!;
    const r1 = await graph(
      url,
      token,
      `/v1.0/teams/${team.id}/channels/${enc(root.channelIdentity.channelId)}/messages/${root.id}`,
      {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(pv),
      },
    );
    expect(r1.status).toBe(200);
    const r2 = await graph(
      url,
      token,
      `/v1.0/teams/${team.id}/channels/${enc(reply.channelIdentity.channelId)}/messages/${reply.replyToId}/replies/${reply.id}`,
      {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(pv),
      },
    );
    expect(r2.status).toBe(200);
    expect(r2.body.policyViolation.dlpAction).toBe("BlockAccess");
  });

  it("needs the UpdatePolicyViolation role", async () => {
    const t = sim.control.createTenant({
      name: "readonly",
      consentedApps: [],
      sizes: { users: 3, teams: 0 },
    });
    sim.control.grantConsent(t.id, DEMO_APP.clientId, ["Chat.Read.All"]);
    const tok = await getToken(url, t.id);
    const chat = sim.control.listChats(t.id, sim.control.listUsers(t.id)[0]!.id)[0]!;
    const page = await graph(url, tok, `/v1.0/users/${chat.memberIds[0]}/chats/getAllMessages?$top=1`);
    const m = page.body.value[0];
    const r = await graph(url, tok, `/v1.0/chats/${enc(m.chatId)}/messages/${m.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(pv),
    });
    expect(r.status).toBe(403);
  });
});

void DEMO_TENANT;
