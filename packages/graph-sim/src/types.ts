// Public configuration and result types of the simulator.

export interface TenantSizes {
  /** Number of users (≥ 1). */
  users: number;
  /** Average number of chats each user starts (total chats ≈ users × chatsPerUser / 2). */
  chatsPerUser: number;
  /** Mean messages per chat (actual counts vary 0.3×–1.7× deterministically). */
  messagesPerChat: number;
  teams: number;
  /** Channels per team, including "General". */
  channelsPerTeam: number;
  /** Mean items (posts + replies) per channel. */
  messagesPerChannel: number;
  /** Unified groups that are not teams (listed by GET /groups without the team filter). */
  extraGroups: number;
  /** Generated history spans this many days before the data anchor. */
  historyDays: number;
  /**
   * Target share (0..1) of chat messages sent by participants outside the directory (anonymous guests,
   * federated, personal MSA, Skype, phone, email and ACS users). 0 = no external participants.
   */
  externalShare: number;
  /** Guest accounts (userType "Guest") listed in GET /users in addition to `users`; they join some chats. */
  guests: number;
  /**
   * Users deleted from the directory before the export (in addition to `users`): chat members and senders,
   * listed only by GET /directory/deletedItems/microsoft.graph.user; their getAllMessages answers 404.
   */
  deletedUsers: number;
  /**
   * Share (0..1) of user messages carrying an adaptive card whose image is a hosted content that no <img> in
   * the body points at: only GET …/messages/{id}/hostedContents lists it.
   */
  hostedCardShare: number;
  /**
   * Teams created before Teams set `resourceProvisioningOptions` on their group (in addition to `teams`): the
   * groups filter `resourceProvisioningOptions/Any(x:x eq 'Team')` misses them, GET /teams lists them.
   */
  legacyTeams?: number;
  /**
   * Teams deleted at the data anchor, after their last message (in addition to `teams`): gone from /teams and
   * /groups, listed by GET /teamwork/deletedTeams and exportable through its getAllMessages for 30 days.
   */
  deletedTeams?: number;
}

export interface LatencyConfig {
  /** Fixed delay in ms. */
  ms: number;
  /** Uniform random extra delay in [0, jitterMs). */
  jitterMs: number;
  /** Fraction of requests that get the delay (0..1). */
  rate: number;
}

/** Fault switches; every rate is a probability in 0..1 drawn from a seeded PRNG. */
export interface FaultConfig {
  latency: LatencyConfig;
  error500: number;
  error503: number;
  error504: number;
  /** 500 only on requests that carry a $skiptoken. */
  skiptoken500: number;
  /** Page with fewer than $top items but still a nextLink (no item is lost). */
  shortPage: number;
  /** Last item of a page is served again at the start of the next page. */
  duplicate: number;
  /** Destroy the socket without an answer. */
  reset: number;
  /** Never answer (until the client gives up or the simulator closes). */
  hang: number;
}

export type FaultPatch = Partial<Omit<FaultConfig, "latency">> & { latency?: Partial<LatencyConfig> };

export interface LimitsConfig {
  /** getAllMessages requests per second per app across all tenants (0 = unlimited). */
  perAppRps: number;
  /** getAllMessages requests per second per app per tenant (0 = unlimited). */
  perAppTenantRps: number;
  /**
   * When true (Microsoft's service limits), each endpoint class has its own limits: getAllMessages the two
   * above, GETs of one message and its hosted contents `message*Rps`, every other GET `other*Rps`. When false,
   * every endpoint counts against the getAllMessages limits.
   */
  classThrottle: boolean;
  messageAppRps: number;
  messageTenantRps: number;
  otherAppRps: number;
  otherTenantRps: number;
  /** When true, channel endpoints of one team allow only `teamChannelRps` per second per app. */
  teamChannelThrottle: boolean;
  teamChannelRps: number;
  /** When true, 429 responses carry no Retry-After header. */
  omitRetryAfter: boolean;
  /** When true, Retry-After is given in fractional seconds (e.g. `0.412`), as Graph sometimes does. */
  fractionalRetryAfter: boolean;
}

export interface LegacyBillingConfig {
  /** Enforce the pre-Aug-2025 metering rules (evaluation cap, model=A licences, model=B on PATCH). */
  enabled: boolean;
  /** Messages per month per tenant per app in evaluation mode (no `model`). */
  evaluationCap: number;
}

/**
 * Reporting quirks of public issue threads that Microsoft does not document for getAllMessages (off by
 * default). Each applies to generated history and to changes made through the control API alike.
 */
export interface QuirksConfig {
  /**
   * A deletion in the "emptyBody" shape (deletedDateTime null, body emptied) keeps the etag and
   * lastModifiedDateTime the message had before it (those of creation for a message never changed), so no
   * `lastModifiedDateTime gt` window returns the deletion.
   */
  silentDeleteKeepsEtag: boolean;
  /** A reaction leaves the etag unchanged (lastModifiedDateTime still moves). */
  reactionKeepsEtag: boolean;
}

