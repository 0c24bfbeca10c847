import type { Cloud } from "@capstan/graph";
import { createRemoteJWKSet, decodeJwt, errors, type JWTVerifyGetKey, jwtVerify } from "jose";
import { NotificationRefused } from "./crypto";

/** The app id Microsoft Graph's change notifications are issued by (the validation tokens' azp). */
export const GRAPH_CHANGE_TRACKING_APP_ID = "0bf30f3b-4a52-48df-9a82-234910c4a086";

function issuerTenant(iss: unknown): string | null {
  if (typeof iss !== "string" || !URL.canParse(iss)) return null;
  return new URL(iss).pathname.split("/")[1]?.toLowerCase() || null;
}

/** The identity service's signing keys could not be fetched: not the sender's fault, so Graph should retry. */
export class ValidationKeysUnavailable extends Error {}

export interface ValidationTokenOptions {
  /** Where each cloud's Entra ID is reached: its /common/discovery/v2.0/keys signs that cloud's tokens. */
  identityBaseUrl: (cloud: Cloud) => string;
  /** This app's client id: every token's audience. */
  clientId: string;
  /** The keys, when not fetched from identityBaseUrl (tests). */
  keys?: JWTVerifyGetKey;
}

/**
 * Checks the validationTokens of a batch of rich notifications (includeResourceData), as Microsoft documents:
 * each a JWT signed by the Microsoft identity platform, not expired, issued to this app (aud) by Microsoft
 * Graph's change-tracking app (azp), for one tenant (tid, and an issuer of that tenant). Graph sends one per
 * app and tenant in the batch. A token that fails makes the whole batch suspect. Tokens verified once are
 * remembered until they expire: Graph reuses a token across many batches.
 */
export class ValidationTokenVerifier {
  private readonly keySets = new Map<Cloud, JWTVerifyGetKey>();
  private readonly verified = new Map<string, { tenantId: string; expMs: number }>();

  constructor(private readonly options: ValidationTokenOptions) {}

  /** Each cloud's Entra ID signs its own tokens with its own published keys. */
  private keysOf(cloud: Cloud): JWTVerifyGetKey {
    if (this.options.keys) return this.options.keys;
    let keys = this.keySets.get(cloud);
    if (!keys) {
      const base = this.options.identityBaseUrl(cloud).replace(/\/+$/, "");
      keys = createRemoteJWKSet(new URL(`${base}/common/discovery/v2.0/keys`), {
        // Keys rotate: an unknown kid refetches, at most every 30 s.
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5_000,
      });
      this.keySets.set(cloud, keys);
    }
    return keys;
  }

  /**
   * The tenants (lower-cased Entra ids) the batch's tokens vouch for, among those `cloudOf` knows (the tenants
   * the batch's subscriptions belong to: a token for any other tenant vouches for nothing here). Throws
   * NotificationRefused when a token is forged, expired or not meant for this app; ValidationKeysUnavailable
   * when the keys cannot be fetched.
   */
  async tenantsOf(tokens: string[], cloudOf: (tenantId: string) => Cloud | undefined): Promise<Set<string>> {
    const tenants = new Set<string>();
    const now = Date.now();
    for (const token of tokens) {
      const hit = this.verified.get(token);
      if (hit && hit.expMs > now) {
        if (cloudOf(hit.tenantId)) tenants.add(hit.tenantId);
        continue;
      }
      let claimed: string;
      try {
        claimed = String(decodeJwt(token).tid ?? "").toLowerCase();
      } catch {
        throw new NotificationRefused("validation_token", "validation token is not a JWT");
      }
      const cloud = cloudOf(claimed);
      if (!cloud) continue;
      const claims = await this.verify(token, cloud);
      if (this.verified.size >= 1_000) this.verified.clear();
      this.verified.set(token, claims);
      tenants.add(claims.tenantId);
    }
    return tenants;
  }

  private async verify(token: string, cloud: Cloud): Promise<{ tenantId: string; expMs: number }> {
    let payload: Awaited<ReturnType<typeof jwtVerify>>["payload"];
    try {
      ({ payload } = await jwtVerify(token, this.keysOf(cloud), {
        audience: this.options.clientId,
        algorithms: ["RS256"],
        clockTolerance: 300,
        requiredClaims: ["exp", "tid", "azp"],
      }));
    } catch (error) {
      if (
        error instanceof errors.JWKSTimeout ||
        (error instanceof Error && !(error instanceof errors.JOSEError))
      ) {
        throw new ValidationKeysUnavailable(`identity keys unavailable: ${error.message}`);
      }
      throw new NotificationRefused(
        "validation_token",
        `validation token refused: ${(error as Error).message}`,
      );
    }
    if (payload.azp !== GRAPH_CHANGE_TRACKING_APP_ID)
      throw new NotificationRefused("validation_token", "validation token not issued by Microsoft Graph");
    const tenantId = String(payload.tid).toLowerCase();
    // The issuer names the tenant: https://sts.windows.net/{tid}/ (v1), https://login.microsoftonline.com/
    // {tid}/v2.0 (v2), and the national clouds' equivalents.
    if (issuerTenant(payload.iss) !== tenantId)
      throw new NotificationRefused("validation_token", "validation token issued for another tenant");
    return { tenantId, expMs: (payload.exp as number) * 1000 };
  }
}
