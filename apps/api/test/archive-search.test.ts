import { type GraphChatMessage, storeHostedContent, storeMessagePage } from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestAccount, type TestApp } from "./helpers";

// Full-text search over stored versions, through the real page store and the generated tsvector.

const TEAM = "0f0e0d0c-0000-4000-8000-000000000002";
const CHANNEL = "19:finance@thread.tacv2";

function m(
  id: string,
  created: string,
  from: string,
  content: string,
  extra: Partial<GraphChatMessage> = {},
) {
  return {
    id,
    etag: "1",
    chatId: "19:chat-a",
    messageType: "message",
    createdDateTime: created,
    lastModifiedDateTime: created,
    from: { user: { id: from } },
    body: { contentType: "html", content },
    attachments: [],
    ...extra,
  } as GraphChatMessage;
}

// Both strategies must answer the same: words looked up in the GIN index (the default threshold), and the
// newest-first walk over the tenant's messages (threshold 0).
describe.each([
  ["through the GIN index", {}],
  ["walking messages newest first", { ARCHIVE_SEARCH_INDEX_PATH_MAX: "0" }],
])("search %s", (_strategy, overrides: Record<string, string>) => {
  let t: TestApp;
  let acme: TestAccount;
  let globex: TestAccount;
  let tenantId: string;

  beforeAll(async () => {
    t = await buildTestApp(overrides);
    acme = await createAccount(t.app, "Acme");
    globex = await createAccount(t.app, "Globex");
    tenantId = (await createActiveTenant(t.app, acme.accountId, crypto.randomUUID())).id;
    const exp = await t.app.db.export.create({
      data: { accountId: acme.accountId, tenantId, scope: "tenant", options: {} },
    });
    const task = await t.app.db.exportTask.create({
      data: { exportId: exp.id, tenantId, kind: "user_chats", targetId: "u" },
    });
    const store = (messages: GraphChatMessage[]) =>
      t.app.db.$transaction((tx) =>
        storeMessagePage(tx, { tenantId, exportId: exp.id, taskId: task.id, messages }),
      );
    await store([
      m(
        "1",
        "2026-02-01T10:00:00.000Z",
        "alice",
        "<div><strong>Budget</strong>&nbsp;for the merger&amp;more</div>",
      ),
      m("2", "2026-02-02T10:00:00.000Z", "bob", "<p>see the deck</p>", {
        attachments: [{ id: "a", contentType: "reference", name: "Q3-forecast.xlsx" }],
      }),
      m("3", "2026-02-03T10:00:00.000Z", "alice", "<p>the merger is off</p>", {
        chatId: null,
        channelIdentity: { teamId: TEAM, channelId: CHANNEL },
        subject: "Project Falcon",
      }),
      m("4", "2026-02-04T10:00:00.000Z", "carol", "<p>budget approved</p>", { chatId: "19:chat-b" }),
      m(
        "5",
        "2026-02-05T10:00:00.000Z",
        "bob",
        '<p>budget chart <img src="https://graph.microsoft.com/v1.0/chats/19:chat-a/messages/5/hostedContents/hc1/$value"></p>',
      ),
    ]);
    // Message 1 is edited: the merger is no longer mentioned in its current version. Message 4 is deleted.
    await store([
      m("1", "2026-02-01T10:00:00.000Z", "alice", "<p>Budget only</p>", {
        etag: "2",
        lastModifiedDateTime: "2026-02-06T10:00:00.000Z",
      }),
      m("4", "2026-02-04T10:00:00.000Z", "carol", "", {
        chatId: "19:chat-b",
        etag: "2",
        lastModifiedDateTime: "2026-02-07T10:00:00.000Z",
        deletedDateTime: "2026-02-07T10:00:00.000Z",
      }),
    ]);
    await storeHostedContent(
      t.app.db,
      { tenantId, containerId: "19:chat-a", messageId: "5", hostedContentId: "hc1" },
      { sha256: "e".repeat(64), contentType: "image/png", bytes: Buffer.from([1]) },
    );
  });
  afterAll(async () => t?.close());

  const search = async (query: string, account = acme) => {
    const res = await t.app.inject({
      method: "GET",
      url: `/v1/tenants/${tenantId}/search?${query}`,
      headers: account.auth,
    });
    return res;
  };
  const ids = async (query: string) => {
    const res = await search(query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.map((h: { messageId: string }) => h.messageId);
  };

  describe("archive search", () => {
    it("finds words in bodies with the HTML stripped, newest first, in every stored version", async () => {
      expect(await ids("q=budget")).toEqual(["5", "4", "1"]);
      // The merger is gone from message 1's current version, but an earlier version said it.
      const res = (await search("q=merger")).json();
      expect(res.data.map((h: { messageId: string }) => h.messageId)).toEqual(["3", "1"]);
      expect(res.data[1]).toMatchObject({ etag: "2", matchedVersions: ["1"] });
      expect(res.data[0].snippet).toContain("**merger**");
      // Markup and character references are not words.
      expect(await ids("q=strong")).toEqual([]);
      expect(await ids("q=nbsp")).toEqual([]);
      expect(await ids("q=amp")).toEqual([]);
    });

    it("finds attachment names and subjects, and understands phrases, or and minus", async () => {
      expect(await ids("q=forecast")).toEqual(["2"]);
      expect(await ids("q=q3-forecast.xlsx")).toEqual(["2"]);
      expect(await ids("q=falcon")).toEqual(["3"]);
      expect(await ids(`q=${encodeURIComponent('"merger is off"')}`)).toEqual(["3"]);
      expect(await ids(`q=${encodeURIComponent("deck or falcon")}`)).toEqual(["3", "2"]);
      expect(await ids(`q=${encodeURIComponent("budget -approved")}`)).toEqual(["5", "1"]);
    });

    it("combines words with sender, participant, container, time, deletion and hosted-content filters", async () => {
      expect(await ids("q=budget&userId=alice")).toEqual(["1"]);
      expect(await ids("q=budget&participant=carol")).toEqual(["4"]);
      expect(await ids("participant=bob")).toEqual(["5", "2", "1"]);
      expect(await ids("q=budget&chatId=19:chat-a")).toEqual(["5", "1"]);
      expect(await ids(`teamId=${TEAM}&channelId=${encodeURIComponent(CHANNEL)}`)).toEqual(["3"]);
      expect(await ids("q=budget&from=2026-02-02T00:00:00Z&to=2026-02-05T00:00:00Z")).toEqual(["4"]);
      expect(await ids("q=budget&deleted=true")).toEqual(["4"]);
      expect(await ids("q=budget&deleted=false")).toEqual(["5", "1"]);
      expect(await ids("q=budget&hasHostedContent=true")).toEqual(["5"]);
      expect(await ids("hasHostedContent=false&userId=bob")).toEqual(["2"]);
    });

    it("pages with a cursor", async () => {
      const first = (await search("q=budget&limit=2")).json();
      expect(first.data.map((h: { messageId: string }) => h.messageId)).toEqual(["5", "4"]);
      const next = (await search(`q=budget&limit=2&cursor=${first.nextCursor}`)).json();
      expect(next.data.map((h: { messageId: string }) => h.messageId)).toEqual(["1"]);
      expect(next.nextCursor).toBeNull();
    });

    it("answers bad input with problems and another account's tenant with 404", async () => {
      const empty = await search("q=%21%21%21");
      expect(empty.statusCode).toBe(400);
      expect(empty.json().code).toBe("search_query_empty");
      expect((await search("q=budget&deleted=maybe")).json().code).toBe("validation_failed");
      expect((await search("q=budget&cursor=bm9wZQ")).json().code).toBe("invalid_cursor");
      expect((await search("q=budget", globex)).statusCode).toBe(404);
    });
  });
});
