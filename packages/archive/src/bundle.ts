import { createHash } from "node:crypto";
import {
  type ArchiveSigner,
  type Db,
  HOLD_COVERS,
  ledgerHead,
  pgPoolOf,
  type Queryable,
  storedMessage,
  withPgTransaction,
} from "@capstan/db";
import { type BundleMessage, messageEml, safeName, transcriptHtml } from "./render";
import { type TarFile, tarEnd, tarEntries } from "./tar";

/**
 * Export bundles. A bundle's messages are chosen once (export_bundle_items, frozen), then written part by
 * part: each part is the tar entries of one conversation's next stretch of up to PART_MESSAGES messages
 * (an NDJSON file, one EML per message, an HTML transcript), stored with the list of its files and their
 * SHA-256, and the checkpoint moved in the same transaction. A build that crashes resumes at the next part;
 * a part is never written twice. The last part holds manifest.json (every file, its size and hash, the
 * ledger head), manifest.jws (a signed statement of the manifest's hash) and the end-of-archive marker. The
 * download is the parts in order: one tar.
 */

export type BundleSource =
  | {
      kind: "query";
      query: {
        q?: string | undefined;
        userId?: string | undefined;
        participant?: string | undefined;
        chatId?: string | undefined;
        teamId?: string | undefined;
        channelId?: string | undefined;
        from?: string | undefined;
        to?: string | undefined;
        includeDeleted: boolean;
      };
    }
  | { kind: "hold"; holdId: string };

const PART_MESSAGES = 200;

interface BundleRow {
  id: string;
  tenant_id: string;
  source: BundleSource;
  status: string;
  selected_at: Date | null;
  messages_done: number;
  messages_total: number;
  parts: number;
  created_at: Date;
}

const load = async (db: Db, bundleId: string) =>
  (
    await pgPoolOf(db).query<BundleRow>(
      `SELECT id, tenant_id, source, status::text, selected_at, messages_done, messages_total, parts, created_at
       FROM export_bundles WHERE id = $1::uuid`,
      [bundleId],
    )
  ).rows[0] ?? null;

/** SQL and parameters choosing the source's messages of the tenant ($1), aliased m. */
function selection(source: BundleSource, tenantId: string): { where: string; params: unknown[] } {
  const params: unknown[] = [tenantId];
  const arg = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ["m.tenant_id = $1::uuid"];
  if (source.kind === "hold") {
    where.push(`EXISTS (SELECT 1 FROM legal_holds h WHERE h.id = ${arg(source.holdId)}::uuid
      AND h.tenant_id = m.tenant_id AND ${HOLD_COVERS})`);
    return { where: where.join(" AND "), params };
  }
  const q = source.query;
  if (q.userId) where.push(`m.from_user_id = ${arg(q.userId)}`);
  if (q.participant) {
    where.push(`m.container_id = ANY (ARRAY(SELECT DISTINCT p.container_id FROM messages p
      WHERE p.tenant_id = $1::uuid AND p.from_user_id = ${arg(q.participant)}))`);
  }
  if (q.chatId) where.push(`m.chat_id = ${arg(q.chatId)}`);
  if (q.teamId) where.push(`m.team_id = ${arg(q.teamId)}`);
  if (q.channelId) where.push(`m.channel_id = ${arg(q.channelId)}`);
  if (q.from) where.push(`m.created_at >= ${arg(new Date(q.from))}`);
  if (q.to) where.push(`m.created_at < ${arg(new Date(q.to))}`);
  if (!q.includeDeleted) where.push("m.deleted_at IS NULL");
  if (q.q) {
    where.push(`EXISTS (SELECT 1 FROM message_versions s WHERE s.tenant_id = m.tenant_id
      AND s.container_id = m.container_id AND s.message_id = m.message_id
      AND s.search @@ websearch_to_tsquery('simple', ${arg(q.q)}))`);
  }
  return { where: where.join(" AND "), params };
}

