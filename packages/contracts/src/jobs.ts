import type { Queue } from "bullmq";
import { z } from "zod";

/** The BullMQ job catalog: each queue's name, its payload (validated on both ends) and its job options. */
export const jobCatalog = {
  exportTask: {
    queue: "export-tasks",
    payload: z.object({
      taskId: z.uuid(),
      /** A rate-limit slot (Redis time, ms) the limiter reserved for this task's next Graph call. */
      reservation: z.number().optional(),
      /** Consecutive 429s without Retry-After: the exponent of this task's backoff. */
      throttleStreak: z.number().int().optional(),
    }),
    options: {
      attempts: 10,
      backoff: { type: "exponential", delay: 1000 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    },
  },
  /** Builds an export bundle part by part (the job id is the bundle id; a rerun resumes it). */
  archiveBundle: {
    queue: "archive-bundles",
    payload: z.object({ bundleId: z.uuid() }),
    options: {
      attempts: 5,
      backoff: { type: "exponential", delay: 2000 },
      removeOnComplete: 1000,
      removeOnFail: 1000,
    },
  },
} as const;

export type JobName = keyof typeof jobCatalog;

/** The export-task job options, with the attempts and backoff a deployment configured. */
export function exportTaskJobOptions(settings: { TASK_MAX_ATTEMPTS: number; TASK_BACKOFF_MS: number }) {
  return {
    ...jobCatalog.exportTask.options,
    attempts: settings.TASK_MAX_ATTEMPTS,
    backoff: { type: "exponential" as const, delay: settings.TASK_BACKOFF_MS },
  };
}
export type JobPayload<N extends JobName> = z.infer<(typeof jobCatalog)[N]["payload"]>;

/**
 * Enqueues export tasks by id; the job id is the task id, so a task already queued or running is not queued
 * twice. A task sent back to work (redriven, resumed after consent) may still have its finished job under
 * that id, which would swallow the new one: such a job is removed first. Returns how many were queued.
 */
export async function enqueueExportTasks(
  queue: Queue,
  taskIds: string[],
  settings: { TASK_MAX_ATTEMPTS: number; TASK_BACKOFF_MS: number },
): Promise<number> {
  const toAdd: string[] = [];
  for (const taskId of taskIds) {
    const job = await queue.getJob(taskId);
    const state = job ? await job.getState() : "missing";
    if (state === "completed" || state === "failed") await job?.remove();
    if (state === "completed" || state === "failed" || state === "missing" || state === "unknown") {
      toAdd.push(taskId);
    }
  }
  if (toAdd.length === 0) return 0;
  const options = exportTaskJobOptions(settings);
  await queue.addBulk(
    toAdd.map((taskId) => ({
      name: "exportTask",
      data: jobCatalog.exportTask.payload.parse({ taskId }),
      opts: { ...options, jobId: taskId },
    })),
  );
  return toAdd.length;
}
