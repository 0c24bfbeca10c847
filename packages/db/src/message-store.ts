import type { Tx } from "./client";

/** The fields Capstan indexes from a Graph chatMessage; the whole JSON is kept beside them. */
export interface GraphChatMessage {
  id: string;
  etag?: string | null;
  chatId?: string | null;
  channelIdentity?: { teamId?: string | null; channelId?: string | null } | null;
  replyToId?: string | null;
  messageType?: string | null;
  createdDateTime?: string | null;
  lastModifiedDateTime?: string | null;
  deletedDateTime?: string | null;
  from?: { user?: { id?: string | null } | null } | null;
  body?: { content?: string | null } | null;
  [key: string]: unknown;
}

export interface StoredPageCounts {
  /** Versions no export had stored before. */
  newVersions: number;
  /** Versions newly added to this export's result set. */
  newExportRows: number;
}

interface MessageRow {
  container_type: "chat" | "channel";
  container_id: string;
  message_id: string;
  etag: string;
  from_user_id: string | null;
  reply_to_id: string | null;
  message_type: string | null;
  created_at: string | null;
  last_modified_at: string | null;
  deleted_at: string | null;
  raw: GraphChatMessage;
}

/** Graph ids a message lives in: a chat id, or team/channel for channel messages. */
export function containerOf(message: GraphChatMessage): { type: "chat" | "channel"; id: string } {
  if (message.chatId) return { type: "chat", id: message.chatId };
  const teamId = message.channelIdentity?.teamId;
  const channelId = message.channelIdentity?.channelId;
  if (teamId && channelId) return { type: "channel", id: `${teamId}/${channelId}` };
  throw new Error(`message ${message.id} names neither a chat nor a channel`);
}

function toRow(message: GraphChatMessage): MessageRow {
  const container = containerOf(message);
  return {
    container_type: container.type,
    container_id: container.id,
    message_id: message.id,
    // Graph always sends an etag; if one were missing, lastModifiedDateTime identifies the version.
    etag: message.etag ?? `lm:${message.lastModifiedDateTime ?? ""}`,
    from_user_id: message.from?.user?.id ?? null,
    reply_to_id: message.replyToId ?? null,
    message_type: message.messageType ?? null,
    created_at: message.createdDateTime ?? null,
    last_modified_at: message.lastModifiedDateTime ?? null,
    deleted_at: message.deletedDateTime ?? null,
    raw: message,
  };
}

/**
 * Stores one Graph page in a single statement: every new (container, id, etag) version immutably, the
 * current view of each message (never moved backwards by an older version seen late), and the
 * export's result set. Replaying the same page stores nothing twice.
 */
export async function storeMessagePage(
  tx: Tx,
  { tenantId, exportId, messages }: { tenantId: string; exportId: string; messages: GraphChatMessage[] },
): Promise<StoredPageCounts> {
  if (messages.length === 0) return { newVersions: 0, newExportRows: 0 };
  const rows = JSON.stringify(messages.map(toRow));
  const result = await tx.$queryRaw<{ new_versions: bigint; new_export_rows: bigint }[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS x(
        container_type text, container_id text, message_id text, etag text, from_user_id text,
        reply_to_id text, message_type text, created_at timestamptz, last_modified_at timestamptz,
        deleted_at timestamptz, raw jsonb)
    ),
    new_versions AS (
      INSERT INTO message_versions (tenant_id, container_id, message_id, etag, last_modified_at, deleted_at, raw)
      SELECT ${tenantId}::uuid, container_id, message_id, etag, last_modified_at, deleted_at, raw FROM input
      ON CONFLICT DO NOTHING
      RETURNING 1
    ),
    newest AS (
      SELECT DISTINCT ON (container_id, message_id) * FROM input
      ORDER BY container_id, message_id, last_modified_at DESC NULLS LAST
    ),
    current_view AS (
      INSERT INTO messages AS m (tenant_id, container_id, message_id, container_type, etag, from_user_id,
        reply_to_id, message_type, created_at, last_modified_at, deleted_at, raw, updated_at)
      SELECT ${tenantId}::uuid, container_id, message_id, container_type, etag, from_user_id, reply_to_id,
        message_type, created_at, last_modified_at, deleted_at, raw, now() FROM newest
      ON CONFLICT (tenant_id, container_id, message_id) DO UPDATE SET
        etag = EXCLUDED.etag, from_user_id = EXCLUDED.from_user_id, reply_to_id = EXCLUDED.reply_to_id,
        message_type = EXCLUDED.message_type, created_at = EXCLUDED.created_at,
        last_modified_at = EXCLUDED.last_modified_at, deleted_at = EXCLUDED.deleted_at,
        raw = EXCLUDED.raw, updated_at = now()
      WHERE m.etag IS DISTINCT FROM EXCLUDED.etag
        AND (m.last_modified_at IS NULL OR EXCLUDED.last_modified_at >= m.last_modified_at)
      RETURNING 1
    ),
    export_rows AS (
      INSERT INTO export_messages (export_id, container_id, message_id, etag)
      SELECT ${exportId}::uuid, container_id, message_id, etag FROM input
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM new_versions) AS new_versions,
           (SELECT count(*) FROM export_rows) AS new_export_rows,
           (SELECT count(*) FROM current_view) AS current_rows`;
  const counts = result[0];
  return {
    newVersions: Number(counts?.new_versions ?? 0),
    newExportRows: Number(counts?.new_export_rows ?? 0),
  };
}
