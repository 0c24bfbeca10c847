import {
  addUnlistedSenders,
  createTargetTasks,
  type ExportPlanOptions,
  type GraphDirectoryUser,
  RETAINED_KIND,
  recordDirectoryUsers,
  recordUsage,
  shardWindows,
  type TaskKind,
  type Window,
  windowOf,
  withTransaction,
} from "@capstan/db";
import { tokenRoles } from "@capstan/graph";
import { type EngineContext, type LoadedTask, LostCheckpoint, tenantRef } from "../context";
import { callGraph, type TaskJob } from "../graph-call";
import {
  ALL_TEAMS_PATH,
  DELETED_TEAMS_PATH,
  DELETED_USERS_PATH,
  TEAMS_PATH,
  USERS_PATH,
} from "../graph-query";

// A fetch-once export lists the directory's deleted users first: every user listing then names them. Teams
// come from the groups filter and from /teams (older teams' groups lack resourceProvisioningOptions, so the
// filter misses them; a team both list gets one task), then the deleted teams Graph still keeps.
const PHASES = {
  deleted: { path: DELETED_USERS_PATH, kind: null, next: "users", roles: null },
  users: { path: USERS_PATH, kind: "user_chats", next: "teams", roles: null },
  teams: { path: TEAMS_PATH, kind: "team_channels", next: "allTeams", roles: null },
  allTeams: {
    path: ALL_TEAMS_PATH,
    kind: "team_channels",
    next: "deletedTeams",
    roles: ["Team.ReadBasic.All", "TeamSettings.Read.All", "TeamSettings.ReadWrite.All"],
  },
  deletedTeams: {
    path: DELETED_TEAMS_PATH,
    kind: "deleted_team_channels",
    next: "done",
    roles: ["Team.ReadBasic.All"],
  },
} as const satisfies Record<
  string,
  { path: string; kind: TaskKind | null; next: string; roles: readonly string[] | null }
>;

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
  const tenant = tenantRef(task);
  const options = task.export.options as ExportPlanOptions;
  let phase: Phase | "done" = isPhase(task.phase) ? task.phase : "users";
  let cursor = task.cursor;
  while (phase !== "done") {
    const step: (typeof PHASES)[Phase] = PHASES[phase];
    if (step.roles && cursor === null && !(await holdsAnyRole(ctx, task, step.roles))) {
      // Without Team.ReadBasic.All Graph refuses /teams and /teamwork/deletedTeams: the export goes on with
      // the teams the groups filter found, and says what it could not list.
      await skipPhase(ctx, task, phase, step.next, step.roles);
      phase = step.next;
      continue;
    }
    const page = await callGraph(ctx, job, token, task, (o) =>
      ctx.graph.getPage<GraphDirectoryUser>(tenant, cursor ?? step.path, o),
    );
    const targetIds = [...new Set(page.value.map((v) => v.id))];
    const kind = step.kind;
    const kinds: TaskKind[] = kind ? [kind] : [];
    const retained = kind ? RETAINED_KIND[kind] : undefined;
    if (options.retainedMessages && retained) kinds.push(retained);
    const windowsOf = new Map<TaskKind, (id: string) => Window[]>();
    for (const k of kinds) windowsOf.set(k, await windowsFor(ctx, task, k, targetIds));
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
      if (kinds.length > 0) {
        // A team both the groups filter and /teams list gets one task: the task key includes its id.
        for (const k of kinds)
          await createTargetTasks(tx, {
            exportId: task.exportId,
            tenantId: task.tenantId,
            kind: k,
            targetIds,
            windows: windowsOf.get(k) as (id: string) => Window[],
          });
      } else {
        await addUnlistedSenders(tx, task.tenantId, targetIds, "deleted");
      }
      // The directory snapshot (who each sender and member is) comes with the listing, at no extra request.
      if (
        (phase === "users" || phase === "deleted") &&
        (task.export.options as ExportPlanOptions).context !== false
      ) {
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

/** Whether the tenant's token holds one of `roles` (read from the token Entra ID issued). */
async function holdsAnyRole(
  ctx: EngineContext,
  task: LoadedTask,
  roles: readonly string[],
): Promise<boolean> {
  const granted = tokenRoles(await ctx.tokens.getToken(tenantRef(task)));
  return roles.some((r) => granted.includes(r));
}

/** Moves past a phase the token cannot list, noting why on the task. */
async function skipPhase(
  ctx: EngineContext,
  task: LoadedTask,
  phase: Phase,
  next: Phase | "done",
  roles: readonly string[],
): Promise<void> {
  const note =
    `${PHASES[phase].path.split("?")[0]} not listed: the app's consent lacks ${roles.join(" or ")}, so teams ` +
    "whose group lacks resourceProvisioningOptions and deleted teams are not exported; consent again to include them.";
  const moved = await ctx.db.exportTask.updateMany({
    where: { id: task.id, status: "running", phase, cursor: null },
    data: {
      phase: next,
      error: note,
      ...(next === "done" ? { status: "completed", finishedAt: new Date() } : {}),
    },
  });
  if (moved.count === 0) throw new LostCheckpoint();
}
