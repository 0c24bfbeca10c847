import { createHash } from "node:crypto";
import {
  type CheckpointedPage,
  chatFetchOf,
  completeEngineTask,
  type ExportPlanOptions,
  type GraphChatMessage,
  INLINE_UNLISTED_SENDERS,
  LEDGER_SLOTS,
  markHostedContentGone,
  needsHostedListing,
  pendingHostedContents,
  pgPoolOf,
  type Queryable,
  recordHostedListings,
  recordUsage,
  storeCheckpointedPage,
  storeHostedContent,
  unlistedSendersOf,
  usageMonth,
  withPgConnection,
  withPgTransaction,
} from "@capstan/db";
import { GraphError } from "@capstan/graph";
import { emitUsageThresholds } from "@capstan/webhooks";
import { type EngineContext, type LoadedTask, LostCheckpoint, TaskStop, tenantRef } from "../context";
import { callGraph, type TaskJob } from "../graph-call";
import { type ChatSelection, firstMessagesPath, type MessagesKind } from "../graph-query";
import { captureContext, capturesContext, claimChats, unclaimedChats } from "./context";
import { listHostedContents } from "./hosted-listings";

/** Messages Graph returned for a tenant this month, from the usage ledger. */
async function monthlyMessages(db: Queryable, tenantId: string): Promise<number> {
  const { rows } = await db.query<{ total: string | null }>(
    "SELECT sum(messages) AS total FROM usage_ledger WHERE tenant_id = $1::uuid AND month = $2",
    [tenantId, usageMonth()],
  );
  return Number(rows[0]?.total ?? 0);
}

/** Whether legacy billing caps this task's tenant (evaluation mode). */
function underEvaluationCap(ctx: EngineContext, task: LoadedTask): boolean {
  return ctx.settings.legacyBilling && task.export.tenant.model === "evaluation";
}

/** Legacy billing: stop an evaluation-mode tenant at its monthly cap before Microsoft answers 402. */
async function checkEvaluationCap(ctx: EngineContext, task: LoadedTask): Promise<void> {
  const { tenant } = task.export;
  if (!underEvaluationCap(ctx, task)) return;
  const used = await monthlyMessages(pgPoolOf(ctx.db), tenant.id);
  if (used >= ctx.settings.evaluationMonthlyCap) {
    throw new TaskStop(
      "failed",
      `Evaluation capacity reached: ${used} of ${ctx.settings.evaluationMonthlyCap} messages this month (${usageMonth()}). ` +
        "Switch the tenant to payment model A or B, or wait for next month.",
    );
  }
}

/**
 * Serializes threshold checks of one tenant or account until the transaction ends: each check then sees the
 * usage every earlier page committed, so concurrent pages cannot all stay just below a threshold together.
 */
async function lockUsage(client: Queryable, key: string): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`capstan:usage:${key}`]);
}

/**
 * Tells the account (usage.threshold_reached, once per threshold and month) when usage passes 80% and 100% of
 * a limit, in the transaction that adds it: the monthly cap of an evaluation-mode tenant under legacy
 * billing, and the account's own monthly message budget across its tenants. The budget is read in that
 * transaction too, so a budget set while an export runs applies from the next page on.
 */
async function reportUsageThresholds(
  ctx: EngineContext,
  client: Queryable,
  task: LoadedTask,
  added: number,
  budget: number | null,
): Promise<void> {
  if (added === 0) return;
  const { tenant } = task.export;
  const period = usageMonth();
  if (underEvaluationCap(ctx, task)) {
    await lockUsage(client, `tenant:${tenant.id}`);
    const used = await monthlyMessages(client, tenant.id);
    await emitUsageThresholds(client, {
      accountId: tenant.accountId,
      tenantId: tenant.id,
      period,
      limitKind: "evaluation_cap",
      limit: ctx.settings.evaluationMonthlyCap,
      used,
      previousUsed: used - added,
    });
  }
  if (budget) {
    await lockUsage(client, `account:${tenant.accountId}`);
    const { rows } = await client.query<{ total: string | null }>(
      `SELECT sum(u.messages) AS total FROM usage_ledger u JOIN tenants t ON t.id = u.tenant_id
       WHERE t.account_id = $1::uuid AND u.month = $2`,
      [tenant.accountId, period],
    );
    const used = Number(rows[0]?.total ?? 0);
    await emitUsageThresholds(client, {
      accountId: tenant.accountId,
      tenantId: null,
      period,
      limitKind: "budget",
      limit: budget,
      used,
      previousUsed: used - added,
    });
  }
}

