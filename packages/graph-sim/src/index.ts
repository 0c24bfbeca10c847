// @capstan/graph-sim: a Microsoft Graph / Entra ID simulator for the Teams export APIs.
export { generateTestCertificate, type TestCertificate } from "./certs";
export {
  DEFAULT_LIMITS,
  DEFAULT_SIZES,
  DELETED_VISIBLE_MS,
  DEMO_APP,
  DEMO_TENANT,
  defaultDeletedUsers,
  defaultGuests,
  GRAPH_ROLES,
  MAX_TOP_MESSAGES,
  NO_FAULTS,
  TEXT_402_EVALUATION,
  TEXT_402_MODEL_B,
  text402UserLicense,
} from "./constants";
export type { AppSummary, ConfigPatch, Health, SimConfig, SimControl } from "./control";
export { APP_IDENTITY_TYPES, type ChatMessageJson, EXTERNAL_USER_TYPES } from "./data";
export { instanceDiscovery, openidConfiguration } from "./identity";
export { SimError } from "./mutations";
export { createSimulator, type ListenOptions, type Simulator, type SimulatorOptions } from "./simulator";
export {
  type ChangeType,
  DEFAULT_SUBSCRIPTION_CONFIG,
  encryptResourceData,
  type LifecycleEvent,
  type SubscriptionConfig,
  SubscriptionHub,
  type SubscriptionInfo,
  type SubscriptionStats,
} from "./subscriptions";
export type * from "./types";