/** Chooses the bundle's messages once; later calls find them chosen. */
async function select(db: Db, bundle: BundleRow): Promise<void> {
  if (bundle.selected_at) return;
  const { where, params } = selection(bundle.source, bundle.tenant_id);
  await withPgTransaction(pgPoolOf(db), async (client) => {
    const claimed = await client.query(
      "SELECT 1 FROM export_bundles WHERE id = $1::uuid AND selected_at IS NULL FOR UPDATE",
      [bundle.id],
    );
    if (claimed.rowCount === 0) return;
    const n = params.length + 1;
    const inserted = await client.query(
      `INSERT INTO export_bundle_items (bundle_id, seq, container_id, message_id)
       SELECT $${n}::uuid, row_number() OVER (ORDER BY m.container_id,
           coalesce(m.created_at, timestamptz '1970-01-01 00:00:00+00'), m.message_id), m.container_id, m.message_id
       FROM messages m WHERE ${where}`,
      [...params, bundle.id],
    );
    await client.query(
      `UPDATE export_bundles SET selected_at = now(), messages_total = $2, status = 'running', updated_at = now()
       WHERE id = $1::uuid`,
      [bundle.id, inserted.rowCount ?? 0],
    );
  });
}

type FileEntry = { path: string; size: number; sha256: string };

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function messagesOf(
  db: Db,
  tenantId: string,
  items: { seq: number; container_id: string; message_id: string }[],
) {
  const pool = pgPoolOf(db);
  const rows = await pool.query<{
    container_id: string;
    container_type: "chat" | "channel";
    message_id: string;
    etag: string;
    from_user_id: string | null;
    reply_to_id: string | null;
    created_at: Date | null;
    last_modified_at: Date | null;
    deleted_at: Date | null;
    raw: Record<string, unknown> | null;
    raw_text: string | null;
  }>(
    `SELECT m.container_id, m.container_type, m.message_id, m.etag, m.from_user_id, m.reply_to_id, m.created_at,
       m.last_modified_at, m.deleted_at, CASE WHEN v.raw_text IS NULL THEN v.raw END AS raw, v.raw_text
     FROM unnest($2::int[], $3::text[], $4::text[]) AS k(seq, container_id, message_id)
     JOIN messages m ON m.tenant_id = $1::uuid AND m.container_id = k.container_id AND m.message_id = k.message_id
     JOIN message_versions v ON v.tenant_id = m.tenant_id AND v.container_id = m.container_id
       AND v.message_id = m.message_id AND v.etag = m.etag AND v.json_hash = m.json_hash
     ORDER BY k.seq`,
    [tenantId, items.map((i) => i.seq), items.map((i) => i.container_id), items.map((i) => i.message_id)],
  );
  const hosted = await pool.query<{
    message_id: string;
    hosted_content_id: string;
    sha256: string;
    content_type: string;
    bytes: Buffer;
  }>(
    `SELECT h.message_id, h.hosted_content_id, c.sha256, c.content_type, c.bytes
     FROM message_hosted_contents h JOIN hosted_contents c ON c.sha256 = h.sha256
     WHERE h.tenant_id = $1::uuid AND h.container_id = $2 AND h.message_id = ANY($3::text[])
     ORDER BY h.message_id, h.hosted_content_id`,
    [tenantId, items[0]?.container_id, items.map((i) => i.message_id)],
  );
  return rows.rows.map(
    (r): BundleMessage => ({
      containerId: r.container_id,
      containerType: r.container_type,
      messageId: r.message_id,
      etag: r.etag,
      fromUserId: r.from_user_id,
      replyToId: r.reply_to_id,
      createdAt: r.created_at,
      lastModifiedAt: r.last_modified_at,
      deletedAt: r.deleted_at,
      message: storedMessage<Record<string, unknown>>(r),
      hosted: hosted.rows
        .filter((h) => h.message_id === r.message_id)
        .map((h) => ({
          hostedContentId: h.hosted_content_id,
          sha256: h.sha256,
          contentType: h.content_type,
          bytes: h.bytes,
        })),
    }),
  );
}

