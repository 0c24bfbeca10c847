import { addUnlistedSenders, chatFetchOf, type ExportPlanOptions, pgPoolOf } from "@capstan/db";
import { type GraphError, missingRoles, tokenRoles } from "@capstan/graph";
import type { EngineContext, LoadedTask } from "./context";
import { stopTask } from "./lifecycle";

// A refusal that concerns one target (a user without a Teams licence or a mailbox) skips that target with
// Graph's reason; one that concerns the app (a role missing, protected APIs not approved) pauses the task.

/** The application role each kind of task needs, beyond what a token may carry for other kinds. */
function rolesFor(task: LoadedTask): string[] {
  if (task.kind === "team_channels" || task.kind === "team_retained" || task.kind === "deleted_team_channels")
    return ["ChannelMessage.Read.All"];
  if (task.kind === "tenant_enumerate") return ["User.Read.All", "Group.Read.All"];
  return ["Chat.Read.All"];
}

export type RefusalVerdict =
  | { kind: "target"; reason: string }
  | { kind: "missing_roles"; roles: string[] }
  | { kind: "app" };

/**
 * What a 403 means, given the fresh token Entra ID just issued: a role this task needs is missing from it
 * (the app's consent is incomplete); Graph's protected-API refusal (UnknownError) applies to every target; any
 * other 403 on a user's or team's messages, with every role in place, is about that one target.
 */
export function classifyRefusal(task: LoadedTask, error: GraphError, accessToken: string): RefusalVerdict {
  const granted = tokenRoles(accessToken);
  const needed = rolesFor(task);
  const lacking = missingRoles(granted).filter((r) => needed.includes(r));
  if (lacking.length > 0) return { kind: "missing_roles", roles: lacking };
  // Only the target's own listing speaks for the target; a refusal of one hosted content does not.
  if (
    error.status !== 403 ||
    error.code === "UnknownError" ||
    task.kind === "tenant_enumerate" ||
    task.phase !== "pages"
  ) {
    return { kind: "app" };
  }
  return {
    kind: "target",
    reason: `Graph answered 403 for ${task.targetId} (${error.code}: ${error.message}) while every permission is granted: this target cannot be exported (for a user, usually no Teams licence).`,
  };
}

/**
 * A user whose chats Graph cannot list (deleted, gone, unlicensed, without a mailbox) still has messages in
 * the other participants' chats: in a fetch-once export it becomes an unlisted sender, so every later
 * listing asks for them and the export sweeps the listings built before.
 */
export async function recordUnlistableUser(
  ctx: EngineContext,
  task: LoadedTask,
  reason: "gone" | "unreachable",
): Promise<void> {
  if (task.kind !== "user_chats" || task.export.scope !== "tenant") return;
  if (chatFetchOf(task.export.options as ExportPlanOptions) !== "once") return;
  await addUnlistedSenders(pgPoolOf(ctx.db), task.tenantId, [task.targetId], reason);
}

/** Skips one target for Graph's reason; the export goes on. */
export async function skipTarget(
  ctx: EngineContext,
  task: LoadedTask,
  reason: string,
  unlistable: "gone" | "unreachable",
): Promise<void> {
  await recordUnlistableUser(ctx, task, unlistable);
  await stopTask(ctx.db, task, "skipped", reason);
}

/** The pause reason when the app's token lacks roles a task needs. */
export function missingRolesReason(roles: string[]): string {
  return (
    `The app's consent in this tenant lacks ${roles.join(", ")}: ask the tenant's admin to consent again ` +
    "(the consent URL asks for every role Capstan needs)."
  );
}
