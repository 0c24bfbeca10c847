export { admitTasks, tenantsAwaitingAdmission } from "./admission";
export {
  type CreateDbOptions,
  createDb,
  type Db,
  isDatabaseUnavailable,
  SelfHealingPool,
  type Tx,
  withTransaction,
} from "./client";
export {
  createExportWithTasks,
  createTargetTasks,
  type ExportPlanOptions,
  recordUsage,
  resumePausedTasks,
  SHARD_EPOCH,
  shardWindows,
  usageMonth,
  type Window,
  windowOf,
} from "./export-plans";
export * from "./generated/client";
export {
  containerOf,
  deletedAt,
  type GraphChatMessage,
  hostedContentRefs,
  type StoredPageCounts,
  storeHostedContent,
  storeMessagePage,
} from "./message-store";
