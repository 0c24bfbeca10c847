import { randomUUID } from "node:crypto";
import { type Db, type Tx, type WebhookEndpoint, withTransaction } from "@capstan/db";
import {
  type CheckedTarget,
  disableEndpoint,
  type Resolver,
  sendWebhookRequest,
  signingSecrets,
  signWebhook,
  type WebhookHttpResult,
  type WebhookSettings,
} from "@capstan/webhooks";
import type { Logger } from "pino";

/** A partner's Retry-After is honoured up to this long. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;
/** Response bytes read and kept per attempt. */
export const RESPONSE_BODY_LIMIT = 4096;

export interface WebhookDeliveryOptions {
  db: Db;
  logger: Logger;
  settings: WebhookSettings;
  /** DNS for endpoint hosts; tests inject their own. */
  resolver?: Resolver;
  /** Extra trust anchors for https receivers (tests with a self-signed certificate). */
  ca?: string | Buffer;
  /** The clock that schedules attempts and judges how long an endpoint has been failing. */
  now?: () => Date;
  /** Called with the checked address right before each connection. */
  onConnect?: (target: CheckedTarget) => void;
  /** Called after each attempt is recorded (metrics); must not throw. */
  onAttempt?: (result: "succeeded" | "retrying" | "failed" | "gone", latencyMs: number) => void;
}

interface Claim {
  id: string;
  eventId: string;
  endpointId: string;
  accountId: string;
  step: number;
  attempts: number;
  trigger: string;
  leaseId: string;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | string[] | undefined, now: Date): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

const isSuccess = (r: WebhookHttpResult) =>
  r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;

function describeFailure(r: WebhookHttpResult): string {
  if (r.statusCode !== null) return `HTTP ${r.statusCode}`;
  return r.error ?? r.errorCode ?? "no answer";
}

/**
 * Delivers the outbox: claims due deliveries with FOR UPDATE SKIP LOCKED (any number of workers), signs
 * each with the endpoint's secrets, sends it through the SSRF-safe sender, logs the attempt, and schedules
 * the next one or gives up. An attempt's result is recorded only under the lease that claimed it; a worker
 * that dies mid-attempt leaves the delivery due again when the lease runs out (at-least-once).
 */
