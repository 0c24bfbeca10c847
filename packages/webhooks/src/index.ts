export {
  type Allowlist,
  addressAllowlisted,
  blockedAddressReason,
  blockedHostnameReason,
  emptyAllowlist,
  hostAllowlisted,
  parseAllowlist,
} from "./address";
export {
  type DisableCode,
  disableEndpoint,
  EndpointDisabledError,
  enableEndpoint,
  REPLAY_LIMIT,
  ROTATION_OVERLAP_MS,
  redeliverEvent,
  replayToEndpoint,
  rotateEndpointSecret,
  signingSecrets,
} from "./endpoints";
export {
  type EmitEventInput,
  type EmittedEvent,
  emitEvent,
  emitExportEvent,
  emitTenantEvent,
  emitUsageThresholds,
  exportRef,
  exportSummary,
  tenantRef,
  USAGE_THRESHOLDS,
  type UsageThresholdInput,
} from "./outbox";
export {
  type CheckedTarget,
  checkUrlStatically,
  type RefusalCode,
  type Resolver,
  resolveTarget,
  type SendOptions,
  sendWebhookRequest,
  systemResolver,
  type TargetPolicy,
  TargetRefused,
  type WebhookHttpResult,
} from "./safe-http";
export {
  endpointSecretBinding,
  generateSigningSecret,
  parseSecretKey,
  SecretBox,
  SecretKeyError,
  secretBoxFromConfig,
} from "./secrets";
export {
  parseDurationList,
  parseRetrySchedule,
  type WebhookSettings,
  webhookSettingsFromConfig,
} from "./settings";
export { type SignedHeaders, signWebhook } from "./signing";
