import { createExportWithTasks, type Db, type ExportPlanOptions, withTransaction } from "@capstan/db";

const DAY_MS = 86_400_000;

/**
 * Starts the runs of continuous exports that are due. Each run is a whole-tenant export whose targets start
 * at their watermark minus the overlap. Every sweep interval a run is also a deletion sweep: its targets
 * start no later than sweepDays ago, so deletions that kept their lastModifiedDateTime (which no window from
 * the watermark returns) are read again while Graph still shows them. A schedule whose previous run is still going waits for it, so runs
 * of one tenant never overlap. Safe with many workers: due schedules are claimed with SKIP LOCKED. Returns
 * the tenants whose runs started (their tasks wait for admission).
 */
export async function startDueSchedules(db: Db, now: Date = new Date()): Promise<Set<string>> {
  return withTransaction(db, async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM export_schedules
      WHERE enabled AND next_run_at <= ${now}
      ORDER BY next_run_at
      LIMIT 20
      FOR UPDATE SKIP LOCKED`;
    const tenantIds = new Set<string>();
    for (const { id } of due) {
      const schedule = await tx.exportSchedule.findUniqueOrThrow({ where: { id } });
      const previous = schedule.lastExportId
        ? await tx.export.findUnique({ where: { id: schedule.lastExportId }, select: { status: true } })
        : null;
      const tenant = await tx.tenant.findUnique({
        where: { id: schedule.tenantId },
        select: { status: true },
      });
      const next = new Date(now.getTime() + schedule.intervalSeconds * 1000);
      if (previous && (previous.status === "queued" || previous.status === "running")) continue;
      if (tenant?.status !== "active") {
        await tx.exportSchedule.update({ where: { id }, data: { nextRunAt: next } });
        continue;
      }
      const sweep =
        schedule.sweepDays > 0 &&
        (schedule.lastSweepAt === null ||
          now.getTime() - schedule.lastSweepAt.getTime() >= schedule.sweepIntervalSeconds * 1000);
      const options: ExportPlanOptions & { overlapSeconds: number } = {
        ...(schedule.options as ExportPlanOptions),
        overlapSeconds: schedule.overlapSeconds,
        ...(sweep ? { sweepFrom: new Date(now.getTime() - schedule.sweepDays * DAY_MS).toISOString() } : {}),
      };
      const run = await createExportWithTasks(tx, {
        accountId: schedule.accountId,
        tenantId: schedule.tenantId,
        scope: "tenant",
        targetId: null,
        options,
        scheduleId: schedule.id,
      });
      await tx.exportSchedule.update({
        where: { id },
        data: { nextRunAt: next, lastExportId: run.export.id, ...(sweep ? { lastSweepAt: now } : {}) },
      });
      tenantIds.add(schedule.tenantId);
    }
    return tenantIds;
  });
}
