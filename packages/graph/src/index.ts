export {
  backoffMs,
  type CallScope,
  callScope,
  type EndpointClass,
  GraphClient,
  type GraphClientOptions,
  GraphError,
  type GraphErrorKind,
  type GraphPage,
  type GraphRateLimiter,
  type GraphRequestInfo,
  graphEndpoint,
  parseRetryAfter,
  type RequestOptions,
} from "./client";
export {
  CLOUD_HOSTS,
  CLOUDS,
  type Cloud,
  type CloudEndpoints,
  type CloudHosts,
  cloudEndpoints,
  parseCloudHosts,
  refOf,
  type TenantRef,
} from "./clouds";
export {
  type AppCredential,
  type AppRegistration,
  appCredentialFromConfig,
  createIdentityNetworkModule,
  ENTRA_ORIGIN,
  GRAPH_SCOPE,
  TokenError,
  type TokenFailureReason,
  TokenProvider,
  type TokenProviderOptions,
} from "./identity";
export { missingRoles, REQUIRED_ROLES, TEAM_LISTING_ALTERNATIVES, tokenRoles } from "./roles";
export {
  hasUsableAccessToken,
  redisTokenCacheStore,
  SharedTokenCachePlugin,
  type TokenCacheStore,
} from "./token-cache";
