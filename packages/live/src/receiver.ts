import { examples } from "@capstan/contracts";
import { type Db, pgPoolOf } from "@capstan/db";
import type { Cloud } from "@capstan/graph";
import { z } from "zod";
import type { CertificateStore } from "./certificates";
import { clientStateMatches, decryptResourceData, NotificationRefused } from "./crypto";
import type { ValidationTokenVerifier } from "./validation-tokens";

// The public endpoint's work: every notification proves itself (a subscription we hold, its clientState,
// the tenant it belongs to, a signature over data we can decrypt) before one row of it is written; what
// passes lands in live_inbox in one statement, and the worker takes it from there.

const EncryptedContent = z.object({
  data: z.string().min(1),
  dataKey: z.string().min(1),
  dataSignature: z.string().min(1),
  encryptionCertificateId: z.string().min(1),
  encryptionCertificateThumbprint: z.string().optional(),
});

export const ChangeNotification = z.object({
  subscriptionId: z.string().min(1).max(200),
  changeType: z.enum(["created", "updated", "deleted"]),
  clientState: z.string().max(256).nullish(),
  tenantId: z.string().max(100).optional(),
  resource: z.string().max(2000),
  resourceData: z
    .object({ id: z.string().max(200) })
    .passthrough()
    .optional(),
  encryptedContent: EncryptedContent.optional(),
});

export const LifecycleNotification = z.object({
  subscriptionId: z.string().min(1).max(200),
  lifecycleEvent: z.enum(["reauthorizationRequired", "subscriptionRemoved", "missed"]),
  clientState: z.string().max(256).nullish(),
  tenantId: z.string().max(100).optional(),
  subscriptionExpirationDateTime: z.string().optional(),
});

export const NotificationBatch = z
  .object({
    value: z.array(ChangeNotification).min(1).max(1000),
    validationTokens: z.array(z.string()).optional(),
  })
  .meta({ id: "ChangeNotificationBatch", examples: [examples.changeNotifications] });
export const LifecycleBatch = z
  .object({ value: z.array(LifecycleNotification).min(1).max(1000) })
  .meta({ id: "LifecycleNotificationBatch", examples: [examples.lifecycleNotifications] });

export type ChangeNotification = z.infer<typeof ChangeNotification>;

export interface ReceiveResult {
  accepted: number;
  refused: { index: number; reason: NotificationRefused["reason"] }[];
}

/** The inbox holds more than the bound: answer 503 and let Graph retry later. */
export class InboxFull extends Error {}

interface KnownSubscription {
  id: string;
  tenantId: string;
  entraTenantId: string | null;
  cloud: Cloud;
  clientStateHash: string | null;
}

export interface ReceiverOptions {
  db: Db;
  certificates: CertificateStore;
  /** Rows live_inbox may hold before the endpoint answers 503. */
  maxPending: number;
  /**
   * Notifications this process may be verifying at once (each costs an RSA decryption); beyond it a batch is
   * answered 503 at once, so work never queues past Graph's delivery time-out and comes back as retries.
   */
  maxVerifying?: number;
  /** Checks the validationTokens that vouch for rich notifications (those with encryptedContent). */
  validationTokens: ValidationTokenVerifier;
}

const CACHE_MS = 10_000;
/** The Postgres channel that wakes workers when live work arrives (inbox rows, policy violations). */
export const LIVE_CHANNEL = "capstan_live";

export class NotificationReceiver {
  private readonly subs = new Map<string, { sub: KnownSubscription | null; at: number }>();
  private pending = { count: 0, at: 0 };
  private verifying = 0;

  constructor(private readonly options: ReceiverOptions) {}

