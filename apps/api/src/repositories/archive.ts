import type {
  ConversationContextView,
  ConversationQuery,
  CreateLegalHoldBody,
  HoldCriteria,
  LegalHoldView,
  MessageVersionView,
  SearchQuery,
} from "@capstan/contracts";
import {
  type ArchiveSigner,
  type Db,
  heldMessageCount,
  ledgerHead,
  lockTenantHolds,
  pgPoolOf,
  storedMessage,
  verifyLedger,
  withPgTransaction,
} from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { afterCursor, newestFirst, toPage } from "../lib/pagination";
import { decodeCursor, encodeCursor } from "./cursor";

type Json = Record<string, unknown>;

interface VersionRow {
  etag: string;
  json_hash: string;
  last_modified_at: Date | null;
  deleted_at: Date | null;
  first_seen_at: Date;
  raw: Json | null;
  raw_text: string | null;
  position: string | null;
  content_hash: Buffer | null;
}

interface ConversationRow {
  message_id: string;
  etag: string;
  from_user_id: string | null;
  reply_to_id: string | null;
  created_at: Date | null;
  last_modified_at: Date | null;
  deleted_at: Date | null;
  raw: Json | null;
  raw_text: string | null;
  versions: string;
}

/** Fields of a chatMessage whose change names the kind of a new version; the rest count as "other". */
const TRACKED: Record<string, MessageVersionView["changes"][number]> = {
  body: "body",
  subject: "subject",
  attachments: "attachments",
  mentions: "mentions",
  reactions: "reactions",
  policyViolation: "policyViolation",
};
/** Fields that change with every version and say nothing about what changed. */
const BOOKKEEPING = new Set(["etag", "lastModifiedDateTime", "lastEditedDateTime", "@odata.etag"]);

interface SearchRow {
  container_id: string;
  container_type: "chat" | "channel";
  message_id: string;
  etag: string;
  from_user_id: string | null;
  created_at: Date | null;
  last_modified_at: Date | null;
  deleted_at: Date | null;
  raw: Json | null;
  raw_text: string | null;
  etags: string[] | null;
  snippet: string | null;
}

/** A search whose words reduce to nothing (punctuation only): answered as a 400 by the route. */
export class EmptySearchError extends Error {}

/** What differs between two consecutive versions of a message. */
export function changesBetween(
  before: Json | null,
  after: Json,
  deleted: { before: boolean; after: boolean },
): MessageVersionView["changes"] {
  if (!before) return ["created"];
  const changes = new Set<MessageVersionView["changes"][number]>();
  if (!deleted.before && deleted.after) changes.add("deleted");
  if (deleted.before && !deleted.after) changes.add("undeleted");
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (BOOKKEEPING.has(key) || key === "deletedDateTime") continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    // An emptied body is the deletion itself, not an edit.
    if (key === "body" && changes.has("deleted")) continue;
    changes.add(TRACKED[key] ?? "other");
  }
  return [...changes];
}

interface ContextRow {
  container_id: string;
  container_type: "chat" | "channel";
  topic: string | null;
  chat_type: string | null;
  team_id: string | null;
  team_name: string | null;
  team_description: string | null;
  channel_name: string | null;
  membership_type: string | null;
  graph_updated_at: Date | null;
  members: Json[] | null;
  captured_at: Date;
}

interface IdentityRow {
  user_id: string;
  display_name: string | null;
  user_principal_name: string | null;
  captured_at: Date;
}

const CONTEXT_COLUMNS = `container_id, container_type, topic, chat_type, team_id, team_name, team_description,
  channel_name, membership_type, graph_updated_at, members, captured_at`;

const str = (v: unknown) => (typeof v === "string" ? v : null);

const iso = (d: Date | null) => d?.toISOString() ?? null;
/** Keyset value of a nullable time: the epoch stands in for a missing one (sorted first). */
const EPOCH = new Date(0);

