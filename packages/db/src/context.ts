import { createHash } from "node:crypto";
import { type SqlTarget, sqlOf } from "./client";
import { storable } from "./message-store";

// Chat context beside the messages: who a sender or member was (directory users), what a chat was called,
// its type and members, and the names of a channel and its team, each as of capture time. The current row
// is upserted on every capture (checked_at moves); a history row is written only when the content changed,
// so a reviewer can ask what a chat was called, or who a user was, at the time of a message. Replays store
// nothing twice.

type Json = Record<string, unknown>;

/** A user object as GET /users or deletedItems returned it (with the fields the export $selects). */
export interface GraphDirectoryUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  userType?: string | null;
  deletedDateTime?: string | null;
  [key: string]: unknown;
}

/** A chat's or a channel's context, ready to store. */
export interface ConversationContextInput {
  containerId: string;
  containerType: "chat" | "channel";
  topic?: string | null;
  chatType?: string | null;
  teamId?: string | null;
  teamName?: string | null;
  teamDescription?: string | null;
  channelName?: string | null;
  membershipType?: string | null;
  graphUpdatedAt?: string | null;
  /** Chats: the members as Graph listed them. */
  members?: Json[] | null;
  /** What Graph returned: {chat} or {team, channel}. */
  raw: Json;
}

interface Column {
  name: string;
  /** Postgres type of the unnest array (jsonb travels as text and is cast). */
  type: "text" | "timestamptz" | "jsonb";
}

interface SnapshotTable {
  table: string;
  history: string;
  key: string;
  columns: Column[];
}

const hashOf = (content: unknown) => createHash("sha256").update(JSON.stringify(content)).digest("hex");

/**
 * One statement: the rows whose content hash differs from the current row's (or that have none) get a history
 * row, and every row is upserted (captured_at kept while the content is unchanged, checked_at now). Callers
 * hold the tenant's context lock, so two writers never both add the same change.
 */
function snapshotSql(spec: SnapshotTable): string {
  const names = spec.columns.map((c) => c.name);
  const arrays = [spec.key, ...names, "raw", "h"]
    .map((_, i) => {
      const type = i === 0 ? "text" : (spec.columns[i - 1]?.type ?? "text");
      return `$${i + 2}::${type === "jsonb" ? "text" : type}[]`;
    })
    .join(", ");
  const select = spec.columns
    .map((c) => (c.type === "jsonb" ? `u.${c.name}::jsonb` : `u.${c.name}`))
    .join(", ");
  const cols = names.join(", ");
  const keyCols = `tenant_id, ${spec.key}`;
  return `
    WITH input AS (
      SELECT u.${spec.key}, ${select}, u.raw::jsonb AS raw, decode(u.h, 'hex') AS content_hash
      FROM unnest(${arrays}) AS u(${spec.key}, ${cols}, raw, h)
    ),
    changed AS (
      SELECT i.* FROM input i
      LEFT JOIN ${spec.table} t ON t.tenant_id = $1::uuid AND t.${spec.key} = i.${spec.key}
      WHERE t.${spec.key} IS NULL OR t.content_hash <> i.content_hash
    ),
    history AS (
      INSERT INTO ${spec.history} (${keyCols}, ${cols}, raw, content_hash)
      SELECT $1::uuid, ${spec.key}, ${cols}, raw, content_hash FROM changed
      RETURNING 1
    ),
    upsert AS (
      INSERT INTO ${spec.table} AS t (${keyCols}, ${cols}, raw, content_hash)
      SELECT $1::uuid, ${spec.key}, ${cols}, raw, content_hash FROM input
      ON CONFLICT (${keyCols}) DO UPDATE SET
        ${names.map((n) => `${n} = EXCLUDED.${n}`).join(", ")}, raw = EXCLUDED.raw,
        captured_at = CASE WHEN t.content_hash = EXCLUDED.content_hash THEN t.captured_at ELSE now() END,
        content_hash = EXCLUDED.content_hash, checked_at = now()
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM history) AS changed, (SELECT count(*) FROM upsert) AS stored`;
}

const DIRECTORY: SnapshotTable = {
  table: "directory_users",
  history: "directory_user_history",
  key: "user_id",
  columns: [
    { name: "display_name", type: "text" },
    { name: "user_principal_name", type: "text" },
    { name: "mail", type: "text" },
    { name: "user_type", type: "text" },
    { name: "deleted_at", type: "timestamptz" },
  ],
};
const DIRECTORY_SQL = snapshotSql(DIRECTORY);

