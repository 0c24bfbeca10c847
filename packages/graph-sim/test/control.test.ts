import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GroundTruth, Simulator, TenantSummary } from "../src/index";
import type { Json } from "./helpers";
import { DEMO_APP, drain, getToken, graph, key, startSim, vkey } from "./helpers";

let sim: Simulator;
let url: string;

beforeAll(async () => {
  ({ sim, url } = await startSim());
});
afterAll(() => sim.close());

async function ctl(method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}/_sim${path}`, {
    method,
    ...(body !== undefined
      ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }
      : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

describe("control API over HTTP", () => {
  it("creates and configures tenants, consent, licences; lists users, teams and chats", async () => {
    const created = await ctl("POST", "/tenants", {
      name: "httpco",
      id: "abcdefab-0000-4000-8000-000000000001",
      sizes: {
        users: 6,
        chatsPerUser: 3,
        messagesPerChat: 40,
        teams: 2,
        channelsPerTeam: 2,
        messagesPerChannel: 30,
      },
    });
    expect(created.status).toBe(201);
    const t = created.body as TenantSummary;
    expect(t).toMatchObject({
      id: "abcdefab-0000-4000-8000-000000000001",
      name: "httpco",
      domain: "httpco.onmicrosoft.com",
    });
    expect(t.counts.users).toBe(6);
    expect(t.counts.channels).toBe(4);
    expect((await ctl("POST", "/tenants", { name: "httpco" })).status).toBe(400);
    expect((await ctl("GET", "/tenants/httpco")).body.id).toBe(t.id);
    expect((await ctl("GET", "/tenants")).body.length).toBe(2);
    const patched = await ctl("PATCH", `/tenants/${t.id}`, {
      refuseConsent: "access_denied",
      limits: { perAppTenantRps: 50 },
      faults: { error500: 0.1, latency: { ms: 5 } },
      legacyBilling: { enabled: true, evaluationCap: 100 },
      clockOffsetMs: 1000,
    });
    expect(patched.body).toMatchObject({
      refuseConsent: "access_denied",
      limits: { perAppTenantRps: 50 },
      faults: { error500: 0.1, latency: { ms: 5 } },
      legacyBilling: { enabled: true, evaluationCap: 100 },
      clockOffsetMs: 1000,
    });
    await ctl("PATCH", `/tenants/${t.id}`, {
      refuseConsent: null,
      faults: { error500: 0, latency: { ms: 0 } },
      legacyBilling: { enabled: false },
      clockOffsetMs: 0,
    });
    expect((await ctl("DELETE", `/tenants/${t.id}/consent/${DEMO_APP.clientId}`)).body.consentedApps).toEqual(
      [],
    );
    expect(
      (await ctl("POST", `/tenants/${t.id}/consent`, { appId: DEMO_APP.clientId })).body.consentedApps,
    ).toEqual([DEMO_APP.clientId]);
    const users = (await ctl("GET", `/tenants/${t.id}/users`)).body;
    expect(users).toHaveLength(6);
    const lic = await ctl("PUT", `/tenants/${t.id}/users/${users[0].id}/licenses`, { licenses: ["E3"] });
    expect(lic.body.licenses).toEqual(["E3"]);
    const teams = (await ctl("GET", `/tenants/${t.id}/teams`)).body;
    expect(teams).toHaveLength(2);
    const chats = (await ctl("GET", `/tenants/${t.id}/users/${users[0].id}/chats`)).body;
    expect(chats.length).toBe(users[0].chatCount);
    expect(chats[0].memberIds).toContain(users[0].id);
    expect((await ctl("GET", "/tenants/nope")).status).toBe(404);
  });

  it("global config, apps, health and counters", async () => {
    const cfg = await ctl("PATCH", "/config", { limits: { perAppRps: 700 }, faults: { duplicate: 0 } });
    expect(cfg.body.limits.perAppRps).toBe(700);
    expect((await ctl("GET", "/config")).body.seed).toBe(42);
    const app = await ctl("POST", "/apps", {
      clientId: "88888888-8888-4888-8888-888888888888",
      clientSecret: "x",
      roles: ["User.Read.All"],
    });
    expect(app.body).toMatchObject({ hasSecret: true, hasCertificate: false, roles: ["User.Read.All"] });
    expect((await ctl("GET", "/apps")).body.length).toBeGreaterThanOrEqual(2);
    expect((await ctl("GET", "/health")).body.status).toBe("ok");
    const token = await getToken(url);
    await graph(url, token, "/v1.0/users?$top=1");
    const c = (await ctl("GET", "/counters")).body;
    expect(c.requests.byEndpoint["GET /users"]).toBeGreaterThanOrEqual(1);
    expect(c.tokens.issued).toBeGreaterThanOrEqual(1);
    expect((await ctl("POST", "/counters/reset")).status).toBe(204);
    expect((await ctl("GET", "/counters")).body.requests.total).toBe(0);
  });
});

describe("mutations while an export runs, and ground truth", () => {
  it("post / edit / react / delete update lastModifiedDateTime and etag; current ⊆ archive ⊆ allVersions", async () => {
    const t = sim.control.createTenant({
      name: "live",
      sizes: {
        users: 5,
        chatsPerUser: 3,
        messagesPerChat: 100,
        teams: 1,
        channelsPerTeam: 2,
        messagesPerChannel: 60,
      },
    });
    const token = await getToken(url, t.id);
    const user = sim.control.listUsers(t.id)[0]!;
    const chats = sim.control.listChats(t.id, user.id);
    const path = `/v1.0/users/${user.id}/chats/getAllMessages?$top=50`;
    const started = new Date(Date.now() - 1000).toISOString();
    const p1 = await graph(url, token, path);
    const archive = new Map<string, Json>();
    for (const m of p1.body.value) archive.set(key(m), m);
    const seen = p1.body.value.find(
      (m: Json) => m.messageType === "message" && !m.deletedDateTime && m.body.content,
    )!;
    const ref = { chatId: seen.chatId };

    // While the export runs: post (over HTTP), edit a message already exported, react, delete.
    const posted = (
      await ctl("POST", `/tenants/${t.id}/chats/${encodeURIComponent(chats[0]!.id)}/messages`, {
        fromUserId: user.id,
        content: "live message 🚀",
        images: 1,
      })
    ).body;
    expect(posted.id).toMatch(/^\d{13}$/);
    const edited = sim.control.editMessage(t.id, ref, seen.id, { content: "edited text" });
    expect(edited.lastEditedDateTime).toBe(edited.lastModifiedDateTime);
    expect(edited.etag).not.toBe(seen.etag);
    expect(edited.body.content).toContain("edited text");
    const reacted = (
      await ctl(
        "POST",
        `/tenants/${t.id}/chats/${encodeURIComponent(seen.chatId)}/messages/${seen.id}/reactions`,
        { userId: user.id, reactionType: "heart" },
      )
    ).body;
    expect(reacted.etag).not.toBe(edited.etag);
    expect(reacted.lastEditedDateTime).toBe(edited.lastEditedDateTime);
    expect(reacted.reactions.at(-1).reactionType).toBe("heart");
    const victim = p1.body.value.find(
      (m: Json) => m.messageType === "message" && !m.deletedDateTime && m.id !== seen.id && m.body.content,
    )!;
    const deleted = (
      await ctl(
        "DELETE",
        `/tenants/${t.id}/chats/${encodeURIComponent(victim.chatId)}/messages/${victim.id}?shape=deletedDateTime`,
      )
    ).body;
    expect(deleted.deletedDateTime).toBe(deleted.lastModifiedDateTime);
    expect(deleted.body.content).toBe("");
    expect(
      (
        await ctl(
          "PATCH",
          `/tenants/${t.id}/chats/${encodeURIComponent(victim.chatId)}/messages/${victim.id}`,
          { content: "x" },
        )
      ).status,
    ).toBe(400);

    // Finish the export, then an incremental run over an overlapping window.
    let next = p1.body["@odata.nextLink"];
    while (next) {
      const r = await graph(url, token, next);
      for (const m of r.body.value) archive.set(key(m), m);
      next = r.body["@odata.nextLink"];
    }
    const inc = await drain(
      url,
      token,
      `${path}&$filter=${encodeURIComponent(`lastModifiedDateTime gt ${started}`)}`,
    );
    for (const m of inc.items) archive.set(key(m), m);
    expect(inc.items.map((m) => m.id)).toEqual(expect.arrayContaining([posted.id, seen.id, victim.id]));

    const truth: GroundTruth = (await ctl("GET", `/tenants/${t.id}/ground-truth?userId=${user.id}`)).body;
    const current = new Set(truth.current.map(vkey));
    const all = new Set(truth.allVersions.map(vkey));
    for (const k of current) expect(archive.has(k)).toBe(true);
    for (const k of archive.keys()) expect(all.has(k)).toBe(true);
    // the pre-edit version is legitimately in the archive and in allVersions but not in current
    expect(archive.has(key(seen))).toBe(true);
    expect(current.has(key(seen))).toBe(false);
    expect(
      truth.allVersions.filter((v) => v.messageId === seen.id && v.containerId === seen.chatId),
    ).toHaveLength(3);
    expect(truth.deletions).toEqual(
      expect.arrayContaining([expect.objectContaining({ messageId: victim.id, shape: "deletedDateTime" })]),
    );
    expect(truth.hostedContents.some((h) => h.messageId === posted.id)).toBe(true);
    // windowed ground truth only holds versions modified inside the window
    const win = sim.control.groundTruth({ tenant: t.id, scope: { userId: user.id }, gt: started });
    expect(win.current.map((v) => v.messageId).sort()).toEqual([posted.id, seen.id, victim.id].sort());
  });

  it("channel posts and replies; team and tenant scopes", async () => {
    const t = sim.control.createTenant({
      name: "chan",
      sizes: {
        users: 4,
        chatsPerUser: 2,
        messagesPerChat: 10,
        teams: 1,
        channelsPerTeam: 2,
        messagesPerChannel: 40,
      },
    });
    const team = sim.control.listTeams(t.id)[0]!;
    const ch = team.channels[1]!;
    const ref = { teamId: team.id, channelId: ch.id };
    const root = sim.control.postMessage(t.id, ref, { fromUserId: team.memberIds[0], content: "root" });
    const reply = sim.control.postMessage(t.id, ref, {
      fromUserId: team.memberIds[0],
      content: "reply",
      replyToId: root.id,
    });
    expect(reply.replyToId).toBe(root.id);
    expect(reply.channelIdentity).toEqual({ teamId: team.id, channelId: ch.id });
    expect(() => sim.control.postMessage(t.id, ref, { replyToId: reply.id })).toThrow();
    const token = await getToken(url, t.id);
    const items = (await drain(url, token, `/v1.0/teams/${team.id}/channels/getAllMessages?$top=50`)).items;
    expect(items.map((m) => m.id)).toEqual(expect.arrayContaining([root.id, reply.id]));
    const teamTruth = sim.control.groundTruth({ tenant: t.id, scope: { teamId: team.id } });
    expect(new Set(items.map(key))).toEqual(new Set(teamTruth.current.map(vkey)));
    const all = sim.control.groundTruth({ tenant: t.id, scope: { tenant: true } });
    expect(all.counts.current).toBe(
      teamTruth.counts.current + all.current.filter((v) => v.containerType === "chat").length,
    );
  });

  it("deleted messages disappear 21 days after deletion (tenant clock offset)", async () => {
    const t = sim.control.createTenant({
      name: "clock",
      sizes: { users: 3, chatsPerUser: 2, messagesPerChat: 30, teams: 0 },
    });
    const user = sim.control.listUsers(t.id)[0]!;
    const chat = sim.control.listChats(t.id, user.id)[0]!;
    const m = sim.control.postMessage(t.id, { chatId: chat.id }, { fromUserId: user.id });
    sim.control.deleteMessage(t.id, { chatId: chat.id }, m.id, { shape: "emptyBody" });
    const token = await getToken(url, t.id);
    const has = async () =>
      (await drain(url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=50`)).items.some(
        (x) => x.id === m.id && x.chatId === chat.id,
      );
    sim.control.configureTenant(t.id, { clockOffsetMs: 20 * 86_400_000 });
    expect(await has()).toBe(true);
    sim.control.configureTenant(t.id, { clockOffsetMs: 22 * 86_400_000 });
    expect(await has()).toBe(false);
    const truth = sim.control.groundTruth({ tenant: t.id, scope: { userId: user.id } });
    expect(truth.current.some((v) => v.messageId === m.id)).toBe(false);
    expect(truth.allVersions.filter((v) => v.messageId === m.id)).toHaveLength(2);
  });
});

