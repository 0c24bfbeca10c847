export { type CreateDbOptions, createDb, type Db, type Tx, withTransaction } from "./client";
export * from "./generated/client";
export {
  containerOf,
  type GraphChatMessage,
  type StoredPageCounts,
  storeMessagePage,
} from "./message-store";
