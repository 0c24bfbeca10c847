import { claimEngineTask, loadEngineTask, pgPoolOf } from "@capstan/db";
import { GraphError, TokenError } from "@capstan/graph";
import { emitExportEvent } from "@capstan/webhooks";
import { DelayedError } from "bullmq";
import { type EngineContext, type LoadedTask, LostCheckpoint, TaskStop, tenantRef } from "./context";
import type { TaskJob } from "./graph-call";
import { finishExportIfDone, pauseTenantForConsent, stopTask } from "./lifecycle";
import { classifyRefusal, missingRolesReason, skipTarget } from "./target-errors";
import { runEnumerateTask } from "./tasks/enumerate";
import { runMessagesTask } from "./tasks/messages";

/** Graph said 401/403: find out whether consent is gone (tenant paused) or a permission is missing. */
async function handleRefusal(
  ctx: EngineContext,
  task: LoadedTask,
  error: GraphError,
  observedAt: Date,
): Promise<void> {
  const tenant = tenantRef(task);
  await ctx.tokens.forget(tenant);
  let accessToken: string;
  try {
    accessToken = await ctx.tokens.getToken(tenant);
  } catch (tokenError) {
    if (tokenError instanceof TokenError && tokenError.reason === "consent_missing") {
      const paused = await pauseTenantForConsent(
        ctx.db,
        task.tenantId,
        `Admin consent for this tenant was revoked (${tokenError.detail}). Send its admin a fresh consent URL.`,
        observedAt,
      );
      if (!paused) throw new Error("consent changed while this task ran; retrying");
      return;
    }
    throw tokenError;
  }
  // A fresh token was issued. A 401 means the old token was no longer good (expired, or consent revoked and
  // granted again meanwhile): retry with the new one. So does a 403 that predates the latest consent.
  if (error.status === 401 || (await consentedSince(ctx, task.tenantId, observedAt))) {
    throw new Error(
      `Graph answered ${error.status} ${error.code} with an old token; retrying with a fresh one`,
    );
  }
  const verdict = classifyRefusal(task, error, accessToken);
  if (verdict.kind === "target") return skipTarget(ctx, task, verdict.reason, "unreachable");
  if (verdict.kind === "missing_roles")
    return stopTask(ctx.db, task, "paused", missingRolesReason(verdict.roles));
  await stopTask(
    ctx.db,
    task,
    "paused",
    `Graph refused access (${error.status} ${error.code}: ${error.message}) although a token was issued: the app lacks ` +
      "a permission (Chat.Read.All, ChannelMessage.Read.All) or approval for Microsoft's protected APIs.",
  );
}

async function consentedSince(ctx: EngineContext, tenantId: string, since: Date): Promise<boolean> {
  const tenant = await ctx.db.tenant.findUnique({ where: { id: tenantId }, select: { consentedAt: true } });
  return tenant?.consentedAt ? tenant.consentedAt > since : false;
}

function explainPaymentRequired(task: LoadedTask, error: GraphError): string {
  const model = task.export.tenant.model;
  return (
    `Graph answered 402 for ${task.targetId} under payment model ${model}: ${error.message} ` +
    (model === "A"
      ? "Model A needs an E5-class licence for every exported user; license the user or switch to model B."
      : model === "evaluation"
        ? "Evaluation mode is capped per month; switch the tenant to model A or B."
        : "Check the tenant's billing setup with Microsoft.")
  );
}