const CONVERSATIONS: SnapshotTable = {
  table: "conversation_contexts",
  history: "conversation_context_history",
  key: "container_id",
  columns: [
    { name: "container_type", type: "text" },
    { name: "topic", type: "text" },
    { name: "chat_type", type: "text" },
    { name: "team_id", type: "text" },
    { name: "team_name", type: "text" },
    { name: "team_description", type: "text" },
    { name: "channel_name", type: "text" },
    { name: "membership_type", type: "text" },
    { name: "graph_updated_at", type: "timestamptz" },
    { name: "members", type: "jsonb" },
  ],
};
const CONVERSATIONS_SQL = snapshotSql(CONVERSATIONS);

/** Serializes the context writes of one tenant until the transaction ends. */
async function lockContext(target: SqlTarget, tenantId: string): Promise<void> {
  await sqlOf(target).rows("SELECT pg_advisory_xact_lock(hashtext($1))::text AS locked", [
    `capstan:context:${tenantId}`,
  ]);
}

/** First occurrence of each key wins (a statement may touch a row once). */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Records a page of directory users (GET /users, or deletedItems with `deleted`) in the caller's transaction.
 * Returns how many users are new or changed (each got a history row).
 */
export async function recordDirectoryUsers(
  target: SqlTarget,
  tenantId: string,
  users: GraphDirectoryUser[],
  options: { deleted?: boolean } = {},
): Promise<number> {
  const rows = uniqueBy(
    users.filter((u) => typeof u.id === "string" && u.id),
    (u) => u.id,
  ).map((u) => storable(u));
  if (rows.length === 0) return 0;
  await lockContext(target, tenantId);
  const fields = rows.map((u) => ({
    displayName: u.displayName ?? null,
    userPrincipalName: u.userPrincipalName ?? null,
    mail: u.mail ?? null,
    userType: u.userType ?? null,
    // A deleted user stays marked deleted even if Graph left the time out.
    deletedAt: options.deleted ? (u.deletedDateTime ?? new Date(0).toISOString()) : null,
  }));
  const [row] = await sqlOf(target).rows<{ changed: bigint | string }>(DIRECTORY_SQL, [
    tenantId,
    rows.map((u) => u.id),
    fields.map((f) => f.displayName),
    fields.map((f) => f.userPrincipalName),
    fields.map((f) => f.mail),
    fields.map((f) => f.userType),
    fields.map((f) => f.deletedAt),
    rows.map((u) => JSON.stringify(u)),
    fields.map(hashOf),
  ]);
  return Number(row?.changed ?? 0);
}

