import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDb,
  type Db,
  type GraphChatMessage,
  isDatabaseUnavailable,
  pgPoolOf,
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

  it("stores text Postgres cannot hold (NUL, an unpaired surrogate) as U+FFFD", async () => {
    await store([message("m3", "1", "2026-01-01T00:00:00Z", "a\u0000b\uD800c")]);
    const row = await db.message.findFirstOrThrow({ where: { messageId: "m3" } });
    expect((row.raw as { body: { content: string } }).body.content).toBe("a\uFFFDb\uFFFDc");
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
      message("m1", "2", "2026-01-02T00:00:00Z", ""),
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
