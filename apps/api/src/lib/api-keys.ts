import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

/** Every Capstan API key starts with this, so people and secret scanners recognise one. */
export const API_KEY_PREFIX = "cap_live_";
const KEY_PATTERN = /^cap_live_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  id: string;
  /** The whole key, shown once. */
  key: string;
  /** Displayable, not secret. */
  prefix: string;
  secretHash: string;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** cap_live_<key id, 32 hex>_<secret, 32 random bytes base64url>. */
export function generateApiKey(): NewApiKey {
  const id = randomUUID();
  const compact = id.replaceAll("-", "");
  const secret = randomBytes(32).toString("base64url");
  return {
    id,
    key: `${API_KEY_PREFIX}${compact}_${secret}`,
    prefix: `${API_KEY_PREFIX}${compact.slice(0, 8)}`,
    secretHash: hashSecret(secret),
  };
}

/** The key id (a uuid) and secret of a well-formed key, or null. */
export function parseApiKey(key: string): { id: string; secret: string } | null {
  const m = KEY_PATTERN.exec(key);
  if (!m) return null;
  const hex = m[1]!;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret: m[2]! };
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Constant-time string comparison (for the ops token): both sides hashed to equal length first. */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
