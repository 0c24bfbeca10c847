import { expireDueBundles } from "@capstan/archive";
import { applyDueRetention, chainPending, type Db } from "@capstan/db";
import type { Logger } from "pino";

/**
 * The archive's periodic work: chain the ledger entries of versions stored since the last pass (so heads
 * and verification cover them within seconds), apply the retention policies that are due, remove the bytes of
 * export bundles past their expiry, and queue again export bundles whose build job was lost. All are
 * safe with any number of workers (per-tenant locks, SKIP LOCKED claims) and after a crash (a rerun
 * continues where the last one stopped).
 */
export async function runArchiveMaintenance(
  db: Db,
  logger: Logger,
  requeueStalledBundles: () => Promise<number> = async () => 0,
): Promise<void> {
  const chained = await chainPending(db);
  if (chained > 0) logger.debug({ chained }, "ledger entries chained");
  for (const run of await applyDueRetention(db)) {
    logger.info(
      {
        policyId: run.policyId,
        runId: run.runId,
        tenantId: run.tenantId,
        messages: run.messages,
        versions: run.versions,
        held: run.held,
      },
      "retention policy applied",
    );
  }
  const expired = await expireDueBundles(db);
  if (expired > 0) logger.info({ expired }, "expired export bundles removed");
  const requeued = await requeueStalledBundles();
  if (requeued > 0) logger.info({ requeued }, "export bundles queued again");
}