export function createWebhookDeliverer(options: WebhookDeliveryOptions) {
  const { db, logger, settings } = options;
  const clock = options.now ?? (() => new Date());
  const leaseMs = settings.timeoutMs + 60_000;
  const policy = {
    allowHttp: settings.allowHttp,
    allowlist: settings.allowlist,
    ...(options.resolver ? { resolver: options.resolver } : {}),
  };

  async function claim(limit: number): Promise<Claim[]> {
    if (limit <= 0) return [];
    // Due is judged by the database's clock (emitEvent stamps deliveries with it), unless a test set one.
    const at = options.now ? clock() : null;
    const leaseId = randomUUID();
    const rows = await db.$queryRaw<Omit<Claim, "leaseId">[]>`
      WITH due AS (
        SELECT id FROM webhook_deliveries
        WHERE status = 'pending' AND next_attempt_at <= COALESCE(${at}::timestamptz, now())
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE webhook_deliveries d
      SET lease_id = ${leaseId}::uuid,
          next_attempt_at = COALESCE(${at}::timestamptz, now()) + ${leaseMs} * interval '1 millisecond',
          updated_at = now()
      FROM due WHERE d.id = due.id
      RETURNING d.id, d.event_id AS "eventId", d.endpoint_id AS "endpointId", d.account_id AS "accountId",
        d.step, d.attempts, d.trigger`;
    return rows.map((r) => ({ ...r, leaseId }));
  }

  /** Failure bookkeeping on the endpoint; disables it when it has failed too long or too often. */
  async function recordEndpointFailure(tx: Tx, endpointId: string, failedForGood: boolean, now: Date) {
    const [row] = await tx.$queryRaw<Pick<WebhookEndpoint, "consecutiveFailures" | "failingSince">[]>`
      UPDATE webhook_endpoints
      SET consecutive_failures = consecutive_failures + ${failedForGood ? 1 : 0},
          failing_since = COALESCE(failing_since, ${now}), last_failure_at = ${now}, updated_at = now()
      WHERE id = ${endpointId}::uuid
      RETURNING consecutive_failures AS "consecutiveFailures", failing_since AS "failingSince"`;
    if (!row) return;
    if (settings.disableAfterFailures > 0 && row.consecutiveFailures >= settings.disableAfterFailures) {
      await disableEndpoint(tx, endpointId, {
        code: "failing_deliveries",
        reason: `${row.consecutiveFailures} deliveries in a row failed after every retry.`,
        at: now,
      });
      return;
    }
    if (row.failingSince && now.getTime() - row.failingSince.getTime() >= settings.disableAfterMs) {
      const days = Math.round(((now.getTime() - row.failingSince.getTime()) / 86_400_000) * 10) / 10;
      await disableEndpoint(tx, endpointId, {
        code: "failing_days",
        reason: `every attempt has failed since ${row.failingSince.toISOString()} (${days} days).`,
        at: now,
      });
    }
  }

  async function process(claimed: Claim): Promise<void> {
    const [event, endpoint] = await Promise.all([
      db.webhookEvent.findUnique({ where: { id: claimed.eventId } }),
      db.webhookEndpoint.findUnique({ where: { id: claimed.endpointId } }),
    ]);
    if (!event || !endpoint) return; // deleted with its endpoint
    if (!endpoint.enabled) {
      await db.webhookDelivery.updateMany({
        where: { id: claimed.id, leaseId: claimed.leaseId },
        data: { status: "cancelled", leaseId: null, nextAttemptAt: null, lastError: "endpoint disabled" },
      });
      return;
    }
    let secrets: string[];
    try {
      secrets = signingSecrets(endpoint, settings.secrets, clock());
    } catch (error) {
      // Not the partner's fault (the key changed?): no attempt is spent, the delivery waits.
      logger.error(
        { endpointId: endpoint.id, err: (error as Error).message },
        "cannot decrypt a webhook signing secret",
      );
      await db.webhookDelivery.updateMany({
        where: { id: claimed.id, leaseId: claimed.leaseId },
        data: { leaseId: null, nextAttemptAt: new Date(clock().getTime() + 60_000) },
      });
      return;
    }

    const attemptedAt = new Date();
    const result = await sendWebhookRequest(endpoint.url, {
      policy,
      headers: signWebhook(secrets, { id: event.id, body: event.body, timestamp: attemptedAt }),
      body: event.body,
      timeoutMs: settings.timeoutMs,
      maxBodyBytes: RESPONSE_BODY_LIMIT,
      ...(options.ca ? { ca: options.ca } : {}),
      ...(options.onConnect ? { onConnect: options.onConnect } : {}),
    });
    const now = clock();
    const ok = isSuccess(result);
    const gone = result.statusCode === 410;
    const nextStep = claimed.step + 1;
    let next: Date | null = null;
    if (!ok && !gone && nextStep < settings.retrySchedule.length) {
      let wait = settings.retrySchedule[nextStep] as number;
      if (result.statusCode === 429) {
        const retryAfter = parseRetryAfter(result.headers["retry-after"], now);
        if (retryAfter !== null) wait = Math.max(wait, Math.min(retryAfter, MAX_RETRY_AFTER_MS));
      }
      next = new Date(now.getTime() + wait);
    }
    const status = ok ? "succeeded" : next ? "pending" : "failed";
    const failure = ok ? null : describeFailure(result);

    await withTransaction(db, async (tx) => {
      const delivery = await tx.webhookDelivery.findUnique({
        where: { id: claimed.id },
        select: { leaseId: true },
      });
      if (!delivery) return;
      await tx.webhookAttempt.create({
        data: {
          deliveryId: claimed.id,
          eventId: claimed.eventId,
          endpointId: claimed.endpointId,
          accountId: claimed.accountId,
          attempt: claimed.attempts + 1,
          trigger: claimed.trigger,
          url: endpoint.url,
          attemptedAt,
          statusCode: result.statusCode,
          latencyMs: result.latencyMs,
          succeeded: ok,
          errorCode: result.errorCode,
          error: result.error?.slice(0, 1000) ?? null,
          responseBody: result.body,
        },
      });
      // Redelivered, disabled or reclaimed meanwhile: the attempt is logged, the delivery is someone else's.
      if (delivery.leaseId !== claimed.leaseId) return;
      await tx.webhookDelivery.update({
        where: { id: claimed.id },
        data: {
          status,
          step: nextStep,
          attempts: { increment: 1 },
          nextAttemptAt: next,
          leaseId: null,
          lastAttemptAt: attemptedAt,
          lastStatus: result.statusCode,
          lastError: failure?.slice(0, 1000) ?? null,
          ...(ok ? { succeededAt: attemptedAt } : {}),
        },
      });
      if (ok) {
        await tx.webhookEndpoint.update({
          where: { id: endpoint.id },
          data: { consecutiveFailures: 0, failingSince: null, lastSuccessAt: attemptedAt },
        });
        return;
      }
      if (gone) {
        await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { lastFailureAt: now } });
        await disableEndpoint(tx, endpoint.id, {
          code: "gone",
          reason: "it answered 410 Gone.",
          at: now,
        });
        return;
      }
      if (result.statusCode === 429 && next) {
        // The partner asked for a pause: its other waiting deliveries wait as long.
        await tx.webhookDelivery.updateMany({
          where: {
            endpointId: endpoint.id,
            status: "pending",
            leaseId: null,
            nextAttemptAt: { lt: next },
          },
          data: { nextAttemptAt: next },
        });
      }
      await recordEndpointFailure(tx, endpoint.id, status === "failed", now);
    });

    options.onAttempt?.(ok ? "succeeded" : gone ? "gone" : next ? "retrying" : "failed", result.latencyMs);
    const log = { deliveryId: claimed.id, eventId: claimed.eventId, endpointId: claimed.endpointId };
    if (ok) logger.debug({ ...log, status: result.statusCode, ms: result.latencyMs }, "webhook delivered");
    else
      logger.info(
        { ...log, failure, next: next?.toISOString() ?? null, final: !next },
        "webhook attempt failed",
      );
  }

  return {
    claim,
    process,
    /** Claims what is due now (up to the concurrency) and delivers it; returns how many were attempted. */
    async deliverDueOnce(): Promise<number> {
      const claims = await claim(settings.concurrency);
      await Promise.all(claims.map((c) => process(c)));
      return claims.length;
    },
  };
}

