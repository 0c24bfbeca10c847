import {
  createTargetTasks,
  type ExportPlanOptions,
  recordUsage,
  shardWindows,
  type TaskKind,
  type Window,
  windowOf,
  withTransaction,
} from "@capstan/db";
import { type EngineContext, type LoadedTask, LostCheckpoint } from "../context";
import { callGraph, type TaskJob } from "../graph-call";
import { TEAMS_PATH, USERS_PATH } from "../graph-query";

const PHASES = {
  users: { path: USERS_PATH, kind: "user_chats", next: "teams" },
  teams: { path: TEAMS_PATH, kind: "team_channels", next: "done" },
} as const satisfies Record<string, { path: string; kind: TaskKind; next: string }>;

/**
 * Windows for one target. A continuous run starts at the target's watermark minus the overlap (so edits,
 * reactions and late arrivals are caught) and ends when the run started; a one-off export uses its window,
 * split into shards.
 */
async function windowsFor(ctx: EngineContext, task: LoadedTask, kind: TaskKind, targetIds: string[]) {
  const options = task.export.options as ExportPlanOptions & { overlapSeconds?: number };
  if (!task.export.scheduleId) {
    const shards = shardWindows(windowOf(options), options.shards ?? 1);
    return (_: string) => shards;
  }
  const marks = await ctx.db.targetWatermark.findMany({
    where: { tenantId: task.tenantId, kind, targetId: { in: targetIds } },
  });
  const byTarget = new Map(marks.map((m) => [m.targetId, m.watermark]));
  const overlapMs = (options.overlapSeconds ?? 3600) * 1000;
  const end = task.export.createdAt;
  return (targetId: string): Window[] => {
    const mark = byTarget.get(targetId);
    return [{ start: mark ? new Date(mark.getTime() - overlapMs) : windowOf(options).start, end }];
  };
}

/** Lists a tenant's users, then its teams, creating one task per target as each page arrives. */
export async function runEnumerateTask(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
): Promise<void> {
  const entraTenantId = task.export.tenant.entraTenantId as string;
  let phase = task.phase === "teams" ? "teams" : "users";
  let cursor = task.cursor;
  while (phase !== "done") {
    const step = PHASES[phase as keyof typeof PHASES];
    const page = await callGraph(ctx, job, token, task, (o) =>
      ctx.graph.getPage<{ id: string }>(entraTenantId, cursor ?? step.path, o),
    );
    const targetIds = [...new Set(page.value.map((v) => v.id))];
    const windows = await windowsFor(ctx, task, step.kind, targetIds);
    const nextPhase = page.nextLink === null ? step.next : phase;
    const previous = cursor;
    await withTransaction(ctx.db, async (tx) => {
      const moved = await tx.exportTask.updateMany({
        where: { id: task.id, status: "running", phase, cursor: previous },
        data: {
          cursor: page.nextLink,
          phase: nextPhase,
          pagesFetched: { increment: 1 },
          ...(nextPhase === "done" ? { status: "completed", finishedAt: new Date() } : {}),
        },
      });
      if (moved.count === 0) throw new LostCheckpoint();
      await createTargetTasks(tx, {
        exportId: task.exportId,
        tenantId: task.tenantId,
        kind: step.kind,
        targetIds,
        windows,
      });
      await recordUsage(tx, task.tenantId, task.export.tenant.model, { requests: 1, bytes: page.bytes });
    });
    // Admitted after the commit; if this process dies first, the reconciler admits the pending tasks.
    await ctx.admit(task.tenantId);
    phase = nextPhase;
    cursor = page.nextLink;
  }
}
