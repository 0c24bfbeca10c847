import { type Db, type GraphChatMessage, storeMessagePage, withTransaction } from "@capstan/db";
import { backoffMs, type GraphClient, GraphError, TokenError } from "@capstan/graph";
import { DelayedError, type Job } from "bullmq";
import type { Logger } from "pino";

export interface ExportTaskDeps {
  db: Db;
  graph: GraphClient;
  logger: Logger;
  pageSize: number;
  /** Transient failures retried in place before the job itself is retried by BullMQ. */
  maxTransientRetries?: number;
}

const MODEL_PARAM = { A: "&model=A", B: "&model=B", evaluation: "" } as const;

/** Why a task stops for good, in words an ISV can act on. */
function explain(error: GraphError | TokenError): string {
  if (error instanceof TokenError)
    return `Microsoft refused a token for this tenant (${error.reason}): ${error.detail}`;
  if (error.kind === "payment_required") {
    return `Graph answered 402 (licensing or evaluation capacity): ${error.message}. Check the tenant's payment model and licences.`;
  }
  if (error.kind === "unauthorized") {
    return `Graph refused access (${error.status} ${error.code}): the app's consent may have been revoked. ${error.message}`;
  }
  return `Graph answered ${error.status} ${error.code}: ${error.message}`;
}

async function finishExportIfDone(db: Db, exportId: string): Promise<void> {
  const open = await db.exportTask.count({
    where: { exportId, status: { in: ["pending", "running"] } },
  });
  if (open > 0) return;
  const failed = await db.exportTask.findFirst({ where: { exportId, status: "failed" } });
  await db.export.updateMany({
    where: { id: exportId, status: { in: ["queued", "running"] } },
    data: failed
      ? { status: "failed", error: failed.error, finishedAt: new Date() }
      : { status: "completed", finishedAt: new Date() },
  });
}

/**
 * Runs one export task: follows getAllMessages page by page, committing each page's rows together with
 * the next link, so a crash loses at most the page in flight and a rerun continues where it stopped.
 * With no rate-limit token it steps aside (the job is delayed) instead of holding the worker slot.
 */
export function createExportTaskProcessor(deps: ExportTaskDeps) {
  const { db, graph, logger, pageSize, maxTransientRetries = 5 } = deps;

  return async function processExportTask(job: Job<{ taskId: string }>, token?: string): Promise<void> {
    const task = await db.exportTask.findUnique({
      where: { id: job.data.taskId },
      include: { export: { include: { tenant: true } } },
    });
    if (!task || task.status === "completed" || task.status === "failed") return;
    const { export: exp } = task;
    const tenant = exp.tenant;
    if (exp.status === "cancelled") return;
    if (!tenant.entraTenantId) throw new Error(`tenant ${tenant.id} has no Entra tenant id`);
    const log = logger.child({ jobId: job.id, taskId: task.id, exportId: exp.id });

    if (task.status === "pending") {
      await db.exportTask.update({ where: { id: task.id }, data: { status: "running" } });
      await db.export.updateMany({
        where: { id: exp.id, status: "queued" },
        data: { status: "running", startedAt: new Date() },
      });
    }

    let cursor = task.cursor;
    let url =
      cursor ??
      `/v1.0/users/${encodeURIComponent(task.targetId)}/chats/getAllMessages?$top=${pageSize}${MODEL_PARAM[tenant.model]}`;
    let transientFailures = 0;

    for (;;) {
      let page: { value: GraphChatMessage[]; nextLink: string | null };
      try {
        page = await graph.getPage<GraphChatMessage>(tenant.entraTenantId, url);
        transientFailures = 0;
      } catch (error) {
        if (error instanceof GraphError && error.kind === "throttled") {
          // Step aside: the slot serves other work until this tenant has a token again.
          const wait = error.retryAfterMs ?? backoffMs(job.attemptsStarted, 1000, 30_000);
          await job.moveToDelayed(Date.now() + Math.max(wait, 1), token);
          throw new DelayedError();
        }
        if (
          error instanceof GraphError &&
          error.kind === "transient" &&
          transientFailures < maxTransientRetries
        ) {
          transientFailures++;
          await new Promise((r) => setTimeout(r, backoffMs(transientFailures, 200, 10_000)));
          continue;
        }
        if (error instanceof GraphError && error.kind === "not_found") {
          await db.exportTask.update({
            where: { id: task.id },
            data: { status: "completed", error: `target not found: ${error.message}` },
          });
          await finishExportIfDone(db, exp.id);
          log.warn({ code: error.code }, "export target not found; skipped");
          return;
        }
        if (
          (error instanceof GraphError && error.kind !== "transient") ||
          (error instanceof TokenError && error.reason !== "unavailable")
        ) {
          const reason = explain(error);
          await db.exportTask.update({ where: { id: task.id }, data: { status: "failed", error: reason } });
          await finishExportIfDone(db, exp.id);
          log.warn({ reason }, "export task failed");
          return;
        }
        throw error; // BullMQ retries the job with its own backoff.
      }

      const previous = cursor;
      const advanced = await withTransaction(db, async (tx) => {
        // Only the runner that still holds the old cursor may store and advance it.
        const moved = await tx.exportTask.updateMany({
          where: { id: task.id, cursor: previous },
          data: {
            cursor: page.nextLink,
            pagesFetched: { increment: 1 },
            messagesSeen: { increment: page.value.length },
            ...(page.nextLink === null ? { status: "completed" as const } : {}),
          },
        });
        if (moved.count === 0) return false;
        const stored = await storeMessagePage(tx, {
          tenantId: tenant.id,
          exportId: exp.id,
          messages: page.value,
        });
        await tx.export.update({
          where: { id: exp.id },
          data: {
            pagesFetched: { increment: 1 },
            messagesSeen: { increment: page.value.length },
            messagesStored: { increment: stored.newExportRows },
            versionsNew: { increment: stored.newVersions },
          },
        });
        return true;
      });
      if (!advanced) {
        log.warn("another runner advanced this task; stopping");
        return;
      }
      if (page.nextLink === null) {
        await finishExportIfDone(db, exp.id);
        return;
      }
      cursor = page.nextLink;
      url = page.nextLink;
    }
  };
}
