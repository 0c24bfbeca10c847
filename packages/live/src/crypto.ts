import {
  constants,
  createDecipheriv,
  createHash,
  createHmac,
  type KeyObject,
  privateDecrypt,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";

// Graph's resource-data encryption, the subscriber's side: the data key is RSA-OAEP encrypted to our
// certificate; dataSignature is HMAC-SHA256 of the encrypted bytes under that key; the data is
// AES-256-CBC (PKCS7) with the key's first 16 bytes as IV.

export interface EncryptedContent {
  data: string;
  dataKey: string;
  dataSignature: string;
  encryptionCertificateId: string;
  encryptionCertificateThumbprint?: string | undefined;
}

export class NotificationRefused extends Error {
  constructor(
    readonly reason:
      | "unknown_subscription"
      | "client_state"
      | "signature"
      | "undecryptable"
      | "tenant"
      | "validation_token",
    message: string,
  ) {
    super(message);
  }
}

/** The message JSON text exactly as Graph encrypted it, once its signature checked out. */
export function decryptResourceData(content: EncryptedContent, privateKey: KeyObject): string {
  let key: Buffer;
  try {
    key = privateDecrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
      Buffer.from(content.dataKey, "base64"),
    );
  } catch {
    throw new NotificationRefused("undecryptable", "the data key does not decrypt with our certificate");
  }
  if (key.length !== 32) throw new NotificationRefused("undecryptable", "the data key is not 32 bytes");
  const data = Buffer.from(content.data, "base64");
  const expected = createHmac("sha256", key).update(data).digest();
  const given = Buffer.from(content.dataSignature, "base64");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new NotificationRefused("signature", "dataSignature does not match the data");
  try {
    const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
    return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
  } catch {
    throw new NotificationRefused("undecryptable", "the data does not decrypt");
  }
}

/** A fresh clientState for a subscription; only its hash is kept. */
export function newClientState(): string {
  return randomBytes(32).toString("base64url");
}

export function clientStateHash(clientState: string): string {
  return createHash("sha256").update(clientState, "utf8").digest("hex");
}

/** Compares a received clientState with the stored hash in constant time. */
export function clientStateMatches(received: unknown, storedHash: string | null): boolean {
  if (typeof received !== "string" || !storedHash) return false;
  const a = Buffer.from(clientStateHash(received), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
