import { loadConfig } from "@capstan/config";
import {
  archiveSignerFromConfig,
  createDb,
  type Db,
  type GraphChatMessage,
  storeMessagePage,
} from "@capstan/db";
import { createTestEnvironment, eventually, type TestEnvironment } from "@capstan/testing";
import { Redis } from "ioredis";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runArchiveMaintenance } from "../src/archive";
import { startBundleWorker } from "../src/archive/bundles";

// The worker's side of the archive: the bundle job through BullMQ on real Redis, a bundle whose job was
// lost queued again by the archive pass, and the pass chaining the ledger.

let env: TestEnvironment;
let db: Db;
let redis: Redis;
let bundles: ReturnType<typeof startBundleWorker>;
let ids: { accountId: string; tenantId: string };
const logger = pino({ level: "silent" });

beforeAll(async () => {
  env = await createTestEnvironment();
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_PREFIX: env.redisPrefix,
  });
  db = createDb({ databaseUrl: env.databaseUrl, maxConnections: 4 });
  redis = new Redis(env.redisUrl, { maxRetriesPerRequest: null });
  bundles = startBundleWorker(config, db, redis, archiveSignerFromConfig(config), logger);
  const account = await db.account.create({ data: { name: "Worker ISV" } });
  const tenant = await db.tenant.create({ data: { accountId: account.id, model: "B", status: "active" } });
  ids = { accountId: account.id, tenantId: tenant.id };
  const exp = await db.export.create({
    data: { accountId: account.id, tenantId: tenant.id, scope: "tenant", options: {} },
  });
  const task = await db.exportTask.create({
    data: { exportId: exp.id, tenantId: tenant.id, kind: "user_chats", targetId: "u" },
  });
  const messages = Array.from({ length: 450 }, (_, i) => ({
    id: String(i),
    etag: "1",
    chatId: `19:c${i % 2}@thread.v2`,
    messageType: "message",
    createdDateTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    lastModifiedDateTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    from: { user: { id: "u1" } },
    body: { contentType: "html", content: `<p>message ${i}</p>` },
  })) as GraphChatMessage[];
  await db.$transaction((tx) =>
    storeMessagePage(tx, { tenantId: tenant.id, exportId: exp.id, taskId: task.id, messages }),
  );
});
afterAll(async () => {
  await bundles?.worker.close();
  await bundles?.queue.close();
  redis?.disconnect();
  await db?.$disconnect();
  await env?.cleanup();
});

describe("archive worker", () => {
  it("builds a queued bundle in parts, reporting progress", async () => {
    const bundle = await db.exportBundle.create({
      data: {
        accountId: ids.accountId,
        tenantId: ids.tenantId,
        source: { kind: "query", query: { userId: "u1", includeDeleted: true } },
        createdBy: "test",
      },
    });
    await bundles.queue.add("archiveBundle", { bundleId: bundle.id }, { jobId: bundle.id });
    const done = await eventually(async () => {
      const b = await db.exportBundle.findUniqueOrThrow({ where: { id: bundle.id } });
      return b.status === "completed" ? b : undefined;
    });
    // 450 messages in two chats of 225: two parts of 200 and 25 each, and the manifest's part.
    expect(done).toMatchObject({ messagesTotal: 450, messagesDone: 450, parts: 5 });
    const job = await bundles.queue.getJob(bundle.id);
    expect(job?.progress).toMatchObject({ messagesTotal: 450 });
  });

  it("queues again a bundle whose job was lost, chains the ledger on the same pass, and expires bundles", async () => {
    const bundle = await db.exportBundle.create({
      data: {
        accountId: ids.accountId,
        tenantId: ids.tenantId,
        source: { kind: "query", query: { chatId: "19:c0@thread.v2", includeDeleted: true } },
        createdBy: "test",
      },
    });
    await db.$executeRaw`UPDATE export_bundles SET updated_at = now() - interval '2 minutes' WHERE id = ${bundle.id}::uuid`;
    await runArchiveMaintenance(db, logger, bundles.requeueStalled);
    expect(await db.archiveLedgerEntry.count({ where: { tenantId: ids.tenantId, position: null } })).toBe(0);
    expect(await db.archiveLedgerEntry.count({ where: { tenantId: ids.tenantId } })).toBe(450);
    const built = await eventually(async () => {
      const b = await db.exportBundle.findUniqueOrThrow({ where: { id: bundle.id } });
      return b.status === "completed" ? b : undefined;
    });
    // Downloadable for the configured days; past them, the next pass removes its bytes and keeps the record.
    expect(built.expiresAt).not.toBeNull();
    expect(await db.exportBundlePart.count({ where: { bundleId: bundle.id } })).toBeGreaterThan(0);
    await db.exportBundle.update({ where: { id: bundle.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await runArchiveMaintenance(db, logger, bundles.requeueStalled);
    expect(await db.exportBundle.findUniqueOrThrow({ where: { id: bundle.id } })).toMatchObject({
      status: "expired",
      removedBy: "expiry",
    });
    expect(await db.exportBundlePart.count({ where: { bundleId: bundle.id } })).toBe(0);
  });
});
