import type { JobPayload } from "@capstan/contracts";
import { recordUsage } from "@capstan/db";
import { backoffMs, GraphError, type RequestOptions } from "@capstan/graph";
import { DelayedError, type Job } from "bullmq";
import type { EngineContext, LoadedTask } from "./context";

export type TaskJob = Job<JobPayload<"exportTask">>;

/** Steps aside: the job goes to the delayed set and the worker slot serves other work meanwhile. */
export async function stepAside(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  waitMs: number,
  changes: { reservation?: number | undefined; throttleStreak?: number | undefined } = {},
): Promise<never> {
  ctx.recordWait(job.data.taskId, waitMs);
  const data = { taskId: job.data.taskId, ...changes };
  if (data.reservation !== job.data.reservation || data.throttleStreak !== job.data.throttleStreak) {
    await job.updateData(data);
  }
  await job.moveToDelayed(Date.now() + Math.max(1, Math.ceil(waitMs)), token);
  throw new DelayedError();
}

/**
 * One Graph call for a task, through the limiter: without a token the task steps aside (keeping any slot
 * the limiter reserved); a 429 blocks the tenant (done by the client) and the task steps aside for its
 * Retry-After, or an exponential backoff when Graph gave none.
 */
export async function callGraph<T>(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
  call: (options: RequestOptions) => Promise<T>,
): Promise<T> {
  let failures = 0;
  for (;;) {
    try {
      const result = await call({ reservation: job.data.reservation });
      // The reservation is spent and the streak is over; a later call of this run takes a fresh token.
      job.data = { taskId: job.data.taskId };
      return result;
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      if (!error.notSent) {
        // Graph answered (with an error): it still counts as a request, and a 429 as throttling.
        await recordUsage(ctx.db, task.tenantId, task.export.tenant.model, {
          requests: 1,
          throttled: error.status === 429 ? 1 : 0,
        });
        if (error.status === 429) ctx.metrics?.throttled(task.tenantId);
      }
      if (error.kind === "throttled" && error.notSent && error.reservation !== undefined) {
        // The limiter holds a slot for this call, at most RATE_LIMIT_MAX_RESERVE_MS away: the token is this
        // task's already, so it waits for it right here and claims it on time. (Woken later through the
        // delayed set, it would often miss the slot, which then lapses unused.)
        const wait = error.retryAfterMs ?? 1;
        ctx.metrics?.waited(error.code.replace(/^RateLimit:/, ""), wait);
        ctx.recordWait(job.data.taskId, wait);
        job.data = { ...job.data, reservation: error.reservation };
        await new Promise((r) => setTimeout(r, wait));
        continue;
      }
      if (error.kind === "throttled" && error.notSent) {
        // No token and no slot held (the bucket is booked beyond the horizon, or the tenant is blocked by a
        // 429): step aside, so this worker slot serves other tenants meanwhile.
        ctx.metrics?.waited(error.code.replace(/^RateLimit:/, ""), error.retryAfterMs ?? 1);
        await stepAside(ctx, job, token, error.retryAfterMs ?? 1, {
          reservation: error.reservation,
          throttleStreak: job.data.throttleStreak,
        });
      }
      if (error.kind === "throttled") {
        // Graph's 429: its Retry-After blocked the tenant already; without one, back off exponentially.
        const streak = (job.data.throttleStreak ?? 0) + 1;
        const wait = error.retryAfterMs ?? backoffMs(streak, 1000, 60_000);
        ctx.metrics?.waited("retry_after", wait);
        await stepAside(ctx, job, token, wait + Math.random() * 50, { throttleStreak: streak });
      }
      if (error.kind === "transient" && failures < ctx.settings.transientRetries) {
        // Brief in-place retries ride out a blip (a 500 on a nextLink usually succeeds at once); a longer
        // outage goes back to BullMQ, whose exponential backoff does not hold the slot.
        failures++;
        const wait = Math.min(error.retryAfterMs ?? backoffMs(failures, 100, 1000), 1000);
        await new Promise((r) => setTimeout(r, wait));
        continue;
      }
      throw error;
    }
  }
}
