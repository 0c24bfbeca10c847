import { hash } from "node:crypto";
import { type SqlTarget, sqlOf } from "./client";

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

/** A page stored with its checkpoint. */
export interface CheckpointedPage extends StoredPageCounts {
  /** Whether the task moved past the page; when false the caller must roll the transaction back. */
  advanced: boolean;
  /** The account's monthly message budget as the transaction sees it. */
  budget: number | null;
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
  /** Deleted in the empty-body shape: Graph gives no deletion time. */
  silent_delete: boolean;
  /** JSON.stringify of the message: what is stored, and what json_hash is taken over. */
  text: string;
  json_hash: Buffer;
  message: GraphChatMessage;
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
 * U+FFFD in the queryable copy (raw), and the exact text goes to raw_text beside it; without this, one such
 * message would fail its whole page, again on every retry, until the task was dead-lettered and the rest of
 * the target never exported.
 */
export function storable<T>(value: T, depth = 0): T {
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

/**
 * With the etag, what identifies a stored version: the first 16 bytes of SHA-256 over the message's JSON
 * text. Graph can change a message without changing its etag (a reaction, a deletion that empties the body),
 * and then only the content tells the versions apart.
 */
export function jsonHash(text: string): Buffer {
  return hash("sha256", text, "buffer").subarray(0, 16);
}

function toRow(message: GraphChatMessage): MessageRow {
  const container = containerOf(message);
  const text = JSON.stringify(message);
  const deleted = deletedAt(message);
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
    deleted_at: deleted,
    silent_delete: deleted !== null && !message.deletedDateTime,
    text,
    json_hash: jsonHash(text),
    message,
  };
}

export interface PageInput {
  tenantId: string;
  exportId: string;
  taskId: string;
  messages: GraphChatMessage[];
  hostedContents?: boolean;
  /**
   * The export engine's checkpoint, written by the same statement: the task moves past the page only if it
   * still holds the link the page was fetched with (compare-and-set), and the tenant's usage ledger counts
   * the request. One statement instead of three round trips per page; when the task was not moved
   * (`advanced` false) the statement wrote nothing.
   */
  checkpoint?: PageCheckpoint;
}

export interface PageCheckpoint {
  /** The nextLink the page was fetched with (null for the first page). */
  fromCursor: string | null;
  /** The page's nextLink (null after the last page). */
  toCursor: string | null;
  model: "A" | "B" | "evaluation";
  /** Bytes of the page's body, for the usage ledger. */
  bytes: number;
  /** The ledger row written (one of a few per tenant and month, so pages do not queue on one row lock). */
  ledgerSlot: number;
  month: string;
}

// Stores one Graph page in one statement: every new version (container, id, etag, json hash) immutably, the
// current view of each message (never moved backwards by an older version seen late), the export's result
// set, and the hosted contents the messages point at (to be fetched by the task). Replaying the same page
// stores nothing twice. Parameters are parallel arrays, one element per row in key order: $1 tenant, $2
// export, $3 task, $4..$16 the indexed fields, $17 a JSON array of the messages (null for a version believed
// stored already: its bytes do not travel) — the messages' own JSON texts joined, so nothing is escaped
// twice, $18 the exact JSON text where raw could not hold it faithfully, $19 the JSON hashes, $20 whether a
// deletion is silent (empty body, no deletedDateTime), $21..$24 hosted-content references. `missing` lists
// (1-based) the rows sent without JSON whose version is not in message_versions after all (the belief came
// from a transaction that rolled back): the caller sends them again with their JSON.
//
// A silent deletion carries no deletion time, and under some tenants not even a new lastModifiedDateTime:
// its deleted_at is its lastModifiedDateTime unless a version already held is as recent, in which case it is
// when Capstan first saw the deletion (now()).
const storePageSql = (checkpointed: boolean) => `
    WITH ${checkpointed ? CHECKPOINT_GUARD : ""} given AS (
      SELECT x.*, NULLIF(r.raw, 'null'::jsonb) AS raw
      FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
        $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[], $16::timestamptz[],
        $18::text[], $19::bytea[], $20::boolean[]) WITH ORDINALITY AS x(
        container_type, container_id, chat_id, team_id, channel_id, message_id, etag, from_user_id,
        reply_to_id, message_type, created_at, last_modified_at, deleted_at, raw_text, json_hash,
        silent_delete, i)
      LEFT JOIN jsonb_array_elements($17::jsonb) WITH ORDINALITY AS r(raw, j) ON r.j = x.i
    ),
    input AS (
      SELECT g.container_type, g.container_id, g.chat_id, g.team_id, g.channel_id, g.message_id, g.etag,
        g.from_user_id, g.reply_to_id, g.message_type, g.created_at, g.last_modified_at,
        CASE WHEN g.silent_delete AND EXISTS (SELECT 1 FROM messages m WHERE m.tenant_id = $1::uuid
            AND m.container_id = g.container_id AND m.message_id = g.message_id
            AND m.last_modified_at >= g.last_modified_at AND m.json_hash <> g.json_hash)
          THEN now() ELSE g.deleted_at END AS deleted_at,
        g.raw_text, g.json_hash, g.i, g.raw
      FROM given g
    ),
    new_versions AS (
      INSERT INTO message_versions (tenant_id, container_id, message_id, etag, json_hash, last_modified_at,
        deleted_at, raw, raw_text)
      SELECT $1::uuid, container_id, message_id, etag, json_hash, last_modified_at, deleted_at, raw, raw_text
      FROM input x WHERE raw IS NOT NULL
        -- The same content under the same etag is the same version even where its hash came from other
        -- text (versions stored before hashes were, or Graph sending the same keys in another order). An
        -- aggregate subquery, so that it stays a per-row probe of the primary key: as an anti-join the planner
        -- may hash the tenant's every stored version (detoasting and hashing each jsonb) for one page.
        AND NOT coalesce((SELECT bool_or(v.raw = x.raw) FROM message_versions v WHERE v.tenant_id = $1::uuid
          AND v.container_id = x.container_id AND v.message_id = x.message_id AND v.etag = x.etag
          AND v.json_hash <> x.json_hash), false) ${gate(checkpointed)}
      ON CONFLICT DO NOTHING
      RETURNING 1
    ),
    missing AS (
      SELECT i FROM input x
      WHERE x.raw IS NULL
        AND NOT EXISTS (SELECT 1 FROM message_versions v WHERE v.tenant_id = $1::uuid
          AND v.container_id = x.container_id AND v.message_id = x.message_id AND v.etag = x.etag
          AND v.json_hash = x.json_hash)
        AND NOT EXISTS (SELECT 1 FROM input y WHERE y.raw IS NOT NULL
          AND y.container_id = x.container_id AND y.message_id = x.message_id AND y.etag = x.etag
          AND y.json_hash = x.json_hash)
    ),
    -- Per message, the page's newest version; on equal lastModifiedDateTime a deletion, else the one Graph
    -- sent last.
    newest AS (
      SELECT DISTINCT ON (container_id, message_id) * FROM input
      ORDER BY container_id, message_id, last_modified_at DESC NULLS LAST, (deleted_at IS NOT NULL) DESC, i DESC
    ),
    current_view AS (
      INSERT INTO messages AS m (tenant_id, container_id, message_id, container_type, chat_id, team_id,
        channel_id, etag, json_hash, from_user_id, reply_to_id, message_type, created_at, last_modified_at,
        deleted_at, updated_at)
      SELECT $1::uuid, container_id, message_id, container_type, chat_id, team_id, channel_id, etag, json_hash,
        from_user_id, reply_to_id, message_type, created_at, last_modified_at, deleted_at, now()
      FROM newest WHERE true ${gate(checkpointed)}
      ON CONFLICT (tenant_id, container_id, message_id) DO UPDATE SET
        etag = EXCLUDED.etag, json_hash = EXCLUDED.json_hash, from_user_id = EXCLUDED.from_user_id,
        reply_to_id = EXCLUDED.reply_to_id, message_type = EXCLUDED.message_type,
        created_at = EXCLUDED.created_at, last_modified_at = EXCLUDED.last_modified_at,
        -- A deletion, once seen, stays: a later read of the emptied message keeps the first deletion time.
        deleted_at = COALESCE(m.deleted_at, EXCLUDED.deleted_at), updated_at = now()
      WHERE (m.etag, m.json_hash) IS DISTINCT FROM (EXCLUDED.etag, EXCLUDED.json_hash)
        -- Forward only. On equal lastModifiedDateTime (a change that kept it) the version seen later wins,
        -- except that a deleted message is never brought back by a copy read before the deletion.
        AND (m.last_modified_at IS NULL OR EXCLUDED.last_modified_at > m.last_modified_at
          OR (EXCLUDED.last_modified_at = m.last_modified_at
            AND (m.deleted_at IS NULL OR EXCLUDED.deleted_at IS NOT NULL)))
      RETURNING 1
    ),
    export_rows AS (
      INSERT INTO export_messages (export_id, container_id, message_id, etag, json_hash)
      SELECT $2::uuid, container_id, message_id, etag, json_hash FROM input WHERE true ${gate(checkpointed)}
      ON CONFLICT DO NOTHING
      RETURNING 1
    ),
    refs AS (
      INSERT INTO message_hosted_contents (tenant_id, container_id, message_id, hosted_content_id, path, task_id)
      SELECT $1::uuid, container_id, message_id, hosted_content_id, path, $3::uuid
      FROM unnest($21::text[], $22::text[], $23::text[], $24::text[])
        AS r(container_id, message_id, hosted_content_id, path)
      WHERE true ${gate(checkpointed)}
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
${checkpointed ? CHECKPOINT_TAIL : ""}
    SELECT (SELECT count(*) FROM new_versions) AS new_versions,
           (SELECT count(*) FROM export_rows) AS new_export_rows,
           (SELECT count(*) FROM refs) AS new_refs,
           (SELECT count(*) FROM current_view) AS current_rows,
           (SELECT coalesce(array_agg(i ORDER BY i), '{}') FROM missing) AS missing
    ${checkpointed ? CHECKPOINT_COLUMNS : ""}`;

// The checkpoint's parts of storePageSql(true) (PageCheckpoint): $25 link held, $26 next link, $27 messages on
// the page, $28 month, $29 payment model, $30 ledger slot, $31 bytes. `guard` locks the task's row only while
// it still holds the link the page was fetched with (compare-and-set; a runner that waited for another's
// commit re-reads the row and finds the link moved), and every write of the statement is conditional on it:
// a page whose checkpoint was lost writes nothing, so the statement needs no transaction around it to be
// all-or-nothing. Also returns the account's monthly budget, which the engine's threshold check reads.
const CHECKPOINT_GUARD = `guard AS (
      SELECT 1 FROM export_tasks
      WHERE id = $3::uuid AND status = 'running' AND phase = 'pages' AND cursor IS NOT DISTINCT FROM $25::text
      FOR UPDATE
    ),`;

const gate = (checkpointed: boolean) => (checkpointed ? "AND EXISTS (SELECT 1 FROM guard)" : "");

const CHECKPOINT_TAIL = `,
    advanced AS (
      UPDATE export_tasks SET cursor = $26, pages_fetched = pages_fetched + 1,
        messages_seen = messages_seen + $27, messages_stored = messages_stored + (SELECT count(*) FROM export_rows),
        versions_new = versions_new + (SELECT count(*) FROM new_versions),
        phase = CASE WHEN $26::text IS NULL THEN 'hosted' ELSE phase END, updated_at = now()
      WHERE id = $3::uuid AND EXISTS (SELECT 1 FROM guard)
      RETURNING 1
    ),
    usage AS (
      INSERT INTO usage_ledger (tenant_id, month, model, slot, requests, messages, bytes, throttled, updated_at)
      SELECT $1::uuid, $28, $29::"PaymentModel", $30, 1, $27, $31, 0, now() WHERE EXISTS (SELECT 1 FROM guard)
      ON CONFLICT (tenant_id, month, model, slot) DO UPDATE SET
        requests = usage_ledger.requests + 1, messages = usage_ledger.messages + EXCLUDED.messages,
        bytes = usage_ledger.bytes + EXCLUDED.bytes, updated_at = now()
      RETURNING 1
    )`;

const CHECKPOINT_COLUMNS = `,
           (SELECT count(*) FROM advanced) AS advanced, (SELECT count(*) FROM usage) AS usage_rows,
           (SELECT a.monthly_message_budget FROM accounts a JOIN tenants t ON t.account_id = a.id
            WHERE t.id = $1::uuid) AS budget`;

const STORE_PAGE_SQL = storePageSql(false);
const STORE_PAGE_CHECKPOINT_SQL = storePageSql(true);

// Which of a page's versions message_versions holds already (1-based positions in the key arrays).
const STORED_VERSIONS_SQL = `
    SELECT k.i FROM unnest($2::text[], $3::text[], $4::text[], $5::bytea[])
      WITH ORDINALITY AS k(container_id, message_id, etag, json_hash, i)
    WHERE EXISTS (SELECT 1 FROM message_versions v WHERE v.tenant_id = $1::uuid
      AND v.container_id = k.container_id AND v.message_id = k.message_id AND v.etag = k.etag
      AND v.json_hash = k.json_hash)`;

type PageCountsRow = {
  new_versions: bigint | string;
  new_export_rows: bigint | string;
  new_refs: bigint | string;
  missing: (bigint | string | number)[];
  advanced?: bigint | string;
  budget?: number | null;
};

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

const ESCAPED_UNSTORABLE = /\\u0000|\\ud[89a-f]/;

/**
 * A message's JSON for the raw jsonb column, and its exact text for raw_text when jsonb cannot hold it: JSON.stringify
 * writes NUL and unpaired surrogates as \u escapes, which text holds but jsonb refuses. Only a message whose
 * text shows such an escape pays for the deep copy that replaces them with U+FFFD (and only one whose copy
 * differs keeps its original: the escape may have been a literal backslash in the content).
 */
export function storedJson(
  message: GraphChatMessage,
  text: string = JSON.stringify(message),
): { raw: string; rawText: string | null } {
  if (!ESCAPED_UNSTORABLE.test(text)) return { raw: text, rawText: null };
  const clean = JSON.stringify(storable(message));
  return clean === text ? { raw: text, rawText: null } : { raw: clean, rawText: text };
}

/**
 * A stored version as Graph returned it, from its message_versions columns: the exact text where jsonb
 * could not hold it (raw_text), else the jsonb.
 */
export function storedMessage<T = GraphChatMessage>(row: { raw: unknown; raw_text: string | null }): T {
  return (row.raw_text !== null ? JSON.parse(row.raw_text) : row.raw) as T;
}

/**
 * Keys of versions this process stored recently (tenant, container, message, etag, JSON hash): their JSON is not sent
 * again. Two generations approximate least-recently-used without reordering a map on every hit: keys go
 * into the young set, and when it is full the old set is dropped and the young one becomes old. A key whose
 * transaction rolled back is caught by the statement (`missing`) and sent again, so the cache can only save
 * bytes, never lose a version.
 */
class KeyCache {
  private young = new Set<string>();
  private old = new Set<string>();
  constructor(private readonly capacity: number) {}
  has(key: string): boolean {
    return this.young.has(key) || this.old.has(key);
  }
  add(key: string): void {
    if (this.young.has(key)) return;
    this.young.add(key);
    if (this.young.size >= this.capacity / 2) {
      this.old = this.young;
      this.young = new Set();
    }
  }
  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}

// 10k keys (a few MB): enough for the duplicates of the pages in flight, small enough to stay flat in memory.
const storedVersions = new KeyCache(10_000);

/** Forgets which versions this process stored (tests and benchmarks). */
export function forgetStoredVersions(): void {
  storedVersions.clear();
}

const keyOf = (tenantId: string, r: MessageRow) =>
  `${tenantId}\u0001${r.container_id}\u0001${r.message_id}\u0001${r.etag}\u0001${r.json_hash.toString("base64")}`;

/** The values of STORE_PAGE_SQL for the rows, with JSON only for those `send` picks. */
function storeValues(
  page: { tenantId: string; exportId: string; taskId: string },
  rows: MessageRow[],
  send: (index: number) => boolean,
  hostedContents: boolean,
): unknown[] {
  const n = rows.length;
  const col = <K extends keyof MessageRow>(k: K) => rows.map((r) => r[k]);
  const raw: (string | null)[] = new Array(n).fill(null);
  const rawText: (string | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (!send(i)) continue;
    const row = rows[i] as MessageRow;
    const json = storedJson(row.message, row.text);
    raw[i] = json.raw;
    rawText[i] = json.rawText;
  }
  const refs: [string[], string[], string[], string[]] = [[], [], [], []];
  if (hostedContents) {
    for (const row of rows) {
      for (const ref of hostedContentRefs(row.message)) {
        refs[0].push(storable(row.container_id));
        refs[1].push(storable(row.message_id));
        refs[2].push(storable(ref.id));
        refs[3].push(storable(ref.path));
      }
    }
  }
  const text = <K extends keyof MessageRow>(k: K) => col(k).map((v) => storable(v as string | null));
  return [
    page.tenantId,
    page.exportId,
    page.taskId,
    col("container_type"),
    text("container_id"),
    text("chat_id"),
    text("team_id"),
    text("channel_id"),
    text("message_id"),
    text("etag"),
    text("from_user_id"),
    text("reply_to_id"),
    text("message_type"),
    col("created_at"),
    col("last_modified_at"),
    col("deleted_at"),
    `[${raw.map((r) => r ?? "null").join(",")}]`,
    rawText,
    col("json_hash"),
    col("silent_delete"),
    ...refs,
  ];
}

function addCounts(a: StoredPageCounts, row: PageCountsRow | undefined): StoredPageCounts {
  return {
    newVersions: a.newVersions + Number(row?.new_versions ?? 0),
    newExportRows: a.newExportRows + Number(row?.new_export_rows ?? 0),
    newHostedContents: a.newHostedContents + Number(row?.new_refs ?? 0),
  };
}

const NOTHING_STORED: StoredPageCounts = { newVersions: 0, newExportRows: 0, newHostedContents: 0 };

export interface StoreOptions {
  /**
   * Ask message_versions which versions it holds before sending their JSON (one statement of keys), on top
   * of this process's cache of versions it stored recently. "auto" (the default) probes while the export's
   * recent probes found enough versions stored to pay for themselves.
   */
  probe?: boolean | "auto";
}

/**
 * Decides, per export, whether a page's probe is worth its round trip. A probe saves the JSON of the
 * versions it finds stored (a per-participant export, a re-run, a continuous export's overlap) and costs
 * a statement per page, which a fetch-once export, whose versions are almost all new, pays for nothing.
 * Each export probes its first pages, then only while a recent page's probe found at least a quarter of
 * its unknown versions stored, and every 16th page to notice when that changes. Skipping a probe costs
 * bytes only: ON CONFLICT still stores nothing twice.
 */
class ProbeAdvisor {
  private readonly exports = new Map<string, { pages: number; hitRate: number }>();
  constructor(private readonly capacity: number) {}

