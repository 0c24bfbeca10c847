import { exportTaskJobOptions, type JobName, type JobPayload, jobCatalog } from "@capstan/contracts";
import { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Redis } from "ioredis";

export interface Queues {
  /** Validates the payload against the job catalog and enqueues it; a jobId makes enqueueing idempotent. */
  add<N extends JobName>(name: N, payload: JobPayload<N>, options?: { jobId?: string }): Promise<void>;
  /** Enqueues export tasks by id; the job id is the task id, so a task is never queued twice. */
  addTasks(taskIds: string[]): Promise<void>;
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
    const open = new Map<string, Queue>();
    const queueFor = (name: JobName) => {
      const queueName = jobCatalog[name].queue;
      let queue = open.get(queueName);
      if (!queue) {
        queue = new Queue(queueName, { connection: redis, prefix: app.config.REDIS_PREFIX });
        // Without a listener BullMQ prints every Redis reconnect error with its stack to stderr.
        queue.on("error", (error) => app.log.warn({ err: error.message }, "queue error"));
        open.set(queueName, queue);
      }
      return queue;
    };
    app.decorate("redis", redis);
    app.decorate<Queues>("queues", {
      async addTasks(taskIds) {
        if (taskIds.length === 0) return;
        const { payload } = jobCatalog.exportTask;
        const options = exportTaskJobOptions(app.config);
        const added = queueFor("exportTask").addBulk(
          taskIds.map((taskId) => ({
            name: "exportTask",
            data: payload.parse({ taskId }),
            opts: { ...options, jobId: taskId },
          })),
        );
        // The tasks are in Postgres already, and the workers' reconciler enqueues every unfinished task that
        // has no job: a Redis outage must not hold the request. (The job id is the task id, so an enqueue
        // that completes later, once Redis is back, still runs each task once.)
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
            { tasks: taskIds.length, err: outcome === "waiting" ? "timed out" : outcome.message },
            "could not enqueue export tasks now; the reconciler will",
          );
        }
      },
      async add(name, payload, options) {
        const data = jobCatalog[name].payload.parse(payload);
        await queueFor(name).add(name, data, {
          ...jobCatalog[name].options,
          ...(options?.jobId ? { jobId: options.jobId } : {}),
        });
      },
    });
    app.addHook("onClose", async () => {
      await Promise.all([...open.values()].map((q) => q.close()));
      redis.disconnect();
    });
  },
  { name: "queues", dependencies: ["config"] },
);
