import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator, TenantSummary } from "../src/index";
import type { Json } from "./helpers";
import { DEMO_TENANT, drain, getToken, graph, key, startSim, vkey } from "./helpers";

let sim: Simulator;
let url: string;
let token: string;
let tenant: TenantSummary;
/** Every user's full chat export, by user id. */
const exports = new Map<string, Json[]>();
const channelItems: Json[] = [];
let allChat: Json[] = [];

const demoPath = `/v1.0/users/${DEMO_TENANT.demoUserId}/chats/getAllMessages`;

beforeAll(async () => {
  ({ sim, url } = await startSim());
  tenant = sim.control.createTenant({
    name: "fidelity",
    // Drained back to back; throttling has its own tests.
    limits: { teamChannelThrottle: false, classThrottle: false },
    sizes: {
      users: 10,
      chatsPerUser: 6,
      messagesPerChat: 150,
      teams: 2,
      channelsPerTeam: 3,
      messagesPerChannel: 250,
      historyDays: 90,
    },
  });
  token = await getToken(url, tenant.id);
  for (const u of sim.control.listUsers(tenant.id)) {
    const d = await drain(url, token, `/v1.0/users/${u.id}/chats/getAllMessages?$top=50`);
    exports.set(u.id, d.items);
  }
  for (const team of sim.control.listTeams(tenant.id)) {
    channelItems.push(
      ...(await drain(url, token, `/v1.0/teams/${team.id}/channels/getAllMessages?$top=50`)).items,
    );
  }
  const seen = new Map<string, Json>();
  for (const items of exports.values()) for (const m of items) seen.set(key(m), m);
  allChat = [...seen.values()];
});
afterAll(() => sim.close());

