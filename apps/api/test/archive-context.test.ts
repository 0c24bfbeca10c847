import {
  type GraphChatMessage,
  pgPoolOf,
  recordConversationContexts,
  recordDirectoryUsers,
  storeMessagePage,
} from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestAccount, type TestApp } from "./helpers";

// Chat context in the archive API: a conversation's topic, type, members, team and channel names, and each
// sender's name and UPN as of the message, over rows stored by the engine's own context writers.

let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;
let tenantId: string;

const CHAT = "19:ctx0123@thread.v2";
const TEAM = "0f0e0d0c-0000-4000-8000-0000000000c1";
const CHANNEL = "19:generalctx@thread.tacv2";
const ALICE = "a11ce000-0000-4000-8000-000000000001";

const message = (id: string, createdDateTime: string, extra: Partial<GraphChatMessage> = {}) =>
  ({
    id,
    etag: "1",
    chatId: CHAT,
    messageType: "message",
    createdDateTime,
    lastModifiedDateTime: createdDateTime,
    from: { user: { id: ALICE, displayName: "Alice Old" } },
    body: { contentType: "text", content: id },
    ...extra,
  }) as GraphChatMessage;

const member = (userId: string, displayName: string) => ({
  "@odata.type": "#microsoft.graph.aadUserConversationMember",
  id: `m-${userId}`,
  roles: ["owner"],
  displayName,
  visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
  userId,
  email: `${displayName.split(" ")[0]?.toLowerCase()}@contoso.com`,
  tenantId: "c0ffee00-0000-4000-8000-0000000000c1",
});

const chatContext = (topic: string) => ({
  containerId: CHAT,
  containerType: "chat" as const,
  topic,
  chatType: "group",
  graphUpdatedAt: "2026-01-01T08:00:00.000Z",
  members: [member(ALICE, "Alice Old"), member("b0b00000-0000-4000-8000-000000000002", "Bob Guest")],
  raw: { chat: { id: CHAT, topic, chatType: "group" } },
});

const get = (account: TestAccount, url: string) =>
  t.app.inject({ method: "GET", url, headers: account.auth });
const contextUrl = (container: string) =>
  `/v1/tenants/${tenantId}/conversations/${encodeURIComponent(container)}/context`;

beforeAll(async () => {
  t = await buildTestApp();
  acme = await createAccount(t.app, "Acme");
  globex = await createAccount(t.app, "Globex");
  tenantId = (await createActiveTenant(t.app, acme.accountId, "c0ffee00-0000-4000-8000-0000000000c1")).id;
  const exp = await t.app.db.export.create({
    data: { accountId: acme.accountId, tenantId, scope: "tenant", options: {} },
  });
  const task = await t.app.db.exportTask.create({
    data: { exportId: exp.id, tenantId, kind: "user_chats", targetId: ALICE },
  });
  await t.app.db.$transaction((tx) =>
    storeMessagePage(tx, {
      tenantId,
      exportId: exp.id,
      taskId: task.id,
      messages: [message("1", "2026-01-01T09:00:00.000Z"), message("2", "2099-01-01T09:00:00.000Z")],
    }),
  );
  const pool = pgPoolOf(t.app.db);
  // First capture (a month before the first message), then Alice renamed and the chat's topic changed.
  await recordDirectoryUsers(pool, tenantId, [
    {
      id: ALICE,
      displayName: "Alice Old",
      userPrincipalName: "alice@contoso.com",
      mail: "alice@contoso.com",
    },
  ]);
  await recordConversationContexts(pool, tenantId, [
    chatContext("Budget"),
    {
      containerId: `${TEAM}/${CHANNEL}`,
      containerType: "channel",
      teamId: TEAM,
      teamName: "Finance",
      teamDescription: "Finance team",
      channelName: "General",
      membershipType: "standard",
      raw: { team: { id: TEAM }, channel: { id: CHANNEL } },
    },
  ]);
  for (const table of ["directory_user_history", "directory_users", "conversation_context_history"]) {
    await pool.query(`UPDATE ${table} SET captured_at = '2025-12-01T00:00:00Z' WHERE tenant_id = $1::uuid`, [
      tenantId,
    ]);
  }
  // Captured again unchanged (no history row), then changed (one each).
  await recordConversationContexts(pool, tenantId, [chatContext("Budget")]);
  await recordDirectoryUsers(pool, tenantId, [
    {
      id: ALICE,
      displayName: "Alice Old",
      userPrincipalName: "alice@contoso.com",
      mail: "alice@contoso.com",
    },
  ]);
  await recordDirectoryUsers(pool, tenantId, [
    {
      id: ALICE,
      displayName: "Alice New",
      userPrincipalName: "alice.new@contoso.com",
      mail: "alice@contoso.com",
    },
  ]);
  await recordConversationContexts(pool, tenantId, [chatContext("Budget 2027")]);
});
afterAll(async () => t?.close());

describe("conversation context", () => {
  it("returns a chat's current topic, type and members with directory names, and its history", async () => {
    const res = await get(acme, contextUrl(CHAT));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.current).toMatchObject({
      containerId: CHAT,
      containerType: "chat",
      topic: "Budget 2027",
      chatType: "group",
      lastUpdatedDateTime: "2026-01-01T08:00:00.000Z",
    });
    // Alice as the directory knew her at this capture; Bob is not in the directory: Graph's name, no UPN.
    expect(body.current.members).toEqual([
      expect.objectContaining({
        userId: ALICE,
        displayName: "Alice New",
        userPrincipalName: "alice.new@contoso.com",
      }),
      expect.objectContaining({ displayName: "Bob Guest", userPrincipalName: null, roles: ["owner"] }),
    ]);
    expect(body.history.map((h: { topic: string }) => h.topic)).toEqual(["Budget", "Budget 2027"]);
    // The older capture names Alice as she was then.
    expect(body.history[0].members[0]).toMatchObject({
      displayName: "Alice Old",
      userPrincipalName: "alice@contoso.com",
    });
    expect(body.raw).toEqual({ chat: { id: CHAT, topic: "Budget 2027", chatType: "group" } });
  });

  it("returns a channel's team and channel names by {teamId}/{channelId}", async () => {
    const res = await get(acme, contextUrl(`${TEAM}/${CHANNEL}`));
    expect(res.statusCode).toBe(200);
    expect(res.json().current).toMatchObject({
      containerType: "channel",
      teamName: "Finance",
      channelName: "General",
      membershipType: "standard",
      members: null,
    });
  });

  it("puts the context and each sender's name as of the message into the conversation view", async () => {
    const res = await get(acme, `/v1/tenants/${tenantId}/conversations/${encodeURIComponent(CHAT)}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.context).toMatchObject({ topic: "Budget 2027", chatType: "group" });
    const [first, second] = body.data;
    expect(first.sender).toMatchObject({
      userId: ALICE,
      displayName: "Alice Old",
      userPrincipalName: "alice@contoso.com",
    });
    expect(second.sender).toMatchObject({
      displayName: "Alice New",
      userPrincipalName: "alice.new@contoso.com",
    });
  });

  it("answers 404 for another account's tenant and for an uncaptured container, 400 for a bad id", async () => {
    expect((await get(globex, contextUrl(CHAT))).statusCode).toBe(404);
    const unknown = await get(acme, contextUrl("19:never@thread.v2"));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toContain("application/problem+json");
    expect((await get(acme, contextUrl("bad id!"))).statusCode).toBe(400);
    expect((await t.app.inject({ method: "GET", url: contextUrl(CHAT) })).statusCode).toBe(401);
  });
});
