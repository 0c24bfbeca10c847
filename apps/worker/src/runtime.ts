import { type Config, limitSettingsOf } from "@capstan/config";
import { enqueueExportTasks, jobCatalog } from "@capstan/contracts";
import {
  admitTasks,
  archiveSignerFromConfig,
  createDb,
  type Db,
  pgPoolOf,
  tenantsAwaitingAdmission,
} from "@capstan/db";
import {
  appCredentialFromConfig,
  GraphClient,
  parseCloudHosts,
  redisTokenCacheStore,
  TokenProvider,
} from "@capstan/graph";
import { graphLimits, RateLimiter } from "@capstan/rate-limit";
import { webhookSettingsFromConfig } from "@capstan/webhooks";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import pino, { type Logger } from "pino";
import { runArchiveMaintenance } from "./archive";
import { startBundleWorker } from "./archive/bundles";
import type { EngineContext } from "./context";
import { FairGate } from "./fair-gate";
import type { TaskJob } from "./graph-call";
import { stopTask } from "./lifecycle";
import { type LiveCaptureLoops, startLiveCapture } from "./live";
import { createWorkerMetrics, MinuteCounters, type WorkerMetrics } from "./metrics";
import { createTaskProcessor } from "./processor";
import { startDueSchedules } from "./scheduler";
import { startWebhookDelivery, type WebhookDeliveryLoop } from "./webhooks";

export interface WorkerRuntime {
  db: Db;
  worker: Worker;
  /** Delivers the webhook outbox (polls Postgres). */
  webhooks: WebhookDeliveryLoop;
  /** Stores change notifications and keeps Graph subscriptions alive. */
  live: LiveCaptureLoops;
  /**
   * Re-enqueues every admitted unfinished task found in Postgres that has no live job, then admits waiting
   * tasks where there is room; returns how many jobs it queued.
   */
  reconcile(): Promise<number>;
  /** The observability hooks the engine calls; per-minute counters reach Postgres every few seconds. */
  metrics: WorkerMetrics & { flush(): Promise<void> };
  /** Readiness: "ok" per dependency (postgres, redis), or why not. */
  checkReady(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: {
      paths: ["*.clientSecret", "*.client_secret", "*.access_token", "*.authorization", "*.privateKey"],
      censor: "[redacted]",
    },
  });
}

function repeat(everyMs: number, fn: () => Promise<unknown>, logger: Logger, what: string): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    fn()
      .catch((error) => logger.warn({ err: (error as Error).message }, `${what} failed`))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Assembles the export worker from configuration: Postgres, Redis, the limiter, MSAL and Graph. */
