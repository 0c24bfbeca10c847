import { buildBundle, failBundle, stalledBundles } from "@capstan/archive";
import type { Config } from "@capstan/config";
import { jobCatalog } from "@capstan/contracts";
import type { ArchiveSigner, Db } from "@capstan/db";
import { type Job, Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

type BundleJob = Job<{ bundleId: string }>;

/**
 * The export-bundle builder: one BullMQ job per bundle (job id = bundle id). A job that dies with its worker
 * is picked up again and resumes at the bundle's checkpoint; the archive pass re-enqueues bundles whose job
 * was lost (Redis flushed) or never queued.
 */
export function startBundleWorker(
  config: Config,
  db: Db,
  redis: Redis,
  signer: ArchiveSigner,
  logger: Logger,
): { worker: Worker; queue: Queue; requeueStalled(): Promise<number> } {
  const name = jobCatalog.archiveBundle.queue;
  const queue = new Queue(name, { connection: redis, prefix: config.REDIS_PREFIX });
  queue.on("error", (error) => logger.warn({ err: error.message }, "bundle queue error"));
  const worker = new Worker(
    name,
    async (job: BundleJob) => {
      const { bundleId } = jobCatalog.archiveBundle.payload.parse(job.data);
      await buildBundle(db, signer, bundleId, {
        retentionDays: config.BUNDLE_RETENTION_DAYS,
        onPart: async (p) => {
          await job.updateProgress(p);
          await job.extendLock(job.token ?? "", 60_000).catch(() => {});
        },
      });
    },
    { connection: redis.duplicate(), prefix: config.REDIS_PREFIX, concurrency: 2, lockDuration: 60_000 },
  );
  worker.on("failed", (job, error) => {
    if (!job) return;
    logger.warn(
      { bundleId: job.data.bundleId, attempt: job.attemptsMade, err: error.message },
      "bundle build failed",
    );
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
      void failBundle(db, job.data.bundleId, error.message).catch(() => {});
    }
  });
  worker.on("error", (error) => logger.warn({ err: error.message }, "bundle worker error"));

  async function requeueStalled(): Promise<number> {
    let queued = 0;
    for (const bundleId of await stalledBundles(db)) {
      const job = await queue.getJob(bundleId);
      const state = job ? await job.getState() : "missing";
      if (state === "active" || state === "waiting" || state === "delayed" || state === "prioritized")
        continue;
      if (job) await job.remove().catch(() => {});
      await queue.add(
        "archiveBundle",
        { bundleId },
        { ...jobCatalog.archiveBundle.options, jobId: bundleId },
      );
      queued++;
    }
    return queued;
  }

  return { worker, queue, requeueStalled };
}