  shouldProbe(exportId: string): boolean {
    const e = this.exports.get(exportId);
    if (!e || e.pages < 4) return true;
    return e.hitRate >= 0.25 || e.pages % 16 === 0;
  }

  /** Counts a page of the export; with the probe's outcome when it ran. */
  record(exportId: string, probe?: { asked: number; found: number }): void {
    let e = this.exports.get(exportId);
    if (!e) {
      e = { pages: 0, hitRate: 1 };
      if (this.exports.size >= this.capacity) {
        const oldest = this.exports.keys().next();
        if (!oldest.done) this.exports.delete(oldest.value);
      }
      this.exports.set(exportId, e);
    }
    e.pages++;
    if (probe && probe.asked > 0) e.hitRate = 0.5 * e.hitRate + 0.5 * (probe.found / probe.asked);
  }
}

const probeAdvisor = new ProbeAdvisor(1_000);

/**
 * Stores one Graph page (see STORE_PAGE_SQL), in a Prisma transaction or a pg one. The JSON of versions
 * known to be stored already (this process's cache, and message_versions itself when probing) does not
 * travel; each other message is serialised once.
 */
export async function storeMessagePage(
  target: SqlTarget,
  page: PageInput,
  options: StoreOptions = {},
): Promise<StoredPageCounts> {
  if (page.messages.length === 0) return NOTHING_STORED;
  return (await storePage(target, page, options)).counts;
}

/**
 * The export engine's page path: stores a page and, in the same statement, moves the task past it and adds
 * the request to the usage ledger (see PageCheckpoint). When `advanced` is false nothing was written. It is
 * all-or-nothing by itself (a pool or a connection outside a transaction will do); in a transaction, with
 * the statements that must commit with the page.
 */
export async function storeCheckpointedPage(
  target: SqlTarget,
  page: PageInput,
  checkpoint: PageCheckpoint,
  options: StoreOptions = {},
): Promise<CheckpointedPage> {
  const { counts, row } = await storePage(target, page, options, checkpoint);
  return { ...counts, advanced: Number(row?.advanced ?? 0) === 1, budget: row?.budget ?? null };
}

async function storePage(
  target: SqlTarget,
  page: PageInput,
  { probe = "auto" }: StoreOptions,
  checkpoint?: PageCheckpoint,
): Promise<{ counts: StoredPageCounts; row: PageCountsRow | undefined }> {
  const { tenantId, messages, hostedContents = true } = page;
  const sql = sqlOf(target);
  // Rows in key order: concurrent pages that share messages then lock them in the same order, not crosswise.
  const rows = messages.map(toRow).sort(byKey);
  const keys = rows.map((r) => keyOf(tenantId, r));
  const known = keys.map((k) => storedVersions.has(k));
  const unknown = rows.filter((_, i) => !known[i]);
  if (unknown.length > 0 && (probe === "auto" ? probeAdvisor.shouldProbe(page.exportId) : probe)) {
    const at = rows.map((_, i) => i).filter((i) => !known[i]);
    const found = await sql.rows<{ i: bigint | string | number }>(STORED_VERSIONS_SQL, [
      tenantId,
      unknown.map((r) => storable(r.container_id)),
      unknown.map((r) => storable(r.message_id)),
      unknown.map((r) => storable(r.etag)),
      unknown.map((r) => r.json_hash),
    ]);
    for (const f of found) known[at[Number(f.i) - 1] as number] = true;
    probeAdvisor.record(page.exportId, { asked: unknown.length, found: found.length });
  } else if (unknown.length > 0) {
    probeAdvisor.record(page.exportId);
  }
  const values = storeValues(page, rows, (i) => !known[i], hostedContents);
  const [row] = checkpoint
    ? await sql.rows<PageCountsRow>(STORE_PAGE_CHECKPOINT_SQL, [
        ...values,
        checkpoint.fromCursor,
        checkpoint.toCursor,
        messages.length,
        checkpoint.month,
        checkpoint.model,
        checkpoint.ledgerSlot,
        checkpoint.bytes,
      ])
    : await sql.rows<PageCountsRow>(STORE_PAGE_SQL, values);
  let counts = addCounts(NOTHING_STORED, row);
  const missing = (row?.missing ?? []).map((i) => Number(i) - 1);
  if (missing.length > 0 && (!checkpoint || Number(row?.advanced ?? 0) === 1)) {
    // Believed stored, but not there: the same statement again for those rows, now with their JSON. Their
    // export rows, current view and references are in already, so only the versions count.
    const again = missing.map((i) => rows[i] as MessageRow);
    const before = counts.newVersions;
    counts = addCounts(
      counts,
      (
        await sql.rows<PageCountsRow>(
          STORE_PAGE_SQL,
          storeValues(page, again, () => true, false),
        )
      )[0],
    );
    if (checkpoint && counts.newVersions > before) {
      await sql.count("UPDATE export_tasks SET versions_new = versions_new + $2 WHERE id = $1::uuid", [
        page.taskId,
        counts.newVersions - before,
      ]);
    }
  }
  for (const k of keys) storedVersions.add(k);
  return { counts, row };
}

/** Stores a hosted content's bytes once per hash and links the reference to them. */
export async function storeHostedContent(
  target: SqlTarget,
  ref: { tenantId: string; containerId: string; messageId: string; hostedContentId: string },
  content: { sha256: string; contentType: string; bytes: Buffer },
): Promise<void> {
  const sql = sqlOf(target);
  await sql.count(
    `INSERT INTO hosted_contents (sha256, content_type, size, bytes) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO NOTHING`,
    [content.sha256, content.contentType, content.bytes.length, content.bytes],
  );
  await sql.count(
    `UPDATE message_hosted_contents SET sha256 = $1, fetched_at = now(), error = NULL
     WHERE tenant_id = $2::uuid AND container_id = $3 AND message_id = $4 AND hosted_content_id = $5`,
    [content.sha256, ref.tenantId, ref.containerId, ref.messageId, ref.hostedContentId],
  );
}