export type RefuseConsent = "access_denied" | "consent_required" | null;

export interface TenantInput {
  name: string;
  id?: string;
  /**
   * Its cloud (default global). Entra ID answers for it only under the cloud's login host, and Graph only under
   * the cloud's Graph host, with tokens whose audience is that host (see the README on alternate hosts).
   */
  cloud?: CloudName;
  sizes?: Partial<TenantSizes>;
  /** App ids consented at creation (default: the demo app). */
  consentedApps?: string[];
  refuseConsent?: RefuseConsent;
  /** Licence SKUs given to every user unless overridden (default ["E5"]). */
  defaultLicenses?: string[];
  /** Licences per user id. */
  licenses?: Record<string, string[]>;
  limits?: Partial<LimitsConfig>;
  faults?: FaultPatch;
  legacyBilling?: Partial<LegacyBillingConfig>;
  /** Overrides of the simulator-wide quirks for this tenant. */
  quirks?: Partial<QuirksConfig>;
  /** The tenant's clock runs this many ms ahead of the simulator clock. */
  clockOffsetMs?: number;
  /** false → getAllMessages answers 403 UnknownError (app not approved for protected APIs). */
  protectedApiApproved?: boolean;
  /**
   * Users whose chats Graph cannot serve although they are in the directory: `noTeamsLicense` → their
   * getAllMessages answers 403 Forbidden, `noMailbox` → 404 (public issue threads). Their messages stay
   * visible in the other participants' chats and in ground truth.
   */
  userAccess?: Record<string, UserAccess>;
  /**
   * Roles the tenant's admin consent grants (default null: every role the app asks for), as when an admin
   * removed a permission from the app's grant. Tokens carry these roles; Graph refuses what they lack.
   */
  consentRoles?: string[] | null;
  /**
   * A Teams retention policy holds the tenant's messages (default false): getAllRetainedMessages then returns
   * deleted messages too, past Graph's 21 days; without one nothing is retained and it returns no messages.
   */
  retentionPolicy?: boolean;
}

/** The Microsoft cloud a tenant lives in (its Entra ID and Graph hosts). */
export type CloudName = "global" | "usGovL4" | "usGovL5" | "china";

export type UserAccess = "ok" | "noTeamsLicense" | "noMailbox";

export type TenantPatch = Omit<Partial<TenantInput>, "name" | "id" | "sizes" | "cloud">;

export interface AppInput {
  clientId: string;
  displayName?: string;
  clientSecret?: string | null;
  /** Public key (SPKI PEM) whose private key signs client assertions. */
  certificate?: { publicKeyPem: string; thumbprintSha1?: string; thumbprintSha256?: string } | null;
  /** Roles granted when a tenant consents. */
  roles?: string[];
  /** Allowed redirect URIs for admin consent (empty = any). */
  redirectUris?: string[];
}

export interface TenantSummary {
  id: string;
  name: string;
  domain: string;
  sizes: TenantSizes;
  counts: {
    /** Users GET /users lists now (members and guests, minus deleted ones). */
    users: number;
    guests: number;
    /** Users listed under directory/deletedItems (generated deleted users plus removed ones). */
    deletedUsers: number;
    /** Distinct external (non-directory) chat participants. */
    externalParticipants: number;
    chats: number;
    /** Live teams (GET /teams), legacy ones included. */
    teams: number;
    /** Live teams whose group lacks resourceProvisioningOptions (missed by the groups filter). */
    legacyTeams: number;
    /** Deleted teams GET /teamwork/deletedTeams still lists. */
    deletedTeams: number;
    channels: number;
    chatMessages: number;
    channelMessages: number;
  };
  consentedApps: string[];
  refuseConsent: RefuseConsent;
  limits: Partial<LimitsConfig>;
  faults: FaultPatch;
  legacyBilling: LegacyBillingConfig;
  /** The tenant's own quirk overrides (see `effectiveQuirks` for what applies). */
  quirks: Partial<QuirksConfig>;
  /** The quirks in force for this tenant: the simulator-wide ones with the tenant's overrides. */
  effectiveQuirks: QuirksConfig;
  clockOffsetMs: number;
  protectedApiApproved: boolean;
  /** Users whose getAllMessages fails for lack of a Teams licence or a mailbox. */
  userAccess: Record<string, UserAccess>;
  consentRoles: string[] | null;
  cloud: CloudName;
  retentionPolicy: boolean;
  anchor: string;
}

export interface VersionKey {
  containerId: string;
  containerType: "chat" | "channel";
  teamId?: string;
  messageId: string;
  replyToId: string | null;
  etag: string;
  lastModifiedDateTime: string;
  deleted: boolean;
}

