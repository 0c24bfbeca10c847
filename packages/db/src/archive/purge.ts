import { type Db, pgPoolOf } from "../client";

/**
 * Deletes what the compliance archive keeps about a tenant beside its messages: export bundles (their tar
 * parts hold message content), ledger entries, deletion records, retention policies and runs, legal holds (a
 * purge is refused while one is active), and the chat context (conversations' and directory users' snapshots
 * and their history). Part of a tenant purge; safe to run again.
 */
export async function purgeTenantArchive(db: Db, tenantId: string): Promise<Record<string, number>> {
  const pool = pgPoolOf(db);
  const run = async (sql: string) => (await pool.query(sql, [tenantId])).rowCount ?? 0;
  const bundles = "SELECT id FROM export_bundles WHERE tenant_id = $1::uuid";
  await run(`DELETE FROM export_bundle_parts WHERE bundle_id IN (${bundles})`);
  await run(`DELETE FROM export_bundle_items WHERE bundle_id IN (${bundles})`);
  return {
    exportBundles: await run("DELETE FROM export_bundles WHERE tenant_id = $1::uuid"),
    archiveLedger: await run("DELETE FROM archive_ledger WHERE tenant_id = $1::uuid"),
    archiveDeletions: await run("DELETE FROM archive_deletions WHERE tenant_id = $1::uuid"),
    retentionRuns: await run("DELETE FROM retention_runs WHERE tenant_id = $1::uuid"),
    retentionPolicies: await run("DELETE FROM retention_policies WHERE tenant_id = $1::uuid"),
    legalHolds: await run("DELETE FROM legal_holds WHERE tenant_id = $1::uuid AND released_at IS NOT NULL"),
    conversationContexts: await run("DELETE FROM conversation_contexts WHERE tenant_id = $1::uuid"),
    conversationContextHistory: await run(
      "DELETE FROM conversation_context_history WHERE tenant_id = $1::uuid",
    ),
    directoryUsers: await run("DELETE FROM directory_users WHERE tenant_id = $1::uuid"),
    directoryUserHistory: await run("DELETE FROM directory_user_history WHERE tenant_id = $1::uuid"),
  };
}
