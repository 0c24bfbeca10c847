import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { GRAPH_CHANGE_TRACKING_APP_ID, NotificationRefused, ValidationTokenVerifier } from "../src/index";

// Graph's validationTokens as Microsoft documents them, checked against a local key set standing in for
// Entra ID's: each claim that must hold is broken once.

const APP = "11111111-1111-4111-8111-111111111111";
const TENANT = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

async function keys() {
  const pair = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  return { privateKey: pair.privateKey, jwks: createLocalJWKSet({ keys: [jwk] }) };
}

async function token(
  privateKey: Parameters<SignJWT["sign"]>[0],
  over: { aud?: string; azp?: string; tid?: string; iss?: string; exp?: number; kid?: string } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const tid = over.tid ?? TENANT;
  return new SignJWT({ azp: over.azp ?? GRAPH_CHANGE_TRACKING_APP_ID, tid })
    .setProtectedHeader({ alg: "RS256", kid: over.kid ?? "k1" })
    .setAudience(over.aud ?? APP)
    .setIssuer(over.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .setIssuedAt(now - 60)
    .setExpirationTime(over.exp ?? now + 3600)
    .sign(privateKey);
}

const anyTenant = () => "global" as const;

describe("validation tokens", () => {
  it("vouches for the tenant a genuine token names (v1 and v2 issuers), once per token", async () => {
    const { privateKey, jwks } = await keys();
    let lookups = 0;
    const verifier = new ValidationTokenVerifier({
      identityBaseUrl: () => "https://login.microsoftonline.com",
      clientId: APP,
      keys: (header, t) => {
        lookups++;
        return jwks(header, t);
      },
    });
    const other = "12345678-1234-4234-8234-123456789012";
    const known = (t: string) => ([TENANT, other].includes(t) ? ("global" as const) : undefined);
    const v2 = await token(privateKey);
    const v1 = await token(privateKey, { tid: other, iss: `https://sts.windows.net/${other}/` });
    expect([...(await verifier.tenantsOf([v2, v1], known))].sort()).toEqual([TENANT, other].sort());
    await verifier.tenantsOf([v2, v1], known);
    expect(lookups).toBe(2); // the second batch reuses what was verified
    // A token for a tenant none of the batch's subscriptions belongs to vouches for nothing.
    expect([...(await verifier.tenantsOf([v1], (t) => (t === TENANT ? "global" : undefined)))]).toEqual([]);
  });

  it("refuses forged, expired, misaddressed and foreign-tenant tokens", async () => {
    const { privateKey, jwks } = await keys();
    const stranger = await keys();
    const verifier = new ValidationTokenVerifier({
      identityBaseUrl: () => "https://login.microsoftonline.com",
      clientId: APP,
      keys: jwks,
    });
    const cases: [string, Promise<string>][] = [
      ["signed by another key", token(stranger.privateKey)],
      ["another app's audience", token(privateKey, { aud: "22222222-2222-4222-8222-222222222222" })],
      ["not issued by Graph", token(privateKey, { azp: APP })],
      ["expired", token(privateKey, { exp: Math.floor(Date.now() / 1000) - 3600 })],
      [
        "issuer of another tenant",
        token(privateKey, {
          iss: "https://login.microsoftonline.com/99999999-9999-4999-8999-999999999999/v2.0",
        }),
      ],
      ["not a JWT", Promise.resolve("not-a-jwt")],
    ];
    for (const [what, t] of cases) {
      const refused = await verifier.tenantsOf([await t], anyTenant).catch((e: unknown) => e);
      expect(refused, what).toBeInstanceOf(NotificationRefused);
      expect((refused as NotificationRefused).reason, what).toBe("validation_token");
    }
    // One bad token among good ones refuses the batch.
    await expect(verifier.tenantsOf([await token(privateKey), "bad"], anyTenant)).rejects.toBeInstanceOf(
      NotificationRefused,
    );
  });
});
