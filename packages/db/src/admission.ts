import { type Db, pgPoolOf, withPgConnection } from "./client";

/*
 * Admission control. Graph limits each tenant to 200 requests/s, so a tenant gains nothing from having
 * more than a few dozen tasks in flight; a whole-tenant export of thousands of users enqueued at once would
 * fill the queue and every worker slot, and another tenant's tasks would wait behind all of it. So at most
 * `limit` open tasks of one tenant are admitted (in the queue, or running) at a time; the rest wait in
 * Postgres, oldest first, and are admitted as admitted ones finish. Postgres stays the only source of truth:
 * whatever is admitted and missing from the queue, the reconciler enqueues again.
 *
 * A running task counts as admitted even without admitted_at (a task enqueued by other means, or claimed
 * before admission existed).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The lock and the admission as one simple query: its two statements run as one implicit transaction, in
 * one round trip, and the second takes its snapshot after the lock is held, so it sees every admission that
 * committed before. (Parameters would need the extended protocol, one statement per message: the lock would
 * then stay held across three round trips to a worker, and the tenant's admissions queue behind each other.)
 * So the tenant and the limit are literals, checked to be a UUID and an integer.
 */
function admitSql(tenantId: string, limit: number): string {
  if (!UUID.test(tenantId)) throw new Error(`not a tenant id: ${tenantId}`);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`not an admission limit: ${limit}`);
  const tenant = `'${tenantId}'::uuid`;
  return `SELECT pg_advisory_xact_lock(hashtext('capstan:admit:${tenantId}'));
  WITH admitted AS (
    SELECT count(*) AS n FROM export_tasks t JOIN exports e ON e.id = t.export_id
    WHERE t.tenant_id = ${tenant} AND e.status IN ('queued', 'running')
      AND (t.status = 'running' OR (t.status = 'pending' AND t.admitted_at IS NOT NULL))
  )
  UPDATE export_tasks SET admitted_at = now()
  WHERE id IN (
    SELECT t.id FROM export_tasks t JOIN exports e ON e.id = t.export_id
    WHERE t.tenant_id = ${tenant} AND t.status = 'pending' AND t.admitted_at IS NULL
      AND e.status IN ('queued', 'running')
    ORDER BY t.created_at, t.id
    LIMIT GREATEST(0, ${limit} - (SELECT n FROM admitted))
  )
  RETURNING id`;
}

/**
 * Admits the oldest waiting tasks of a tenant, up to `limit` admitted at once; returns them to enqueue.
 * Runs as every task closes, so on the pg driver rather than Prisma. One admitter per tenant at a time, or
 * two could each see room for the same free slots.
 */
export async function admitTasks(db: Db, tenantId: string, limit: number): Promise<string[]> {
  const text = admitSql(tenantId, limit);
  return withPgConnection(pgPoolOf(db), async (client) => {
    // A simple query of several statements answers with one result per statement.
    const results = (await client.query(text)) as unknown as { rows: { id: string }[] }[];
    return (results[1]?.rows ?? []).map((r) => r.id);
  });
}

/** Tenants with tasks waiting for admission (the reconciler admits them when nothing else did). */
export async function tenantsAwaitingAdmission(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ tenant_id: string }[]>`
    SELECT DISTINCT t.tenant_id FROM export_tasks t JOIN exports e ON e.id = t.export_id
    WHERE t.status = 'pending' AND t.admitted_at IS NULL AND e.status IN ('queued', 'running')`;
  return rows.map((r) => r.tenant_id);
}