describe("query semantics", () => {
  it("rejects $top > 50 with Graph's text; default page size is 20", async () => {
    const demoToken = await getToken(url);
    const r = await graph(url, demoToken, `${demoPath}?$top=51`);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe(
      "The limit of '50' for Top query has been exceeded. The value from the incoming request is '51'.",
    );
    const d = await graph(url, demoToken, demoPath);
    expect(d.body.value).toHaveLength(20);
    expect(d.body["@odata.nextLink"]).toContain("$top=20");
  });

  it("filters lastModifiedDateTime gt/lt exactly like ground truth", async () => {
    const userId = [...exports.keys()][0]!;
    const gt = "2026-09-15T00:00:00Z";
    const lt = "2026-10-20T12:00:00.000Z";
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { userId }, gt, lt });
    const f = encodeURIComponent(`lastModifiedDateTime gt ${gt} and lastModifiedDateTime lt ${lt}`);
    const got = await drain(url, token, `/v1.0/users/${userId}/chats/getAllMessages?$top=50&$filter=${f}`);
    expect(new Set(got.items.map(key))).toEqual(new Set(truth.current.map(vkey)));
    for (const m of got.items) {
      expect(Date.parse(m.lastModifiedDateTime)).toBeGreaterThan(Date.parse(gt));
      expect(Date.parse(m.lastModifiedDateTime)).toBeLessThan(Date.parse(lt));
    }
    const only = exports.get(userId)!.filter((m) => m.lastModifiedDateTime > "2026-09-15T00:00:00.000Z");
    const onlyGt = await drain(
      url,
      token,
      `/v1.0/users/${userId}/chats/getAllMessages?$top=50&$filter=${encodeURIComponent(`lastModifiedDateTime gt ${gt}`)}`,
    );
    expect(onlyGt.items.length).toBe(only.length);
  });

  it("rejects ge/le, unknown clauses and non-date clauses on channels with 'Invalid $filter query.'", async () => {
    const userId = [...exports.keys()][0]!;
    const team = sim.control.listTeams(tenant.id)[0]!;
    const bad = [
      [`/v1.0/users/${userId}/chats/getAllMessages`, "lastModifiedDateTime ge 2026-01-01T00:00:00Z"],
      [`/v1.0/users/${userId}/chats/getAllMessages`, "lastModifiedDateTime le 2026-01-01T00:00:00Z"],
      [`/v1.0/users/${userId}/chats/getAllMessages`, "importance eq 'high'"],
      [
        `/v1.0/users/${userId}/chats/getAllMessages`,
        "lastModifiedDateTime gt 2026-01-01T00:00:00Z or from/user/id eq 'x'",
      ],
      [`/v1.0/users/${userId}/chats/getAllMessages`, "nonsense ("],
      [`/v1.0/teams/${team.id}/channels/getAllMessages`, `from/user/id eq '${userId}'`],
    ];
    for (const [path, f] of bad) {
      const r = await graph(url, token, `${path}?$filter=${encodeURIComponent(f!)}`);
      expect(r.status, f).toBe(400);
      expect(r.body.error.message).toBe("Invalid $filter query.");
    }
    const ok = await graph(
      url,
      token,
      `/v1.0/teams/${team.id}/channels/getAllMessages?$filter=${encodeURIComponent("lastModifiedDateTime gt 2026-01-01T00:00:00Z")}`,
    );
    expect(ok.status).toBe(200);
  });

  it("supports from/user/id eq, or-groups and messageType on chats", async () => {
    const [a, b] = [...exports.keys()];
    const mine = exports.get(a!)!.filter((m) => m.from?.user?.id === a);
    const f1 = await drain(
      url,
      token,
      `/v1.0/users/${a}/chats/getAllMessages?$top=50&$filter=${encodeURIComponent(`from/user/id eq '${a}'`)}`,
    );
    expect(new Set(f1.items.map(key))).toEqual(new Set(mine.map(key)));
    const either = exports.get(a!)!.filter((m) => m.from?.user?.id === a || m.from?.user?.id === b);
    const f2 = await drain(
      url,
      token,
      `/v1.0/users/${a}/chats/getAllMessages?$top=50&$filter=${encodeURIComponent(`lastModifiedDateTime gt 2020-01-01T00:00:00Z and (from/user/id eq '${a}' or from/user/id eq '${b}')`)}`,
    );
    expect(f2.items.length).toBe(either.length);
    const sys = await drain(
      url,
      token,
      `/v1.0/users/${a}/chats/getAllMessages?$top=50&$filter=${encodeURIComponent("messageType ne 'systemEventMessage'")}`,
    );
    expect(sys.items.every((m) => m.messageType !== "systemEventMessage")).toBe(true);
    expect(sys.items.length).toBe(
      exports.get(a!)!.filter((m) => m.messageType !== "systemEventMessage").length,
    );
    const bots = await drain(
      url,
      token,
      `/v1.0/users/${a}/chats/getAllMessages?$top=50&$filter=${encodeURIComponent("from/application/applicationIdentityType eq 'bot'")}`,
    );
    expect(bots.items.every((m) => m.from.application.applicationIdentityType === "bot")).toBe(true);
  });

  it("results are not sorted", () => {
    const times = exports.get([...exports.keys()][0]!)!.map((m) => Date.parse(m.createdDateTime));
    const asc = times.every((t, i) => i === 0 || t >= times[i - 1]!);
    const desc = times.every((t, i) => i === 0 || t <= times[i - 1]!);
    expect(asc || desc).toBe(false);
  });

  it("accepts model=A, model=B or none, keeps model in nextLink, rejects other values", async () => {
    const demoToken = await getToken(url);
    for (const m of ["A", "B"]) {
      const r = await graph(url, demoToken, `${demoPath}?$top=5&model=${m}`);
      expect(r.status).toBe(200);
      expect(r.body["@odata.nextLink"]).toContain(`model=${m}`);
    }
    expect((await graph(url, demoToken, `${demoPath}?model=C`)).status).toBe(400);
  });

  it("rejects a tampered or foreign skiptoken", async () => {
    const demoToken = await getToken(url);
    const p1 = await graph(url, demoToken, `${demoPath}?$top=5`);
    const next = new URL(p1.body["@odata.nextLink"]);
    next.searchParams.set("$skiptoken", `${next.searchParams.get("$skiptoken")}x`);
    expect((await graph(url, demoToken, next.toString())).status).toBe(400);
    const other = new URL(p1.body["@odata.nextLink"]);
    other.pathname = `/v1.0/users/${[...exports.keys()][0]}/chats/getAllMessages`;
    expect((await graph(url, token, other.toString())).status).toBe(400);
  });

  it("a nextLink works across a restart with the same seed", async () => {
    const demoToken = await getToken(url);
    const p1 = await graph(url, demoToken, `${demoPath}?$top=50`);
    const p2 = await graph(url, demoToken, p1.body["@odata.nextLink"]);
    const other = await startSim();
    try {
      const t2 = await getToken(other.url);
      const again = await graph(other.url, t2, p1.body["@odata.nextLink"].replace(url, other.url));
      expect(again.status).toBe(200);
      expect(again.body.value.map(key)).toEqual(p2.body.value.map(key));
      expect(again.body["@odata.nextLink"].replace(other.url, url)).toBe(p2.body["@odata.nextLink"]);
    } finally {
      await other.sim.close();
    }
  });

  it("team export covers every channel message and reply exactly once", async () => {
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { tenant: true } });
    const channelTruth = truth.current.filter((v) => v.containerType === "channel");
    expect(new Set(channelItems.map(key))).toEqual(new Set(channelTruth.map(vkey)));
    expect(channelItems.length).toBe(channelTruth.length);
  });
});

