import { type SqlTarget, sqlOf, type Tx } from "./client";

// Fetch-once chats (a whole-tenant export's default): each listed user's listing asks for the user's own
// messages and for everything no listed user sent. Directory users whose own chats cannot be listed (in the
// recycle bin, or gone while an export ran) are "unlisted senders": every other listing names them by id, and
// a listing that was built before one was found is swept again for that sender alone.

/** Unlisted senders named inline in one listing's $filter; more go to sweeps, which take as many each. */
export const INLINE_UNLISTED_SENDERS = 20;

/** Records directory users whose chats Capstan cannot list; known ones keep their first reason. */
export async function addUnlistedSenders(
  target: SqlTarget,
  tenantId: string,
  userIds: string[],
  reason: "deleted" | "gone" | "unreachable",
): Promise<number> {
  if (userIds.length === 0) return 0;
  return sqlOf(target).count(
    `INSERT INTO unlisted_senders (tenant_id, user_id, reason)
     SELECT $1::uuid, id, $3 FROM unnest($2::text[]) AS id
     ON CONFLICT DO NOTHING`,
    [tenantId, userIds, reason],
  );
}

/** A tenant's unlisted senders, oldest first (the ones a listing names inline are the longest known). */
export async function unlistedSendersOf(target: SqlTarget, tenantId: string): Promise<string[]> {
  const rows = await sqlOf(target).rows<{ user_id: string }>(
    "SELECT user_id FROM unlisted_senders WHERE tenant_id = $1::uuid ORDER BY detected_at, user_id",
    [tenantId],
  );
  return rows.map((r) => r.user_id);
}

// Per completed listing of the export (a user and time shard), the unlisted senders neither it nor an earlier
// sweep of it asked for. A sweep's shard is its listing's shard + 64 × its round (shards are at most 64).
const MISSING_SENDERS_SQL = `
  WITH sweeps AS (
    SELECT target_id, shard % 64 AS base_shard, shard / 64 AS round, senders FROM export_tasks
    WHERE export_id = $1::uuid AND kind = 'sender_sweep'
  )
  SELECT b.target_id, b.shard AS base_shard, b.window_start, b.window_end,
    array(
      SELECT u.user_id FROM unlisted_senders u
      WHERE u.tenant_id = $2::uuid AND u.user_id <> b.target_id AND u.user_id <> ALL (b.senders)
        AND NOT EXISTS (SELECT 1 FROM sweeps s WHERE s.target_id = b.target_id AND s.base_shard = b.shard
                          AND u.user_id = ANY (s.senders))
      ORDER BY u.user_id) AS missing,
    coalesce((SELECT max(s.round) FROM sweeps s WHERE s.target_id = b.target_id AND s.base_shard = b.shard), 0)
      AS last_round
  FROM export_tasks b
  WHERE b.export_id = $1::uuid AND b.kind = 'user_chats' AND b.status = 'completed'`;

interface MissingRow {
  target_id: string;
  base_shard: number;
  window_start: Date | null;
  window_end: Date | null;
  missing: string[];
  last_round: number;
}

/**
 * Creates the sweeps a fetch-once export still needs before it may close: one listing per user and shard
 * for the unlisted senders found after that user's listing was built. Call it with no task of the export
 * open; it serialises on the export, so two closing tasks plan the same sweeps once.
 */
export async function planSenderSweeps(
  tx: Tx,
  input: { exportId: string; tenantId: string },
): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`capstan:sweep:${input.exportId}`}))`;
  const open = await tx.exportTask.count({
    where: { exportId: input.exportId, status: { in: ["pending", "running", "paused"] } },
  });
  if (open > 0) return -1;
  const rows = await sqlOf(tx).rows<MissingRow>(MISSING_SENDERS_SQL, [input.exportId, input.tenantId]);
  const data = rows
    .filter((r) => r.missing.length > 0)
    .flatMap((r) => {
      const chunks: string[][] = [];
      for (let i = 0; i < r.missing.length; i += INLINE_UNLISTED_SENDERS) {
        chunks.push(r.missing.slice(i, i + INLINE_UNLISTED_SENDERS));
      }
      return chunks.map((senders, i) => ({
        exportId: input.exportId,
        tenantId: input.tenantId,
        kind: "sender_sweep" as const,
        targetId: r.target_id,
        shard: Number(r.base_shard) + 64 * (Number(r.last_round) + 1 + i),
        windowStart: r.window_start,
        windowEnd: r.window_end,
        senders,
      }));
    });
  if (data.length === 0) return 0;
  return (await tx.exportTask.createMany({ data, skipDuplicates: true })).count;
}
