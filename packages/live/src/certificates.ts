import { createPrivateKey, type KeyObject, X509Certificate } from "node:crypto";
import type { Db } from "@capstan/db";
import type { SecretBox } from "@capstan/webhooks";
import { generate } from "selfsigned";

// The certificate Graph encrypts resource data to. One is current at a time; older ones stay readable
// while subscriptions created with them live. The private key is sealed with the secret box.

export interface LiveCertificateKeys {
  id: string;
  /** Base64 DER, as Graph's encryptionCertificate wants it. */
  certificate: string;
  privateKey: KeyObject;
  notAfter: Date;
}

const binding = (id: string) => `live-certificate:${id}`;
const VALID_DAYS = 365;
/** A new certificate is made when the current one has less than this left. */
const RENEW_BEFORE_MS = 30 * 86_400_000;

export class CertificateStore {
  private readonly cache = new Map<string, LiveCertificateKeys>();

  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
  ) {}

  /** The certificate new subscriptions use, generated when there is none (or it nears its end). */
  async current(now: Date = new Date()): Promise<LiveCertificateKeys> {
    const row = await this.db.liveCertificate.findFirst({ orderBy: { notAfter: "desc" } });
    if (row && row.notAfter.getTime() - now.getTime() > RENEW_BEFORE_MS) return this.unseal(row);
    const notAfter = new Date(now.getTime() + VALID_DAYS * 86_400_000);
    const pems = await generate([{ name: "commonName", value: "Capstan change notifications" }], {
      keySize: 2048,
      algorithm: "sha256",
      notBeforeDate: now,
      notAfterDate: notAfter,
    });
    const created = await this.db.liveCertificate.create({
      data: {
        certificate: new X509Certificate(pems.cert).raw.toString("base64"),
        privateKey: "",
        notAfter,
      },
    });
    // Sealed bound to its own id, so a key copied onto another row does not open.
    const sealed = this.box.encrypt(pems.private, binding(created.id));
    const stored = await this.db.liveCertificate.update({
      where: { id: created.id },
      data: { privateKey: sealed },
    });
    return this.unseal(stored);
  }

  /** A certificate by id (what a notification's encryptionCertificateId names), or null. */
  async byId(id: string): Promise<LiveCertificateKeys | null> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.db.liveCertificate.findUnique({ where: { id } });
    return row?.privateKey ? this.unseal(row) : null;
  }

  private unseal(row: { id: string; certificate: string; privateKey: string; notAfter: Date }) {
    const hit = this.cache.get(row.id);
    if (hit) return hit;
    const keys: LiveCertificateKeys = {
      id: row.id,
      certificate: row.certificate,
      privateKey: createPrivateKey(this.box.decrypt(row.privateKey, binding(row.id))),
      notAfter: row.notAfter,
    };
    this.cache.set(row.id, keys);
    return keys;
  }
}
