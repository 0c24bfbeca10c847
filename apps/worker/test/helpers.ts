import { type Config, loadConfig } from "@capstan/config";
import { enqueueExportTasks, jobCatalog } from "@capstan/contracts";
import {
  admitTasks,
  createDb,
  createExportWithTasks,
  type Db,
  type ExportPlanOptions,
  type ExportScope,
} from "@capstan/db";
import { createSimulator, DEMO_APP, type Simulator } from "@capstan/graph-sim";
import { createTestEnvironment, eventually, type TestEnvironment, teardown } from "@capstan/testing";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pino from "pino";
import { startWorkerRuntime, type WorkerRuntime } from "../src/runtime";

export interface Harness {
  env: TestEnvironment;
  sim: Simulator;
  config: Config;
  db: Db;
  redis: Redis;
  queue: Queue;
  accountId: string;
  startWorker(overrides?: Record<string, string>): Promise<WorkerRuntime>;
  /** A Capstan tenant (active, consented) for a simulator tenant. */
  addTenant(entraTenantId: string, model?: "A" | "B" | "evaluation"): Promise<string>;
  startExport(input: {
    tenantId: string;
    scope: ExportScope;
    targetId?: string | null;
    options?: ExportPlanOptions;
  }): Promise<string>;
  waitForExport(exportId: string, timeoutMs?: number): Promise<{ status: string; error: string | null }>;
  close(): Promise<void>;
}

