import { type SqlTarget, type Statement, sqlOf, type Tx } from "./client";

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
  /** Hosted-content references seen for the first time (to fetch). */
  newHostedContents: number;
}

interface MessageRow {
  container_type: "chat" | "channel";
  container_id: string;
  chat_id: string | null;
  team_id: string | null;
  channel_id: string | null;
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

interface HostedContentRef {
  container_id: string;
  message_id: string;
  hosted_content_id: string;
  path: string;
}

/** Graph ids a message lives in: a chat id, or team/channel for channel messages. */
export function containerOf(message: GraphChatMessage): { type: "chat" | "channel"; id: string } {
  if (message.chatId) return { type: "chat", id: message.chatId };
  const teamId = message.channelIdentity?.teamId;
  const channelId = message.channelIdentity?.channelId;
  if (teamId && channelId) return { type: "channel", id: `${teamId}/${channelId}` };
  throw new Error(`message ${message.id} names neither a chat nor a channel`);
}

/**
 * When a message was deleted. Graph shows deleted messages for 21 days in two shapes: deletedDateTime set,
 * or deletedDateTime null with an empty body; for the second, the deletion is the last modification.
 */
export function deletedAt(message: GraphChatMessage): string | null {
  if (message.deletedDateTime) return message.deletedDateTime;
  const content = message.body?.content;
  const isUserMessage = (message.messageType ?? "message") === "message";
  if (isUserMessage && message.body && (content === "" || content === null || content === undefined)) {
    return message.lastModifiedDateTime ?? null;
  }
  return null;
}

// Inline images and other hosted contents are <img src=".../hostedContents/{id}/$value"> in the body.
const HOSTED_CONTENT_SRC =
  /src="(?:https?:\/\/[^"/]+)?(\/(?:v1\.0|beta)\/[^"]*?\/hostedContents\/([^"/]+)\/\$value)"/g;

/** Graph paths of the hosted contents a message's body points at. */
export function hostedContentRefs(message: GraphChatMessage): { id: string; path: string }[] {
  const content = message.body?.content;
  if (!content?.includes("hostedContents")) return [];
  const refs = new Map<string, string>();
  for (const match of content.matchAll(HOSTED_CONTENT_SRC)) {
    const path = match[1]?.replaceAll("&amp;", "&");
    const id = match[2];
    if (path && id) refs.set(decodeURIComponent(id), path);
  }
  return [...refs].map(([id, path]) => ({ id, path }));
}

/** NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what Postgres text and jsonb cannot store.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The message with every string (keys too) Postgres can store: jsonb and text refuse NUL characters and
 * unpaired UTF-16 surrogates, which Graph's JSON can carry as escapes in message content. They become
 * U+FFFD; without this, one such message would fail its whole page, again on every retry, until the task
 * was dead-lettered and the rest of the target never exported.
 */
