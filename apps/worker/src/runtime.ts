import type { Config } from "@capstan/config";
import { jobCatalog } from "@capstan/contracts";
import { createDb, type Db } from "@capstan/db";
import { appCredentialFromConfig, GraphClient, TokenProvider } from "@capstan/graph";
import { limitsUnder, RateLimiter } from "@capstan/rate-limit";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import pino, { type Logger } from "pino";
import { createExportTaskProcessor } from "./export-task";

export interface WorkerRuntime {
  db: Db;
  worker: Worker;
  /** Re-enqueues every unfinished task found in Postgres; returns how many it enqueued. */
  reconcile(): Promise<number>;
  close(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: { paths: ["*.clientSecret", "*.access_token", "*.authorization", "token"], censor: "[redacted]" },
  });
}

/** Assembles the export worker from configuration: Postgres, Redis, the limiter, MSAL and Graph. */
export async function startWorkerRuntime(
  config: Config,
  logger: Logger = createLogger(config),
): Promise<WorkerRuntime> {
  const db = createDb({
    databaseUrl: config.DATABASE_URL,
    maxConnections: Math.min(20, config.WORKER_CONCURRENCY),
  });
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  const limiter = new RateLimiter({
    redis,
    prefix: config.REDIS_PREFIX,
    app: config.RATE_LIMIT_APP_BURST
      ? { rate: config.RATE_LIMIT_APP_RPS, burst: config.RATE_LIMIT_APP_BURST }
      : limitsUnder(config.RATE_LIMIT_APP_RPS),
    tenant: config.RATE_LIMIT_TENANT_BURST
      ? { rate: config.RATE_LIMIT_TENANT_RPS, burst: config.RATE_LIMIT_TENANT_BURST }
      : limitsUnder(config.RATE_LIMIT_TENANT_RPS),
  });
  const tokens = new TokenProvider({
    app: { clientId: config.AZURE_CLIENT_ID, credential: appCredentialFromConfig(config) },
    identityBaseUrl: config.IDENTITY_BASE_URL,
  });
  const graph = new GraphClient({
    appId: config.AZURE_CLIENT_ID,
    graphBaseUrl: config.GRAPH_BASE_URL,
    tokens,
    limiter,
    timeoutMs: config.GRAPH_REQUEST_TIMEOUT_MS,
  });

  const queueName = jobCatalog.exportTask.queue;
  const queue = new Queue(queueName, { connection: redis, prefix: config.REDIS_PREFIX });
  const processor = createExportTaskProcessor({ db, graph, logger, pageSize: config.GRAPH_PAGE_SIZE });
  const worker = new Worker(
    queueName,
    async (job, token) => processor(job as Parameters<typeof processor>[0], token),
    {
      connection: redis.duplicate(),
      prefix: config.REDIS_PREFIX,
      concurrency: config.WORKER_CONCURRENCY,
    },
  );
  worker.on("failed", (job, error) =>
    logger.warn({ jobId: job?.id, err: error.message }, "job attempt failed"),
  );

  async function reconcile(): Promise<number> {
    const open = await db.exportTask.findMany({
      where: { status: { in: ["pending", "running"] }, export: { status: { in: ["queued", "running"] } } },
      select: { id: true },
    });
    let enqueued = 0;
    for (const { id } of open) {
      const existing = await queue.getJob(id);
      const state = existing ? await existing.getState() : "missing";
      if (state === "completed" || state === "failed") await existing?.remove();
      if (state === "completed" || state === "failed" || state === "missing" || state === "unknown") {
        await queue.add("exportTask", jobCatalog.exportTask.payload.parse({ taskId: id }), {
          ...jobCatalog.exportTask.options,
          jobId: id,
        });
        enqueued++;
      }
    }
    return enqueued;
  }

  const enqueued = await reconcile();
  if (enqueued > 0) logger.info({ enqueued }, "reconciler re-enqueued unfinished tasks");

  return {
    db,
    worker,
    reconcile,
    async close() {
      await worker.close();
      await queue.close();
      redis.disconnect();
      await db.$disconnect();
    },
  };
}