export interface DeletionKey {
  containerId: string;
  containerType: "chat" | "channel";
  messageId: string;
  deletedAt: string;
  /** "deletedDateTime" (field set) or "emptyBody" (deletedDateTime null, body empty). */
  shape: "deletedDateTime" | "emptyBody";
}

export interface HostedContentKey {
  containerId: string;
  containerType: "chat" | "channel";
  teamId?: string;
  messageId: string;
  replyToId: string | null;
  hostedContentId: string;
  sha256: string;
  size: number;
  contentType: string;
}

export type GroundTruthScope = { userId: string } | { teamId: string } | { tenant: true };

export interface GroundTruthQuery {
  tenant: string;
  scope: GroundTruthScope;
  /**
   * What an export that also lists getAllRetainedMessages ends with: with a retention policy, deleted chat and
   * standard-channel messages stay past 21 days (private channels have no retained listing).
   */
  retained?: boolean;
  /** Exclusive lower bound on lastModifiedDateTime (ISO). */
  gt?: string;
  /** Exclusive upper bound on lastModifiedDateTime (ISO). */
  lt?: string;
}

export interface GroundTruth {
  tenantId: string;
  scope: { kind: "user"; userId: string } | { kind: "team"; teamId: string } | { kind: "tenant" };
  window: { gt: string | null; lt: string | null };
  asOf: string;
  /** The versions a complete export run now would end with (one per message). */
  current: VersionKey[];
  /** Every version visible at any time since the tenant was created (superset of `current`). */
  allVersions: VersionKey[];
  /** Deleted messages still visible (within 21 days of deletion). */
  deletions: DeletionKey[];
  /** Hosted contents of the current, non-deleted messages. */
  hostedContents: HostedContentKey[];
  counts: {
    containers: number;
    current: number;
    allVersions: number;
    deletions: number;
    hostedContents: number;
    /** Items a full user-scope getAllMessages export returns (= current; one per chat message). */
    items: number;
  };
}

export interface PeakStat {
  /** Highest number of requests that arrived in any sliding 1-second window. */
  attempted: number;
  /** Highest number of requests served (not throttled) in any sliding 1-second window. */
  served: number;
}

export interface Counters {
  since: string;
  requests: {
    total: number;
    byEndpoint: Record<string, number>;
    byTenant: Record<string, number>;
    byTenantEndpoint: Record<string, Record<string, number>>;
    byStatus: Record<string, number>;
  };
  throttled: { total: number; byTenant: Record<string, number>; byScope: Record<string, number> };
  faults: { total: number; byKind: Record<string, number>; byTenant: Record<string, number> };
  messagesReturned: { total: number; byTenant: Record<string, number> };
  hostedContentBytes: number;
  tokens: { issued: number; refused: number; byError: Record<string, number> };
  consents: { granted: number; refused: number };
  /** Keys: app id; "appId/tenantId"; "appId/tenantId/teamId" (channel endpoints). */
  peaks: {
    app: Record<string, PeakStat>;
    appTenant: Record<string, PeakStat>;
    appTenantTeam: Record<string, PeakStat>;
  };
  /** Messages billed per tenant per app per month ("YYYY-MM"). */
  billing: Record<string, Record<string, Record<string, number>>>;
}

export interface ChatInfo {
  id: string;
  chatType: "oneOnOne" | "group" | "meeting";
  topic: string | null;
  memberIds: string[];
  /** Ids of external (non-directory) participants. */
  externalIds: string[];
  messageCount: number;
  createdDateTime: string;
  /** When the chat was last renamed or its members changed (Graph's lastUpdatedDateTime). */
  lastUpdatedDateTime: string;
}

export interface ChannelInfo {
  id: string;
  displayName: string;
  membershipType: "standard" | "private";
  messageCount: number;
}

export interface TeamInfo {
  id: string;
  displayName: string;
  description: string;
  /** Its group lacks resourceProvisioningOptions (only GET /teams lists it). */
  legacy: boolean;
  /** Set when deleted (GET /teamwork/deletedTeams lists it while Graph keeps it). */
  deletedDateTime: string | null;
  memberIds: string[];
  channels: ChannelInfo[];
}

export interface UserInfo {
  id: string;
  displayName: string;
  userPrincipalName: string;
  userType: "Member" | "Guest";
  /** Set when the user is deleted from the directory (no longer in GET /users). */
  deletedDateTime: string | null;
  licenses: string[];
  chatCount: number;
  /** Items getAllMessages returns for this user with no filter (before deletions expire). */
  messageCount: number;
}

export interface PostInput {
  fromUserId?: string;
  content?: string;
  contentType?: "text" | "html";
  /** Channel only: post a reply to this root message id. */
  replyToId?: string;
  /** Number of inline images (hostedContents) to attach, 0–4. */
  images?: number;
}

export type ContainerRef = { chatId: string } | { teamId: string; channelId: string };