describe("quirks: silent deletions and reactions that keep the etag", () => {
  it("are off by default, and switch on globally or per tenant over /_sim", async () => {
    expect((await ctl("GET", "/config")).body.quirks).toEqual({
      silentDeleteKeepsEtag: false,
      reactionKeepsEtag: false,
    });
    const t = sim.control.createTenant({ name: "quirky", sizes: { users: 3, chatsPerUser: 2, teams: 0 } });
    const patched = await ctl("PATCH", `/tenants/${t.id}`, { quirks: { reactionKeepsEtag: true } });
    expect(patched.body).toMatchObject({
      quirks: { reactionKeepsEtag: true },
      effectiveQuirks: { silentDeleteKeepsEtag: false, reactionKeepsEtag: true },
    });
    const global = await ctl("PATCH", "/config", { quirks: { silentDeleteKeepsEtag: true } });
    expect(global.body.quirks).toEqual({ silentDeleteKeepsEtag: true, reactionKeepsEtag: false });
    expect(sim.control.getTenant(t.id).effectiveQuirks).toEqual({
      silentDeleteKeepsEtag: true,
      reactionKeepsEtag: true,
    });
    await ctl("PATCH", "/config", { quirks: { silentDeleteKeepsEtag: false } });
  });

  it("serve a deletion no lastModifiedDateTime window returns, and reactions under the old etag", async () => {
    const t = sim.control.createTenant({
      name: "silent",
      sizes: { users: 3, chatsPerUser: 2, messagesPerChat: 300, teams: 0 },
      quirks: { silentDeleteKeepsEtag: true, reactionKeepsEtag: true },
    });
    const user = sim.control.listUsers(t.id)[0]!;
    const chat = { chatId: sim.control.listChats(t.id, user.id)[0]!.id };
    const posted = sim.control.postMessage(t.id, chat, { fromUserId: user.id, content: "hello" });
    const liked = sim.control.reactToMessage(t.id, chat, posted.id, { reactionType: "like" });
    expect(liked.etag).toBe(posted.etag);
    expect(Date.parse(liked.lastModifiedDateTime)).toBeGreaterThan(Date.parse(posted.lastModifiedDateTime));
    const gone = sim.control.deleteMessage(t.id, chat, posted.id, { shape: "emptyBody" });
    expect(gone).toMatchObject({
      etag: posted.etag,
      lastModifiedDateTime: liked.lastModifiedDateTime,
      deletedDateTime: null,
      body: { content: "" },
    });
    // The field-shaped deletion is documented behaviour: it still moves both.
    const other = sim.control.postMessage(t.id, chat, { fromUserId: user.id });
    expect(sim.control.deleteMessage(t.id, chat, other.id, { shape: "deletedDateTime" }).etag).not.toBe(
      other.etag,
    );
    const token = await getToken(url, t.id);
    const since = encodeURIComponent(liked.lastModifiedDateTime);
    const windowed = await drain(
      url,
      token,
      `/v1.0/users/${user.id}/chats/getAllMessages?$top=50&$filter=lastModifiedDateTime gt ${since}`,
    );
    expect(windowed.items.some((m) => m.id === posted.id)).toBe(false);
    const all = await drain(url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=50`);
    expect(all.items.find((m) => m.id === posted.id)).toMatchObject({
      etag: posted.etag,
      body: { content: "" },
    });
    const truth = sim.control.groundTruth({ tenant: t.id, scope: { userId: user.id } });
    expect(truth.allVersions.filter((v) => v.messageId === posted.id)).toEqual([
      expect.objectContaining({
        etag: posted.etag,
        lastModifiedDateTime: posted.lastModifiedDateTime,
        deleted: false,
      }),
      expect.objectContaining({
        etag: posted.etag,
        lastModifiedDateTime: liked.lastModifiedDateTime,
        deleted: false,
      }),
      expect.objectContaining({
        etag: posted.etag,
        lastModifiedDateTime: liked.lastModifiedDateTime,
        deleted: true,
      }),
    ]);
    expect(truth.deletions.find((d) => d.messageId === posted.id)).toMatchObject({ shape: "emptyBody" });
    // Generated history follows the switches too: with them off, the same silently deleted messages carry
    // the deletion's etag and time, and reacted ones the reaction's etag.
    const generated = all.items.filter((m) => m.id !== posted.id && m.id !== other.id);
    sim.control.configureTenant(t.id, { quirks: { silentDeleteKeepsEtag: false, reactionKeepsEtag: false } });
    const plain = new Map(
      (await drain(url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=50`)).items.map((m) => [
        `${m.chatId}|${m.id}`,
        m,
      ]),
    );
    const silent = generated.filter(
      (m) => !m.deletedDateTime && m.body.content === "" && m.messageType === "message",
    );
    const reacted = generated.filter((m) => m.reactions.length > 0 && m.body.content !== "");
    expect(silent.length).toBeGreaterThan(0);
    expect(reacted.length).toBeGreaterThan(0);
    for (const m of silent) {
      const p = plain.get(`${m.chatId}|${m.id}`);
      expect(Date.parse(p.lastModifiedDateTime)).toBeGreaterThan(Date.parse(m.lastModifiedDateTime));
      expect(Number(p.etag)).toBeGreaterThan(Number(m.etag));
    }
    for (const m of reacted) {
      const p = plain.get(`${m.chatId}|${m.id}`);
      expect(p.lastModifiedDateTime).toBe(m.lastModifiedDateTime);
      if (p.etag !== m.etag) expect(Number(m.etag)).toBeLessThan(Number(p.etag));
    }
    expect(reacted.some((m) => plain.get(`${m.chatId}|${m.id}`).etag !== m.etag)).toBe(true);
  });
});

