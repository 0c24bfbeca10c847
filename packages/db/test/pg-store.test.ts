import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDb,
  type Db,
  forgetStoredVersions,
  type GraphChatMessage,
  isDatabaseUnavailable,
  pgPoolOf,
  storeCheckpointedPage,
  storedMessage,
  storeMessagePage,
  withPgTransaction,
  withTransaction,
} from "../src/index";

let env: TestEnvironment;
let db: Db;
let ids: { tenantId: string; exportId: string; taskId: string };

beforeAll(async () => {
  env = await createTestEnvironment();
  db = createDb({ databaseUrl: env.databaseUrl, maxConnections: 4 });
  const account = await db.account.create({ data: { name: "Store ISV" } });
  const tenant = await db.tenant.create({ data: { accountId: account.id, model: "B", status: "active" } });
  const exp = await db.export.create({
    data: { accountId: account.id, tenantId: tenant.id, scope: "user", targetId: "u1", options: {} },
  });
  const task = await db.exportTask.create({
    data: { exportId: exp.id, tenantId: tenant.id, kind: "user_chats", targetId: "u1" },
  });
  ids = { tenantId: tenant.id, exportId: exp.id, taskId: task.id };
});
afterAll(async () => {
  await db?.$disconnect();
  await env?.cleanup();
});

function message(id: string, etag: string, lastModified: string, content: string): GraphChatMessage {
  return {
    id,
    etag,
    chatId: "chat-1",
    messageType: "message",
    createdDateTime: "2026-01-01T00:00:00Z",
    lastModifiedDateTime: lastModified,
    from: { user: { id: "u1" } },
    body: { content },
  };
}

const store = (messages: GraphChatMessage[], hostedContents = true) =>
  withPgTransaction(pgPoolOf(db), (client) => storeMessagePage(client, { ...ids, messages, hostedContents }));

describe("storing a page on the pg driver", () => {
  it("stores each version once, never moves the current view back, and keeps deletions", async () => {
    const v1 = message("m1", "1", "2026-01-01T00:00:00Z", "hello");
    const v2 = message("m1", "2", "2026-01-02T00:00:00Z", "hello, edited");
    expect(await store([v1, message("m2", "1", "2026-01-01T00:00:00Z", "hi")])).toEqual({
      newVersions: 2,
      newExportRows: 2,
      newHostedContents: 0,
    });
    // The same page again: nothing new.
    expect(await store([v1])).toMatchObject({ newVersions: 0, newExportRows: 0 });
    expect((await store([v2])).newVersions).toBe(1);
    // The older version seen late is kept as a version but does not replace the current one.
    expect((await store([v1])).newVersions).toBe(0);
    const current = await db.message.findFirstOrThrow({ where: { messageId: "m1" } });
    expect(current.etag).toBe("2");
    // Deleted: the body emptied; a later read keeps the first deletion time.
    await store([message("m2", "2", "2026-01-03T00:00:00Z", "")]);
    await store([message("m2", "3", "2026-01-04T00:00:00Z", "")]);
    const deleted = await db.message.findFirstOrThrow({ where: { messageId: "m2" } });
    expect(deleted.deletedDateTime?.toISOString()).toBe("2026-01-03T00:00:00.000Z");
    expect(await db.messageVersion.count({ where: { tenantId: ids.tenantId } })).toBe(5);
  });

  it("keeps text Postgres cannot hold (NUL, an unpaired surrogate) exactly, and U+FFFD in the jsonb", async () => {
    const original = message("m3", "1", "2026-01-01T00:00:00Z", "a\u0000b\uD800c");
    await store([original]);
    const [row] = await db.$queryRaw<{ raw: GraphChatMessage; raw_text: string | null }[]>`
      SELECT raw, raw_text FROM message_versions WHERE message_id = 'm3'`;
    expect(row?.raw.body?.content).toBe("a\uFFFDb\uFFFDc");
    expect(row?.raw_text).toBe(JSON.stringify(original));
    // Read back as the API reads it: byte-exact.
    expect(JSON.stringify(storedMessage(row as { raw: unknown; raw_text: string | null }))).toBe(
      JSON.stringify(original),
    );
    // A message jsonb holds keeps no second copy, even with a literal backslash-u in its text.
    await store([message("m3b", "1", "2026-01-01T00:00:00Z", "C:\\u0000 and \u{1F600}")]);
    expect(
      await db.messageVersion.findFirstOrThrow({ where: { messageId: "m3b" }, select: { rawText: true } }),
    ).toEqual({ rawText: null });
  });

  it("records the hosted contents a message points at, once, for the task to fetch", async () => {
    const path = "/v1.0/chats/chat-1/messages/m4/hostedContents/aWQ9MQ==/$value";
    const content = `<img src="https://graph.microsoft.com${path}" width="10">`;
    expect(await store([message("m4", "1", "2026-01-01T00:00:00Z", content)], false)).toMatchObject({
      newVersions: 1,
      newHostedContents: 0,
    });
    expect((await store([message("m4", "1", "2026-01-01T00:00:00Z", content)])).newHostedContents).toBe(1);
    expect((await store([message("m4", "2", "2026-01-02T00:00:00Z", content)])).newHostedContents).toBe(0);
    const refs = await db.messageHostedContent.findMany({ where: { messageId: "m4" } });
    expect(refs).toMatchObject([{ hostedContentId: "aWQ9MQ==", path, taskId: ids.taskId, sha256: null }]);
  });

  it("stores the same through Prisma and through pg: one statement serves both", async () => {
    const page = [
      message("m5", "1", "2026-01-01T00:00:00Z", "shared"),
      message("m1", "2", "2026-01-02T00:00:00Z", "hello, edited"),
    ];
    const other = await db.export.create({
      data: {
        accountId: (await db.tenant.findUniqueOrThrow({ where: { id: ids.tenantId } })).accountId,
        tenantId: ids.tenantId,
        scope: "user",
        targetId: "u1",
        options: {},
      },
    });
    const viaPrisma = await withTransaction(db, (tx) =>
      storeMessagePage(tx, { ...ids, exportId: other.id, messages: page }),
    );
    expect(viaPrisma).toEqual({ newVersions: 1, newExportRows: 2, newHostedContents: 0 });
    expect(await store(page)).toEqual({ newVersions: 0, newExportRows: 1, newHostedContents: 0 });
  });
});