/** Members in a stable order for the content hash (Graph does not promise one). */
function memberKey(members: Json[] | null | undefined): unknown {
  if (!members) return null;
  return members
    .map((m) => [m.userId ?? m.id ?? null, m.displayName ?? null, m.email ?? null, m.roles ?? null])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

/** Records chats' or channels' contexts in the caller's transaction; returns how many are new or changed. */
export async function recordConversationContexts(
  target: SqlTarget,
  tenantId: string,
  contexts: ConversationContextInput[],
): Promise<number> {
  const rows = uniqueBy(contexts, (c) => c.containerId).map((c) => storable(c));
  if (rows.length === 0) return 0;
  await lockContext(target, tenantId);
  const col = <K extends keyof ConversationContextInput>(k: K) => rows.map((c) => c[k] ?? null);
  const [row] = await sqlOf(target).rows<{ changed: bigint | string }>(CONVERSATIONS_SQL, [
    tenantId,
    col("containerId"),
    col("containerType"),
    col("topic"),
    col("chatType"),
    col("teamId"),
    col("teamName"),
    col("teamDescription"),
    col("channelName"),
    col("membershipType"),
    col("graphUpdatedAt"),
    rows.map((c) => (c.members ? JSON.stringify(c.members) : null)),
    rows.map((c) => JSON.stringify(c.raw)),
    rows.map((c) =>
      hashOf([
        c.containerType,
        c.topic ?? null,
        c.chatType ?? null,
        c.teamName ?? null,
        c.teamDescription ?? null,
        c.channelName ?? null,
        c.membershipType ?? null,
        memberKey(c.members),
      ]),
    ),
  ]);
  return Number(row?.changed ?? 0);
}

// ---------- what an export run still owes ----------

export type ContextKind = "chat" | "team" | "directory";

/** Claims context fetches for this run: the first task to name one owns it; returns how many it got. */
export async function claimContexts(
  target: SqlTarget,
  input: { exportId: string; tenantId: string; taskId: string; kind: ContextKind; keys: string[] },
): Promise<number> {
  if (input.keys.length === 0) return 0;
  return sqlOf(target).count(
    `INSERT INTO context_captures (export_id, kind, key, tenant_id, task_id)
     SELECT $1::uuid, $2, k, $3::uuid, $4::uuid FROM unnest($5::text[]) AS k
     ON CONFLICT DO NOTHING`,
    [input.exportId, input.kind, input.tenantId, input.taskId, input.keys],
  );
}

export interface PendingContext {
  kind: ContextKind;
  key: string;
  /** What the capture fetched before it stepped aside (see checkpointContext). */
  fetched: Json | null;
}

/** Context fetches a task claimed and has not finished, teams and the directory before chats. */
export async function pendingContexts(
  target: SqlTarget,
  taskId: string,
  limit = 50,
): Promise<PendingContext[]> {
  return sqlOf(target).rows(
    `SELECT kind, key, fetched FROM context_captures WHERE task_id = $1::uuid AND done_at IS NULL
     ORDER BY CASE kind WHEN 'directory' THEN 0 WHEN 'team' THEN 1 ELSE 2 END, key LIMIT $2::int`,
    [taskId, limit],
  );
}

type CaptureRef = { exportId: string; kind: ContextKind; key: string };

/**
 * Counts one answered request of a capture and, when given, keeps what it fetched so far (merged into
 * `fetched`): a capture that steps aside between its requests resumes without asking Graph again.
 */
export async function checkpointContext(
  target: SqlTarget,
  ref: CaptureRef,
  fetched: Json | null = null,
): Promise<void> {
  await sqlOf(target).count(
    `UPDATE context_captures SET requests = requests + 1,
       fetched = CASE WHEN $4::jsonb IS NULL THEN fetched ELSE coalesce(fetched, '{}'::jsonb) || $4::jsonb END
     WHERE export_id = $1::uuid AND kind = $2 AND key = $3`,
    [ref.exportId, ref.kind, ref.key, fetched ? JSON.stringify(storable(fetched)) : null],
  );
}

/** Marks a claimed fetch done (in the transaction that stored what it found). */
export async function completeContext(
  target: SqlTarget,
  input: CaptureRef & { outcome: "captured" | "unchanged" | "fresh" | "gone" },
): Promise<void> {
  await sqlOf(target).count(
    `UPDATE context_captures SET done_at = now(), outcome = $4, fetched = NULL
     WHERE export_id = $1::uuid AND kind = $2 AND key = $3`,
    [input.exportId, input.kind, input.key, input.outcome],
  );
}

/** What is stored of a chat: when Graph last confirmed it, its lastUpdatedDateTime and its members. */
export async function storedChatContext(
  target: SqlTarget,
  tenantId: string,
  chatId: string,
): Promise<{ checkedAt: Date; graphUpdatedAt: Date | null; members: Json[] | null } | null> {
  const [row] = await sqlOf(target).rows<{
    checked_at: Date;
    graph_updated_at: Date | null;
    members: Json[] | null;
  }>(
    `SELECT checked_at, graph_updated_at, members FROM conversation_contexts
     WHERE tenant_id = $1::uuid AND container_id = $2`,
    [tenantId, chatId],
  );
  return row
    ? { checkedAt: new Date(row.checked_at), graphUpdatedAt: row.graph_updated_at, members: row.members }
    : null;
}

/** The oldest check among a team's stored channels (null when none is stored). */
export async function teamCheckedAt(
  target: SqlTarget,
  tenantId: string,
  teamId: string,
): Promise<Date | null> {
  const [row] = await sqlOf(target).rows<{ checked: Date | null }>(
    `SELECT min(checked_at) AS checked FROM conversation_contexts
     WHERE tenant_id = $1::uuid AND container_type = 'channel' AND team_id = $2`,
    [tenantId, teamId],
  );
  return row?.checked ? new Date(row.checked) : null;
}

/** When the tenant's directory was last listed in full (the newest check of any user; null if never). */
export async function directoryCheckedAt(target: SqlTarget, tenantId: string): Promise<Date | null> {
  const [row] = await sqlOf(target).rows<{ checked: Date | null }>(
    "SELECT max(checked_at) AS checked FROM directory_users WHERE tenant_id = $1::uuid",
    [tenantId],
  );
  return row?.checked ? new Date(row.checked) : null;
}