export interface BuildOptions {
  /** Called after each stored part (progress; tests use it to stop a build halfway). */
  onPart?: (progress: { part: number; messagesDone: number; messagesTotal: number }) => Promise<void> | void;
  /** Days a completed bundle stays downloadable (expires_at); default 30. */
  retentionDays?: number;
}

/** Days a completed bundle stays downloadable unless the worker is configured otherwise. */
export const DEFAULT_BUNDLE_RETENTION_DAYS = 30;

/** Stores one part and moves the checkpoint, unless another build of the bundle stored it first. */
async function storePart(
  db: Db,
  bundleId: string,
  part: number,
  bytes: Buffer,
  files: FileEntry[],
  done: number,
) {
  return withPgTransaction(pgPoolOf(db), async (client) => {
    const moved = await client.query(
      `UPDATE export_bundles SET parts = $2, messages_done = $3, bytes = bytes + $4, updated_at = now()
       WHERE id = $1::uuid AND parts = $2 - 1 AND status IN ('queued', 'running')`,
      [bundleId, part, done, bytes.length],
    );
    if (moved.rowCount === 0) return false;
    await client.query(
      "INSERT INTO export_bundle_parts (bundle_id, part, bytes, files) VALUES ($1::uuid, $2, $3, $4::jsonb)",
      [bundleId, part, bytes, JSON.stringify(files)],
    );
    return true;
  });
}

/** Builds (or resumes) the bundle until it is complete. Safe to run again at any point. */
export async function buildBundle(
  db: Db,
  signer: ArchiveSigner,
  bundleId: string,
  options: BuildOptions = {},
) {
  const pool = pgPoolOf(db);
  let bundle = await load(db, bundleId);
  // Completed, removed (expired) or failed for good: nothing to build.
  if (!bundle || !BUILDING.has(bundle.status)) return;
  await select(db, bundle);
  for (;;) {
    bundle = (await load(db, bundleId)) as BundleRow;
    if (!BUILDING.has(bundle.status)) return;
    const next = await pool.query<{ seq: number; container_id: string; message_id: string }>(
      `SELECT seq, container_id, message_id FROM export_bundle_items
       WHERE bundle_id = $1::uuid AND seq > $2 ORDER BY seq LIMIT ${PART_MESSAGES}`,
      [bundleId, bundle.messages_done],
    );
    if (next.rows.length === 0) break;
    // One conversation per part, so each transcript is one conversation's stretch.
    const container = next.rows[0]?.container_id as string;
    const items = next.rows.filter((r) => r.container_id === container);
    const first = items[0]?.seq as number;
    const last = items.at(-1)?.seq as number;
    // Messages deleted since they were chosen (retention) are left out.
    const messages = await messagesOf(db, bundle.tenant_id, items);
    const dir = `conversations/${safeName(container)}`;
    const stretch = `${String(first).padStart(7, "0")}-${String(last).padStart(7, "0")}`;
    const files: TarFile[] = [
      {
        name: `${dir}/messages-${stretch}.ndjson`,
        data: Buffer.from(
          messages
            .map(
              (m) =>
                `${JSON.stringify({
                  containerId: m.containerId,
                  containerType: m.containerType,
                  messageId: m.messageId,
                  etag: m.etag,
                  fromUserId: m.fromUserId,
                  replyToId: m.replyToId,
                  createdDateTime: m.createdAt?.toISOString() ?? null,
                  lastModifiedDateTime: m.lastModifiedAt?.toISOString() ?? null,
                  deletedDateTime: m.deletedAt?.toISOString() ?? null,
                  hostedContents: m.hosted.map((h) => ({
                    hostedContentId: h.hostedContentId,
                    sha256: h.sha256,
                  })),
                  message: m.message,
                })}\n`,
            )
            .join(""),
        ),
      },
      {
        name: `${dir}/transcript-${stretch}.html`,
        data: Buffer.from(transcriptHtml(container, messages, `items ${first}–${last}`)),
      },
    ];
    for (const m of messages) {
      files.push({
        name: `${dir}/eml/${safeName(m.messageId)}.eml`,
        data: await messageEml(m, bundle.tenant_id),
      });
    }
    const bytes = await tarEntries(files, bundle.created_at);
    const entries = files.map((f) => ({ path: f.name, size: f.data.length, sha256: sha256(f.data) }));
    await storePart(db, bundleId, bundle.parts + 1, bytes, entries, last);
    await options.onPart?.({
      part: bundle.parts + 1,
      messagesDone: last,
      messagesTotal: bundle.messages_total,
    });
  }
  await finish(db, signer, bundle, options.retentionDays ?? DEFAULT_BUNDLE_RETENTION_DAYS);
}

