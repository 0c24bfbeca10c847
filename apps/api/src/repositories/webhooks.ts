import { randomUUID } from "node:crypto";
import type {
  CreateWebhookEndpointBody,
  UpdateWebhookEndpointBody,
  WebhookAttemptView,
  WebhookEndpointView,
  WebhookEventView,
} from "@capstan/contracts";
import {
  type AccountNotification,
  type Db,
  type WebhookAttempt,
  type WebhookEndpoint,
  type WebhookEvent,
  withTransaction,
} from "@capstan/db";
import {
  type Allowlist,
  checkUrlStatically,
  disableEndpoint,
  enableEndpoint,
  endpointSecretBinding,
  generateSigningSecret,
  parseAllowlist,
  redeliverEvent,
  replayToEndpoint,
  rotateEndpointSecret,
  type SecretBox,
  secretBoxFromConfig,
} from "@capstan/webhooks";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { afterCursor, newestFirst, newestFirstBy, toPage } from "../lib/pagination";
import { audit } from "./audit";

/** Endpoints one account may have. */
export const MAX_ENDPOINTS_PER_ACCOUNT = 20;

export class EndpointLimitError extends Error {}

type Page = { cursor?: string | undefined; limit: number };
/** Who asks, for the audit trail. */
export interface Actor {
  actor: string;
  requestId?: string | undefined;
}

export function toEndpointView(row: WebhookEndpoint): WebhookEndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    status: row.enabled ? "enabled" : "disabled",
    disabledAt: row.disabledAt?.toISOString() ?? null,
    disabledCode: row.disabledCode as WebhookEndpointView["disabledCode"],
    disabledReason: row.disabledReason,
    previousSecretExpiresAt:
      row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date()
        ? row.previousSecretExpiresAt.toISOString()
        : null,
    consecutiveFailures: row.consecutiveFailures,
    failingSince: row.failingSince?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastFailureAt: row.lastFailureAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toAttemptView(row: WebhookAttempt & { event: { type: string } }): WebhookAttemptView {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.event.type,
    endpointId: row.endpointId,
    attempt: row.attempt,
    trigger: row.trigger as WebhookAttemptView["trigger"],
    url: row.url,
    attemptedAt: row.attemptedAt.toISOString(),
    statusCode: row.statusCode,
    latencyMs: row.latencyMs,
    succeeded: row.succeeded,
    errorCode: row.errorCode,
    error: row.error,
    responseBody: row.responseBody,
  };
}

