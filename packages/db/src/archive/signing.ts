import { createHash, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { CompactSign, compactVerify, type JWK } from "jose";

/**
 * The Ed25519 key Capstan signs archive attestations with (ledger heads, verification results, export
 * manifests). Signatures are compact JWS (RFC 7515, alg EdDSA), so any JOSE library verifies them with the
 * public JWK Capstan publishes; the JWS header's `kid` names the key.
 */
export interface ArchiveSigner {
  kid: string;
  /** The public key as a JWK (kty OKP, crv Ed25519), with kid, use and alg. */
  publicJwk: JWK;
  publicKeyPem: string;
  /** A compact JWS of the JSON of `payload`. */
  sign(payload: unknown): Promise<string>;
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): SEQUENCE { version 0, AlgorithmIdentifier 1.3.101.112, OCTET STRING { seed } }.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

const DEVELOPMENT_SEED = createHash("sha256")
  .update("capstan development archive signing key; never used in production")
  .digest();

export class SigningKeyError extends Error {}

export function parseSigningSeed(value: string): Buffer {
  const seed = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (seed.length !== 32) throw new SigningKeyError("ARCHIVE_SIGNING_KEY must be a 32-byte Ed25519 seed");
  return seed;
}

export function archiveSigner(seed: Buffer): ArchiveSigner {
  const privateKey: KeyObject = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: "der",
    type: "pkcs8",
  });
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: "jwk" }) as JWK;
  const kid = createHash("sha256")
    .update(Buffer.from(jwk.x as string, "base64url"))
    .digest("base64url")
    .slice(0, 16);
  const publicJwk: JWK = { kty: "OKP", crv: "Ed25519", x: jwk.x as string, kid, use: "sig", alg: "EdDSA" };
  return {
    kid,
    publicJwk,
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    sign: (payload) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: "EdDSA", kid, typ: "capstan-attestation+json" })
        .sign(privateKey),
  };
}

/** The configured key; a fixed development key outside production, and an error in production without one. */
export function archiveSignerFromConfig(config: {
  NODE_ENV: string;
  ARCHIVE_SIGNING_KEY?: string | undefined;
}) {
  if (config.ARCHIVE_SIGNING_KEY) return archiveSigner(parseSigningSeed(config.ARCHIVE_SIGNING_KEY));
  if (config.NODE_ENV === "production") {
    throw new SigningKeyError(
      "ARCHIVE_SIGNING_KEY is required in production (32-byte Ed25519 seed, hex or base64)",
    );
  }
  return archiveSigner(DEVELOPMENT_SEED);
}

/** Verifies a compact JWS against a published public JWK; returns its payload, or throws. */
export async function verifyAttestation<T = unknown>(jws: string, publicJwk: JWK): Promise<T> {
  const key = createPublicKey({ key: publicJwk as import("node:crypto").JsonWebKey, format: "jwk" });
  const { payload } = await compactVerify(jws, key, { algorithms: ["EdDSA"] });
  return JSON.parse(new TextDecoder().decode(payload)) as T;
}
