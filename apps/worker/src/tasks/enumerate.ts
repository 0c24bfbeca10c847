import {
  addUnlistedSenders,
  createTargetTasks,
  type ExportPlanOptions,
  type GraphDirectoryUser,
  recordDirectoryUsers,
  recordUsage,
  shardWindows,
  type TaskKind,
  type Window,
  windowOf,
  withTransaction,
} from "@capstan/db";
import { type EngineContext, type LoadedTask, LostCheckpoint } from "../context";
import { callGraph, type TaskJob } from "../graph-call";
import { DELETED_USERS_PATH, TEAMS_PATH, USERS_PATH } from "../graph-query";

// A fetch-once export lists the directory's deleted users first: every user listing then names them.
const PHASES = {
  deleted: { path: DELETED_USERS_PATH, kind: null, next: "users" },
  users: { path: USERS_PATH, kind: "user_chats", next: "teams" },
  teams: { path: TEAMS_PATH, kind: "team_channels", next: "done" },
} as const satisfies Record<string, { path: string; kind: TaskKind | null; next: string }>;

type Phase = keyof typeof PHASES;

const isPhase = (phase: string): phase is Phase => Object.hasOwn(PHASES, phase);

/**
 * Windows for one target. A continuous run starts at the target's watermark minus the overlap (so edits,
 * reactions and late arrivals are caught), or earlier on a sweep run (see the scheduler), and ends when the
 * run started; a one-off export uses its window, split into shards.
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
  const sweepFrom = options.sweepFrom ? Date.parse(options.sweepFrom) : Number.POSITIVE_INFINITY;
  return (targetId: string): Window[] => {
    const mark = byTarget.get(targetId);
    const start = mark ? new Date(Math.min(mark.getTime() - overlapMs, sweepFrom)) : windowOf(options).start;
    return [{ start, end }];
  };
}

/**
 * Lists a tenant's deleted users (fetch-once), its users, then its teams, creating one task per target as
 * each page arrives.
 */
export async function runEnumerateTask(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
): Promise<void> {
  const entraTenantId = task.export.tenant.entraTenantId as string;
  let phase: Phase | "done" = isPhase(task.phase) ? task.phase : "users";
  let cursor = task.cursor;
  while (phase !== "done") {
    const step: (typeof PHASES)[Phase] = PHASES[phase];
    const page = await callGraph(ctx, job, token, task, (o) =>
      ctx.graph.getPage<GraphDirectoryUser>(entraTenantId, cursor ?? step.path, o),
    );
    const targetIds = [...new Set(page.value.map((v) => v.id))];
    const kind = step.kind;
    const windows = kind ? await windowsFor(ctx, task, kind, targetIds) : null;
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
      if (kind && windows) {
        await createTargetTasks(tx, {
          exportId: task.exportId,
          tenantId: task.tenantId,
          kind,
          targetIds,
          windows,
        });
      } else {
        await addUnlistedSenders(tx, task.tenantId, targetIds, "deleted");
      }
      // The directory snapshot (who each sender and member is) comes with the listing, at no extra request.
      if (phase !== "teams" && (task.export.options as ExportPlanOptions).context !== false) {
        await recordDirectoryUsers(tx, task.tenantId, page.value, { deleted: phase === "deleted" });
      }
      await recordUsage(tx, task.tenantId, task.export.tenant.model, { requests: 1, bytes: page.bytes });
    });
    // Admitted after the commit; if this process dies first, the reconciler admits the pending tasks.
    await ctx.admit(task.tenantId);
    phase = nextPhase as Phase | "done";
    cursor = page.nextLink;
  }
}
