import { type SqlTarget, type Statement, sqlOf, type Tx } from "./client";
import type { ExportScope, TaskKind } from "./generated/client";

/** What an export fetches; the API validates it (contracts' ExportOptions) before it gets here. */
export interface ExportPlanOptions {
  window?: { from?: string | undefined; to?: string | undefined } | undefined;
  pageSize?: number | undefined;
  hostedContents?: boolean | undefined;
  /** Whole-tenant chats: each message once (default), or once per participant. */
  chatFetch?: "once" | "perParticipant" | undefined;
  /** Deprecated form of chatFetch: true is "once", false is "perParticipant". */
  chatDedup?: boolean | undefined;
  /** Split each target's window into this many time shards that run in parallel. */
  shards?: number | undefined;
  /** A continuous run that is a deletion sweep: no target's window starts after this time (ISO). */
  sweepFrom?: string | undefined;
  /** Capture chat context (chat topics, types and members, team and channel names, the directory); default true. */
  context?: boolean | undefined;
  /** Also list getAllRetainedMessages for each user and team (retention-policy history). */
  retainedMessages?: boolean | undefined;
}

/** How a whole-tenant export fetches chats; chatFetch wins over the deprecated chatDedup. */
export function chatFetchOf(options: ExportPlanOptions): "once" | "perParticipant" {
  if (options.chatFetch) return options.chatFetch;
  if (options.chatDedup === false) return "perParticipant";
  return "once";
}

/** Teams launched in 2017: a shard plan needs a start, and nothing is older than this. */
export const SHARD_EPOCH = new Date("2017-01-01T00:00:00Z");

export interface Window {
  start: Date | null;
  end: Date | null;
}

/** Splits (start, end) into `shards` consecutive windows; one shard keeps the window as given. */
export function shardWindows(window: Window, shards: number, now: Date = new Date()): Window[] {
  if (shards <= 1) return [window];
  const start = (window.start ?? SHARD_EPOCH).getTime();
  const end = (window.end ?? now).getTime();
  const step = Math.max(1, Math.ceil((end - start) / shards));
  const out: Window[] = [];
  for (let from = start; from < end; from += step) {
    out.push({ start: new Date(from), end: new Date(Math.min(end, from + step)) });
  }
  // Graph's filter is exclusive on both ends (gt/lt): let neighbouring shards overlap by a millisecond so
  // a message modified exactly on a boundary is not lost; duplicates are stored once anyway.
  return out.map((w, i) => ({
    start: i === 0 ? window.start : new Date((w.start as Date).getTime() - 1),
    end: i === out.length - 1 ? window.end : w.end,
  }));
}

export function windowOf(options: ExportPlanOptions): Window {
  return {
    start: options.window?.from ? new Date(options.window.from) : null,
    end: options.window?.to ? new Date(options.window.to) : null,
  };
}

const KIND_OF_SCOPE: Record<Exclude<ExportScope, "tenant">, TaskKind> = {
  user: "user_chats",
  team: "team_channels",
};

/** The getAllRetainedMessages listing beside a target's getAllMessages one (option retainedMessages). */
export const RETAINED_KIND: Partial<Record<TaskKind, TaskKind>> = {
  user_chats: "user_retained",
  team_channels: "team_retained",
};

/** Creates the tasks of one target (one per shard); existing ones are left alone, so replays add nothing. */
export async function createTargetTasks(
  tx: Tx,
  input: {
    exportId: string;
    tenantId: string;
    kind: TaskKind;
    targetIds: string[];
    windows: (id: string) => Window[];
  },
): Promise<number> {
  const data = input.targetIds.flatMap((targetId) =>
    input.windows(targetId).map((w, shard) => ({
      exportId: input.exportId,
      tenantId: input.tenantId,
      kind: input.kind,
      targetId,
      shard,
      windowStart: w.start,
      windowEnd: w.end,
    })),
  );
  if (data.length === 0) return 0;
  const created = await tx.exportTask.createMany({ data, skipDuplicates: true });
  return created.count;
}

