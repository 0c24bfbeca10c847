// Application roles (app permissions) an app-only Graph token carries, and the ones Capstan needs.

/** Roles Capstan's exports need: chats, channels, the user list, and the team list. */
export const REQUIRED_ROLES = [
  "Chat.Read.All",
  "ChannelMessage.Read.All",
  "User.Read.All",
  "Group.Read.All",
] as const;

/** Roles that list teams as Group.Read.All does (Team.ReadBasic.All through /teams or the team filter). */
export const TEAM_LISTING_ALTERNATIVES = ["Team.ReadBasic.All", "Directory.Read.All"] as const;

/** Granted roles that stand in for a required one. */
const ALTERNATIVES: Record<string, readonly string[]> = {
  "User.Read.All": ["Directory.Read.All"],
  "Group.Read.All": TEAM_LISTING_ALTERNATIVES,
};

/**
 * The `roles` claim of an access token. Entra ID issued the token to Capstan over TLS, so its payload is read,
 * not verified: Graph verifies it. Anything that is not a JWT with a roles array has no roles.
 */
export function tokenRoles(accessToken: string): string[] {
  const payload = accessToken.split(".")[1];
  if (!payload) return [];
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { roles?: unknown };
    return Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}

/** The required roles a set of granted roles lacks, in REQUIRED_ROLES order. */
export function missingRoles(granted: readonly string[]): string[] {
  const has = new Set(granted);
  return REQUIRED_ROLES.filter(
    (role) => !has.has(role) && !(ALTERNATIVES[role] ?? []).some((r) => has.has(r)),
  );
}
