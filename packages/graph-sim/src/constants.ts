import type { FaultConfig, LegacyBillingConfig, LimitsConfig, QuirksConfig, TenantSizes } from "./types";

export const GRAPH_ROLES = [
  "Chat.Read.All",
  "ChannelMessage.Read.All",
  "User.Read.All",
  "Group.Read.All",
  "Team.ReadBasic.All",
  "Channel.ReadBasic.All",
  "Chat.UpdatePolicyViolation.All",
  "ChannelMessage.UpdatePolicyViolation.All",
] as const;

/** The one app registered at start. */
export const DEMO_APP = {
  clientId: "11111111-1111-4111-8111-111111111111",
  clientSecret: "capstan-demo-secret",
  displayName: "Capstan Demo",
  roles: [...GRAPH_ROLES] as string[],
} as const;

/** The tenant created at start, consented for the demo app. */
export const DEMO_TENANT = {
  name: "contoso",
  tenantId: "22222222-2222-4222-8222-222222222222",
  domain: "contoso.onmicrosoft.com",
  /** getAllMessages for this user returns a few hundred messages. */
  demoUserId: "33333333-3333-4333-8333-333333333333",
  demoUserPrincipalName: "meganb@contoso.onmicrosoft.com",
  /** First team of the demo tenant. */
  demoTeamId: "44444444-4444-4444-8444-444444444444",
  sizes: {
    users: 20,
    chatsPerUser: 4,
    messagesPerChat: 60,
    teams: 3,
    channelsPerTeam: 3,
    messagesPerChannel: 80,
    extraGroups: 2,
    historyDays: 120,
    // The demo directory stays at exactly 20 listed users.
    guests: 0,
    deletedUsers: 0,
  } satisfies Partial<TenantSizes>,
  /** Approximate getAllMessages total for the demo user. */
  demoUserMessages: 480,
} as const;

/** Defaults of `guests` / `deletedUsers` depend on `users` (see defaultGuests / defaultDeletedUsers). */
export const DEFAULT_SIZES: Omit<TenantSizes, "guests" | "deletedUsers"> = {
  users: 20,
  chatsPerUser: 4,
  messagesPerChat: 50,
  teams: 2,
  channelsPerTeam: 3,
  messagesPerChannel: 50,
  extraGroups: 1,
  historyDays: 90,
  externalShare: 0.04,
  hostedCardShare: 0.01,
  legacyTeams: 0,
  deletedTeams: 0,
};

/** 2 % of users, at least 1 when users ≥ 20. */
export const defaultGuests = (users: number) => (users >= 20 ? Math.max(1, Math.round(users * 0.02)) : 0);
/** 1 % of users, at least 1 when users ≥ 50. */
export const defaultDeletedUsers = (users: number) =>
  users >= 50 ? Math.max(1, Math.round(users * 0.01)) : 0;

// Microsoft's current Teams service limits: getAllMessages 200/s per app per tenant and 1,000/s per app; one
// message (and its hosted contents) 20/s and 200/s; other GETs 30/s and 1,500/s; channel endpoints 4/s per
// app per team.
export const DEFAULT_LIMITS: LimitsConfig = {
  perAppRps: 1000,
  perAppTenantRps: 200,
  classThrottle: true,
  messageAppRps: 200,
  messageTenantRps: 20,
  otherAppRps: 1500,
  otherTenantRps: 30,
  teamChannelThrottle: true,
  teamChannelRps: 4,
  omitRetryAfter: false,
  fractionalRetryAfter: false,
};

export const NO_FAULTS: FaultConfig = {
  latency: { ms: 0, jitterMs: 0, rate: 1 },
  error500: 0,
  error503: 0,
  error504: 0,
  skiptoken500: 0,
  shortPage: 0,
  duplicate: 0,
  reset: 0,
  hang: 0,
};

// Both reported in public threads only (unconfirmed for getAllMessages): off unless a test turns them on.
export const DEFAULT_QUIRKS: QuirksConfig = { silentDeleteKeepsEtag: false, reactionKeepsEtag: false };

export const DEFAULT_LEGACY_BILLING: LegacyBillingConfig = { enabled: false, evaluationCap: 500 };

export const GRAPH_ORIGIN = "https://graph.microsoft.com";
export const LOGIN_ORIGIN = "https://login.microsoftonline.com";
export const DAY_MS = 86_400_000;
/** Deleted messages stay visible this long. */
export const DELETED_VISIBLE_MS = 21 * DAY_MS;
export const MAX_TOP_MESSAGES = 50;
/** Deleted teams (their Microsoft 365 groups) stay restorable, and exportable, this long. */
export const DELETED_TEAM_KEPT_MS = 30 * DAY_MS;

/**
 * Microsoft's clouds: the Entra ID host that signs a tenant in, and the Graph host(s) its tokens are for. US
 * Government L4 (GCC High) and L5 (DoD) share one Entra ID; each has its own Graph.
 */
export const CLOUDS = {
  global: {
    login: "login.microsoftonline.com",
    graph: "graph.microsoft.com",
    issuer: "https://sts.windows.net",
  },
  usGovL4: {
    login: "login.microsoftonline.us",
    graph: "graph.microsoft.us",
    issuer: "https://login.microsoftonline.us",
  },
  usGovL5: {
    login: "login.microsoftonline.us",
    graph: "dod-graph.microsoft.us",
    issuer: "https://login.microsoftonline.us",
  },
  china: {
    login: "login.partner.microsoftonline.cn",
    graph: "microsoftgraph.chinacloudapi.cn",
    issuer: "https://sts.chinacloudapi.cn",
  },
} as const;
export type CloudName = keyof typeof CLOUDS;
export const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[];
/** Every host the simulator answers as (first path segment, or the Host header). */
export const CLOUD_HOSTS: ReadonlySet<string> = new Set(
  CLOUD_NAMES.flatMap((c) => [CLOUDS[c].login, CLOUDS[c].graph]),
);
export const E5_CLASS_LICENSES = ["E5", "A5", "G5", "E5_COMPLIANCE", "M365_E5", "E5_SECURITY"];

// Exact-enough texts of Microsoft's documented 402 errors (teams-licenses, "Payment-related errors").
export const TEXT_402_EVALUATION =
  "The evaluation capacity for the month has exceeded. To continue beyond the evalution limits complete billing onboarding, see https://aka.ms/teams-api-payment-requirements for details.";
export const text402UserLicense = (userId: string) =>
  `User '${userId}' needs a valid license to access this API. See https://aka.ms/teams-api-payment-requirements for details.`;
export const TEXT_402_MODEL_B =
  "Query parameter 'model' does not support value 'B' for this API. Use billing model 'A'. See https://aka.ms/teams-api-payment-requirements for details.";