/** Creates an export with its first tasks: the target's shards, or the tenant enumeration. */
export async function createExportWithTasks(
  tx: Tx,
  input: {
    accountId: string;
    tenantId: string;
    scope: ExportScope;
    targetId: string | null;
    options: ExportPlanOptions;
    scheduleId?: string;
  },
) {
  const created = await tx.export.create({
    data: {
      accountId: input.accountId,
      tenantId: input.tenantId,
      scope: input.scope,
      targetId: input.targetId,
      options: input.options as object,
      ...(input.scheduleId ? { scheduleId: input.scheduleId } : {}),
    },
  });
  if (input.scope === "tenant") {
    await tx.exportTask.create({
      data: {
        exportId: created.id,
        tenantId: input.tenantId,
        kind: "tenant_enumerate",
        targetId: "*",
        // Fetch-once lists the directory's deleted users before the users (see the worker's enumeration).
        phase: chatFetchOf(input.options) === "once" ? "deleted" : "users",
      },
    });
  } else {
    const windows = shardWindows(windowOf(input.options), input.options.shards ?? 1);
    const kinds = [KIND_OF_SCOPE[input.scope]];
    if (input.options.retainedMessages) kinds.push(RETAINED_KIND[KIND_OF_SCOPE[input.scope]] as TaskKind);
    for (const kind of kinds)
      await createTargetTasks(tx, {
        exportId: created.id,
        tenantId: input.tenantId,
        kind,
        targetIds: [input.targetId as string],
        windows: () => windows,
      });
  }
  const tasks = await tx.exportTask.findMany({ where: { exportId: created.id }, select: { id: true } });
  return { export: created, taskIds: tasks.map((t) => t.id) };
}

/** The ledger's month key for a time: YYYY-MM in UTC. */
export function usageMonth(at: Date = new Date()): string {
  return at.toISOString().slice(0, 7);
}

export const LEDGER_SLOTS = 8;

export interface Usage {
  requests?: number;
  messages?: number;
  bytes?: number;
  throttled?: number;
}

// Concurrent writers spread over a few rows per tenant and month, so they rarely wait for one another.
const RECORD_USAGE_SQL = `
    INSERT INTO usage_ledger (tenant_id, month, model, slot, requests, messages, bytes, throttled, updated_at)
    VALUES ($1::uuid, $2, $3::"PaymentModel", $4, $5, $6, $7, $8, now())
    ON CONFLICT (tenant_id, month, model, slot) DO UPDATE SET
      requests = usage_ledger.requests + EXCLUDED.requests,
      messages = usage_ledger.messages + EXCLUDED.messages,
      bytes = usage_ledger.bytes + EXCLUDED.bytes,
      throttled = usage_ledger.throttled + EXCLUDED.throttled,
      updated_at = now()`;

function recordUsageStatement(
  tenantId: string,
  model: "A" | "B" | "evaluation",
  usage: Usage,
  at: Date = new Date(),
): Statement {
  return {
    text: RECORD_USAGE_SQL,
    values: [
      tenantId,
      usageMonth(at),
      model,
      Math.floor(Math.random() * LEDGER_SLOTS),
      usage.requests ?? 0,
      usage.messages ?? 0,
      usage.bytes ?? 0,
      usage.throttled ?? 0,
    ],
  };
}

/**
 * Adds Graph usage to a tenant's ledger row for this month and payment model, through Prisma or in a pg
 * transaction (the export engine's page path).
 */
export async function recordUsage(
  target: SqlTarget,
  tenantId: string,
  model: "A" | "B" | "evaluation",
  usage: Usage,
  at: Date = new Date(),
): Promise<void> {
  const statement = recordUsageStatement(tenantId, model, usage, at);
  await sqlOf(target).count(statement.text, statement.values);
}

/**
 * After a tenant consents again, its paused tasks go back to pending, to be admitted again (by the caller, or
 * the reconciler), and its exports lose the pause reason. Returns the task ids.
 */
export async function resumePausedTasks(tx: Tx, tenantId: string): Promise<string[]> {
  const paused = await tx.exportTask.findMany({
    where: { tenantId, status: "paused", export: { status: { in: ["queued", "running"] } } },
    select: { id: true, exportId: true },
  });
  if (paused.length === 0) return [];
  await tx.exportTask.updateMany({
    where: { id: { in: paused.map((t) => t.id) } },
    data: { status: "pending", error: null, admittedAt: null },
  });
  await tx.export.updateMany({
    where: { id: { in: [...new Set(paused.map((t) => t.exportId))] } },
    data: { error: null },
  });
  return paused.map((t) => t.id);
}
