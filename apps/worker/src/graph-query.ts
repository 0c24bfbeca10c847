import type { PaymentModel } from "@capstan/db";

const MODEL_PARAM: Record<PaymentModel, string> = { A: "A", B: "B", evaluation: "" };

/** OData literal for a Graph id in $filter: single quotes doubled. */
function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

const APP_IDENTITY_TYPES = ["bot", "tenantBot", "office365Connector", "outgoingWebhook"];

export interface MessagesQuery {
  kind: "user_chats" | "team_channels";
  targetId: string;
  windowStart: Date | null;
  windowEnd: Date | null;
  pageSize: number;
  model: PaymentModel;
  /** Chats only: the user's own messages (and system events), so each chat message is fetched once. */
  onlyFromTarget?: boolean;
}

/** The first getAllMessages URL of a task; later pages follow @odata.nextLink. */
export function firstMessagesPath(q: MessagesQuery): string {
  const clauses: string[] = [];
  if (q.kind === "user_chats" && q.onlyFromTarget) {
    // The user's own messages, plus what no user sent (system events, bots, connectors): those come once
    // per participant, and are stored once anyway.
    const nobodys = APP_IDENTITY_TYPES.map((t) => `from/application/applicationIdentityType eq '${t}'`);
    clauses.push(
      `(from/user/id eq ${quote(q.targetId)} or messageType eq 'systemEventMessage' or ${nobodys.join(" or ")})`,
    );
  }
  if (q.windowStart) clauses.push(`lastModifiedDateTime gt ${q.windowStart.toISOString()}`);
  if (q.windowEnd) clauses.push(`lastModifiedDateTime lt ${q.windowEnd.toISOString()}`);
  const params = new URLSearchParams({ $top: String(q.pageSize) });
  if (clauses.length > 0) params.set("$filter", clauses.join(" and "));
  if (MODEL_PARAM[q.model]) params.set("model", MODEL_PARAM[q.model]);
  const target = encodeURIComponent(q.targetId);
  const base =
    q.kind === "user_chats"
      ? `/v1.0/users/${target}/chats/getAllMessages`
      : `/v1.0/teams/${target}/channels/getAllMessages`;
  return `${base}?${params.toString()}`;
}

export const USERS_PATH = "/v1.0/users?$select=id&$top=999";
export const TEAMS_PATH = `/v1.0/groups?${new URLSearchParams({
  $filter: "resourceProvisioningOptions/Any(x:x eq 'Team')",
  $select: "id",
  $top: "999",
}).toString()}`;