/** The BullMQ processor of export tasks. */
export function createTaskProcessor(ctx: EngineContext) {
  return async function processTask(job: TaskJob, token?: string): Promise<void> {
    const task = await loadEngineTask(pgPoolOf(ctx.db), job.data.taskId);
    if (!task || (task.status !== "pending" && task.status !== "running")) return;
    if (task.export.status === "cancelled" || task.export.status === "failed") return;
    const { tenant } = task.export;
    if (tenant.status !== "active" || !tenant.entraTenantId) {
      await stopTask(
        ctx.db,
        task,
        "paused",
        `Tenant is ${tenant.status}; exports resume after admin consent.`,
      );
      return;
    }
    const runStartedAt = new Date();
    const log = ctx.logger.child({
      jobId: job.id,
      taskId: task.id,
      exportId: task.exportId,
      kind: task.kind,
    });

    if (task.status === "pending") {
      if (!(await claimEngineTask(pgPoolOf(ctx.db), task.id))) return;
      task.status = "running";
      // Only the export's first task finds it queued: the others skip the transaction.
      if (task.export.status === "queued")
        await ctx.db.$transaction(async (tx) => {
          const started = await tx.export.updateMany({
            where: { id: task.exportId, status: "queued" },
            data: { status: "running", startedAt: new Date() },
          });
          if (started.count > 0) await emitExportEvent(tx, task.exportId, "export.started", {});
        });
    }

    await runUntilClosed(ctx, job, token, task, log, runStartedAt);
    // The task closed (or was stopped): its admission is free for the tenant's next waiting task. Should this
    // fail, the reconciler admits it later.
    await ctx
      .admit(task.tenantId)
      .catch((error: Error) => log.warn({ err: error.message }, "admission failed"));
  };
}

/**
 * Runs a task until it closes or is stopped for a reason the ISV can act on. Throws (for BullMQ) when it
 * stepped aside or must be retried.
 */
async function runUntilClosed(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
  log: EngineContext["logger"],
  runStartedAt: Date,
): Promise<void> {
  try {
    if (task.kind === "tenant_enumerate") await runEnumerateTask(ctx, job, token, task);
    else await runMessagesTask(ctx, job, token, task);
    await finishExportIfDone(ctx.db, task.exportId);
  } catch (error) {
    if (error instanceof DelayedError) throw error;
    if (error instanceof LostCheckpoint) {
      log.info("task advanced, cancelled or finished elsewhere; this run stops");
      return;
    }
    if (error instanceof TaskStop) {
      await stopTask(ctx.db, task, error.status, error.reason);
      log.warn({ status: error.status, reason: error.reason }, "task stopped");
      return;
    }
    if (error instanceof GraphError) {
      switch (error.kind) {
        case "not_found":
          await skipTarget(
            ctx,
            task,
            task.kind === "deleted_team_channels"
              ? `Graph answered 404 for deleted team ${task.targetId} (${error.code}: ${error.message}): Graph no longer keeps it (a deleted team is kept 30 days) and its messages cannot be exported any more.`
              : `Graph answered 404 for ${task.targetId} (${error.code}: ${error.message}): the target is gone or has no mailbox.`,
            "gone",
          );
          return;
        case "unauthorized":
          await handleRefusal(ctx, task, error, runStartedAt);
          return;
        case "payment_required":
          await stopTask(ctx.db, task, "failed", explainPaymentRequired(task, error));
          return;
        case "bad_request":
          await stopTask(
            ctx.db,
            task,
            "failed",
            `Graph rejected the request (${error.status} ${error.code}): ${error.message}`,
          );
          return;
        default:
          break;
      }
    }
    if (error instanceof TokenError && error.reason !== "unavailable") {
      if (error.reason === "consent_missing") {
        const reason = `Admin consent is missing: ${error.detail}`;
        if (!(await pauseTenantForConsent(ctx.db, task.tenantId, reason, runStartedAt))) {
          throw new Error("consent changed while this task ran; retrying");
        }
      } else {
        await stopTask(ctx.db, task, "paused", `Microsoft refused the app's credentials: ${error.detail}`);
      }
      return;
    }
    // Transient: BullMQ retries the job with exponential backoff; after the last attempt it is dead.
    await ctx.db.exportTask.update({
      where: { id: task.id },
      data: { failures: { increment: 1 }, error: (error as Error).message.slice(0, 2000) },
    });
    throw error;
  }
}