  private async subscription(graphId: string): Promise<KnownSubscription | null> {
    const hit = this.subs.get(graphId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.sub;
    const rows = await pgPoolOf(this.options.db).query<KnownSubscription>(
      `SELECT s.id, s.tenant_id AS "tenantId", t.entra_tenant_id AS "entraTenantId",
              t.cloud::text AS cloud, s.client_state_hash AS "clientStateHash"
       FROM live_subscriptions s JOIN tenants t ON t.id = s.tenant_id
       WHERE s.graph_subscription_id = $1 AND s.status IN ('active', 'removing')`,
      [graphId],
    );
    const sub = rows.rows[0] ?? null;
    if (this.subs.size > 10_000) this.subs.clear();
    this.subs.set(graphId, { sub, at: Date.now() });
    return sub;
  }

  /** Tells listening workers that the inbox has work (they also look every second without it). */
  private async wake(): Promise<void> {
    await pgPoolOf(this.options.db).query(`SELECT pg_notify('${LIVE_CHANNEL}', '')`);
  }

  /** Forget cached subscriptions (after one was created, recreated or removed). */
  forget(): void {
    this.subs.clear();
  }

  /** Pending rows, estimated from the id range (one index probe), refreshed at most every 500 ms. */
  private async checkRoom(): Promise<void> {
    if (Date.now() - this.pending.at > 500) {
      const r = await pgPoolOf(this.options.db).query<{ n: string | null }>(
        "SELECT (max(id) - min(id) + 1)::text AS n FROM live_inbox",
      );
      this.pending = { count: Number(r.rows[0]?.n ?? 0), at: Date.now() };
    }
    if (this.pending.count >= this.options.maxPending) throw new InboxFull("the notification inbox is full");
  }

  private async verify(
    sub: KnownSubscription | null,
    item: { clientState?: string | null | undefined; tenantId?: string | undefined },
  ) {
    if (!sub) throw new NotificationRefused("unknown_subscription", "no such subscription");
    if (!clientStateMatches(item.clientState, sub.clientStateHash))
      throw new NotificationRefused("client_state", "clientState does not match");
    if (
      item.tenantId !== undefined &&
      sub.entraTenantId &&
      item.tenantId.toLowerCase() !== sub.entraTenantId.toLowerCase()
    )
      throw new NotificationRefused("tenant", "the notification names another tenant");
    return sub;
  }

  async receive(batch: z.infer<typeof NotificationBatch>): Promise<ReceiveResult> {
    const n = batch.value.length;
    if (this.verifying > 0 && this.verifying + n > (this.options.maxVerifying ?? 1000))
      throw new InboxFull("too many notifications being verified");
    this.verifying += n;
    try {
      return await this.verifyAndQueue(batch);
    } finally {
      this.verifying -= n;
    }
  }

  private async verifyAndQueue(batch: z.infer<typeof NotificationBatch>): Promise<ReceiveResult> {
    await this.checkRoom();
    const rows: {
      tenantId: string;
      subId: string;
      changeType: string;
      resource: string;
      message: string | null;
    }[] = [];
    const refused: ReceiveResult["refused"] = [];
    // Rich notifications carry Graph's validation tokens, one per tenant: checked before any RSA work, and a
    // token that fails leaves every rich notification of the batch unproven.
    let vouched: Set<string> | NotificationRefused = new Set();
    if (batch.value.some((item) => item.encryptedContent)) {
      const clouds = new Map<string, Cloud>();
      for (const item of batch.value) {
        const sub = await this.subscription(item.subscriptionId);
        if (sub?.entraTenantId) clouds.set(sub.entraTenantId.toLowerCase(), sub.cloud);
      }
      try {
        vouched = await this.options.validationTokens.tenantsOf(batch.validationTokens ?? [], (tenant) =>
          clouds.get(tenant),
        );
      } catch (error) {
        if (!(error instanceof NotificationRefused)) throw error;
        vouched = error;
      }
    }
    for (const [index, item] of batch.value.entries()) {
      try {
        const sub = await this.verify(await this.subscription(item.subscriptionId), item);
        let message: string | null = null;
        if (item.encryptedContent) {
          if (vouched instanceof NotificationRefused) throw vouched;
          const tenant = (sub.entraTenantId ?? item.tenantId ?? "").toLowerCase();
          if (!vouched.has(tenant))
            throw new NotificationRefused("validation_token", "no validation token vouches for the tenant");
          const cert = await this.options.certificates.byId(item.encryptedContent.encryptionCertificateId);
          if (!cert) throw new NotificationRefused("undecryptable", "unknown encryption certificate");
          message = decryptResourceData(item.encryptedContent, cert.privateKey);
          let parsed: { id?: unknown };
          try {
            parsed = JSON.parse(message) as { id?: unknown };
          } catch {
            throw new NotificationRefused("undecryptable", "resource data is not JSON");
          }
          if (item.resourceData && parsed.id !== item.resourceData.id)
            throw new NotificationRefused("undecryptable", "resource data names another message");
        }
        rows.push({
          tenantId: sub.tenantId,
          subId: sub.id,
          changeType: item.changeType,
          resource: item.resource,
          message,
        });
      } catch (error) {
        if (!(error instanceof NotificationRefused)) throw error;
        refused.push({ index, reason: error.reason });
      }
    }
    if (rows.length > 0) {
      await pgPoolOf(this.options.db).query(
        `INSERT INTO live_inbox (tenant_id, subscription_id, kind, change_type, resource, message)
         SELECT t, s, 'notification', c, r, m
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS x(t, s, c, r, m)`,
        [
          rows.map((r) => r.tenantId),
          rows.map((r) => r.subId),
          rows.map((r) => r.changeType),
          rows.map((r) => r.resource),
          rows.map((r) => r.message),
        ],
      );
      this.pending.count += rows.length;
      await this.wake();
    }
    return { accepted: rows.length, refused };
  }

  async receiveLifecycle(batch: z.infer<typeof LifecycleBatch>): Promise<ReceiveResult> {
    const rows: { tenantId: string; subId: string; event: string }[] = [];
    const refused: ReceiveResult["refused"] = [];
    for (const [index, item] of batch.value.entries()) {
      try {
        const sub = await this.verify(await this.subscription(item.subscriptionId), item);
        rows.push({ tenantId: sub.tenantId, subId: sub.id, event: item.lifecycleEvent });
      } catch (error) {
        if (!(error instanceof NotificationRefused)) throw error;
        refused.push({ index, reason: error.reason });
      }
    }
    if (rows.length > 0) {
      await pgPoolOf(this.options.db).query(
        `INSERT INTO live_inbox (tenant_id, subscription_id, kind, lifecycle_event)
         SELECT t, s, 'lifecycle', e FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(t, s, e)`,
        [rows.map((r) => r.tenantId), rows.map((r) => r.subId), rows.map((r) => r.event)],
      );
      await this.wake();
    }
    return { accepted: rows.length, refused };
  }
}
