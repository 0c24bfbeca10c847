import type { PaymentModel } from "@capstan/db";

const MODEL_PARAM: Record<PaymentModel, string> = { A: "A", B: "B", evaluation: "" };

/** OData literal for a Graph id in $filter: single quotes doubled. */
function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

// Senders no listed user is: getAllMessages filters each of them with `eq` (the operator Graph documents for
// from/application/applicationIdentityType and from/user/userIdentityType; aadUser and onPremiseAadUser are
// directory users, fetched from their own listings).
export const APP_IDENTITY_TYPES = [
  "aadApplication",
  "bot",
  "tenantBot",
  "office365Connector",
  "outgoingWebhook",
];
export const OUTSIDE_USER_IDENTITY_TYPES = [
  "anonymousGuest",
  "federatedUser",
  "personalMicrosoftAccountUser",
  "skypeUser",
  "phoneUser",
  "emailUser",
  "azureCommunicationServicesUser",
];

/**
 * Which of a user's chat messages a listing asks for:
 * - all: every message of the user's chats (a chat message then comes once per participant);
 * - once: the user's own messages and everything no listed user sent (system events, apps, people outside
 *   the directory, and the unlisted directory users named) — across a tenant's users, each message once;
 * - senders: only the messages of the users named (a sweep for senders found unlisted later).
 */
export type ChatSelection =
  | { mode: "all" }
  | { mode: "once"; unlisted: string[] }
  | { mode: "senders"; senders: string[] };

/** The listing kinds: a user's chats, a team's channels, their retained histories, a deleted team's channels. */
export type MessagesKind =
  | "user_chats"
  | "team_channels"
  | "user_retained"
  | "team_retained"
  | "deleted_team_channels";

const LISTING: Record<MessagesKind, (target: string) => string> = {
  user_chats: (t) => `/v1.0/users/${t}/chats/getAllMessages`,
  user_retained: (t) => `/v1.0/users/${t}/chats/getAllRetainedMessages`,
  team_channels: (t) => `/v1.0/teams/${t}/channels/getAllMessages`,
  team_retained: (t) => `/v1.0/teams/${t}/channels/getAllRetainedMessages`,
  deleted_team_channels: (t) => `/v1.0/teamwork/deletedTeams/${t}/channels/getAllMessages`,
};

/** Whether a listing is of a user's chats (the chat filters apply to it). */
export const isChatListing = (kind: MessagesKind) => kind === "user_chats" || kind === "user_retained";

export interface MessagesQuery {
  kind: MessagesKind;
  targetId: string;
  windowStart: Date | null;
  windowEnd: Date | null;
  pageSize: number;
  model: PaymentModel;
  chats?: ChatSelection;
}

const fromUser = (id: string) => `from/user/id eq ${quote(id)}`;

function chatClause(targetId: string, chats: ChatSelection): string | null {
  if (chats.mode === "all") return null;
  if (chats.mode === "senders") return `(${chats.senders.map(fromUser).join(" or ")})`;
  const anyOf = [
    fromUser(targetId),
    "messageType eq 'systemEventMessage'",
    ...APP_IDENTITY_TYPES.map((t) => `from/application/applicationIdentityType eq '${t}'`),
    ...OUTSIDE_USER_IDENTITY_TYPES.map((t) => `from/user/userIdentityType eq '${t}'`),
    ...chats.unlisted.filter((id) => id !== targetId).map(fromUser),
  ];
  return `(${anyOf.join(" or ")})`;
}

/** The first getAllMessages URL of a task; later pages follow @odata.nextLink. */
export function firstMessagesPath(q: MessagesQuery): string {
  const clauses: string[] = [];
  if (isChatListing(q.kind) && q.chats) {
    const clause = chatClause(q.targetId, q.chats);
    if (clause) clauses.push(clause);
  }
  if (q.windowStart) clauses.push(`lastModifiedDateTime gt ${q.windowStart.toISOString()}`);
  if (q.windowEnd) clauses.push(`lastModifiedDateTime lt ${q.windowEnd.toISOString()}`);
  const params = new URLSearchParams({ $top: String(q.pageSize) });
  if (clauses.length > 0) params.set("$filter", clauses.join(" and "));
  if (MODEL_PARAM[q.model]) params.set("model", MODEL_PARAM[q.model]);
  return `${LISTING[q.kind](encodeURIComponent(q.targetId))}?${params.toString()}`;
}

// Directory listings carry the names the chat context keeps (same requests, a few more bytes per user).
const USER_SELECT = "id,displayName,userPrincipalName,mail,userType";
export const USERS_PATH = `/v1.0/users?$select=${USER_SELECT}&$top=999`;
/** Users in the directory's recycle bin (30 days): their chats cannot be listed, their messages remain. */
export const DELETED_USERS_PATH = `/v1.0/directory/deletedItems/microsoft.graph.user?$select=${USER_SELECT},deletedDateTime&$top=999`;

const seg = encodeURIComponent;
/** A chat (topic, chatType, lastUpdatedDateTime) and its members. */
export const chatPath = (chatId: string) => `/v1.0/chats/${seg(chatId)}`;
export const chatMembersPath = (chatId: string) => `/v1.0/chats/${seg(chatId)}/members`;
/** A team (displayName, description) and its channels (displayName, membershipType). */
export const teamPath = (teamId: string) => `/v1.0/teams/${seg(teamId)}`;
export const teamChannelsPath = (teamId: string) => `/v1.0/teams/${seg(teamId)}/channels`;
/** Every team, also those whose group lacks resourceProvisioningOptions (created before Teams set it). */
export const ALL_TEAMS_PATH = "/v1.0/teams?$select=id";
/** Deleted teams Graph still keeps (their group is restorable for 30 days). */
export const DELETED_TEAMS_PATH = "/v1.0/teamwork/deletedTeams";
export const TEAMS_PATH = `/v1.0/groups?${new URLSearchParams({
  $filter: "resourceProvisioningOptions/Any(x:x eq 'Team')",
  $select: "id",
  $top: "999",
}).toString()}`;