/**
 * What a chat listing asks for. A whole-tenant fetch-once listing names the tenant's unlisted senders it
 * knows now (the longest known first, as many as fit) and records them, so the export can sweep this user
 * later for any found after; a sweep asks only for its own senders.
 */
async function chatSelection(ctx: EngineContext, task: LoadedTask): Promise<ChatSelection> {
  if (task.kind === "sender_sweep") return { mode: "senders", senders: task.senders };
  const options = task.export.options as ExportPlanOptions;
  // A retained listing asks for what its user's getAllMessages listing asks for.
  const chats = task.kind === "user_chats" || task.kind === "user_retained";
  if (!chats || task.export.scope !== "tenant" || chatFetchOf(options) !== "once") {
    return { mode: "all" };
  }
  const db = pgPoolOf(ctx.db);
  const unlisted = (await unlistedSendersOf(db, task.tenantId))
    .filter((id) => id !== task.targetId)
    .slice(0, INLINE_UNLISTED_SENDERS);
  // Written before the first page: a listing already under way keeps the filter its nextLink carries.
  await db.query("UPDATE export_tasks SET senders = $2 WHERE id = $1::uuid AND cursor IS NULL", [
    task.id,
    unlisted,
  ]);
  return { mode: "once", unlisted };
}

/** The listing a task follows: a sender sweep lists its user's chats again. */
function listingOf(task: LoadedTask): MessagesKind {
  if (task.kind === "sender_sweep") return "user_chats";
  if (task.kind === "tenant_enumerate") throw new Error("an enumeration has no messages listing");
  return task.kind;
}

/**
 * Follows getAllMessages for one target and shard, committing each page's rows together with the next
 * link (compare-and-set on the old one), so a crash loses at most the page in flight, a rerun continues
 * where it stopped, and two runners of one task never both advance it.
 */
