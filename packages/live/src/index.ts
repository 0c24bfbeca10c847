// @capstan/live: near-real-time capture through Graph change notifications.
export {
  type CaptureScope,
  type CaptureView,
  disableCapture,
  enableCapture,
  getCapture,
  resourcesOf,
  type SubscriptionView,
} from "./captures";
export { CertificateStore, type LiveCertificateKeys } from "./certificates";
export {
  clientStateHash,
  clientStateMatches,
  decryptResourceData,
  type EncryptedContent,
  NotificationRefused,
  newClientState,
} from "./crypto";
export {
  applyPolicyViolations,
  getPolicyViolation,
  messagePath,
  requestPolicyViolation,
  viewOf as policyViolationView,
} from "./dlp";
export { type DrainDeps, drainNotifications, handleLifecycle, resourcePath } from "./drain";
export { type ManagerDeps, type ManagerSettings, SubscriptionManager } from "./manager";
export {
  ChangeNotification,
  InboxFull,
  LIVE_CHANNEL,
  LifecycleBatch,
  LifecycleNotification,
  NotificationBatch,
  NotificationReceiver,
  type ReceiveResult,
  type ReceiverOptions,
} from "./receiver";
export {
  GRAPH_CHANGE_TRACKING_APP_ID,
  ValidationKeysUnavailable,
  type ValidationTokenOptions,
  ValidationTokenVerifier,
} from "./validation-tokens";