const BUILDING = new Set(["queued", "running"]);

async function finish(db: Db, signer: ArchiveSigner, bundle: BundleRow, retentionDays: number) {
  const pool = pgPoolOf(db);
  const parts = await pool.query<{ files: FileEntry[] }>(
    "SELECT files FROM export_bundle_parts WHERE bundle_id = $1::uuid ORDER BY part",
    [bundle.id],
  );
  const files = parts.rows.flatMap((p) => p.files);
  const { head } = await ledgerHead(db, bundle.tenant_id);
  const manifest = {
    format: "capstan-export-bundle/1",
    bundleId: bundle.id,
    tenantId: bundle.tenant_id,
    source: bundle.source,
    createdAt: bundle.created_at.toISOString(),
    messages: bundle.messages_total,
    ledger: {
      position: (head?.position ?? 0n).toString(),
      chainHash: head?.chainHash.toString("hex") ?? null,
    },
    signingKeyId: signer.kid,
    files,
  };
  const manifestJson = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const manifestSha256 = sha256(manifestJson);
  const jws = await signer.sign({
    type: "export-bundle-manifest",
    bundleId: bundle.id,
    tenantId: bundle.tenant_id,
    manifestSha256,
  });
  const closing = [
    { name: "manifest.json", data: manifestJson },
    { name: "manifest.jws", data: Buffer.from(`${jws}\n`) },
  ];
  const bytes = Buffer.concat([await tarEntries(closing, bundle.created_at), tarEnd()]);
  const entries = closing.map((f) => ({ path: f.name, size: f.data.length, sha256: sha256(f.data) }));
  if (await storePart(db, bundle.id, bundle.parts + 1, bytes, entries, bundle.messages_done)) {
    await pool.query(
      `UPDATE export_bundles SET status = 'completed', manifest_sha256 = $2, finished_at = now(),
         expires_at = now() + $3 * interval '1 day', updated_at = now()
       WHERE id = $1::uuid`,
      [bundle.id, manifestSha256, retentionDays],
    );
  }
}

/** Records that building the bundle failed for good (after the job's attempts). */
export async function failBundle(db: Db, bundleId: string, error: string) {
  await pgPoolOf(db).query(
    "UPDATE export_bundles SET status = 'failed', error = $2, updated_at = now() WHERE id = $1::uuid AND status <> 'completed'",
    [bundleId, error.slice(0, 500)],
  );
}

/** Byte offsets of a bundle's parts in its tar, in order. */
export async function bundleLayout(db: Db, bundleId: string): Promise<{ part: number; size: number }[]> {
  const r = await pgPoolOf(db).query<{ part: number; size: number }>(
    "SELECT part, octet_length(bytes) AS size FROM export_bundle_parts WHERE bundle_id = $1::uuid ORDER BY part",
    [bundleId],
  );
  return r.rows;
}

/**
 * The completed bundle's tar, part by part (flat memory), or the bytes start..end (inclusive) of it: only
 * the parts that overlap are read, and only their overlapping stretch (a resumed download of a large bundle
 * reads what it asks for).
 */
