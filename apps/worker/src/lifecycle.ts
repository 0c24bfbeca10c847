import type { Db, TaskStatus } from "@capstan/db";

const OPEN: TaskStatus[] = ["pending", "running"];

/**
 * Closes an export once no task is pending or running: completed when every task completed or was skipped,
 * failed when one failed or is dead. Paused tasks keep it open (they resume after re-consent).
 */
export async function finishExportIfDone(db: Db, exportId: string): Promise<void> {
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
    await db.export.updateMany({
      where: { id: exportId, status: { in: ["queued", "running"] } },
      data: {
        status: "failed",
        finishedAt: new Date(),
        error: `${broken} task(s) failed; first: ${first?.targetId}: ${first?.error ?? "unknown error"}`,
      },
    });
    return;
  }
  await db.export.updateMany({
    where: { id: exportId, status: { in: ["queued", "running"] } },
    data: { status: "completed", finishedAt: new Date(), error: null },
  });
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
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { consentedAt: true } });
  if (tenant?.consentedAt && tenant.consentedAt > observedAt) return false;
  await db.tenant.updateMany({
    where: { id: tenantId, status: "active" },
    data: { status: "consent_revoked" },
  });
  const open = await db.exportTask.findMany({
    where: { tenantId, status: { in: OPEN } },
    select: { id: true, exportId: true },
  });
  for (const task of open) await stopTask(db, task, "paused", reason);
  return true;
}
