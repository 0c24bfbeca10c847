import {
  type ContextKind,
  type ConversationContextInput,
  checkpointContext,
  claimContexts,
  completeContext,
  directoryCheckedAt,
  type ExportPlanOptions,
  type GraphDirectoryUser,
  pendingContexts,
  pgPoolOf,
  type Queryable,
  recordConversationContexts,
  recordDirectoryUsers,
  recordUsage,
  storedChatContext,
  teamCheckedAt,
  withPgTransaction,
} from "@capstan/db";
import { GraphError } from "@capstan/graph";
import { type EngineContext, type LoadedTask, tenantRef } from "../context";
import { callGraph, type TaskJob } from "../graph-call";
import {
  chatMembersPath,
  chatPath,
  DELETED_USERS_PATH,
  teamChannelsPath,
  teamPath,
  USERS_PATH,
} from "../graph-query";

// Chat context, captured by the tasks that export the messages: a chat's topic, type and members when a task
// first stores one of its messages in this run (claimed in the page's transaction), a team's and its channels'
// names by the team's task, and — for exports that do not list the whole tenant — the directory. Each is
// fetched at most once per run, not at all when captured within CONTEXT_REFRESH_SECONDS, and a chat's members
// only when its lastUpdatedDateTime moved (Graph moves it on a rename or a member change).

type Json = Record<string, unknown>;

interface GraphChat {
  id: string;
  topic?: string | null;
  chatType?: string | null;
  lastUpdatedDateTime?: string | null;
}

interface GraphTeam {
  id: string;
  displayName?: string | null;
  description?: string | null;
}

interface GraphChannel {
  id: string;
  displayName?: string | null;
  membershipType?: string | null;
}

/** Whether this export captures chat context (export option `context`, default true). */
export function capturesContext(task: LoadedTask): boolean {
  return (task.export.options as ExportPlanOptions).context !== false;
}

/** The chats of a page this task has not claimed in this run yet. */
export function unclaimedChats(claimed: Set<string>, messages: { chatId?: string | null }[]): string[] {
  return [...new Set(messages.map((m) => m.chatId).filter((id): id is string => !!id && !claimed.has(id)))];
}

/** Claims, in a page's transaction, chats of the page new to this task (see unclaimedChats). */
export async function claimChats(client: Queryable, task: LoadedTask, chats: string[]): Promise<void> {
  if (chats.length === 0) return;
  await claimContexts(client, {
    exportId: task.exportId,
    tenantId: task.tenantId,
    taskId: task.id,
    kind: "chat",
    keys: chats,
  });
}

/** One claimed capture in progress: its key, and what it fetched before it last stepped aside. */
interface Capture {
  ref: { exportId: string; kind: ContextKind; key: string };
  fetched: Json;
}

/**
 * Counts an answered request at once, in the usage ledger and on the capture, keeping what it fetched: a
 * capture can step aside (throttled) between its requests, and must neither leave an answered request
 * uncounted nor ask for it again when it resumes.
 */
async function answered(
  ctx: EngineContext,
  task: LoadedTask,
  capture: Capture,
  bytes: number,
  keep: Json | null = null,
): Promise<void> {
  await withPgTransaction(pgPoolOf(ctx.db), async (client) => {
    await recordUsage(client, task.tenantId, task.export.tenant.model, { requests: 1, bytes });
    await checkpointContext(client, capture.ref, keep);
  });
  if (keep) Object.assign(capture.fetched, keep);
}

/** Follows a collection's nextLinks; `onPage` stores each page in the transaction that counts it. */
async function listAll<T>(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
  capture: Capture,
  path: string,
  onPage?: (client: Queryable, items: T[]) => Promise<void>,
): Promise<T[]> {
  // The tenant's cloud decides the Graph host: a national-cloud tenant is asked there.
  const tenant = tenantRef(task);
  const items: T[] = [];
  let link: string | null = path;
  while (link) {
    const url: string = link;
    const page = await callGraph(ctx, job, token, task, (o) => ctx.graph.getPage<T>(tenant, url, o));
    if (onPage) {
      await withPgTransaction(pgPoolOf(ctx.db), async (client) => {
        await onPage(client, page.value);
        await recordUsage(client, task.tenantId, task.export.tenant.model, {
          requests: 1,
          bytes: page.bytes,
        });
        await checkpointContext(client, capture.ref);
      });
    } else {
      await answered(ctx, task, capture, page.bytes);
      items.push(...page.value);
    }
    link = page.nextLink;
  }
  return items;
}

/** GETs one resource, unless this capture fetched it before it stepped aside (kept under `name`). */
async function getOnce<T extends Json>(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
  capture: Capture,
  name: string,
  path: string,
): Promise<T> {
  const kept = capture.fetched[name];
  if (kept && typeof kept === "object") return kept as T;
  const { body } = await callGraph(ctx, job, token, task, (o) =>
    ctx.graph.getJson<T>(tenantRef(task), path, o),
  );
  await answered(ctx, task, capture, Buffer.byteLength(JSON.stringify(body)), { [name]: body });
  return body;
}

type Outcome = { outcome: "captured" | "unchanged" | "fresh" | "gone"; contexts: ConversationContextInput[] };

