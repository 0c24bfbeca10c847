import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./helpers";

// Chat context beside the messages (issue 16, point 6): each chat's topic, type and members, each team's and
// channel's name, and every directory user's display name and UPN, as of capture time, held to the
// simulator's data; fetched once per chat and team per run; a history row only when something changed.

let h: Harness;

beforeAll(async () => {
  h = await createHarness({}, { CONTEXT_REFRESH_SECONDS: "0" });
  await h.startWorker();
});
afterAll(async () => h?.close());

const SIZES = {
  users: 24,
  chatsPerUser: 3,
  messagesPerChat: 6,
  teams: 2,
  channelsPerTeam: 3,
  messagesPerChannel: 6,
  guests: 2,
  deletedUsers: 1,
};

type Json = Record<string, unknown>;

interface ContextRow {
  container_id: string;
  container_type: string;
  topic: string | null;
  chat_type: string | null;
  team_id: string | null;
  team_name: string | null;
  channel_name: string | null;
  membership_type: string | null;
  members: Json[] | null;
}

async function contexts(tenantId: string): Promise<Map<string, ContextRow>> {
  const rows = await h.db.$queryRaw<ContextRow[]>`
    SELECT container_id, container_type, topic, chat_type, team_id, team_name, channel_name, membership_type, members
    FROM conversation_contexts WHERE tenant_id = ${tenantId}::uuid`;
  return new Map(rows.map((r) => [r.container_id, r]));
}

