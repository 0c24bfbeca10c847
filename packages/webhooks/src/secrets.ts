import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Config } from "@capstan/config";

/** A Standard Webhooks signing secret: "whsec_" and 32 random bytes in base64. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export class SecretKeyError extends Error {}

/**
 * Encrypts signing secrets at rest with AES-256-GCM. Each ciphertext is bound (as associated data) to
 * what it belongs to, so a ciphertext copied onto another row does not decrypt. Format:
 * v1.<key id>.<iv>.<tag>.<ciphertext>, base64url parts; the key id names the key without revealing it.
 */
export class SecretBox {
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new SecretKeyError("the webhook secret key must be 32 bytes");
    this.keyId = createHash("sha256").update(key).digest("hex").slice(0, 8);
  }

  encrypt(plaintext: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(boundTo, "utf8"));
    const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      "v1",
      this.keyId,
      iv.toString("base64url"),
      tag.toString("base64url"),
      ct.toString("base64url"),
    ].join(".");
  }

  decrypt(sealed: string, boundTo: string): string {
    const [version, keyId, iv, tag, ct] = sealed.split(".");
    if (version !== "v1" || !keyId || !iv || !tag || ct === undefined) {
      throw new SecretKeyError("not a sealed webhook secret");
    }
    if (keyId !== this.keyId) {
      throw new SecretKeyError(`secret was sealed under key ${keyId}, not the configured key ${this.keyId}`);
    }
    const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(boundTo, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
  }
}

/** Associated data of an endpoint's secrets. */
export const endpointSecretBinding = (endpointId: string) => `webhook-endpoint:${endpointId}`;

const DEVELOPMENT_KEY = createHash("sha256")
  .update("capstan development webhook secret key; never used in production")
  .digest();

export function parseSecretKey(value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (key.length !== 32)
    throw new SecretKeyError("WEBHOOK_SECRET_KEY must be 32 bytes (64 hex characters or base64)");
  return key;
}

/** The configured key; a fixed development key outside production, and an error in production without one. */
export function secretBoxFromConfig(config: Pick<Config, "NODE_ENV" | "WEBHOOK_SECRET_KEY">): SecretBox {
  if (config.WEBHOOK_SECRET_KEY) return new SecretBox(parseSecretKey(config.WEBHOOK_SECRET_KEY));
  if (config.NODE_ENV === "production") {
    throw new SecretKeyError("WEBHOOK_SECRET_KEY is required in production (32 bytes, hex or base64)");
  }
  return new SecretBox(DEVELOPMENT_KEY);
}