describe("duplicates", () => {
  const page = (n: number, etag: string, from = 0) =>
    Array.from({ length: n }, (_, i) =>
      message(`d${String(from + i).padStart(3, "0")}`, etag, "2026-02-01T00:00:00Z", `dup ${i}`),
    );
  const versions = () =>
    db.messageVersion.count({ where: { tenantId: ids.tenantId, messageId: { startsWith: "d" } } });

  it("counts exactly and stores nothing twice, with or without the probe and the cache", async () => {
    expect(await store(page(5, "1"))).toEqual({ newVersions: 5, newExportRows: 5, newHostedContents: 0 });
    forgetStoredVersions();
    // Half known (found by the probe), half new; the new ones in unsorted order.
    const mixed = [...page(5, "1"), ...page(5, "1", 5)].reverse();
    expect(await store(mixed)).toEqual({ newVersions: 5, newExportRows: 5, newHostedContents: 0 });
    // Known from the cache, probe off: nothing sent, nothing new.
    expect(
      await withPgTransaction(pgPoolOf(db), (c) =>
        storeMessagePage(c, { ...ids, messages: mixed }, { probe: false }),
      ),
    ).toEqual({ newVersions: 0, newExportRows: 0, newHostedContents: 0 });
    // The same message twice in one page.
    expect(await store([...page(1, "2"), ...page(1, "2")])).toMatchObject({
      newVersions: 1,
      newExportRows: 1,
    });
    expect(await versions()).toBe(11);
  });

  it("stores a version the cache wrongly believes stored (its transaction rolled back)", async () => {
    const lost = page(3, "1", 100);
    await expect(
      withPgTransaction(pgPoolOf(db), async (c) => {
        await storeMessagePage(c, { ...ids, messages: lost });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(
      await withPgTransaction(pgPoolOf(db), (c) =>
        storeMessagePage(c, { ...ids, messages: [...lost, ...page(1, "1", 200)] }, { probe: false }),
      ),
    ).toEqual({ newVersions: 4, newExportRows: 4, newHostedContents: 0 });
    const stored = await db.messageVersion.findFirstOrThrow({ where: { messageId: "d100" } });
    expect((stored.raw as GraphChatMessage).body?.content).toBe("dup 0");
    // The current view joins its version.
    const [current] = await db.$queryRaw<{ content: string }[]>`
      SELECT v.raw->'body'->>'content' AS content FROM messages m
      JOIN message_versions v USING (tenant_id, container_id, message_id, etag, json_hash) WHERE m.message_id = 'd101'`;
    expect(current?.content).toBe("dup 1");
  });
});

describe("a version is its etag and its content", () => {
  const current = (messageId: string) =>
    db.$queryRaw<{ etag: string; deleted_at: Date | null; content: string; last_modified_at: Date }[]>`
      SELECT m.etag, m.deleted_at, m.last_modified_at, v.raw->'body'->>'content' AS content FROM messages m
      JOIN message_versions v USING (tenant_id, container_id, message_id, etag, json_hash)
      WHERE m.tenant_id = ${ids.tenantId}::uuid AND m.message_id = ${messageId}`.then((r) => r[0]);
  const versionsOf = (messageId: string) =>
    db.messageVersion.count({ where: { tenantId: ids.tenantId, messageId } });
  const reacted = (m: GraphChatMessage, lastModified: string) => ({
    ...m,
    lastModifiedDateTime: lastModified,
    reactions: [{ reactionType: "like", user: { user: { id: "u2" } } }],
  });

  it("keeps a reaction that left the etag as its own version, and the current view moves to it", async () => {
    const v1 = message("r1", "7", "2026-05-01T00:00:00Z", "react to me");
    await store([v1]);
    expect((await store([reacted(v1, "2026-05-01T01:00:00Z")])).newVersions).toBe(1);
    expect(await versionsOf("r1")).toBe(2);
    expect(await current("r1")).toMatchObject({
      etag: "7",
      last_modified_at: new Date("2026-05-01T01:00:00Z"),
    });
    // The original seen late changes nothing; both again store nothing, cached or probed or neither.
    expect((await store([v1])).newVersions).toBe(0);
    expect((await current("r1"))?.last_modified_at).toEqual(new Date("2026-05-01T01:00:00Z"));
    forgetStoredVersions();
    expect((await store([v1, reacted(v1, "2026-05-01T01:00:00Z")])).newVersions).toBe(0);
    forgetStoredVersions();
    const unprobed = await withPgTransaction(pgPoolOf(db), (c) =>
      storeMessagePage(c, { ...ids, messages: [reacted(v1, "2026-05-01T01:00:00Z")] }, { probe: false }),
    );
    expect(unprobed.newVersions).toBe(0);
    expect(await versionsOf("r1")).toBe(2);
  });

  it("records an emptied body under the same etag and lastModifiedDateTime as a deletion, never undone", async () => {
    const v1 = message("s1", "9", "2026-05-02T00:00:00Z", "soon gone");
    await store([v1]);
    const before = new Date();
    const gone = message("s1", "9", "2026-05-02T00:00:00Z", "");
    expect((await store([gone])).newVersions).toBe(1);
    const row = await current("s1");
    expect(row).toMatchObject({ etag: "9", content: "" });
    // Graph gave no deletion time and lastModifiedDateTime did not move: the time Capstan saw it.
    expect(row?.deleted_at?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const version = await db.messageVersion.findFirstOrThrow({
      where: { tenantId: ids.tenantId, messageId: "s1", deletedDateTime: { not: null } },
    });
    expect(version.deletedDateTime).toEqual(row?.deleted_at);
    // A copy read before the deletion (same etag and time) does not bring the message back.
    expect((await store([v1])).newVersions).toBe(0);
    expect(await current("s1")).toMatchObject({ content: "", deleted_at: row?.deleted_at });
    expect(await versionsOf("s1")).toBe(2);
  });

  it("dates a deletion first seen emptied by its lastModifiedDateTime", async () => {
    await store([message("s2", "3", "2026-05-03T00:00:00Z", "")]);
    expect((await current("s2"))?.deleted_at).toEqual(new Date("2026-05-03T00:00:00Z"));
  });

  it("lets the version seen later win a tie of lastModifiedDateTime", async () => {
    await store([message("t1", "4", "2026-05-04T00:00:00Z", "first")]);
    await store([message("t1", "4", "2026-05-04T00:00:00Z", "second")]);
    expect((await current("t1"))?.content).toBe("second");
    // In one page too: the later one of the two.
    await store([
      message("t2", "4", "2026-05-04T00:00:00Z", "a"),
      message("t2", "4", "2026-05-04T00:00:00Z", "b"),
    ]);
    expect((await current("t2"))?.content).toBe("b");
  });

  it("treats the same content under the same etag as one version, whatever the order of its keys", async () => {
    const v1 = message("k1", "5", "2026-05-05T00:00:00Z", "same");
    await store([v1]);
    const reordered = Object.fromEntries(Object.entries(v1).reverse()) as GraphChatMessage;
    forgetStoredVersions();
    expect((await store([reordered])).newVersions).toBe(0);
    expect(await versionsOf("k1")).toBe(1);
  });
});

describe("the probe, by default", () => {
  /** A pg client that counts the probe statements it runs. */
  async function storeCountingProbes(exportId: string, pages: GraphChatMessage[][]) {
    let probes = 0;
    let stored = 0;
    for (const messages of pages) {
      const counts = await withPgTransaction(pgPoolOf(db), (client) => {
        const counting = {
          query: (text: string, values?: unknown[]) => {
            if (text.includes("WITH ORDINALITY AS k(")) probes++;
            return client.query(text, values);
          },
        };
        return storeMessagePage(counting, { ...ids, exportId, messages });
      });
      stored += counts.newVersions;
    }
    return { probes, stored };
  }
  const newExport = async () =>
    (
      await db.export.create({
        data: {
          accountId: (await db.tenant.findUniqueOrThrow({ where: { id: ids.tenantId } })).accountId,
          tenantId: ids.tenantId,
          scope: "tenant",
          options: {},
        },
      })
    ).id;
  const pages = Array.from({ length: 20 }, (_, p) =>
    Array.from({ length: 10 }, (_, i) =>
      message(`p${p}-${i}`, "1", "2026-03-01T00:00:00Z", `probe ${p} ${i}`),
    ),
  );

  it("stops probing an export whose versions are new, and keeps probing one whose versions are stored", async () => {
    // All new: the first four pages probe, then only every 16th.
    expect(await storeCountingProbes(await newExport(), pages)).toEqual({ probes: 5, stored: 200 });
    // The same versions again from another process (nothing cached): every probe finds them, so each page
    // probes and no JSON travels; and nothing is stored twice either way.
    forgetStoredVersions();
    expect(await storeCountingProbes(await newExport(), pages)).toEqual({ probes: 20, stored: 0 });
    const count = await db.messageVersion.count({
      where: { tenantId: ids.tenantId, messageId: { startsWith: "p" } },
    });
    expect(count).toBe(200);
  });
});

describe("a page stored with the engine's checkpoint", () => {
  const checkpoint = (fromCursor: string | null, toCursor: string | null) => ({
    fromCursor,
    toCursor,
    model: "B" as const,
    bytes: 1000,
    ledgerSlot: 3,
    month: "2026-04",
  });
  const runningTask = (targetId: string) =>
    db.exportTask.create({
      data: {
        exportId: ids.exportId,
        tenantId: ids.tenantId,
        kind: "user_chats",
        targetId,
        status: "running",
      },
    });
  const taskRow = (taskId: string) =>
    db.exportTask.findUniqueOrThrow({
      where: { id: taskId },
      select: {
        cursor: true,
        phase: true,
        pagesFetched: true,
        messagesSeen: true,
        messagesStored: true,
        versionsNew: true,
      },
    });

  it("moves the task, counts the request and the budget in one statement; refuses a stale link", async () => {
    const task = await runningTask("cp");
    const page = {
      ...ids,
      taskId: task.id,
      messages: [
        message("c1", "1", "2026-04-01T00:00:00Z", "a"),
        message("c2", "1", "2026-04-01T00:00:00Z", "b"),
      ],
    };
    const first = await withPgTransaction(pgPoolOf(db), (c) =>
      storeCheckpointedPage(c, page, checkpoint(null, "link-2")),
    );
    expect(first).toMatchObject({ advanced: true, newVersions: 2, newExportRows: 2, budget: null });
    // A runner still holding the first link lost the race: told so, it rolls back, as the engine does.
    await expect(
      withPgTransaction(pgPoolOf(db), async (c) => {
        const stale = await storeCheckpointedPage(c, page, checkpoint(null, "link-2"));
        if (!stale.advanced) throw new Error("lost the checkpoint");
      }),
    ).rejects.toThrow("lost the checkpoint");
    // The last page, empty as Graph may send it: the task moves to its hosted-content phase.
    const last = await withPgTransaction(pgPoolOf(db), (c) =>
      storeCheckpointedPage(c, { ...page, messages: [] }, checkpoint("link-2", null)),
    );
    expect(last).toMatchObject({ advanced: true, newVersions: 0 });
    expect(await taskRow(task.id)).toEqual({
      cursor: null,
      phase: "hosted",
      pagesFetched: 2,
      messagesSeen: 2,
      messagesStored: 2,
      versionsNew: 2,
    });
    const [ledger] = await db.$queryRaw<{ requests: bigint; messages: bigint; bytes: bigint }[]>`
      SELECT requests, messages, bytes FROM usage_ledger WHERE tenant_id = ${ids.tenantId}::uuid AND month = '2026-04'`;
    expect(ledger).toEqual({ requests: 2n, messages: 2n, bytes: 2000n });
  });

  it("is all-or-nothing without a transaction: of two runners holding the same link, the loser writes nothing", async () => {
    const task = await runningTask("race");
    const pool = pgPoolOf(db);
    const pageOf = (id: string) => ({
      ...ids,
      taskId: task.id,
      messages: [{ ...message(id, "1", "2026-05-01T00:00:00Z", id), chatId: "chat-race" }],
    });
    // Both runners queue behind a lock on the task's row, so both statements read it before either commits.
    const holder = await pool.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT 1 FROM export_tasks WHERE id = $1::uuid FOR UPDATE", [task.id]);
      const runners = ["race-a", "race-b"].map((id) =>
        storeCheckpointedPage(pool, pageOf(id), { ...checkpoint(null, "link-2"), month: "2026-05" }),
      );
      await new Promise((r) => setTimeout(r, 200));
      await holder.query("COMMIT");
      const results = await Promise.all(runners);
      expect(results.map((r) => r.advanced).sort()).toEqual([false, true]);
      const winner = results[0]?.advanced ? "race-a" : "race-b";
      const stored = await db.messageVersion.findMany({
        where: { tenantId: ids.tenantId, messageId: { startsWith: "race-" } },
        select: { messageId: true },
      });
      expect(stored).toEqual([{ messageId: winner }]);
      expect(
        await db.exportMessage.count({
          where: { exportId: ids.exportId, messageId: { startsWith: "race-" } },
        }),
      ).toBe(1);
      expect(await taskRow(task.id)).toMatchObject({
        cursor: "link-2",
        pagesFetched: 1,
        messagesSeen: 1,
        versionsNew: 1,
      });
      const [ledger] = await db.$queryRaw<{ requests: bigint }[]>`
        SELECT sum(requests)::bigint AS requests FROM usage_ledger WHERE tenant_id = ${ids.tenantId}::uuid AND month = '2026-05'`;
      expect(ledger).toEqual({ requests: 1n });
    } finally {
      holder.release();
    }
  });
});

describe("withPgTransaction", () => {
  it("retries a transaction Postgres aborted for a deadlock, and rolls back what it did first", async () => {
    await db.$executeRawUnsafe("CREATE TABLE lock_pair (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)");
    await db.$executeRawUnsafe("INSERT INTO lock_pair (id) VALUES (1), (2)");
    const pool = pgPoolOf(db);
    let attempts = 0;
    let bothLocked!: () => void;
    const firstLocks = new Promise<void>((resolve) => {
      bothLocked = resolve;
    });
    // Two transactions take the two rows in opposite orders: Postgres aborts one with 40P01.
    const crosswise = (first: number, second: number, signal: boolean) =>
      withPgTransaction(pool, async (client) => {
        attempts++;
        await client.query("UPDATE lock_pair SET n = n + 1 WHERE id = $1", [first]);
        if (signal) bothLocked();
        else await firstLocks;
        await new Promise((r) => setTimeout(r, 100));
        await client.query("UPDATE lock_pair SET n = n + 1 WHERE id = $1", [second]);
      });
    await Promise.all([crosswise(1, 2, true), crosswise(2, 1, false)]);
    expect(attempts).toBe(3);
    const rows = await db.$queryRawUnsafe<{ n: number }[]>("SELECT n FROM lock_pair ORDER BY id");
    // Each transaction committed once: the aborted attempt left nothing behind.
    expect(rows.map((r) => r.n)).toEqual([2, 2]);
  });

  it("rolls back on an error of the caller's and gives the connection back healthy", async () => {
    const pool = pgPoolOf(db);
    await expect(
      withPgTransaction(pool, async (client) => {
        await client.query("INSERT INTO lock_pair (id) VALUES (3)");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect((await pool.query("SELECT count(*)::int AS n FROM lock_pair WHERE id = 3")).rows[0].n).toBe(0);
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });

  it("discards a connection Postgres ended mid-transaction, and says the database was unavailable", async () => {
    const pool = pgPoolOf(db);
    let attempts = 0;
    const failure = await withPgTransaction(pool, async (client) => {
      attempts++;
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      // Ended from outside while idle in the transaction: the client hears of it as an 'error' event.
      await pool.query("SELECT pg_terminate_backend($1)", [rows[0]?.pid]);
      await new Promise((r) => setTimeout(r, 200));
      await client.query("SELECT 1");
    }).catch((error: unknown) => error);
    expect(attempts).toBe(1);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(pool.totalCount - pool.idleCount).toBe(0);
    expect(
      await withPgTransaction(pool, async (client) => (await client.query("SELECT 1 AS one")).rows),
    ).toEqual([{ one: 1 }]);
  });
});