async function fetchPages(ctx: EngineContext, job: TaskJob, token: string | undefined, task: LoadedTask) {
  const options = task.export.options as ExportPlanOptions;
  const hostedContents = options.hostedContents ?? true;
  const tenant = tenantRef(task);
  let cursor = task.cursor;
  let url =
    cursor ??
    firstMessagesPath({
      kind: listingOf(task),
      targetId: task.targetId,
      windowStart: task.windowStart,
      windowEnd: task.windowEnd,
      pageSize: options.pageSize ?? ctx.settings.defaultPageSize,
      model: task.export.tenant.model,
      chats: cursor ? { mode: "all" } : await chatSelection(ctx, task),
    });

  // Chats this run of the task claimed for context capture (a rerun claims again: the claim is idempotent).
  const claimed = new Set<string>();
  const context = capturesContext(task) && task.kind !== "team_channels";
  const evaluationCap = underEvaluationCap(ctx, task);
  // Whether the account had no monthly budget when the task was loaded, then when the last page was stored.
  let unbudgeted = task.export.tenant.accountMonthlyBudget === null;
  for (;;) {
    await checkEvaluationCap(ctx, task);
    const page = await callGraph(ctx, job, token, task, (o) =>
      ctx.graph.getPage<GraphChatMessage>(tenant, url, o),
    );
    const messages = page.value;
    const last = page.nextLink === null;
    const previous = cursor;
    // The page's chats new to this task: their context is fetched once the listing is done.
    const chats = context ? unclaimedChats(claimed, messages) : [];
    // On pg, not Prisma: this runs once per page and is the engine's hottest path. One statement stores the
    // page, moves the task past it and counts the request. A page that needs nothing else committed with it
    // (no hosted-content listing, no chat to claim, no usage threshold to check) is that statement alone, one
    // round trip; a budget set meanwhile (the statement reads it) applies from the next page on, as it would
    // had it been set a moment later. Any other page runs in a transaction with what must commit with it.
    const alone =
      unbudgeted &&
      !evaluationCap &&
      chats.length === 0 &&
      !(hostedContents && messages.some(needsHostedListing));
    const stored: CheckpointedPage = await ctx.pageGate.run(task.tenantId, () =>
      (alone ? withPgConnection : withPgTransaction)(pgPoolOf(ctx.db), async (client) => {
        const result = await storeCheckpointedPage(
          client,
          { tenantId: task.tenantId, exportId: task.exportId, taskId: task.id, messages, hostedContents },
          {
            fromCursor: previous,
            toCursor: page.nextLink,
            model: task.export.tenant.model,
            bytes: page.bytes,
            ledgerSlot: Math.floor(Math.random() * LEDGER_SLOTS),
            month: usageMonth(),
          },
        );
        if (!result.advanced) throw new LostCheckpoint();
        if (alone) return result;
        // Versions whose hosted contents no <img> names (cards, code snippets): listed later by the task.
        if (hostedContents) {
          await recordHostedListings(client, { tenantId: task.tenantId, taskId: task.id, messages });
        }
        await reportUsageThresholds(ctx, client, task, messages.length, result.budget);
        await claimChats(client, task, chats);
        return result;
      }),
    );
    unbudgeted = stored.budget === null;
    // Claimed once the page's transaction committed.
    for (const chatId of chats) claimed.add(chatId);
    ctx.metrics?.pageStored({
      fetched: messages.length,
      stored: stored.newExportRows,
      versionsNew: stored.newVersions,
    });
    if (last) return;
    cursor = page.nextLink;
    url = page.nextLink as string;
  }
}

/** Fetches the bytes of every hosted content this task found, storing each once per content hash. */
async function fetchHostedContents(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
) {
  await listHostedContents(ctx, job, token, task);
  const tenant = tenantRef(task);
  const db = pgPoolOf(ctx.db);
  for (;;) {
    const pending = await pendingHostedContents(db, task.id, 20);
    if (pending.length === 0) return;
    for (const ref of pending) {
      let content: { bytes: Buffer; contentType: string };
      try {
        content = await callGraph(ctx, job, token, task, (o) => ctx.graph.getBytes(tenant, ref.path, o));
      } catch (error) {
        if (error instanceof GraphError && error.kind === "not_found") {
          // Gone with its message (deleted past 21 days): recorded, not retried.
          await markHostedContentGone(db, task.id, ref, `not found: ${error.message}`);
          continue;
        }
        throw error;
      }
      const sha256 = createHash("sha256").update(content.bytes).digest("hex");
      await withPgTransaction(db, async (client) => {
        await storeHostedContent(client, ref, { sha256, ...content });
        await client.query(
          "UPDATE export_tasks SET hosted_contents = hosted_contents + 1, updated_at = now() WHERE id = $1::uuid",
          [task.id],
        );
        await recordUsage(client, task.tenantId, task.export.tenant.model, {
          requests: 1,
          bytes: content.bytes.length,
        });
      });
    }
  }
}

/**
 * One target's messages (a user's chats or a team's channels), then the hosted contents they point at, then
 * the chat context it claimed (see ./context).
 */
export async function runMessagesTask(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
): Promise<void> {
  if (task.phase === "pages") {
    await fetchPages(ctx, job, token, task);
  }
  await fetchHostedContents(ctx, job, token, task);
  await captureContext(ctx, job, token, task);
  await withPgTransaction(pgPoolOf(ctx.db), async (client) => {
    if (!(await completeEngineTask(client, task))) throw new LostCheckpoint();
  });
}