function toNotificationView(row: AccountNotification) {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    detail: row.detail,
    data: (row.data ?? {}) as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Webhook endpoints, events, the delivery log and account notifications. Every query names the account,
 * so another account's endpoint or event is simply not found.
 */
export function webhooksRepository(
  db: Db,
  settings: { secrets: SecretBox; allowHttp: boolean; allowlist: Allowlist },
) {
  const owned = (accountId: string, endpointId: string) =>
    db.webhookEndpoint.findFirst({ where: { id: endpointId, accountId } });

  /** Throws TargetRefused for a URL deliveries would refuse (scheme, credentials, internal hosts). */
  const checkUrl = (url: string) => checkUrlStatically(url, settings).toString();

  async function eventView(event: WebhookEvent): Promise<WebhookEventView> {
    const deliveries = await db.webhookDelivery.findMany({
      where: { eventId: event.id },
      orderBy: { createdAt: "asc" },
    });
    return {
      id: event.id,
      type: event.type,
      version: event.version,
      createdAt: event.createdAt.toISOString(),
      payload: JSON.parse(event.body) as Record<string, unknown>,
      deliveries: deliveries.map((d) => ({
        endpointId: d.endpointId,
        status: d.status,
        attempts: d.attempts,
        nextAttemptAt: d.status === "pending" ? (d.nextAttemptAt?.toISOString() ?? null) : null,
        lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
        lastStatus: d.lastStatus,
        lastError: d.lastError,
        succeededAt: d.succeededAt?.toISOString() ?? null,
      })),
    };
  }

  return {
    checkUrl,

    /** Creates an endpoint; the secret is returned this once and kept only encrypted. */
    async create(accountId: string, body: CreateWebhookEndpointBody, who: Actor) {
      const url = checkUrl(body.url);
      const id = randomUUID();
      const secret = generateSigningSecret();
      const row = await withTransaction(db, async (tx) => {
        // Serialize creations per account so the limit holds under concurrent requests.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`webhook-endpoints:${accountId}`}))`;
        if ((await tx.webhookEndpoint.count({ where: { accountId } })) >= MAX_ENDPOINTS_PER_ACCOUNT) {
          throw new EndpointLimitError(
            `an account may have at most ${MAX_ENDPOINTS_PER_ACCOUNT} webhook endpoints`,
          );
        }
        const created = await tx.webhookEndpoint.create({
          data: {
            id,
            accountId,
            url,
            description: body.description ?? null,
            events: [...new Set(body.events)],
            secretCiphertext: settings.secrets.encrypt(secret, endpointSecretBinding(id)),
          },
        });
        await audit(tx, {
          accountId,
          actor: who.actor,
          action: "webhook_endpoint.created",
          targetType: "webhook_endpoint",
          targetId: id,
          data: { url, events: created.events },
          requestId: who.requestId,
        });
        return created;
      });
      return { ...toEndpointView(row), secret };
    },

    async list(accountId: string, { cursor, limit }: Page) {
      const rows = await db.webhookEndpoint.findMany({
        where: { accountId, ...afterCursor(cursor) },
        orderBy: newestFirst,
        take: limit + 1,
      });
      return toPage(rows, limit, toEndpointView);
    },

    async get(accountId: string, endpointId: string) {
      const row = await owned(accountId, endpointId);
      return row ? toEndpointView(row) : null;
    },

    async update(accountId: string, endpointId: string, body: UpdateWebhookEndpointBody, who: Actor) {
      const url = body.url === undefined ? undefined : checkUrl(body.url);
      return withTransaction(db, async (tx) => {
        const found = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, accountId } });
        if (!found) return null;
        const row = await tx.webhookEndpoint.update({
          where: { id: found.id },
          data: {
            ...(url !== undefined ? { url } : {}),
            ...(body.events !== undefined ? { events: [...new Set(body.events)] } : {}),
            ...(body.description !== undefined ? { description: body.description } : {}),
          },
        });
        await audit(tx, {
          accountId,
          actor: who.actor,
          action: "webhook_endpoint.updated",
          targetType: "webhook_endpoint",
          targetId: found.id,
          data: { ...(url !== undefined ? { url } : {}), ...(body.events ? { events: row.events } : {}) },
          requestId: who.requestId,
        });
        return toEndpointView(row);
      });
    },

    /** Deletes an endpoint with its deliveries and their log. */
    async remove(accountId: string, endpointId: string, who: Actor): Promise<boolean> {
      return withTransaction(db, async (tx) => {
        const removed = await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, accountId } });
        if (removed.count === 0) return false;
        await audit(tx, {
          accountId,
          actor: who.actor,
          action: "webhook_endpoint.deleted",
          targetType: "webhook_endpoint",
          targetId: endpointId,
          requestId: who.requestId,
        });
        return true;
      });
    },

    async disable(accountId: string, endpointId: string, who: Actor) {
      return withTransaction(db, async (tx) => {
        const found = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, accountId } });
        if (!found) return null;
        if (await disableEndpoint(tx, found.id, { code: "manual", reason: "disabled by the account." })) {
          await audit(tx, {
            accountId,
            actor: who.actor,
            action: "webhook_endpoint.disabled",
            targetType: "webhook_endpoint",
            targetId: found.id,
            requestId: who.requestId,
          });
        }
        return toEndpointView(await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: found.id } }));
      });
    },

    async enable(accountId: string, endpointId: string, who: Actor) {
      return withTransaction(db, async (tx) => {
        const row = await enableEndpoint(tx, { accountId, endpointId });
        if (!row) return null;
        await audit(tx, {
          accountId,
          actor: who.actor,
          action: "webhook_endpoint.enabled",
          targetType: "webhook_endpoint",
          targetId: row.id,
          requestId: who.requestId,
        });
        return toEndpointView(row);
      });
    },

    async rotateSecret(accountId: string, endpointId: string, who: Actor) {
      return withTransaction(db, async (tx) => {
        const rotated = await rotateEndpointSecret(tx, { accountId, endpointId, box: settings.secrets });
        if (!rotated) return null;
        await audit(tx, {
          accountId,
          actor: who.actor,
          action: "webhook_endpoint.secret_rotated",
          targetType: "webhook_endpoint",
          targetId: endpointId,
          requestId: who.requestId,
        });
        return {
          secret: rotated.secret,
          previousSecretExpiresAt: rotated.previousSecretExpiresAt.toISOString(),
        };
      });
    },

    /** The delivery log of one endpoint, newest first; null for no such endpoint. */
    async endpointAttempts(accountId: string, endpointId: string, { cursor, limit }: Page) {
      if (!(await owned(accountId, endpointId))) return null;
      const rows = await db.webhookAttempt.findMany({
        where: { endpointId, accountId, ...afterCursor(cursor, "attemptedAt") },
        orderBy: newestFirstBy("attemptedAt"),
        include: { event: { select: { type: true } } },
        take: limit + 1,
      });
      return toPage(rows, limit, toAttemptView, (r) => r.attemptedAt);
    },

    /** Replays every subscribed event since a time; null for no such endpoint. Throws EndpointDisabledError. */
    async replay(
      accountId: string,
      endpointId: string,
      body: { since: string; until?: string | undefined; onlyFailed: boolean },
      who: Actor,
    ) {
      return withTransaction(db, async (tx) => {
        const queued = await replayToEndpoint(tx, {
          accountId,
          endpointId,
          since: new Date(body.since),
          until: body.until ? new Date(body.until) : undefined,
          onlyFailed: body.onlyFailed,
        });
        if (queued === null) return null;
        await audit(tx, {
          accountId,
          actor: who.actor,
          action: "webhook_endpoint.replayed",
          targetType: "webhook_endpoint",
          targetId: endpointId,
          data: { ...body, queued },
          requestId: who.requestId,
        });
        return { queued };
      });
    },

    async listEvents(accountId: string, q: Page & { type?: string | undefined; since?: string | undefined }) {
      const rows = await db.webhookEvent.findMany({
        where: {
          accountId,
          ...(q.type ? { type: q.type } : {}),
          ...(q.since ? { createdAt: { gte: new Date(q.since) } } : {}),
          ...afterCursor(q.cursor),
        },
        orderBy: newestFirst,
        take: q.limit + 1,
      });
      const page = toPage(rows, q.limit, (r) => r);
      return { data: await Promise.all(page.data.map(eventView)), nextCursor: page.nextCursor };
    },

    async getEvent(accountId: string, eventId: string) {
      const row = await db.webhookEvent.findFirst({ where: { id: eventId, accountId } });
      return row ? eventView(row) : null;
    },

    /** Every attempt to deliver one event, newest first; null for no such event. */
    async eventAttempts(accountId: string, eventId: string, { cursor, limit }: Page) {
      if (!(await db.webhookEvent.findFirst({ where: { id: eventId, accountId }, select: { id: true } }))) {
        return null;
      }
      const rows = await db.webhookAttempt.findMany({
        where: { eventId, accountId, ...afterCursor(cursor, "attemptedAt") },
        orderBy: newestFirstBy("attemptedAt"),
        include: { event: { select: { type: true } } },
        take: limit + 1,
      });
      return toPage(rows, limit, toAttemptView, (r) => r.attemptedAt);
    },

    /** Sends one event again; null for no such event or endpoint. Throws EndpointDisabledError. */
    async redeliver(accountId: string, eventId: string, endpointId: string | undefined, who: Actor) {
      return withTransaction(db, async (tx) => {
        const queued = await redeliverEvent(tx, { accountId, eventId, endpointId });
        if (queued === null) return null;
        await audit(tx, {
          accountId,
          actor: who.actor,
          action: "webhook_event.redelivered",
          targetType: "webhook_event",
          targetId: eventId,
          data: { endpointId: endpointId ?? null, queued },
          requestId: who.requestId,
        });
        return { queued };
      });
    },

    async listNotifications(accountId: string, { cursor, limit }: Page) {
      const rows = await db.accountNotification.findMany({
        where: { accountId, ...afterCursor(cursor) },
        orderBy: newestFirst,
        take: limit + 1,
      });
      return toPage(rows, limit, toNotificationView);
    },
  };
}

export type WebhooksRepository = ReturnType<typeof webhooksRepository>;

declare module "fastify" {
  interface FastifyInstance {
    webhooksRepository: WebhooksRepository;
  }
}

export default fp(
  async function webhooksRepositoryPlugin(app: FastifyInstance) {
    app.decorate(
      "webhooksRepository",
      webhooksRepository(app.db, {
        secrets: secretBoxFromConfig(app.config),
        allowHttp: app.config.NODE_ENV === "development",
        allowlist: parseAllowlist(app.config.WEBHOOK_ALLOWED_TARGETS),
      }),
    );
  },
  { name: "webhooks-repository", dependencies: ["db", "config"] },
);
