import {
  chatFetchOf,
  type Db,
  type ExportPlanOptions,
  pgPoolOf,
  planSenderSweeps,
  type TaskStatus,
} from "@capstan/db";
import { emitExportEvent, emitTenantEvent } from "@capstan/webhooks";

const OPEN: TaskStatus[] = ["pending", "running"];

/**
 * Closes an export once no task is pending or running: completed when every task completed or was skipped,
 * failed when one failed or is dead. Paused tasks keep it open (they resume after re-consent). A fetch-once
 * tenant export first sweeps the listings built before an unlisted sender was found (the caller admits them).
 */
export async function finishExportIfDone(db: Db, exportId: string): Promise<void> {
  // Called as every task closes: while any task is open (the common case) one index probe answers, on pg.
  const open = await pgPoolOf(db).query(
    "SELECT 1 FROM export_tasks WHERE export_id = $1::uuid AND status IN ('pending', 'running', 'paused') LIMIT 1",
    [exportId],
  );
  if (open.rowCount) return;
  const counts = await db.exportTask.groupBy({ by: ["status"], where: { exportId }, _count: true });
  const count = (statuses: TaskStatus[]) =>
    counts.filter((c) => statuses.includes(c.status)).reduce((n, c) => n + c._count, 0);
  if (count([...OPEN, "paused"]) > 0) return;
  const broken = count(["failed", "dead"]);
  if (broken > 0) {
    const first = await db.exportTask.findFirst({
      where: { exportId, status: { in: ["failed", "dead"] } },
      orderBy: { updatedAt: "asc" },
      select: { error: true, targetId: true },
    });
    const error = `${broken} task(s) failed; first: ${first?.targetId}: ${first?.error ?? "unknown error"}`;
    await db.$transaction(async (tx) => {
      const closed = await tx.export.updateMany({
        where: { id: exportId, status: { in: ["queued", "running"] } },
        data: { status: "failed", finishedAt: new Date(), error },
      });
      // The event commits with the change it reports (transactional outbox).
      if (closed.count > 0) await emitExportEvent(tx, exportId, "export.failed", { error });
    });
    return;
  }
  if (await sweepsStillNeeded(db, exportId)) return;
  await db.$transaction(async (tx) => {
    const closed = await tx.export.updateMany({
      where: { id: exportId, status: { in: ["queued", "running"] } },
      data: { status: "completed", finishedAt: new Date(), error: null },
    });
    if (closed.count > 0) await emitExportEvent(tx, exportId, "export.completed", {});
  });
}

/** Whether the export still has (or just got) sender sweeps to run before it may close. */
async function sweepsStillNeeded(db: Db, exportId: string): Promise<boolean> {
  const exp = await db.export.findUnique({
    where: { id: exportId },
    select: { scope: true, tenantId: true, options: true },
  });
  if (exp?.scope !== "tenant" || chatFetchOf(exp.options as ExportPlanOptions) !== "once") return false;
  const planned = await db.$transaction((tx) => planSenderSweeps(tx, { exportId, tenantId: exp.tenantId }));
  return planned !== 0;
}

/** Stops a task for a reason the ISV can act on, then closes its export if that was the last open task. */
export async function stopTask(
  db: Db,
  task: { id: string; exportId: string },
  status: "failed" | "paused" | "skipped" | "dead",
  reason: string,
): Promise<void> {
  await db.exportTask.updateMany({
    where: { id: task.id, status: { in: [...OPEN, "paused"] } },
    data: { status, error: reason.slice(0, 2000), finishedAt: status === "paused" ? null : new Date() },
  });
  if (status === "paused") {
    await db.export.updateMany({ where: { id: task.exportId, status: "running" }, data: { error: reason } });
  }
  await finishExportIfDone(db, task.exportId);
}

/**
 * Consent is gone: the tenant is marked consent_revoked and every open task of it is paused with the
 * reason. Re-consent sets the tasks pending again and the reconciler picks them up.
 *
 * `observedAt` is when the refused run started: a refusal older than the tenant's latest consent is
 * stale (the admin consented again meanwhile) and changes nothing; the caller retries instead.
 */
export async function pauseTenantForConsent(
  db: Db,
  tenantId: string,
  reason: string,
  observedAt: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // The tenant row is locked, so a re-consent (which writes it) is either wholly before or after this.
    const [tenant] = await tx.$queryRaw<{ consented_at: Date | null; status: string }[]>`
      SELECT consented_at, status FROM tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
    if (!tenant || (tenant.consented_at && tenant.consented_at > observedAt)) return false;
    if (tenant.status === "active") {
      await tx.tenant.update({ where: { id: tenantId }, data: { status: "consent_revoked" } });
      await emitTenantEvent(tx, tenantId, "tenant.consent_revoked", {
        reason,
        detectedAt: new Date().toISOString(),
      });
    }
    const open = await tx.exportTask.findMany({
      where: { tenantId, status: { in: OPEN } },
      select: { exportId: true },
      distinct: ["exportId"],
    });
    await tx.exportTask.updateMany({
      where: { tenantId, status: { in: OPEN } },
      data: { status: "paused", error: reason.slice(0, 2000), finishedAt: null },
    });
    await tx.export.updateMany({
      where: { id: { in: open.map((t) => t.exportId) }, status: "running" },
      data: { error: reason },
    });
    return true;
  });
}