describe("deterministic, lazy scale", () => {
  it("the same seed and tenant name give identical tenants", async () => {
    const other = await startSim();
    try {
      const a = sim.control.createTenant({ name: "twin", sizes: { users: 5, messagesPerChat: 30 } });
      const b = other.sim.control.createTenant({ name: "twin", sizes: { users: 5, messagesPerChat: 30 } });
      expect(a.id).toBe(b.id);
      const ga = sim.control.groundTruth({ tenant: "twin", scope: { tenant: true } });
      const gb = other.sim.control.groundTruth({ tenant: "twin", scope: { tenant: true } });
      expect(ga.current).toEqual(gb.current);
      expect(ga.hostedContents).toEqual(gb.hostedContents);
    } finally {
      await other.sim.close();
    }
  });

  it("a 10-million-message tenant is created lazily and pages instantly", async () => {
    const before = process.memoryUsage().heapUsed;
    const t = sim.control.createTenant({
      name: "huge",
      sizes: {
        users: 1000,
        chatsPerUser: 10,
        messagesPerChat: 2000,
        teams: 10,
        channelsPerTeam: 5,
        messagesPerChannel: 20_000,
      },
    });
    expect(t.counts.chatMessages + t.counts.channelMessages).toBeGreaterThanOrEqual(10_000_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
    const token = await getToken(url, t.id);
    const user = sim.control.listUsers(t.id)[0]!;
    const p = await graph(url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=50`);
    expect(p.body.value).toHaveLength(50);
    const deep = await graph(url, token, p.body["@odata.nextLink"]);
    expect(deep.body.value).toHaveLength(50);
    const f = encodeURIComponent(
      `lastModifiedDateTime gt ${new Date(Date.now() - 3 * 86_400_000).toISOString()}`,
    );
    const recent = await graph(
      url,
      token,
      `/v1.0/users/${user.id}/chats/getAllMessages?$top=50&$filter=${f}`,
    );
    expect(recent.status).toBe(200);
    expect(recent.body.value.length).toBeGreaterThan(0);
    const team = sim.control.listTeams(t.id)[0]!;
    const tp = await graph(url, token, `/v1.0/teams/${team.id}/channels/getAllMessages?$top=50`);
    expect(tp.body.value).toHaveLength(50);
  });
});