export function archiveRepository(
  db: Db,
  signer: ArchiveSigner,
  settings: { searchIndexPathMax: number } = { searchIndexPathMax: 10_000 },
) {
  const pool = pgPoolOf(db);

  async function ownsTenant(accountId: string, tenantId: string): Promise<boolean> {
    const r = await pool.query("SELECT 1 FROM tenants WHERE id = $1::uuid AND account_id = $2::uuid", [
      tenantId,
      accountId,
    ]);
    return (r.rowCount ?? 0) > 0;
  }

  const holdView = (h: {
    id: string;
    tenantId: string;
    name: string;
    scope: LegalHoldView["scope"];
    criteria: unknown;
    reason: string | null;
    createdBy: string;
    createdAt: Date;
    releasedAt: Date | null;
    releasedBy: string | null;
  }): LegalHoldView => ({
    id: h.id,
    tenantId: h.tenantId,
    name: h.name,
    scope: h.scope,
    criteria: h.criteria as HoldCriteria,
    reason: h.reason,
    status: h.releasedAt ? "released" : "active",
    createdBy: h.createdBy,
    createdAt: h.createdAt.toISOString(),
    releasedAt: iso(h.releasedAt),
    releasedBy: h.releasedBy,
  });

  /**
   * Who each user was at a time, from the directory snapshots: the last identity captured at or before it, or
   * the first captured after it (the earliest Capstan knows). Keyed by `${userId}|${time}`.
   */
  async function identitiesAt(tenantId: string, wanted: { userId: string; at: Date | null }[]) {
    const ids = [...new Set(wanted.map((w) => w.userId))];
    const out = new Map<string, IdentityRow>();
    if (ids.length === 0) return out;
    const { rows } = await pool.query<IdentityRow>(
      `SELECT user_id, display_name, user_principal_name, captured_at FROM directory_user_history
       WHERE tenant_id = $1::uuid AND user_id = ANY($2::text[]) ORDER BY user_id, captured_at, id`,
      [tenantId, ids],
    );
    const byUser = new Map<string, IdentityRow[]>();
    for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
    for (const w of wanted) {
      const list = byUser.get(w.userId);
      if (!list) continue;
      const at = w.at?.getTime() ?? Number.POSITIVE_INFINITY;
      const found = list.filter((r) => r.captured_at.getTime() <= at).at(-1) ?? list[0];
      if (found) out.set(`${w.userId}|${w.at?.toISOString() ?? ""}`, found);
    }
    return out;
  }

  const senderOf = (identities: Map<string, IdentityRow>, userId: string | null, at: Date | null) => {
    const r = userId ? identities.get(`${userId}|${at?.toISOString() ?? ""}`) : undefined;
    return r
      ? {
          userId: r.user_id,
          displayName: r.display_name,
          userPrincipalName: r.user_principal_name,
          capturedAt: r.captured_at.toISOString(),
        }
      : null;
  };

  /** A context row as the API shows it; members get the directory's name and UPN as of the capture. */
  async function contextView(tenantId: string, row: ContextRow): Promise<ConversationContextView> {
    const members = row.members ?? null;
    const identities = await identitiesAt(
      tenantId,
      (members ?? []).flatMap((m) =>
        str(m.userId) ? [{ userId: m.userId as string, at: row.captured_at }] : [],
      ),
    );
    return {
      containerId: row.container_id,
      containerType: row.container_type,
      topic: row.topic,
      chatType: row.chat_type,
      teamId: row.team_id,
      teamName: row.team_name,
      teamDescription: row.team_description,
      channelName: row.channel_name,
      membershipType: row.membership_type,
      lastUpdatedDateTime: iso(row.graph_updated_at),
      members:
        members?.map((m) => {
          const who = senderOf(identities, str(m.userId), row.captured_at);
          return {
            userId: str(m.userId),
            displayName: who?.displayName ?? str(m.displayName),
            userPrincipalName: who?.userPrincipalName ?? null,
            email: str(m.email),
            roles: Array.isArray(m.roles) ? m.roles.filter((r): r is string => typeof r === "string") : [],
            tenantId: str(m.tenantId),
            visibleHistoryStartDateTime: str(m.visibleHistoryStartDateTime),
          };
        }) ?? null,
      capturedAt: row.captured_at.toISOString(),
    };
  }

  async function currentContext(tenantId: string, containerId: string) {
    const { rows } = await pool.query<ContextRow & { checked_at: Date; raw: Json }>(
      `SELECT ${CONTEXT_COLUMNS}, checked_at, raw FROM conversation_contexts
       WHERE tenant_id = $1::uuid AND container_id = $2`,
      [tenantId, containerId],
    );
    return rows[0] ?? null;
  }

  return {
    ownsTenant,

    /** A chat's or channel's context as last captured, and every distinct context it had before. */
    async conversationContext(accountId: string, tenantId: string, containerId: string) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const current = await currentContext(tenantId, containerId);
      if (!current) return null;
      const history = (
        await pool.query<ContextRow>(
          `SELECT ${CONTEXT_COLUMNS} FROM conversation_context_history
           WHERE tenant_id = $1::uuid AND container_id = $2 ORDER BY captured_at, id LIMIT 1000`,
          [tenantId, containerId],
        )
      ).rows;
      return {
        tenantId,
        containerId,
        current: await contextView(tenantId, current),
        checkedAt: current.checked_at.toISOString(),
        history: await Promise.all(history.map((row) => contextView(tenantId, row))),
        raw: current.raw,
      };
    },

    /** Every stored version of a message, oldest first, with what each changed and its ledger entry. */
    async history(
      accountId: string,
      tenantId: string,
      containerId: string,
      messageId: string,
      q: { cursor?: string | undefined; limit: number },
    ) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const after = decodeCursor(q.cursor, 4, ["timestamp", "timestamp", "text", "hex"]);
      const select = `SELECT v.etag, encode(v.json_hash, 'hex') AS json_hash, v.last_modified_at, v.deleted_at, v.first_seen_at,
          CASE WHEN v.raw_text IS NULL THEN v.raw END AS raw, v.raw_text, l.position, l.content_hash
        FROM message_versions v
        LEFT JOIN LATERAL (SELECT position, content_hash FROM archive_ledger l
          WHERE l.tenant_id = v.tenant_id AND l.container_id = v.container_id AND l.message_id = v.message_id
            AND l.etag = v.etag AND l.json_hash = v.json_hash ORDER BY l.id DESC LIMIT 1) l ON true
        WHERE v.tenant_id = $1::uuid AND v.container_id = $2 AND v.message_id = $3`;
      // Versions that share an etag and lastModifiedDateTime (a reaction or a silent deletion under some
      // tenants) follow each other in the order Capstan first saw them.
      const order = "coalesce(v.last_modified_at, 'epoch'), v.first_seen_at, v.etag, v.json_hash";
      const reverse =
        "coalesce(v.last_modified_at, 'epoch') DESC, v.first_seen_at DESC, v.etag DESC, v.json_hash DESC";
      const params: unknown[] = [tenantId, containerId, messageId];
      let keyset = "";
      if (after) {
        params.push(new Date(after[0] as string), new Date(after[1] as string), after[2], after[3]);
        keyset = ` AND (${order}) > ($4::timestamptz, $5::timestamptz, $6, decode($7, 'hex'))`;
      }
      const rows = (
        await pool.query<VersionRow>(`${select}${keyset} ORDER BY ${order} LIMIT ${q.limit + 1}`, params)
      ).rows;
      if (rows.length === 0 && !after) {
        const exists = await pool.query(
          "SELECT 1 FROM messages WHERE tenant_id = $1::uuid AND container_id = $2 AND message_id = $3",
          params.slice(0, 3),
        );
        if ((exists.rowCount ?? 0) === 0) return null;
      }
      // The version before this page, to say what the page's first one changed.
      let previous: VersionRow | null = null;
      if (after) {
        previous =
          (
            await pool.query<VersionRow>(
              `${select} AND (${order}) <= ($4::timestamptz, $5::timestamptz, $6, decode($7, 'hex')) ORDER BY ${reverse} LIMIT 1`,
              params,
            )
          ).rows[0] ?? null;
      }
      const page = rows.slice(0, q.limit);
      const versions = page.map((row) => {
        const message = storedMessage<Json>(row);
        const before = previous ? storedMessage<Json>(previous) : null;
        const changes = changesBetween(before, message, {
          before: previous?.deleted_at != null,
          after: row.deleted_at != null,
        });
        previous = row;
        return {
          etag: row.etag,
          lastModifiedDateTime: iso(row.last_modified_at),
          deletedDateTime: iso(row.deleted_at),
          firstSeenAt: row.first_seen_at.toISOString(),
          changes,
          ledgerPosition: row.position,
          contentHash: row.content_hash?.toString("hex") ?? null,
          message,
        };
      });
      const last = page.at(-1);
      return {
        tenantId,
        containerId,
        messageId,
        versions,
        nextCursor:
          rows.length > q.limit && last
            ? encodeCursor([
                (last.last_modified_at ?? EPOCH).toISOString(),
                last.first_seen_at.toISOString(),
                last.etag,
                last.json_hash,
              ])
            : null,
      };
    },

    /**
     * A chat or channel as people read it: top-level messages in time order, each with its replies (a
     * channel thread), current versions. A reply whose parent is not archived stands at the top level.
     */
    async conversation(accountId: string, tenantId: string, containerId: string, q: ConversationQuery) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const kind = await pool.query<{ container_type: "chat" | "channel" }>(
        "SELECT container_type FROM messages WHERE tenant_id = $1::uuid AND container_id = $2 LIMIT 1",
        [tenantId, containerId],
      );
      const containerType = kind.rows[0]?.container_type;
      if (!containerType) return null;
      const after = decodeCursor(q.cursor, 2, ["timestamp", "text"]);
      const columns = `m.message_id, m.etag, m.from_user_id, m.reply_to_id, m.created_at, m.last_modified_at,
          m.deleted_at, CASE WHEN v.raw_text IS NULL THEN v.raw END AS raw, v.raw_text,
          (SELECT count(*) FROM message_versions c WHERE c.tenant_id = m.tenant_id
             AND c.container_id = m.container_id AND c.message_id = m.message_id) AS versions
        FROM messages m JOIN message_versions v ON v.tenant_id = m.tenant_id AND v.container_id = m.container_id
          AND v.message_id = m.message_id AND v.etag = m.etag AND v.json_hash = m.json_hash`;
      const params: unknown[] = [tenantId, containerId];
      const where = ["m.tenant_id = $1::uuid", "m.container_id = $2"];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace("?", `$${params.length}`));
      };
      where.push(`(m.reply_to_id IS NULL OR NOT EXISTS (SELECT 1 FROM messages p WHERE p.tenant_id = m.tenant_id
        AND p.container_id = m.container_id AND p.message_id = m.reply_to_id))`);
      if (q.from) add("m.created_at >= ?", new Date(q.from));
      if (q.to) add("m.created_at < ?", new Date(q.to));
      if (!q.includeDeleted) where.push("m.deleted_at IS NULL");
      const order = "coalesce(m.created_at, 'epoch'), m.message_id";
      if (after) {
        params.push(new Date(after[0] as string), after[1]);
        where.push(`(${order}) > ($${params.length - 1}::timestamptz, $${params.length})`);
      }
      const roots = (
        await pool.query<ConversationRow>(
          `SELECT ${columns} WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ${q.limit + 1}`,
          params,
        )
      ).rows;
      const page = roots.slice(0, q.limit);
      const replies = page.length
        ? (
            await pool.query<ConversationRow>(
              `SELECT ${columns} WHERE m.tenant_id = $1::uuid AND m.container_id = $2 AND m.reply_to_id = ANY($3::text[])
               ${q.includeDeleted ? "" : "AND m.deleted_at IS NULL"}
               ORDER BY coalesce(m.created_at, 'epoch'), m.message_id`,
              [tenantId, containerId, page.map((r) => r.message_id)],
            )
          ).rows
        : [];
      const identities = await identitiesAt(
        tenantId,
        [...page, ...replies].flatMap((r) =>
          r.from_user_id ? [{ userId: r.from_user_id, at: r.created_at }] : [],
        ),
      );
      const view = (r: ConversationRow) => ({
        messageId: r.message_id,
        etag: r.etag,
        fromUserId: r.from_user_id,
        sender: senderOf(identities, r.from_user_id, r.created_at),
        replyToId: r.reply_to_id,
        createdDateTime: iso(r.created_at),
        lastModifiedDateTime: iso(r.last_modified_at),
        deletedDateTime: iso(r.deleted_at),
        versions: Number(r.versions),
        message: storedMessage<Json>(r),
      });
      const byParent = new Map<string, ReturnType<typeof view>[]>();
      for (const r of replies) {
        const list = byParent.get(r.reply_to_id as string) ?? [];
        list.push(view(r));
        byParent.set(r.reply_to_id as string, list);
      }
      const last = page.at(-1);
      const context = await currentContext(tenantId, containerId);
      return {
        containerId,
        containerType,
        context: context ? await contextView(tenantId, context) : null,
        data: page.map((r) => ({ ...view(r), replies: byParent.get(r.message_id) ?? [] })),
        nextCursor:
          roots.length > q.limit && last
            ? encodeCursor([(last.created_at ?? EPOCH).toISOString(), last.message_id])
            : null,
      };
    },

    /**
     * Messages of the tenant whose stored versions (any of them) contain the words, with the filters, newest
     * first by creation. The words go through websearch_to_tsquery against the GIN-indexed tsvector that
     * PostgreSQL generates for every version as it is stored.
     */
    async search(accountId: string, tenantId: string, q: SearchQuery) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const after = decodeCursor(q.cursor, 3, ["timestamp", "text", "text"]);
      const params: unknown[] = [tenantId];
      const arg = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      let query: string | null = null;
      if (q.q) {
        query = arg(q.q);
        const parsed = await pool.query<{ nodes: number }>(
          "SELECT numnode(websearch_to_tsquery('simple', $1)) AS nodes",
          [q.q],
        );
        if (!parsed.rows[0]?.nodes) throw new EmptySearchError();
      }
      const where = ["m.tenant_id = $1::uuid"];
      if (q.userId) where.push(`m.from_user_id = ${arg(q.userId)}`);
      if (q.participant) {
        // An array, not a semi-join: the few containers first, then their messages by primary key.
        where.push(`m.container_id = ANY (ARRAY(SELECT DISTINCT p.container_id FROM messages p
          WHERE p.tenant_id = $1::uuid AND p.from_user_id = ${arg(q.participant)}))`);
      }
      if (q.chatId) where.push(`m.chat_id = ${arg(q.chatId)}`);
      if (q.teamId) where.push(`m.team_id = ${arg(q.teamId)}`);
      if (q.channelId) where.push(`m.channel_id = ${arg(q.channelId)}`);
      // The expression of messages_tenant_created_idx, so the index gives this order.
      const order = "coalesce(m.created_at, timestamptz '1970-01-01 00:00:00+00')";
      // Each bound also on the index's expression, so a newest-first walk starts at `to` and stops at `from`
      // instead of reading every newer message first (the created_at form keeps undated messages out).
      if (q.from) {
        const from = arg(new Date(q.from));
        where.push(`m.created_at >= ${from}`, `${order} >= ${from}`);
      }
      if (q.to) {
        const to = arg(new Date(q.to));
        where.push(`m.created_at < ${to}`, `${order} < ${to}`);
      }
      if (q.deleted !== undefined)
        where.push(q.deleted ? "m.deleted_at IS NOT NULL" : "m.deleted_at IS NULL");
      if (q.hasHostedContent !== undefined) {
        where.push(`${q.hasHostedContent ? "" : "NOT "}EXISTS (SELECT 1 FROM message_hosted_contents h
          WHERE h.tenant_id = m.tenant_id AND h.container_id = m.container_id AND h.message_id = m.message_id)`);
      }
      if (after) {
        where.push(
          `(${order}, m.container_id, m.message_id) < (${arg(new Date(after[0] as string))}::timestamptz, ${arg(after[1])}, ${arg(after[2])})`,
        );
      }
      // A message matches when any of its versions does. Words in at most searchIndexPathMax versions (ARCHIVE_SEARCH_INDEX_PATH_MAX) are
      // looked up in the GIN index and their messages sorted; commoner words are found faster by walking the
      // tenant's messages newest first until a page is full (about limit / frequency rows).
      const versionMatches = (outer: string) =>
        `s.tenant_id = ${outer}.tenant_id AND s.container_id = ${outer}.container_id
           AND s.message_id = ${outer}.message_id AND s.search @@ websearch_to_tsquery('simple', ${query})`;
      let from = "messages m";
      if (query) {
        // The keys of the matching versions, at most one more than the threshold: below it they are the
        // candidates (passed back as arrays, so the index is read once), above it the walk takes over.
        const versions = await pool.query<{ container_id: string; message_id: string }>(
          `SELECT s.container_id, s.message_id FROM message_versions s
           WHERE s.tenant_id = $1::uuid AND s.search @@ websearch_to_tsquery('simple', $2)
           LIMIT ${settings.searchIndexPathMax + 1}`,
          [tenantId, q.q],
        );
        if (versions.rows.length <= settings.searchIndexPathMax) {
          const keys = new Map(versions.rows.map((k) => [`${k.container_id}\u0001${k.message_id}`, k]));
          const containers = arg([...keys.values()].map((k) => k.container_id));
          const messages = arg([...keys.values()].map((k) => k.message_id));
          from = `unnest(${containers}::text[], ${messages}::text[]) AS hit(container_id, message_id)
                  JOIN messages m ON m.tenant_id = $1::uuid AND m.container_id = hit.container_id
                    AND m.message_id = hit.message_id`;
        } else {
          where.push(`EXISTS (SELECT 1 FROM message_versions s WHERE ${versionMatches("m")})`);
        }
      }
      const rows = (
        await pool.query<SearchRow>(
          `SELECT page.*, CASE WHEN v.raw_text IS NULL THEN v.raw END AS raw, v.raw_text,
             ${
               query
                 ? `(SELECT array_agg(DISTINCT s.etag ORDER BY s.etag) FROM message_versions s WHERE ${versionMatches("page")}) AS etags,
                    ts_headline('simple', archive_search_text(v.raw), websearch_to_tsquery('simple', ${query}), 'StartSel=**, StopSel=**, MaxFragments=2, MaxWords=16, MinWords=5, FragmentDelimiter=" … "')`
                 : "NULL::text[] AS etags, NULL"
             } AS snippet
           FROM (
             SELECT m.tenant_id, m.container_id, m.container_type, m.message_id, m.etag, m.json_hash, m.from_user_id,
               m.created_at, m.last_modified_at, m.deleted_at
             FROM ${from}
             WHERE ${where.join(" AND ")}
             ORDER BY ${order} DESC, m.container_id DESC, m.message_id DESC
             LIMIT ${q.limit + 1}
           ) page
           JOIN message_versions v ON v.tenant_id = page.tenant_id AND v.container_id = page.container_id
             AND v.message_id = page.message_id AND v.etag = page.etag AND v.json_hash = page.json_hash
           ORDER BY coalesce(page.created_at, timestamptz '1970-01-01 00:00:00+00') DESC, page.container_id DESC,
             page.message_id DESC`,
          params,
        )
      ).rows;
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        data: page.map((r) => ({
          containerId: r.container_id,
          containerType: r.container_type,
          messageId: r.message_id,
          etag: r.etag,
          fromUserId: r.from_user_id,
          createdDateTime: iso(r.created_at),
          lastModifiedDateTime: iso(r.last_modified_at),
          deletedDateTime: iso(r.deleted_at),
          matchedVersions: r.etags,
          snippet: r.snippet?.trim() || null,
          message: storedMessage<Json>(r),
        })),
        nextCursor:
          rows.length > q.limit && last
            ? encodeCursor([(last.created_at ?? EPOCH).toISOString(), last.container_id, last.message_id])
            : null,
      };
    },

    /** The tenant's chain head, signed. */
    async ledger(accountId: string, tenantId: string) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const { head, pending } = await ledgerHead(db, tenantId);
      const statement = {
        tenantId,
        position: (head?.position ?? 0n).toString(),
        chainHash: head?.chainHash.toString("hex") ?? null,
        signedAt: new Date().toISOString(),
      };
      return { ...statement, pending, attestation: await signer.sign({ type: "ledger-head", ...statement }) };
    },

    /** Verifies a range of the tenant's chain against the archive; the result is signed. */
    async verify(accountId: string, tenantId: string, range: { from?: bigint; to?: bigint }) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const result = { ...(await verifyLedger(db, tenantId, range)), verifiedAt: new Date().toISOString() };
      return { ...result, attestation: await signer.sign({ type: "verification", ...result }) };
    },

    async createHold(
      tenantId: string,
      body: CreateLegalHoldBody,
      actor: string,
      accountId: string,
      requestId: string,
    ) {
      const criteria: HoldCriteria =
        body.scope === "user"
          ? { userId: body.userId }
          : body.scope === "chat"
            ? { chatId: body.chatId }
            : body.scope === "query"
              ? body.query
              : {};
      return withPgTransaction(pool, async (client) => {
        // The lock retention batches take: a batch in flight commits first, every later one sees the hold.
        await lockTenantHolds(client, tenantId);
        const r = await client.query<{ id: string }>(
          `INSERT INTO legal_holds (id, account_id, tenant_id, name, scope, criteria, reason, created_by)
           VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3, $4::"LegalHoldScope", $5::jsonb, $6, $7) RETURNING id`,
          [accountId, tenantId, body.name, body.scope, JSON.stringify(criteria), body.reason ?? null, actor],
        );
        const id = r.rows[0]?.id as string;
        await client.query(
          `INSERT INTO audit_events (id, account_id, actor, action, target_type, target_id, data, request_id)
           VALUES (gen_random_uuid(), $1::uuid, $2, 'legal_hold.created', 'legal_hold', $3, $4::jsonb, $5)`,
          [
            accountId,
            actor,
            id,
            JSON.stringify({ tenantId, scope: body.scope, criteria, name: body.name }),
            requestId,
          ],
        );
        return id;
      }).then((id) => db.legalHold.findUniqueOrThrow({ where: { id } }).then(holdView));
    },

    async listHolds(accountId: string, tenantId: string, q: { cursor?: string | undefined; limit: number }) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const rows = await db.legalHold.findMany({
        where: { tenantId, accountId, ...afterCursor(q.cursor) },
        orderBy: newestFirst,
        take: q.limit + 1,
      });
      return toPage(rows, q.limit, holdView);
    },

    async getHold(accountId: string, holdId: string) {
      const hold = await db.legalHold.findFirst({ where: { id: holdId, accountId } });
      if (!hold) return null;
      const messages = hold.releasedAt ? 0 : await heldMessageCount(db, hold.tenantId, hold.id);
      return { ...holdView(hold), messages };
    },

    /** Releases an active hold (releasing twice answers the first release). Audited. */
    async releaseHold(accountId: string, holdId: string, actor: string, requestId: string) {
      const hold = await db.legalHold.findFirst({ where: { id: holdId, accountId } });
      if (!hold) return null;
      if (hold.releasedAt) return holdView(hold);
      const released = await db.$transaction(async (tx) => {
        const updated = await tx.legalHold.update({
          where: { id: holdId },
          data: { releasedAt: new Date(), releasedBy: actor },
        });
        await tx.auditEvent.create({
          data: {
            accountId,
            actor,
            action: "legal_hold.released",
            targetType: "legal_hold",
            targetId: holdId,
            data: { tenantId: hold.tenantId },
            requestId,
          },
        });
        return updated;
      });
      return holdView(released);
    },
  };
}

declare module "fastify" {
  interface FastifyInstance {
    archiveRepository: ReturnType<typeof archiveRepository>;
  }
}

export default fp(
  async function archiveRepositoryPlugin(app: FastifyInstance) {
    app.decorate(
      "archiveRepository",
      archiveRepository(app.db, app.archiveSigner, {
        searchIndexPathMax: app.config.ARCHIVE_SEARCH_INDEX_PATH_MAX,
      }),
    );
  },
  { name: "archive-repository", dependencies: ["config", "db", "archive-signer"] },
);