export async function startWorkerRuntime(
  config: Config,
  logger: Logger = createLogger(config),
): Promise<WorkerRuntime> {
  const db = createDb({ databaseUrl: config.DATABASE_URL, maxConnections: config.DATABASE_POOL_SIZE });
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  const limiter = new RateLimiter({
    redis,
    prefix: config.REDIS_PREFIX,
    ...graphLimits(limitSettingsOf(config)),
    maxReserveMs: config.RATE_LIMIT_MAX_RESERVE_MS,
    reservationGraceMs: 25,
  });
  // National clouds' hosts, where configuration points them (the real hosts otherwise).
  const cloudHosts = parseCloudHosts(config.CLOUD_HOST_BASE_URLS);
  const tokens = new TokenProvider({
    app: { clientId: config.AZURE_CLIENT_ID, credential: appCredentialFromConfig(config) },
    identityBaseUrl: config.IDENTITY_BASE_URL,
    cloudHosts,
    // One token per tenant for all worker processes, not one per process.
    cacheStore: redisTokenCacheStore(redis, config.REDIS_PREFIX),
  });
  const minutes = new MinuteCounters(db);
  const metrics = createWorkerMetrics(minutes);
  const graph = new GraphClient({
    appId: config.AZURE_CLIENT_ID,
    graphBaseUrl: config.GRAPH_BASE_URL,
    cloudHosts,
    tokens,
    limiter,
    timeoutMs: config.GRAPH_REQUEST_TIMEOUT_MS,
    onRequest: metrics.graphRequest,
  });

  const queueName = jobCatalog.exportTask.queue;
  const queue = new Queue(queueName, { connection: redis, prefix: config.REDIS_PREFIX });
  // Without a listener BullMQ prints every Redis reconnect error with its stack to stderr.
  queue.on("error", (error) => logger.warn({ err: error.message }, "queue error"));

  async function admit(tenantId: string): Promise<void> {
    const admitted = await admitTasks(db, tenantId, config.TENANT_MAX_ACTIVE_TASKS);
    await enqueueExportTasks(queue, admitted, config);
  }

  // Time stepped aside is a progress metric: gathered in memory, written in batches.
  const waits = new Map<string, number>();
  async function flushWaits(): Promise<void> {
    const batch = [...waits];
    waits.clear();
    if (batch.length === 0) return;
    await pgPoolOf(db).query(
      `UPDATE export_tasks t SET waited_ms = t.waited_ms + w.ms
       FROM unnest($1::uuid[], $2::bigint[]) AS w(id, ms) WHERE t.id = w.id`,
      [batch.map(([taskId]) => taskId), batch.map(([, ms]) => Math.round(ms))],
    );
  }

  const ctx: EngineContext = {
    db,
    graph,
    tokens,
    logger,
    settings: {
      defaultPageSize: config.GRAPH_PAGE_SIZE,
      transientRetries: config.GRAPH_TRANSIENT_RETRIES,
      legacyBilling: config.LEGACY_BILLING,
      evaluationMonthlyCap: config.EVALUATION_MONTHLY_CAP,
      contextRefreshMs: config.CONTEXT_REFRESH_SECONDS * 1000,
    },
    admit,
    // Two connections stay free of page stores for the statements every task runs (load, claim, complete).
    pageGate: new FairGate(Math.max(1, config.DATABASE_POOL_SIZE - 2)),
    recordWait(taskId, ms) {
      waits.set(taskId, (waits.get(taskId) ?? 0) + ms);
    },
    metrics,
  };

  const processTask = createTaskProcessor(ctx);
  const worker = new Worker(queueName, async (job, token) => processTask(job as TaskJob, token), {
    connection: redis.duplicate(),
    prefix: config.REDIS_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    lockDuration: config.TASK_LOCK_MS,
    stalledInterval: config.TASK_STALLED_CHECK_MS,
    // A task killed with its worker is picked up again, however often; its checkpoint makes that safe.
    maxStalledCount: 1000,
  });
  worker.on("failed", (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    logger.warn(
      { jobId: job.id, attempt: job.attemptsMade, final, err: error.message },
      "task attempt failed",
    );
    if (!final) return;
    // Dead letter: kept in Postgres with its reason until someone redrives it.
    void db.exportTask
      .findUnique({
        where: { id: (job.data as { taskId: string }).taskId },
        select: { id: true, exportId: true, tenantId: true },
      })
      .then(async (task) => {
        if (!task) return;
        await stopTask(db, task, "dead", `Gave up after ${job.attemptsMade} attempts: ${error.message}`);
        await admit(task.tenantId);
      })
      .catch((e) => logger.error({ err: (e as Error).message }, "could not dead-letter a task"));
  });
  worker.on("error", (error) => logger.warn({ err: error.message }, "worker error"));

  async function reconcile(): Promise<number> {
    // Every admitted task that is still open must have a live job; then waiting tasks fill free admission.
    const admitted = await db.exportTask.findMany({
      where: {
        status: { in: ["pending", "running"] },
        OR: [{ status: "running" }, { admittedAt: { not: null } }],
        export: { status: { in: ["queued", "running"] } },
      },
      select: { id: true },
    });
    let enqueued = await enqueueExportTasks(
      queue,
      admitted.map((t) => t.id),
      config,
    );
    for (const tenantId of await tenantsAwaitingAdmission(db)) {
      const ids = await admitTasks(db, tenantId, config.TENANT_MAX_ACTIVE_TASKS);
      enqueued += await enqueueExportTasks(queue, ids, config);
    }
    return enqueued;
  }

  const bundles = startBundleWorker(config, db, redis, archiveSignerFromConfig(config), logger);

  const stops = [
    repeat(
      config.RECONCILE_INTERVAL_MS,
      async () => {
        const n = await reconcile();
        if (n > 0) logger.info({ enqueued: n }, "reconciler re-enqueued unfinished tasks");
      },
      logger,
      "reconciler",
    ),
    repeat(
      config.SCHEDULER_INTERVAL_MS,
      async () => {
        for (const tenantId of await startDueSchedules(db)) await admit(tenantId);
      },
      logger,
      "scheduler",
    ),
    repeat(
      config.ARCHIVE_INTERVAL_MS,
      () => runArchiveMaintenance(db, logger),
      logger,
      "archive maintenance",
    ),
    repeat(1000, flushWaits, logger, "wait flush"),
    repeat(5000, () => minutes.flush(), logger, "ops metrics flush"),
  ];

  const webhooks = startWebhookDelivery({
    db,
    logger: logger.child({ component: "webhooks" }),
    settings: webhookSettingsFromConfig(config),
    onAttempt: metrics.webhookAttempt,
  });

  const live = startLiveCapture({ config, db, graph, logger: logger.child({ component: "live" }), admit });

  async function checkReady(): Promise<Record<string, string>> {
    const answer = (p: Promise<unknown>) =>
      Promise.race([
        p.then(() => "ok"),
        new Promise<string>((resolve) => setTimeout(() => resolve("timeout"), 2000).unref()),
      ]).catch((error: Error) => {
        // Says only ok, timeout or error (a driver's message can name hosts); the log has the details.
        logger.warn({ err: error.message }, "readiness check failed");
        return "error";
      });
    const [postgres, redisState] = await Promise.all([answer(db.$queryRaw`SELECT 1`), answer(redis.ping())]);
    return { postgres, redis: redisState };
  }

  const enqueued = await reconcile();
  if (enqueued > 0) logger.info({ enqueued }, "reconciler re-enqueued unfinished tasks");

  let closing: Promise<void> | undefined;
  return {
    db,
    worker,
    webhooks,
    live,
    reconcile,
    metrics: { ...metrics, flush: () => minutes.flush() },
    checkReady,
    close() {
      // Once: a second call (a second signal, a test harness closing what a test closed) waits for the first
      // instead of running the shutdown again on clients already closed, where it could hang.
      closing ??= (async () => {
        for (const stop of stops) stop();
        await webhooks.stop();
        await live.stop();
        await worker.close();
        await bundles.worker.close();
        await bundles.queue.close();
        await flushWaits().catch(() => {});
        await minutes.flush().catch(() => {});
        await queue.close();
        redis.disconnect();
        await db.$disconnect();
      })();
      return closing;
    },
  };
}
