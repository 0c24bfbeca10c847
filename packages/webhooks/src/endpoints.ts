import type { Tx, WebhookEndpoint } from "@capstan/db";
import { emitEvent } from "./outbox";
import { endpointSecretBinding, generateSigningSecret, type SecretBox } from "./secrets";

/** How long the secret before a rotation keeps signing beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export type DisableCode = "manual" | "gone" | "failing_days" | "failing_deliveries";

/** The secrets that sign a delivery now: the current one, and the previous one until it expires. */
export function signingSecrets(
  endpoint: Pick<
    WebhookEndpoint,
    "id" | "secretCiphertext" | "previousSecretCiphertext" | "previousSecretExpiresAt"
  >,
  box: SecretBox,
  now: Date = new Date(),
): string[] {
  const binding = endpointSecretBinding(endpoint.id);
  const secrets = [box.decrypt(endpoint.secretCiphertext, binding)];
  if (
    endpoint.previousSecretCiphertext &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now
  ) {
    secrets.push(box.decrypt(endpoint.previousSecretCiphertext, binding));
  }
  return secrets;
}

/**
 * Disables an endpoint and cancels its pending deliveries. When Capstan does it (anything but "manual"),
 * the account is told: a webhook_endpoint.disabled event to its other endpoints and an account notification.
 * Returns false when the endpoint was already disabled.
 */
export async function disableEndpoint(
  tx: Tx,
  endpointId: string,
  input: { code: DisableCode; reason: string; at?: Date },
): Promise<boolean> {
  const at = input.at ?? new Date();
  const moved = await tx.webhookEndpoint.updateMany({
    where: { id: endpointId, enabled: true },
    data: { enabled: false, disabledAt: at, disabledCode: input.code, disabledReason: input.reason },
  });
  if (moved.count === 0) return false;
  await tx.webhookDelivery.updateMany({
    where: { endpointId, status: "pending" },
    data: {
      status: "cancelled",
      nextAttemptAt: null,
      leaseId: null,
      lastError: `endpoint disabled: ${input.reason}`.slice(0, 1000),
    },
  });
  if (input.code === "manual") return true;
  const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
  const data = {
    endpoint: { id: endpoint.id, url: endpoint.url, description: endpoint.description },
    code: input.code,
    reason: input.reason,
    disabledAt: at.toISOString(),
    consecutiveFailures: endpoint.consecutiveFailures,
    failingSince: endpoint.failingSince?.toISOString() ?? null,
  };
  await emitEvent(tx, {
    accountId: endpoint.accountId,
    type: "webhook_endpoint.disabled",
    data,
    occurredAt: at,
  });
  await tx.accountNotification.create({
    data: {
      accountId: endpoint.accountId,
      type: "webhook_endpoint.disabled",
      title: "A webhook endpoint was disabled",
      detail: `Capstan disabled the webhook endpoint ${endpoint.url}: ${input.reason} Fix it, enable it again, and replay what it missed.`,
      data,
    },
  });
  return true;
}

/** A redelivery or replay asked of an endpoint that is disabled. */
export class EndpointDisabledError extends Error {
  constructor(readonly endpointId: string) {
    super("the webhook endpoint is disabled; enable it first");
  }
}

/** The most events one replay schedules; a later `since` continues. */
export const REPLAY_LIMIT = 10_000;

/**
 * Replaces an endpoint's signing secret. The old one keeps signing beside it for ROTATION_OVERLAP_MS (a
 * secret older than that is dropped). Returns the new secret, to be shown once, or null for no such endpoint.
 */
export async function rotateEndpointSecret(
  tx: Tx,
  input: { accountId: string; endpointId: string; box: SecretBox; now?: Date },
): Promise<{ secret: string; previousSecretExpiresAt: Date; endpoint: WebhookEndpoint } | null> {
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { id: input.endpointId, accountId: input.accountId },
  });
  if (!endpoint) return null;
  const secret = generateSigningSecret();
  const previousSecretExpiresAt = new Date((input.now ?? new Date()).getTime() + ROTATION_OVERLAP_MS);
  const updated = await tx.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: {
      secretCiphertext: input.box.encrypt(secret, endpointSecretBinding(endpoint.id)),
      previousSecretCiphertext: endpoint.secretCiphertext,
      previousSecretExpiresAt,
    },
  });
  return { secret, previousSecretExpiresAt, endpoint: updated };
}

