import { enqueueExportTasks, jobCatalog } from "@capstan/contracts";
import { admitTasks } from "@capstan/db";
import { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Redis } from "ioredis";

export interface Queues {
  /** The export-task queue (read by the ops pages; written only through admit). */
  exportTasks: Queue;
  /**
   * Lets a tenant's waiting export tasks into the queue, as many as TENANT_MAX_ACTIVE_TASKS allows. Call it
   * whenever tasks of a tenant were created, sent back to work or closed.
   */
  admit(tenantId: string): Promise<void>;
}

declare module "fastify" {
  interface FastifyInstance {
    queues: Queues;
    redis: Redis;
  }
}

/** How long a request waits for Redis to take its export tasks before leaving them to the reconciler. */
const ENQUEUE_WAIT_MS = 2000;

export default fp(
  async function queues(app: FastifyInstance) {
    // BullMQ wants maxRetriesPerRequest: null so blocking commands survive reconnects.
    const redis = new Redis(app.config.REDIS_URL, { maxRetriesPerRequest: null });
    redis.on("error", (error) => app.log.warn({ err: error.message }, "redis connection error"));
    const exportTasks = new Queue(jobCatalog.exportTask.queue, {
      connection: redis,
      prefix: app.config.REDIS_PREFIX,
    });
    // Without a listener BullMQ prints every Redis reconnect error with its stack to stderr.
    exportTasks.on("error", (error) => app.log.warn({ err: error.message }, "queue error"));
    app.decorate("redis", redis);
    app.decorate<Queues>("queues", {
      exportTasks,
      async admit(tenantId) {
        // Admission runs on Postgres alone: the tasks it lets in are recorded even when Redis is away.
        const admitted = await admitTasks(app.db, tenantId, app.config.TENANT_MAX_ACTIVE_TASKS);
        if (admitted.length === 0) return;
        const added = enqueueExportTasks(exportTasks, admitted, app.config);
        // The workers' reconciler enqueues every admitted task that has no job: a Redis outage must not hold
        // the request. (The job id is the task id, so an enqueue that completes later, once Redis is back,
        // still runs each task once.)
        let timer: NodeJS.Timeout | undefined;
        const outcome = await Promise.race([
          added.then(() => "added" as const),
          new Promise<"waiting">((resolve) => {
            timer = setTimeout(() => resolve("waiting"), ENQUEUE_WAIT_MS);
          }),
        ])
          .catch((error: Error) => error)
          .finally(() => clearTimeout(timer));
        if (outcome !== "added") {
          added.catch(() => {});
          app.log.warn(
            { tasks: admitted.length, err: outcome === "waiting" ? "timed out" : outcome.message },
            "could not enqueue export tasks now; the reconciler will",
          );
        }
      },
    });
    app.addHook("onClose", async () => {
      await exportTasks.close();
      redis.disconnect();
    });
  },
  { name: "queues", dependencies: ["config", "db"] },
);