export async function* bundleBytes(
  db: Db,
  bundleId: string,
  range?: { start: number; end: number },
): AsyncGenerator<Buffer> {
  const pool = pgPoolOf(db);
  let offset = 0;
  for (const { part, size } of await bundleLayout(db, bundleId)) {
    const from = range ? Math.max(range.start - offset, 0) : 0;
    const to = range ? Math.min(range.end - offset, size - 1) : size - 1;
    offset += size;
    if (to < from) continue;
    // substring() of bytea counts from 1.
    const r = await pool.query<{ bytes: Buffer }>(
      "SELECT substring(bytes FROM $3 FOR $4) AS bytes FROM export_bundle_parts WHERE bundle_id = $1::uuid AND part = $2",
      [bundleId, part, from + 1, to - from + 1],
    );
    const row = r.rows[0];
    if (!row) return;
    yield row.bytes;
    if (range && offset > range.end) return;
  }
}

/**
 * Removes bundles' bytes (parts and chosen items), keeping each row as the record of what was produced:
 * status expired, when and by whom. Only completed or failed bundles; in the caller's transaction, with an
 * audit entry per bundle. Returns the ids removed (a bundle removed already is not removed again).
 */
export async function removeBundles(
  client: Queryable,
  where: { ids: string[] } | { due: true; limit: number },
  who: { actor: string; action: "export_bundle.expired" | "export_bundle.deleted"; requestId?: string },
): Promise<string[]> {
  const picked =
    "ids" in where
      ? await client.query<{ id: string }>(
          `SELECT id FROM export_bundles WHERE id = ANY($1::uuid[]) AND status IN ('completed', 'failed')
           ORDER BY id FOR UPDATE`,
          [where.ids],
        )
      : await client.query<{ id: string }>(
          `SELECT id FROM export_bundles WHERE status = 'completed' AND expires_at <= now()
           ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [where.limit],
        );
  const ids = picked.rows.map((r) => r.id);
  if (ids.length === 0) return [];
  await client.query("DELETE FROM export_bundle_parts WHERE bundle_id = ANY($1::uuid[])", [ids]);
  await client.query("DELETE FROM export_bundle_items WHERE bundle_id = ANY($1::uuid[])", [ids]);
  await client.query(
    `WITH removed AS (
       UPDATE export_bundles SET status = 'expired', removed_at = now(), removed_by = $2, updated_at = now()
       WHERE id = ANY($1::uuid[])
       RETURNING id, account_id, tenant_id, bytes, manifest_sha256, expires_at
     )
     INSERT INTO audit_events (id, account_id, actor, action, target_type, target_id, data, request_id)
     SELECT gen_random_uuid(), account_id, $2, $3, 'export_bundle', id::text,
       jsonb_build_object('tenantId', tenant_id, 'bytes', bytes, 'manifestSha256', manifest_sha256,
         'expiresAt', expires_at),
       $4
     FROM removed`,
    [ids, who.actor, who.action, who.requestId ?? null],
  );
  return ids;
}

/** Removes the bytes of completed bundles past their expiry (a batch; the archive pass calls it each time). */
export async function expireDueBundles(db: Db, limit = 50): Promise<number> {
  return (
    await withPgTransaction(pgPoolOf(db), (client) =>
      removeBundles(client, { due: true, limit }, { actor: "expiry", action: "export_bundle.expired" }),
    )
  ).length;
}

/** Bundles that should be building but have no recent progress (their job was lost with Redis, or never queued). */
export async function stalledBundles(db: Db, olderThanMs = 60_000): Promise<string[]> {
  const r = await pgPoolOf(db).query<{ id: string }>(
    `SELECT id FROM export_bundles WHERE status IN ('queued', 'running') AND updated_at < now() - $1 * interval '1 millisecond'
     ORDER BY updated_at LIMIT 100`,
    [olderThanMs],
  );
  return r.rows.map((x) => x.id);
}