/** Enables a disabled endpoint with a clean failure record; null for no such endpoint. */
export async function enableEndpoint(
  tx: Tx,
  input: { accountId: string; endpointId: string },
): Promise<WebhookEndpoint | null> {
  const found = await tx.webhookEndpoint.findFirst({
    where: { id: input.endpointId, accountId: input.accountId },
  });
  if (!found) return null;
  return tx.webhookEndpoint.update({
    where: { id: found.id },
    data: {
      enabled: true,
      disabledAt: null,
      disabledCode: null,
      disabledReason: null,
      consecutiveFailures: 0,
      failingSince: null,
    },
  });
}

/**
 * Sends one event again, with a fresh retry schedule and the same webhook-id: to one endpoint, or to every
 * enabled endpoint of the account subscribed to its type. Returns the deliveries scheduled, or null when
 * the event (or the endpoint) is not the account's.
 */
export async function redeliverEvent(
  tx: Tx,
  input: { accountId: string; eventId: string; endpointId?: string | undefined },
): Promise<number | null> {
  const event = await tx.webhookEvent.findFirst({ where: { id: input.eventId, accountId: input.accountId } });
  if (!event) return null;
  let endpointIds: string[];
  if (input.endpointId) {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: input.endpointId, accountId: input.accountId },
    });
    if (!endpoint) return null;
    if (!endpoint.enabled) throw new EndpointDisabledError(endpoint.id);
    endpointIds = [endpoint.id];
  } else {
    const endpoints = await tx.webhookEndpoint.findMany({
      where: {
        accountId: input.accountId,
        enabled: true,
        OR: [{ events: { has: event.type } }, { events: { has: "*" } }],
      },
      select: { id: true },
    });
    endpointIds = endpoints.map((e) => e.id);
  }
  if (endpointIds.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO webhook_deliveries (id, event_id, endpoint_id, account_id, status, trigger, next_attempt_at, created_at, updated_at)
    SELECT gen_random_uuid(), ${event.id}::uuid, e, ${input.accountId}::uuid, 'pending', 'redelivery', now(), now(), now()
    FROM unnest(${endpointIds}::uuid[]) AS e
    ON CONFLICT (event_id, endpoint_id) DO UPDATE SET
      status = 'pending', step = 0, trigger = 'redelivery', next_attempt_at = now(), lease_id = NULL, updated_at = now()`;
}

/**
 * Sends an endpoint every event of its types since a time again (at most REPLAY_LIMIT, oldest first), with
 * fresh retry schedules and the same webhook-ids; onlyFailed skips events it already received.
 * Returns the deliveries scheduled, or null for no such endpoint.
 */
export async function replayToEndpoint(
  tx: Tx,
  input: {
    accountId: string;
    endpointId: string;
    since: Date;
    until?: Date | undefined;
    onlyFailed?: boolean;
  },
): Promise<number | null> {
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { id: input.endpointId, accountId: input.accountId },
  });
  if (!endpoint) return null;
  if (!endpoint.enabled) throw new EndpointDisabledError(endpoint.id);
  const until = input.until ?? null;
  const onlyFailed = input.onlyFailed ?? false;
  return tx.$executeRaw`
    INSERT INTO webhook_deliveries (id, event_id, endpoint_id, account_id, status, trigger, next_attempt_at, created_at, updated_at)
    SELECT gen_random_uuid(), ev.id, ${endpoint.id}::uuid, ev.account_id, 'pending', 'replay', now(), now(), now()
    FROM webhook_events ev
    WHERE ev.account_id = ${input.accountId}::uuid
      AND ev.created_at >= ${input.since}
      AND (${until}::timestamptz IS NULL OR ev.created_at < ${until}::timestamptz)
      AND (ev.type = ANY(${endpoint.events}::text[]) OR '*' = ANY(${endpoint.events}::text[]))
      AND (NOT ${onlyFailed} OR NOT EXISTS (
        SELECT 1 FROM webhook_deliveries d
        WHERE d.event_id = ev.id AND d.endpoint_id = ${endpoint.id}::uuid AND d.status IN ('succeeded', 'pending')))
    ORDER BY ev.created_at
    LIMIT ${REPLAY_LIMIT}
    ON CONFLICT (event_id, endpoint_id) DO UPDATE SET
      status = 'pending', step = 0, trigger = 'replay', next_attempt_at = now(), lease_id = NULL, updated_at = now()`;
}
