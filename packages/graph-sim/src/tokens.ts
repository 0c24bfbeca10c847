import { createHash, randomUUID, type webcrypto } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT } from "jose";
import { CLOUDS, type CloudName } from "./constants";

// Access tokens: RS256 JWTs signed with a key generated at start; verification results are cached
// by token string so Graph requests pay no crypto after the first use of a token.

export interface AccessClaims {
  /** The Graph resource the token is for, e.g. https://graph.microsoft.com (its cloud's Graph host). */
  aud: string;
  tid: string;
  appid: string;
  roles: string[];
  exp: number;
  iat: number;
}

type CryptoKey = webcrypto.CryptoKey;

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

export async function createSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = createHash("sha1").update(JSON.stringify(jwk)).digest("base64url").slice(0, 27);
  return { kid, privateKey, publicKey, jwk: { ...jwk, kid, use: "sig", kty: "RSA", x5t: kid, alg: "RS256" } };
}

export const TOKEN_LIFETIME_S = 3599;

export async function issueAccessToken(
  keys: SigningKeys,
  p: {
    tid: string;
    appid: string;
    appName: string;
    roles: string[];
    nowMs: number;
    cert: boolean;
    /** The tenant's cloud: the audience is its Graph, the issuer its token service. */
    cloud?: CloudName;
  },
): Promise<string> {
  const iat = Math.floor(p.nowMs / 1000);
  const cloud = CLOUDS[p.cloud ?? "global"];
  return new SignJWT({
    aio: randomUUID(),
    app_displayname: p.appName,
    appid: p.appid,
    appidacr: p.cert ? "2" : "1",
    idp: `${cloud.issuer}/${p.tid}/`,
    idtyp: "app",
    oid: randomUUID(),
    rh: "0.AAAA",
    roles: p.roles,
    sub: randomUUID(),
    tid: p.tid,
    uti: randomUUID().replace(/-/g, "").slice(0, 22),
    ver: "1.0",
    xms_tcdt: iat - 86400 * 365,
  })
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: keys.kid, x5t: keys.kid })
    .setAudience(`https://${cloud.graph}`)
    .setIssuer(`${cloud.issuer}/${p.tid}/`)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_S)
    .sign(keys.privateKey);
}

export type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; message: string };

export class TokenVerifier {
  private readonly cache = new Map<string, AccessClaims | null>();
  constructor(private readonly keys: SigningKeys) {}

  async verify(token: string, nowMs: number): Promise<VerifyResult> {
    let claims = this.cache.get(token);
    if (claims === undefined) {
      try {
        // The audience is checked by the route against the Graph host it answers as.
        const { payload } = await jwtVerify(token, this.keys.publicKey, {
          algorithms: ["RS256"],
          currentDate: new Date(nowMs),
          clockTolerance: 300,
        });
        claims = {
          aud: String(Array.isArray(payload.aud) ? payload.aud[0] : payload.aud),
          tid: String(payload.tid),
          appid: String(payload.appid),
          roles: Array.isArray(payload.roles) ? (payload.roles as string[]) : [],
          exp: payload.exp ?? 0,
          iat: payload.iat ?? 0,
        };
      } catch {
        claims = null;
      }
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(token, claims);
    }
    if (!claims)
      return { ok: false, message: "IDX14100: JWT is not well formed or its signature is invalid." };
    if (claims.exp * 1000 <= nowMs)
      return { ok: false, message: "Lifetime validation failed, the token is expired." };
    return { ok: true, claims };
  }
}