export interface WebhookDeliveryLoop {
  /** Looks for due deliveries now instead of at the next poll. */
  wake(): void;
  deliverDueOnce(): Promise<number>;
  /** Stops claiming and waits for the attempts in flight. */
  stop(): Promise<void>;
}

/** Runs delivery in the background: polls every pollIntervalMs, keeping up to `concurrency` attempts in flight. */
export function startWebhookDelivery(options: WebhookDeliveryOptions): WebhookDeliveryLoop {
  const deliverer = createWebhookDeliverer(options);
  const { settings, logger } = options;
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let ticking = false;
  let again = false;

  async function tick(): Promise<void> {
    if (stopped) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    try {
      do {
        again = false;
        const claims = await deliverer.claim(settings.concurrency - inFlight.size);
        for (const c of claims) {
          const running: Promise<void> = deliverer
            .process(c)
            .catch((error) =>
              logger.error({ deliveryId: c.id, err: (error as Error).message }, "webhook delivery failed"),
            )
            .finally(() => {
              inFlight.delete(running);
              if (!stopped) void tick();
            });
          inFlight.add(running);
        }
        // A full claim suggests more is due.
        if (claims.length > 0 && inFlight.size < settings.concurrency) again = true;
      } while (again && !stopped);
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "webhook delivery poll failed");
    } finally {
      ticking = false;
    }
  }

  const timer = setInterval(() => void tick(), settings.pollIntervalMs);
  timer.unref();
  void tick();

  return {
    wake: () => void tick(),
    deliverDueOnce: deliverer.deliverDueOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (ticking) await new Promise((r) => setTimeout(r, 10));
      await Promise.allSettled([...inFlight]);
    },
  };
}