async function historyCounts(
  tenantId: string,
  table: "conversation" | "directory",
): Promise<Map<string, number>> {
  const rows =
    table === "conversation"
      ? await h.db.$queryRaw<{ id: string; n: bigint }[]>`
          SELECT container_id AS id, count(*) AS n FROM conversation_context_history
          WHERE tenant_id = ${tenantId}::uuid GROUP BY container_id`
      : await h.db.$queryRaw<{ id: string; n: bigint }[]>`
          SELECT user_id AS id, count(*) AS n FROM directory_user_history
          WHERE tenant_id = ${tenantId}::uuid GROUP BY user_id`;
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

async function storedContainers(tenantId: string, type: "chat" | "channel"): Promise<string[]> {
  const rows = await h.db.$queryRaw<{ container_id: string }[]>`
    SELECT DISTINCT container_id FROM messages WHERE tenant_id = ${tenantId}::uuid AND container_type = ${type}`;
  return rows.map((r) => r.container_id).sort();
}

function requests(simTenant: string, endpoint: string): number {
  return h.sim.control.counters().requests.byTenantEndpoint[simTenant]?.[endpoint] ?? 0;
}

/**
 * Every chat's, channel's and user's context, compared with the simulator's data. Members' names are as of the
 * last members fetch (`renamed` lists users renamed since: the directory has their new names).
 */
async function expectContextMatchesSim(
  simId: string,
  tenantId: string,
  renamed: string[] = [],
): Promise<void> {
  const sim = h.sim.control;
  const stored = await contexts(tenantId);
  const users = new Map([...sim.listUsers(simId), ...sim.listDeletedUsers(simId)].map((u) => [u.id, u]));
  const externals = new Map(sim.listExternalParticipants(simId).map((e) => [e.id, e]));
  const chats = new Map(sim.listAllChats(simId).map((c) => [c.id, c]));

  const storedChats = await storedContainers(tenantId, "chat");
  expect(storedChats.length).toBeGreaterThan(5);
  for (const chatId of storedChats) {
    const truth = chats.get(chatId);
    const row = stored.get(chatId);
    expect(row, `context of ${chatId}`).toBeDefined();
    expect(row).toMatchObject({ container_type: "chat", topic: truth?.topic, chat_type: truth?.chatType });
    const federated = (truth?.externalIds ?? []).filter(
      (id) => externals.get(id)?.userIdentityType === "federatedUser",
    );
    const members = row?.members ?? [];
    expect(members.map((m) => m.userId).sort()).toEqual([...(truth?.memberIds ?? []), ...federated].sort());
    for (const m of members.filter((x) => !renamed.includes(x.userId as string))) {
      const name =
        users.get(m.userId as string)?.displayName ?? externals.get(m.userId as string)?.displayName;
      expect(m.displayName).toBe(name);
    }
  }

  for (const team of sim.listTeams(simId)) {
    for (const channel of team.channels) {
      expect(stored.get(`${team.id}/${channel.id}`), `channel ${channel.displayName}`).toMatchObject({
        container_type: "channel",
        team_id: team.id,
        team_name: team.displayName,
        channel_name: channel.displayName,
        membership_type: channel.membershipType,
      });
    }
  }

  // The directory: everyone GET /users and deletedItems list, with the names a reviewer reads.
  const directory = await h.db.directoryUser.findMany({ where: { tenantId } });
  expect(directory.map((u) => u.userId).sort()).toEqual([...users.keys()].sort());
  for (const u of directory) {
    const truth = users.get(u.userId);
    expect(u.displayName).toBe(truth?.displayName);
    if (truth?.deletedDateTime) expect(u.deletedAt).not.toBeNull();
    else expect(u.userPrincipalName).toBe(truth?.userPrincipalName);
  }
  // Every directory sender of a stored message has a name and UPN.
  const senders = await h.db.$queryRaw<{ id: string; name: string | null; upn: string | null }[]>`
    SELECT DISTINCT m.from_user_id AS id, d.display_name AS name, d.user_principal_name AS upn
    FROM messages m LEFT JOIN directory_users d ON d.tenant_id = m.tenant_id AND d.user_id = m.from_user_id
    WHERE m.tenant_id = ${tenantId}::uuid AND m.from_user_id IS NOT NULL`;
  const directorySenders = senders.filter((s) => users.has(s.id));
  expect(directorySenders.length).toBeGreaterThan(10);
  for (const s of directorySenders) {
    expect(s.name).toBe(users.get(s.id)?.displayName);
    expect(s.upn).toBeTruthy();
  }
}

describe("chat context", () => {
  it("a whole-tenant export stores each chat's topic, type and members, team and channel names, and the directory", async () => {
    h.sim.control.createTenant({ name: "context", sizes: SIZES });
    const sim = h.sim.control.getTenant("context");
    const tenantId = await h.addTenant(sim.id);
    h.sim.control.resetCounters();

    const first = await h.startExport({ tenantId, scope: "tenant" });
    expect(await h.waitForExport(first, 90_000)).toMatchObject({ status: "completed" });
    await expectContextMatchesSim(sim.id, tenantId);

    // One GET of each chat and of its members per run, one of each team and its channels; no more.
    const chats = (await storedContainers(tenantId, "chat")).length;

    expect(requests(sim.id, "GET /chats/{id}")).toBe(chats);
    expect(requests(sim.id, "GET /chats/{id}/members")).toBe(chats);
    expect(requests(sim.id, "GET /teams/{id}")).toBe(SIZES.teams);
    expect(requests(sim.id, "GET /teams/{id}/channels")).toBe(SIZES.teams);
    // The directory came with the enumeration's listings.
    expect(requests(sim.id, "GET /users")).toBe(1);
    // Every Graph request is in the usage ledger, the context's included.
    const ledger = await h.db.usageLedger.aggregate({ where: { tenantId }, _sum: { requests: true } });
    expect(Number(ledger._sum.requests)).toBe(h.sim.control.counters().requests.byTenant[sim.id]);
    // First capture: one history row each.
    const history = await historyCounts(tenantId, "conversation");
    expect([...history.values()].every((n) => n === 1)).toBe(true);
    expect(history.size).toBe((await contexts(tenantId)).size);

    // Renames in Teams: a chat's topic, a member's display name, a channel's name.
    const renamedChat = h.sim.control
      .listAllChats(sim.id)
      .find((c) => c.chatType === "group" && (history.get(c.id) ?? 0) > 0);
    expect(renamedChat).toBeDefined();
    const chatId = renamedChat?.id as string;
    const oldTopic = renamedChat?.topic;
    h.sim.control.updateChat(sim.id, chatId, { topic: "Quarterly close (renamed)" });
    const renamedUser = renamedChat?.memberIds.find((id) =>
      h.sim.control.listUsers(sim.id).some((u) => u.id === id),
    );
    const oldName = h.sim.control.listUsers(sim.id).find((u) => u.id === renamedUser)?.displayName;
    h.sim.control.updateUser(sim.id, renamedUser as string, { displayName: "Renamed Reviewer Subject" });
    const team = h.sim.control.listTeams(sim.id)[0];
    const channel = team?.channels[1];
    h.sim.control.updateTeam(sim.id, team?.id as string, {
      channelId: channel?.id as string,
      displayName: "Renamed channel",
    });
    const beforeSecond = await h.db.conversationContext.findUnique({
      where: { tenantId_containerId: { tenantId, containerId: chatId } },
    });

    h.sim.control.resetCounters();
    const second = await h.startExport({ tenantId, scope: "tenant" });
    expect(await h.waitForExport(second, 90_000)).toMatchObject({ status: "completed" });
    await expectContextMatchesSim(sim.id, tenantId, [renamedUser as string]);
    // Each chat checked once; members fetched again only where lastUpdatedDateTime moved (the renamed chat).
    expect(requests(sim.id, "GET /chats/{id}")).toBe(chats);
    expect(requests(sim.id, "GET /chats/{id}/members")).toBe(1);

    // History: the renamed chat and channel have two rows (old and new), everything else still one.
    const after = await historyCounts(tenantId, "conversation");
    expect(after.get(chatId)).toBe(2);
    expect(after.get(`${team?.id}/${channel?.id}`)).toBe(2);
    expect(
      [...after.entries()]
        .filter(([, n]) => n !== 1)
        .map(([id]) => id)
        .sort(),
    ).toEqual([chatId, `${team?.id}/${channel?.id}`].sort());
    const chatHistory = await h.db.conversationContextHistory.findMany({
      where: { tenantId, containerId: chatId },
      orderBy: { id: "asc" },
    });
    expect(chatHistory.map((r) => r.topic)).toEqual([oldTopic, "Quarterly close (renamed)"]);
    // An unchanged chat kept its capture time; the renamed one got a new one.
    const current = await h.db.conversationContext.findUnique({
      where: { tenantId_containerId: { tenantId, containerId: chatId } },
    });
    expect(current?.capturedAt.getTime()).toBeGreaterThan(beforeSecond?.capturedAt.getTime() as number);
    const users = await historyCounts(tenantId, "directory");
    expect(users.get(renamedUser as string)).toBe(2);
    expect([...users.values()].filter((n) => n !== 1)).toHaveLength(1);
    const who = await h.db.directoryUserHistory.findMany({
      where: { tenantId, userId: renamedUser as string },
      orderBy: { id: "asc" },
    });
    expect(who.map((u) => u.displayName)).toEqual([oldName, "Renamed Reviewer Subject"]);

    // The capture records say what each run did.
    const outcomes = await h.db.contextCapture.groupBy({
      by: ["kind", "outcome"],
      where: { exportId: second },
      _count: true,
    });
    expect(outcomes).toContainEqual({ kind: "chat", outcome: "captured", _count: 1 });
    expect(outcomes).toContainEqual({ kind: "chat", outcome: "unchanged", _count: chats - 1 });
  });

  it("a one-user export captures the user's chats and lists the directory itself", async () => {
    h.sim.control.createTenant({ name: "context-user", sizes: { ...SIZES, teams: 0 } });
    const sim = h.sim.control.getTenant("context-user");
    const tenantId = await h.addTenant(sim.id);
    const user = h.sim.control.listUsers(sim.id)[3];
    h.sim.control.resetCounters();
    const exportId = await h.startExport({ tenantId, scope: "user", targetId: user?.id as string });
    expect(await h.waitForExport(exportId, 90_000)).toMatchObject({ status: "completed" });

    const stored = await contexts(tenantId);
    const mine = h.sim.control.listChats(sim.id, user?.id as string);
    const storedChats = await storedContainers(tenantId, "chat");
    expect(storedChats.length).toBeGreaterThan(0);
    for (const chatId of storedChats) {
      const truth = mine.find((c) => c.id === chatId);
      expect(stored.get(chatId)).toMatchObject({ topic: truth?.topic, chat_type: truth?.chatType });
    }
    const everyone = [...h.sim.control.listUsers(sim.id), ...h.sim.control.listDeletedUsers(sim.id)];
    expect(await h.db.directoryUser.count({ where: { tenantId } })).toBe(everyone.length);
    expect(requests(sim.id, "GET /users")).toBe(1);
    expect(requests(sim.id, "GET /directory/deletedItems/microsoft.graph.user")).toBe(1);
    expect(requests(sim.id, "GET /chats/{id}")).toBe(storedChats.length);
  });
});
