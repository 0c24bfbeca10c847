export { admitTasks, tenantsAwaitingAdmission } from "./admission";
export {
  type CreateDbOptions,
  createDb,
  type Db,
  isDatabaseUnavailable,
  pgPoolOf,
  type Queryable,
  SelfHealingPool,
  type Sql,
  type SqlTarget,
  type Statement,
  sqlOf,
  type Tx,
  withPgTransaction,
  withTransaction,
} from "./client";
export {
  claimEngineTask,
  completeEngineTask,
  type EngineTask,
  loadEngineTask,
  markHostedContentGone,
  type PendingHostedContent,
  pendingHostedContents,
} from "./engine-tasks";
export {
  chatFetchOf,
  createExportWithTasks,
  createTargetTasks,
  type ExportPlanOptions,
  LEDGER_SLOTS,
  recordUsage,
  resumePausedTasks,
  SHARD_EPOCH,
  shardWindows,
  type Usage,
  usageMonth,
  type Window,
  windowOf,
} from "./export-plans";
export {
  addUnlistedSenders,
  INLINE_UNLISTED_SENDERS,
  planSenderSweeps,
  unlistedSendersOf,
} from "./fetch-once";
export * from "./generated/client";
export {
  completeHostedListing,
  type HostedListing,
  messagePath,
  needsHostedListing,
  pendingHostedListings,
  recordHostedListings,
} from "./hosted-listings";
export {
  type CheckpointedPage,
  containerOf,
  deletedAt,
  forgetStoredVersions,
  type GraphChatMessage,
  hostedContentRefs,
  type PageCheckpoint,
  type PageInput,
  type StoredPageCounts,
  type StoreOptions,
  storeCheckpointedPage,
  storedJson,
  storedMessage,
  storeHostedContent,
  storeMessagePage,
} from "./message-store";