function storable<T>(value: T, depth = 0): T {
  if (typeof value === "string") {
    UNSTORABLE.lastIndex = 0;
    return (UNSTORABLE.test(value) ? value.replace(UNSTORABLE, "\uFFFD") : value) as T;
  }
  if (value === null || typeof value !== "object" || depth > 200) return value;
  if (Array.isArray(value)) return value.map((v) => storable(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[storable(k, depth + 1)] = storable(v, depth + 1);
  return out as T;
}

function toRow(message: GraphChatMessage): MessageRow {
  const container = containerOf(message);
  return {
    container_type: container.type,
    container_id: container.id,
    chat_id: message.chatId ?? null,
    team_id: message.channelIdentity?.teamId ?? null,
    channel_id: message.channelIdentity?.channelId ?? null,
    message_id: message.id,
    // Graph always sends an etag; if one were missing, lastModifiedDateTime identifies the version.
    etag: message.etag ?? `lm:${message.lastModifiedDateTime ?? ""}`,
    from_user_id: message.from?.user?.id ?? null,
    reply_to_id: message.replyToId ?? null,
    message_type: message.messageType ?? null,
    created_at: message.createdDateTime ?? null,
    last_modified_at: message.lastModifiedDateTime ?? null,
    deleted_at: deletedAt(message),
    raw: message,
  };
}

export interface PageInput {
  tenantId: string;
  exportId: string;
  taskId: string;
  messages: GraphChatMessage[];
  hostedContents?: boolean;
}

// Stores one Graph page in a single statement: every new (container, id, etag) version immutably, the
// current view of each message (never moved backwards by an older version seen late), the export's result
// set, and the hosted contents the messages point at (to be fetched by the task). Replaying the same page
// stores nothing twice. $1 tenant, $2 export, $3 task, $4 rows, $5 hosted-content references.
const STORE_PAGE_SQL = `
    WITH input AS (
      SELECT * FROM jsonb_to_recordset($4::jsonb) AS x(
        container_type text, container_id text, chat_id text, team_id text, channel_id text, message_id text,
        etag text, from_user_id text, reply_to_id text, message_type text, created_at timestamptz,
        last_modified_at timestamptz, deleted_at timestamptz, raw jsonb)
    ),
    new_versions AS (
      INSERT INTO message_versions (tenant_id, container_id, message_id, etag, last_modified_at, deleted_at, raw)
      SELECT $1::uuid, container_id, message_id, etag, last_modified_at, deleted_at, raw FROM input
      ON CONFLICT DO NOTHING
      RETURNING 1
    ),
    newest AS (
      SELECT DISTINCT ON (container_id, message_id) * FROM input
      ORDER BY container_id, message_id, last_modified_at DESC NULLS LAST
    ),
    current_view AS (
      INSERT INTO messages AS m (tenant_id, container_id, message_id, container_type, chat_id, team_id,
        channel_id, etag, from_user_id, reply_to_id, message_type, created_at, last_modified_at, deleted_at,
        raw, updated_at)
      SELECT $1::uuid, container_id, message_id, container_type, chat_id, team_id, channel_id, etag,
        from_user_id, reply_to_id, message_type, created_at, last_modified_at, deleted_at, raw, now()
      FROM newest
      ON CONFLICT (tenant_id, container_id, message_id) DO UPDATE SET
        etag = EXCLUDED.etag, from_user_id = EXCLUDED.from_user_id, reply_to_id = EXCLUDED.reply_to_id,
        message_type = EXCLUDED.message_type, created_at = EXCLUDED.created_at,
        last_modified_at = EXCLUDED.last_modified_at,
        -- A deletion, once seen, stays: a later read of the emptied message keeps the first deletion time.
        deleted_at = COALESCE(m.deleted_at, EXCLUDED.deleted_at),
        raw = EXCLUDED.raw, updated_at = now()
      WHERE m.etag IS DISTINCT FROM EXCLUDED.etag
        AND (m.last_modified_at IS NULL OR EXCLUDED.last_modified_at >= m.last_modified_at)
      RETURNING 1
    ),
    export_rows AS (
      INSERT INTO export_messages (export_id, container_id, message_id, etag)
      SELECT $2::uuid, container_id, message_id, etag FROM input
      ON CONFLICT DO NOTHING
      RETURNING 1
    ),
    refs AS (
      INSERT INTO message_hosted_contents (tenant_id, container_id, message_id, hosted_content_id, path, task_id)
      SELECT $1::uuid, container_id, message_id, hosted_content_id, path, $3::uuid
      FROM jsonb_to_recordset($5::jsonb)
        AS r(container_id text, message_id text, hosted_content_id text, path text)
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM new_versions) AS new_versions,
           (SELECT count(*) FROM export_rows) AS new_export_rows,
           (SELECT count(*) FROM refs) AS new_refs,
           (SELECT count(*) FROM current_view) AS current_rows`;

type PageCountsRow = {
  new_versions: bigint | string;
  new_export_rows: bigint | string;
  new_refs: bigint | string;
};

const ESCAPED_UNSTORABLE = /\\u0000|\\ud[89a-f]/;

/** Code-unit order: any fixed total order serves, and it is far cheaper than a locale's collation. */
const byKey = (a: MessageRow, b: MessageRow) =>
  a.container_id === b.container_id
    ? a.message_id < b.message_id
      ? -1
      : a.message_id > b.message_id
        ? 1
        : 0
    : a.container_id < b.container_id
      ? -1
      : 1;

/** A page's rows and hosted-content references as the JSON parameters of STORE_PAGE_SQL. */
function pageJson(
  messages: GraphChatMessage[],
  hostedContents: boolean,
  clean: boolean,
): { rows: string; refs: string } {
  // Rows in key order: concurrent pages that share messages then lock them in the same order, not crosswise.
  const rows = messages.map((m) => toRow(clean ? storable(m) : m)).sort(byKey);
  const refs: HostedContentRef[] = [];
  if (hostedContents) {
    for (const row of rows) {
      for (const ref of hostedContentRefs(row.raw)) {
        refs.push({
          container_id: row.container_id,
          message_id: row.message_id,
          hosted_content_id: ref.id,
          path: ref.path,
        });
      }
    }
  }
  return { rows: JSON.stringify(rows), refs: JSON.stringify(refs) };
}

/** The statement that stores a page, or null for an empty page. */
function storePageStatement({
  tenantId,
  exportId,
  taskId,
  messages,
  hostedContents = true,
}: PageInput): Statement | null {
  if (messages.length === 0) return null;
  let json = pageJson(messages, hostedContents, false);
  // JSON.stringify writes NUL and unpaired surrogates as \u escapes (paired ones stay as they are): only a
  // page that shows one pays for the deep copy that replaces them.
  if (ESCAPED_UNSTORABLE.test(json.rows) || ESCAPED_UNSTORABLE.test(json.refs)) {
    json = pageJson(messages, hostedContents, true);
  }
  return {
    text: STORE_PAGE_SQL,
    values: [tenantId, exportId, taskId, json.rows, json.refs],
  };
}

function pageCounts(row: PageCountsRow | undefined): StoredPageCounts {
  return {
    newVersions: Number(row?.new_versions ?? 0),
    newExportRows: Number(row?.new_export_rows ?? 0),
    newHostedContents: Number(row?.new_refs ?? 0),
  };
}

const NOTHING_STORED: StoredPageCounts = { newVersions: 0, newExportRows: 0, newHostedContents: 0 };

/**
 * Stores one Graph page (see STORE_PAGE_SQL), in a Prisma transaction or a pg one (the export engine's page
 * path).
 */
export async function storeMessagePage(target: SqlTarget, page: PageInput): Promise<StoredPageCounts> {
  const statement = storePageStatement(page);
  if (!statement) return NOTHING_STORED;
  const rows = await sqlOf(target).rows<PageCountsRow>(statement.text, statement.values);
  return pageCounts(rows[0]);
}

/** Stores a hosted content's bytes once per hash and links the reference to them. */
export async function storeHostedContent(
  tx: Tx,
  ref: { tenantId: string; containerId: string; messageId: string; hostedContentId: string },
  content: { sha256: string; contentType: string; bytes: Buffer },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO hosted_contents (sha256, content_type, size, bytes)
    VALUES (${content.sha256}, ${content.contentType}, ${content.bytes.length}, ${content.bytes})
    ON CONFLICT (sha256) DO NOTHING`;
  await tx.$executeRaw`
    UPDATE message_hosted_contents SET sha256 = ${content.sha256}, fetched_at = now(), error = NULL
    WHERE tenant_id = ${ref.tenantId}::uuid AND container_id = ${ref.containerId}
      AND message_id = ${ref.messageId} AND hosted_content_id = ${ref.hostedContentId}`;
}
