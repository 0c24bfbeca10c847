import { randomUUID } from "node:crypto";
import { loadConfig } from "@capstan/config";
import { createDb, type Db, withTransaction } from "@capstan/db";
import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import {
  emitEvent,
  endpointSecretBinding,
  generateSigningSecret,
  type WebhookSettings,
  webhookSettingsFromConfig,
} from "@capstan/webhooks";
import { type Receiver, startReceiver } from "@capstan/webhooks/testing";
import pino from "pino";
import { createWebhookDeliverer, type WebhookDeliveryOptions } from "../src/webhooks";

export { type Receiver, startReceiver };

/** A database of this file's own, settings for fast retries, and helpers to make endpoints and events. */
export interface WebhookHarness {
  env: TestEnvironment;
  db: Db;
  settings: WebhookSettings;
  newAccount(): Promise<string>;
  /** An endpoint (with its plaintext secret) subscribed to `events`. */
  addEndpoint(accountId: string, url: string, events?: string[]): Promise<{ id: string; secret: string }>;
  /** Emits a small valid event (tenant.consent_failed) through the outbox. */
  emit(accountId: string): Promise<string>;
  deliverer(overrides?: Partial<WebhookDeliveryOptions>): ReturnType<typeof createWebhookDeliverer>;
  /** Runs delivery passes until nothing is due for `quietMs`, or until `until` holds. */
  drain(options?: {
    until?: () => Promise<boolean>;
    timeoutMs?: number;
    deliverer?: ReturnType<typeof createWebhookDeliverer>;
  }): Promise<void>;
  close(): Promise<void>;
}

export async function createWebhookHarness(overrides: Record<string, string> = {}): Promise<WebhookHarness> {
  const env = await createTestEnvironment();
  const db = createDb({ databaseUrl: env.databaseUrl, maxConnections: 8 });
  // Development mode: plain http to the loopback receivers the allowlist opens.
  const settings = webhookSettingsFromConfig(
    loadConfig({
      NODE_ENV: "development",
      DATABASE_URL: env.databaseUrl,
      WEBHOOK_RETRY_SCHEDULE: "0,100ms,200ms",
      WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32",
      WEBHOOK_TIMEOUT_MS: "2000",
      WEBHOOK_POLL_INTERVAL_MS: "20",
      ...overrides,
    }),
  );
  const logger = pino({ level: "silent" });
  const make = (o: Partial<WebhookDeliveryOptions> = {}) =>
    createWebhookDeliverer({ db, logger, settings, ...o });
  const main = make();

  return {
    env,
    db,
    settings,
    async newAccount() {
      return (await db.account.create({ data: { name: `Partner ${randomUUID().slice(0, 6)}` } })).id;
    },
    async addEndpoint(accountId, url, events = ["*"]) {
      const id = randomUUID();
      const secret = generateSigningSecret();
      await db.webhookEndpoint.create({
        data: {
          id,
          accountId,
          url,
          events,
          secretCiphertext: settings.secrets.encrypt(secret, endpointSecretBinding(id)),
        },
      });
      return { id, secret };
    },
    async emit(accountId) {
      const emitted = await withTransaction(db, (tx) =>
        emitEvent(tx, {
          accountId,
          type: "tenant.consent_failed",
          data: {
            tenant: {
              id: randomUUID(),
              entraTenantId: null,
              displayName: "Contoso",
              model: "B",
              status: "consent_failed",
            },
            error: { code: "access_denied", description: "The admin declined the consent request." },
          },
        }),
      );
      return emitted?.eventId as string;
    },
    deliverer: make,
    async drain({ until, timeoutMs = 10_000, deliverer = main } = {}) {
      const deadline = Date.now() + timeoutMs;
      let quietSince = Date.now();
      for (;;) {
        const n = await deliverer.deliverDueOnce();
        if (n > 0) quietSince = Date.now();
        if (until ? await until() : Date.now() - quietSince > 400) return;
        if (Date.now() > deadline) throw new Error("webhook deliveries did not settle in time");
        await new Promise((r) => setTimeout(r, 15));
      }
    },
    async close() {
      await db.$disconnect();
      await env.cleanup();
    },
  };
}