describe("data fidelity", () => {
  it("every chat message appears once per participant; ids are epoch-ms strings unique per chat", () => {
    const chats = new Map<string, string[]>();
    for (const u of sim.control.listUsers(tenant.id))
      for (const c of sim.control.listChats(tenant.id, u.id)) chats.set(c.id, c.memberIds);
    const appearances = new Map<string, number>();
    for (const items of exports.values())
      for (const m of items) appearances.set(key(m), (appearances.get(key(m)) ?? 0) + 1);
    for (const m of allChat) {
      expect(appearances.get(key(m))).toBe(chats.get(m.chatId)!.length);
      expect(m.id).toMatch(/^\d{13}$/);
      expect(Number(m.id)).toBe(Date.parse(m.createdDateTime));
    }
    const perChat = new Map<string, Set<string>>();
    for (const m of allChat) {
      const s = perChat.get(m.chatId) ?? new Set();
      expect(s.has(m.id)).toBe(false);
      s.add(m.id);
      perChat.set(m.chatId, s);
    }
  });

  it("has 1:1, group and meeting chats with the full chatMessage shape", () => {
    const ids = new Set(allChat.map((m) => m.chatId));
    expect([...ids].some((id) => id.endsWith("@unq.gbl.spaces"))).toBe(true);
    expect([...ids].some((id) => /^19:[0-9a-f]{32}@thread\.v2$/.test(id))).toBe(true);
    expect([...ids].some((id) => id.startsWith("19:meeting_"))).toBe(true);
    const msg = allChat.find((m) => m.messageType === "message" && m.from?.user)!;
    for (const k of [
      "id",
      "replyToId",
      "etag",
      "messageType",
      "createdDateTime",
      "lastModifiedDateTime",
      "lastEditedDateTime",
      "deletedDateTime",
      "subject",
      "summary",
      "chatId",
      "importance",
      "locale",
      "webUrl",
      "channelIdentity",
      "policyViolation",
      "eventDetail",
      "from",
      "body",
      "attachments",
      "mentions",
      "reactions",
      "messageHistory",
    ])
      expect(msg).toHaveProperty(k);
    expect(msg.from.user).toMatchObject({ userIdentityType: "aadUser", tenantId: tenant.id });
    expect(msg.from.user.displayName).toBeTruthy();
    expect(msg.etag).toBe(String(Date.parse(msg.lastModifiedDateTime)));
  });

  it("has system events (from null, eventDetail), bot messages, edits, reactions, mentions, attachments", () => {
    const sys = allChat.filter((m) => m.messageType === "systemEventMessage");
    expect(sys.length).toBeGreaterThan(0);
    for (const m of sys) {
      expect(m.from).toBeNull();
      expect(m.eventDetail["@odata.type"]).toMatch(/^#microsoft\.graph\.\w+EventMessageDetail$/);
    }
    expect(allChat.some((m) => m.from?.application?.applicationIdentityType === "bot")).toBe(true);
    const edited = allChat.filter((m) => m.lastEditedDateTime);
    expect(edited.length).toBeGreaterThan(0);
    for (const m of edited)
      expect(Date.parse(m.lastModifiedDateTime)).toBeGreaterThanOrEqual(Date.parse(m.lastEditedDateTime));
    const reacted = allChat.filter((m) => m.reactions.length > 0);
    expect(reacted.length).toBeGreaterThan(0);
    for (const m of reacted) {
      expect(Date.parse(m.lastModifiedDateTime)).toBeGreaterThan(Date.parse(m.createdDateTime));
      expect(m.etag).toBe(String(Date.parse(m.lastModifiedDateTime)));
    }
    const mentioned = allChat.filter((m) => m.mentions.length > 0);
    expect(mentioned.length).toBeGreaterThan(0);
    expect(mentioned[0].body.content).toContain('<at id="0">');
    const att = allChat.find((m) => m.attachments.length > 0 && !m.deletedDateTime);
    expect(att.attachments[0]).toMatchObject({ contentType: "reference" });
    expect(att.attachments[0].contentUrl).toMatch(/^https:\/\/fidelity\.sharepoint\.com\//);
    expect(att.body.content).toContain(`<attachment id="${att.attachments[0].id}">`);
  });

  it("inline images point at hostedContents/$value on graph.microsoft.com", () => {
    const withImg = allChat.filter((m) => m.body.content.includes("<img"));
    expect(withImg.length).toBeGreaterThan(0);
    for (const m of withImg)
      expect(m.body.content).toMatch(
        new RegExp(
          `src="https://graph\\.microsoft\\.com/v1\\.0/chats/${m.chatId.replace(/[.]/g, "\\.")}/messages/${m.id}/hostedContents/[A-Za-z0-9_=-]+/\\$value"`,
        ),
      );
  });

  it("deleted messages come in both shapes and only within 21 days of deletion", () => {
    const now = Date.now();
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { tenant: true } });
    expect(truth.deletions.some((d) => d.shape === "deletedDateTime")).toBe(true);
    expect(truth.deletions.some((d) => d.shape === "emptyBody")).toBe(true);
    for (const d of truth.deletions)
      expect(now - Date.parse(d.deletedAt)).toBeLessThanOrEqual(21 * 86_400_000);
    const withField = allChat.filter((m) => m.deletedDateTime);
    expect(withField.length).toBeGreaterThan(0);
    for (const m of withField) expect(m.body.content).toBe("");
    const emptyBody = allChat.filter((m) => !m.deletedDateTime && m.body.content === "");
    expect(emptyBody.length).toBeGreaterThan(0);
    const chatDeletions = truth.deletions.filter((d) => d.containerType === "chat");
    expect(withField.length + emptyBody.length).toBe(chatDeletions.length);
  });

  it("has unicode, RTL, emoji and bodies over 100 KB", () => {
    const text = allChat.map((m) => m.body.content);
    expect(text.some((t) => /[\u0590-\u06FF]/.test(t))).toBe(true);
    expect(text.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(text.some((t) => /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(t))).toBe(true);
    expect(allChat.some((m) => Buffer.byteLength(m.body.content) > 100_000)).toBe(true);
  });

  it("channel messages have channelIdentity, replies point at roots of the same channel", async () => {
    expect(
      channelItems.every(
        (m) => m.chatId === null && m.channelIdentity?.teamId && m.channelIdentity?.channelId,
      ),
    ).toBe(true);
    const roots = new Set(
      channelItems.filter((m) => m.replyToId === null).map((m) => `${m.channelIdentity.channelId}|${m.id}`),
    );
    const replies = channelItems.filter((m) => m.replyToId !== null);
    expect(replies.length).toBeGreaterThan(0);
    const orphans = replies.filter((r) => !roots.has(`${r.channelIdentity.channelId}|${r.replyToId}`));
    // A reply can outlive its root only when the root was deleted more than 21 days ago.
    expect(orphans.length).toBeLessThan(replies.length / 20);
    for (const o of orphans.slice(0, 3)) {
      const r = await graph(
        url,
        token,
        `/v1.0/teams/${o.channelIdentity.teamId}/channels/${encodeURIComponent(o.channelIdentity.channelId)}/messages/${o.replyToId}`,
      );
      expect(r.status).toBe(404);
    }
    for (const r of replies) {
      expect(Number(r.id)).toBeGreaterThan(Number(r.replyToId));
    }
    expect(
      channelItems.some(
        (m) => m.eventDetail?.["@odata.type"] === "#microsoft.graph.channelAddedEventMessageDetail",
      ),
    ).toBe(true);
  });

  it("the same seed generates the same data; another seed differs", async () => {
    const a = await startSim({ seed: 7 });
    const b = await startSim({ seed: 7 });
    const c = await startSim({ seed: 8 });
    try {
      const get = async (s: { url: string }) =>
        (await drain(s.url, await getToken(s.url), `${demoPath}?$top=50`)).items.map(key).sort();
      const [ka, kb, kc] = await Promise.all([get(a), get(b), get(c)]);
      expect(ka).toEqual(kb);
      expect(ka).not.toEqual(kc);
    } finally {
      await Promise.all([a.sim.close(), b.sim.close(), c.sim.close()]);
    }
  });
});