const fresh = (ctx: EngineContext, checked: Date | null) =>
  checked !== null && Date.now() - checked.getTime() < ctx.settings.contextRefreshMs;

async function captureChat(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
  capture: Capture,
): Promise<Outcome> {
  const chatId = capture.ref.key;
  const stored = await storedChatContext(pgPoolOf(ctx.db), task.tenantId, chatId);
  if (!capture.fetched.chat && fresh(ctx, stored?.checkedAt ?? null))
    return { outcome: "fresh", contexts: [] };
  const chat = await getOnce<GraphChat & Json>(ctx, job, token, task, capture, "chat", chatPath(chatId));
  const updated = typeof chat.lastUpdatedDateTime === "string" ? chat.lastUpdatedDateTime : null;
  const unchanged =
    stored?.members != null &&
    updated !== null &&
    stored.graphUpdatedAt !== null &&
    stored.graphUpdatedAt.getTime() === Date.parse(updated);
  const members = unchanged
    ? (stored?.members as Json[])
    : await listAll<Json>(ctx, job, token, task, capture, chatMembersPath(chatId));
  return {
    outcome: unchanged ? "unchanged" : "captured",
    contexts: [
      {
        containerId: chatId,
        containerType: "chat",
        topic: chat.topic ?? null,
        chatType: chat.chatType ?? null,
        graphUpdatedAt: updated,
        members,
        raw: { chat },
      },
    ],
  };
}

async function captureTeam(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
  capture: Capture,
): Promise<Outcome> {
  const teamId = capture.ref.key;
  const checked = await teamCheckedAt(pgPoolOf(ctx.db), task.tenantId, teamId);
  if (!capture.fetched.team && fresh(ctx, checked)) return { outcome: "fresh", contexts: [] };
  const team = await getOnce<GraphTeam & Json>(ctx, job, token, task, capture, "team", teamPath(teamId));
  const channels = await listAll<GraphChannel & Json>(
    ctx,
    job,
    token,
    task,
    capture,
    teamChannelsPath(teamId),
  );
  return {
    outcome: "captured",
    contexts: channels.map((channel) => ({
      // As in messages: the team id as the channel's messages name it (the task's target), then the channel.
      containerId: `${teamId}/${channel.id}`,
      containerType: "channel",
      teamId,
      teamName: team.displayName ?? null,
      teamDescription: team.description ?? null,
      channelName: channel.displayName ?? null,
      membershipType: channel.membershipType ?? null,
      raw: { team, channel },
    })),
  };
}

/** The directory, page by page (each page stored with its request); a crash lists it again from the start. */
async function captureDirectory(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
  capture: Capture,
): Promise<Outcome> {
  if (fresh(ctx, await directoryCheckedAt(pgPoolOf(ctx.db), task.tenantId))) {
    return { outcome: "fresh", contexts: [] };
  }
  for (const [path, deleted] of [
    [DELETED_USERS_PATH, true],
    [USERS_PATH, false],
  ] as const) {
    await listAll<GraphDirectoryUser>(ctx, job, token, task, capture, path, (client, users) =>
      recordDirectoryUsers(client, task.tenantId, users, { deleted }).then(() => undefined),
    );
  }
  return { outcome: "captured", contexts: [] };
}

/**
 * Captures what this task claimed: its team (team tasks), the directory (exports that do not list the whole
 * tenant), and the chats it met first in this run. A fetch that finds its chat or team gone (404) is recorded
 * as such; the export goes on.
 */
export async function captureContext(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
): Promise<void> {
  if (!capturesContext(task)) return;
  const pool = pgPoolOf(ctx.db);
  const base = { exportId: task.exportId, tenantId: task.tenantId, taskId: task.id };
  if (task.kind === "team_channels")
    await claimContexts(pool, { ...base, kind: "team", keys: [task.targetId] });
  // A whole-tenant export lists the directory as it enumerates the targets.
  if (task.export.scope !== "tenant") {
    await claimContexts(pool, { ...base, kind: "directory", keys: ["directory"] });
  }
  for (;;) {
    const pending = await pendingContexts(pool, task.id);
    if (pending.length === 0) return;
    for (const { kind, key, fetched } of pending) {
      const capture: Capture = { ref: { exportId: task.exportId, kind, key }, fetched: fetched ?? {} };
      let result: Outcome;
      try {
        result =
          kind === "chat"
            ? await captureChat(ctx, job, token, task, capture)
            : kind === "team"
              ? await captureTeam(ctx, job, token, task, capture)
              : await captureDirectory(ctx, job, token, task, capture);
      } catch (error) {
        // Gone (the chat or team was deleted): recorded, not retried (callGraph counted the 404).
        if (!(error instanceof GraphError && error.kind === "not_found")) throw error;
        result = { outcome: "gone", contexts: [] };
      }
      await withPgTransaction(pool, async (client) => {
        // The 404 counts on the capture too (callGraph put it in the usage ledger).
        if (result.outcome === "gone") await checkpointContext(client, capture.ref);
        await recordConversationContexts(client, task.tenantId, result.contexts);
        await completeContext(client, { ...capture.ref, outcome: result.outcome });
      });
    }
  }
}
