export { admitTasks, tenantsAwaitingAdmission } from "./admission";
export {
  chainHash,
  chainPending,
  chainTenant,
  GENESIS,
  ledgerHead,
  type VerificationFailure,
  type VerificationResult,
  verifyLedger,
} from "./archive/ledger";
export { purgeTenantArchive } from "./archive/purge";
export {
  applyDueRetention,
  applyRetentionPolicy,
  HOLD_COVERS,
  hasActiveHold,
  heldMessageCount,
  lockTenantHolds,
  RETENTION_PERIOD_MS,
  type RetentionRunResult,
} from "./archive/retention";
export {
  type ArchiveSigner,
  archiveSigner,
  archiveSignerFromConfig,
  parseSigningSeed,
  SigningKeyError,
  verifyAttestation,
} from "./archive/signing";
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
  type ContextKind,
  type ConversationContextInput,
  checkpointContext,
  claimContexts,
  completeContext,
  directoryCheckedAt,
  type GraphDirectoryUser,
  type PendingContext,
  pendingContexts,
  recordConversationContexts,
  recordDirectoryUsers,
  storedChatContext,
  teamCheckedAt,
} from "./context";
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
  RETAINED_KIND,
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
  jsonHash,
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