/** Postgres, Redis and the Graph simulator of this test file's own, and a worker pointed at them. */
export async function createHarness(
  simOptions: Parameters<typeof createSimulator>[0] = {},
  configOverrides: Record<string, string> = {},
): Promise<Harness> {
  const env = await createTestEnvironment();
  const sim = await createSimulator({ seed: 7, ...simOptions });
  const url = await sim.listen({ port: 0, host: "127.0.0.1" });
  const base = {
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_PREFIX: env.redisPrefix,
    GRAPH_BASE_URL: url,
    IDENTITY_BASE_URL: url,
    AZURE_CLIENT_ID: DEMO_APP.clientId,
    AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
    RECONCILE_INTERVAL_MS: "500",
    SCHEDULER_INTERVAL_MS: "200",
    WORKER_CONCURRENCY: "32",
    TASK_LOCK_MS: "2000",
    METRICS_PORT: "0",
    TASK_STALLED_CHECK_MS: "1000",
    ...configOverrides,
  };
  const config = loadConfig(base);
  const db = createDb({ databaseUrl: env.databaseUrl, maxConnections: 5 });
  const redis = new Redis(env.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(jobCatalog.exportTask.queue, { connection: redis, prefix: env.redisPrefix });
  const account = await db.account.create({ data: { name: "Test ISV" } });
  const workers: WorkerRuntime[] = [];

  return {
    env,
    sim,
    config,
    db,
    redis,
    queue,
    accountId: account.id,
    async startWorker(overrides = {}) {
      const runtime = await startWorkerRuntime(
        loadConfig({ ...base, ...overrides }),
        pino({ level: process.env.CAPSTAN_TEST_LOG ?? "silent" }),
      );
      workers.push(runtime);
      return runtime;
    },
    async addTenant(entraTenantId, model = "B") {
      const tenant = await db.tenant.create({
        data: { accountId: account.id, entraTenantId, model, status: "active" },
      });
      return tenant.id;
    },
    async startExport({ tenantId, scope, targetId = null, options = {} }) {
      const created = await db.$transaction((tx) =>
        createExportWithTasks(tx, { accountId: account.id, tenantId, scope, targetId, options }),
      );
      // Admitted and queued as the API does it.
      await enqueueExportTasks(queue, await admitTasks(db, tenantId, config.TENANT_MAX_ACTIVE_TASKS), config);
      return created.export.id;
    },
    async waitForExport(exportId, timeoutMs = 60_000) {
      return eventually(
        async () => {
          const row = await db.export.findUniqueOrThrow({ where: { id: exportId } });
          return row.status === "completed" || row.status === "failed" || row.status === "cancelled"
            ? { status: row.status, error: row.error }
            : undefined;
        },
        { timeoutMs, intervalMs: 100, what: `export ${exportId} to finish` },
      );
    },
    async close() {
      await teardown([
        ...workers.map((w, i): [string, () => Promise<void>] => [`worker ${i + 1}`, () => w.close()]),
        ["queue", () => queue.close()],
        ["redis", async () => redis.disconnect()],
        ["database client", () => db.$disconnect()],
        ["simulator", () => sim.close()],
        ["test database and keys", () => env.cleanup()],
      ]);
    },
  };
}

export interface StoredState {
  versions: Set<string>;
  current: Set<string>;
  deletions: Set<string>;
  hosted: Set<string>;
}

/** Capstan's container id for a ground-truth key: the chat id, or teamId/channelId. */
export function containerKey(k: { containerId: string; containerType: string; teamId?: string }): string {
  return k.containerType === "channel" && k.teamId ? `${k.teamId}/${k.containerId}` : k.containerId;
}

/** What Capstan stored for a tenant, as comparable keys. */
export async function storedState(db: Db, tenantId: string): Promise<StoredState> {
  const versions = await db.messageVersion.findMany({
    where: { tenantId },
    select: { containerId: true, messageId: true, etag: true },
  });
  const current = await db.message.findMany({
    where: { tenantId },
    select: { containerId: true, messageId: true, etag: true, deletedDateTime: true },
  });
  const hosted = await db.messageHostedContent.findMany({
    where: { tenantId },
    select: { containerId: true, messageId: true, hostedContentId: true, sha256: true },
  });
  return {
    versions: new Set(versions.map((v) => `${v.containerId}|${v.messageId}|${v.etag}`)),
    current: new Set(current.map((v) => `${v.containerId}|${v.messageId}|${v.etag}`)),
    deletions: new Set(
      current.filter((v) => v.deletedDateTime).map((v) => `${v.containerId}|${v.messageId}`),
    ),
    hosted: new Set(hosted.map((h) => `${h.containerId}|${h.messageId}|${h.hostedContentId}|${h.sha256}`)),
  };
}

type TruthKey = {
  containerId: string;
  containerType: string;
  teamId?: string;
  messageId: string;
  etag: string;
  deleted: boolean;
};
type TruthHosted = {
  containerId: string;
  containerType: string;
  teamId?: string;
  messageId: string;
  hostedContentId: string;
  sha256: string;
};

/** The ground truth as the same comparable keys as storedState. */
export function truthState(truth: {
  current: TruthKey[];
  allVersions: TruthKey[];
  hostedContents: TruthHosted[];
}) {
  return {
    current: new Set(truth.current.map((k) => `${containerKey(k)}|${k.messageId}|${k.etag}`)),
    allVersions: new Set(truth.allVersions.map((k) => `${containerKey(k)}|${k.messageId}|${k.etag}`)),
    deletions: new Set(
      truth.current.filter((k) => k.deleted).map((k) => `${containerKey(k)}|${k.messageId}`),
    ),
    hosted: new Set(
      truth.hostedContents.map((k) => `${containerKey(k)}|${k.messageId}|${k.hostedContentId}|${k.sha256}`),
    ),
  };
}

/** Waits until the export has stored at least `pages` pages. */
export async function waitForPages(
  db: Db,
  exportId: string,
  pages: number,
  timeoutMs = 30_000,
): Promise<void> {
  await eventually(
    async () => {
      const rows = await db.exportTask.aggregate({ where: { exportId }, _sum: { pagesFetched: true } });
      return (rows._sum.pagesFetched ?? 0) >= pages ? true : undefined;
    },
    { timeoutMs, intervalMs: 20, what: `${pages} pages of export ${exportId}` },
  );
}

/** The webhook events (transactional outbox) recorded for an account, oldest first. */
export async function outboxEvents(db: Db, accountId: string) {
  const rows = await db.$queryRaw<{ type: string; body: string }[]>`
    SELECT type, body::text AS body FROM webhook_events WHERE account_id = ${accountId}::uuid ORDER BY created_at, id`;
  return rows.map((r) => ({ type: r.type, ...(JSON.parse(r.body) as { data: Record<string, unknown> }) }));
}
