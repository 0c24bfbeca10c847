import { z } from "zod";
import { Uuid } from "./common";
import { examples } from "./examples";
import { ExportScope, ExportStatus } from "./exports";

/**
 * Partner webhooks: every event type, its versioned payload, and the API's endpoint management schemas.
 * The event schemas are the single source for validation at emit time and for the OpenAPI `webhooks` section.
 */

export const WEBHOOK_EVENT_TYPES = [
  "tenant.consented",
  "tenant.consent_failed",
  "tenant.consent_revoked",
  "export.started",
  "export.completed",
  "export.failed",
  "export.cancelled",
  "usage.threshold_reached",
  "webhook_endpoint.disabled",
  "message.captured",
  "message.policy_violation_applied",
] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

const datetime = z.iso.datetime();

export const WebhookTenantRef = z
  .object({
    id: Uuid.describe("Capstan tenant id"),
    entraTenantId: z.string().nullable().describe("Entra ID directory id, once known"),
    displayName: z.string().nullable(),
    model: z.enum(["A", "B", "evaluation"]).describe("Payment model"),
    status: z.enum([
      "pending_consent",
      "active",
      "consent_failed",
      "consent_revoked",
      "consent_incomplete",
      "offboarded",
    ]),
  })
  .meta({ id: "WebhookTenant" });
export type WebhookTenantRef = z.infer<typeof WebhookTenantRef>;

export const WebhookExportRef = z
  .object({
    id: Uuid.describe("Export id"),
    tenantId: Uuid,
    scope: ExportScope,
    targetId: z.string().nullable().describe("User or team id; null for whole-tenant exports"),
    scheduleId: Uuid.nullable().describe("The continuous-export schedule that started it, if any"),
    status: ExportStatus,
    createdAt: datetime,
    startedAt: datetime.nullable(),
    finishedAt: datetime.nullable(),
  })
  .meta({ id: "WebhookExport" });
export type WebhookExportRef = z.infer<typeof WebhookExportRef>;

export const WebhookExportSummary = z
  .object({
    tasksTotal: z.number().int(),
    tasksCompleted: z.number().int().describe("Completed or skipped tasks"),
    tasksFailed: z.number().int().describe("Failed or dead-lettered tasks"),
    messagesStored: z.number().int().describe("Distinct message versions in the export's result set"),
    versionsNew: z.number().int().describe("Versions no earlier export had stored"),
    hostedContents: z.number().int(),
  })
  .meta({ id: "WebhookExportSummary" });
export type WebhookExportSummary = z.infer<typeof WebhookExportSummary>;

export const WebhookMessageRef = z
  .object({
    tenantId: Uuid,
    containerId: z.string().describe("Chat id, or teamId/channelId"),
    messageId: z.string(),
    etag: z.string().describe("The version this event is about"),
  })
  .meta({ id: "WebhookMessage" });

/** The `data` of each event type, version 1. A breaking change adds a new version; fields may be added. */
export const webhookEventData = {
  "tenant.consented": z.object({
    tenant: WebhookTenantRef,
    consentedAt: datetime.describe("When Capstan verified the admin's consent"),
  }),
  "tenant.consent_failed": z.object({
    tenant: WebhookTenantRef,
    error: z.object({
      code: z.string().describe("Entra ID's error code, e.g. access_denied"),
      description: z.string().nullable(),
    }),
  }),
  "tenant.consent_revoked": z.object({
    tenant: WebhookTenantRef,
    reason: z.string().describe("What Capstan saw, e.g. Entra ID refused a token for the tenant"),
    detectedAt: datetime,
  }),
  "export.started": z.object({ export: WebhookExportRef }),
  "export.completed": z.object({ export: WebhookExportRef, summary: WebhookExportSummary }),
  "export.failed": z.object({
    export: WebhookExportRef,
    summary: WebhookExportSummary,
    error: z.string().describe("Why the export failed, for people"),
  }),
  "export.cancelled": z.object({
    export: WebhookExportRef,
    summary: WebhookExportSummary,
    reason: z.string().nullable(),
  }),
  "usage.threshold_reached": z.object({
    tenantId: Uuid.nullable().describe(
      "The tenant whose usage crossed the threshold; null for an account-wide budget",
    ),
    period: z.string().describe("The month the usage counts in, YYYY-MM (UTC)"),
    metric: z.enum(["messages"]).describe("What is counted: messages Graph returned"),
    limitKind: z
      .enum(["evaluation_cap", "budget"])
      .describe("evaluation_cap: Graph's evaluation-mode monthly cap; budget: a budget the account set"),
    limit: z.number().int(),
    used: z.number().int(),
    thresholdPercent: z.union([z.literal(80), z.literal(100)]),
  }),
  "webhook_endpoint.disabled": z.object({
    endpoint: z.object({ id: Uuid, url: z.string(), description: z.string().nullable() }),
    code: z
      .enum(["gone", "failing_days", "failing_deliveries"])
      .describe("gone: it answered 410; failing_days / failing_deliveries: it kept failing"),
    reason: z.string(),
    disabledAt: datetime,
    consecutiveFailures: z.number().int().describe("Deliveries that failed for good since the last success"),
    failingSince: datetime.nullable(),
  }),
  "message.captured": z.object({
    message: WebhookMessageRef,
    changeType: z.enum(["created", "updated", "deleted"]).describe("What Graph's change notification said"),
    chatMessage: z
      .record(z.string(), z.unknown())
      .describe("The message exactly as Graph returned it (a chatMessage)"),
  }),
  "message.policy_violation_applied": z.object({
    message: WebhookMessageRef,
    policyViolationId: Uuid.describe("The policy-violation request"),
    policyViolation: z.record(z.string(), z.unknown()).describe("As applied through Graph's PATCH"),
    reason: z.string(),
    requestedBy: z.string().describe("Who asked: api-key:<id> and the actor the caller named, if any"),
    appliedAt: datetime,
  }),
} as const satisfies Record<WebhookEventType, z.ZodType>;

export type WebhookEventData<T extends WebhookEventType> = z.input<(typeof webhookEventData)[T]>;

/** Payload version of each event type. */
export const webhookEventVersions: Record<WebhookEventType, number> = {
  "tenant.consented": 1,
  "tenant.consent_failed": 1,
  "tenant.consent_revoked": 1,
  "export.started": 1,
  "export.completed": 1,
  "export.failed": 1,
  "export.cancelled": 1,
  "usage.threshold_reached": 1,
  "webhook_endpoint.disabled": 1,
  "message.captured": 1,
  "message.policy_violation_applied": 1,
};

const descriptions: Record<WebhookEventType, string> = {
  "tenant.consented":
    "A tenant's admin granted consent and Capstan verified it with a token; exports can start.",
  "tenant.consent_failed": "An admin-consent attempt failed (declined, wrong tenant, expired state…).",
  "tenant.consent_revoked":
    "Consent for a tenant is gone (Entra ID refuses tokens); its exports are paused until re-consent.",
  "export.started": "An export's first task started running.",
  "export.completed": "Every task of an export completed or was skipped.",
  "export.failed": "An export ended with failed or dead-lettered tasks.",
  "export.cancelled": "An export was cancelled.",
  "usage.threshold_reached":
    "A tenant's (or the account's) usage this month reached 80% or 100% of the evaluation cap or of a budget.",
  "webhook_endpoint.disabled":
    "Capstan disabled one of the account's webhook endpoints (410 Gone, or failing too long); sent to the others.",
  "message.captured":
    "Live capture archived a new version of a message from a Graph change notification; carries the message.",
  "message.policy_violation_applied":
    "A policyViolation the account asked for was applied through Graph and archived as a new version.",
};

function schemaId(type: WebhookEventType): string {
  return `WebhookEvent_${type.replace(/[._](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase())}`;
}

function envelope<T extends WebhookEventType>(type: T) {
  return z
    .object({
      id: Uuid.describe(
        "Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate",
      ),
      type: z.literal(type),
      version: z.literal(webhookEventVersions[type]).describe("Payload version of this event type"),
      timestamp: datetime.describe("When the event happened"),
      accountId: Uuid,
      data: webhookEventData[type],
    })
    .meta({ id: schemaId(type), description: descriptions[type] });
}

/** The full JSON body partners receive, per event type. */
export const webhookEventSchemas = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((type) => [type, envelope(type)]),
) as { [T in WebhookEventType]: ReturnType<typeof envelope<T>> };

/** The OpenAPI 3.1 `webhooks` object: one POST per event type, with its body schema by reference. */
export function openApiWebhooks(): Record<string, unknown> {
  const headers = {
    "webhook-id": {
      description: "The event id, identical on every attempt (idempotency key)",
      schema: { type: "string" },
      required: true,
    },
    "webhook-timestamp": {
      description: "Unix seconds when this attempt was signed",
      schema: { type: "string" },
      required: true,
    },
    "webhook-signature": {
      description:
        "Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; " +
        "two while a rotated secret is still valid",
      schema: { type: "string" },
      required: true,
    },
  };
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `${type.replace(/[._](\w)/g, (_, c: string) => c.toUpperCase())}Webhook`,
          summary: type,
          description: `${descriptions[type]}\n\nSigned, not authenticated: verify \`webhook-signature\` with the endpoint's secret (Standard Webhooks).`,
          tags: ["webhooks"],
          // Capstan calls the partner: no credential of the partner's is sent; the signature headers prove origin.
          security: [],
          parameters: Object.entries(headers).map(([name, h]) => ({ name, in: "header", ...h })),
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaId(type)}` } } },
          },
          responses: {
            "2XX": { description: "Delivered. Answer within 15 seconds; anything else is retried." },
            "410": { description: "The endpoint is gone: Capstan disables it and stops sending." },
            "429": { description: "Retried no sooner than Retry-After (seconds or an HTTP date)." },
          },
        },
      },
    ]),
  );
}

// ---- Endpoint management API ----

export const WebhookEndpointUrl = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .url()
  .describe("Where events are POSTed: https (http only in development), a public address, no credentials");

const EventSubscription = z
  .array(z.union([WebhookEventType, z.literal("*")]))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length + 1)
  .describe('Event types to receive; "*" for all, including types added later');

export const CreateWebhookEndpointBody = z
  .object({
    url: WebhookEndpointUrl,
    events: EventSubscription,
    description: z.string().trim().max(500).optional(),
  })
  .strict()
  .meta({ id: "CreateWebhookEndpoint", examples: [examples.createWebhookEndpoint] });
export type CreateWebhookEndpointBody = z.infer<typeof CreateWebhookEndpointBody>;

export const UpdateWebhookEndpointBody = z
  .object({
    url: WebhookEndpointUrl.optional(),
    events: EventSubscription.optional(),
    description: z.string().trim().max(500).nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "give at least one of url, events, description")
  .meta({ id: "UpdateWebhookEndpoint", examples: [examples.updateWebhookEndpoint] });
export type UpdateWebhookEndpointBody = z.infer<typeof UpdateWebhookEndpointBody>;

export const WebhookEndpointView = z
  .object({
    id: Uuid,
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.string()),
    status: z.enum(["enabled", "disabled"]),
    disabledAt: datetime.nullable(),
    disabledCode: z
      .enum(["manual", "gone", "failing_days", "failing_deliveries"])
      .nullable()
      .describe("Why it is disabled: by you (manual), 410 Gone, or failing too long"),
    disabledReason: z.string().nullable(),
    previousSecretExpiresAt: datetime
      .nullable()
      .describe("Until then the secret before the last rotation still signs beside the new one"),
    consecutiveFailures: z.number().int(),
    failingSince: datetime.nullable(),
    lastSuccessAt: datetime.nullable(),
    lastFailureAt: datetime.nullable(),
    createdAt: datetime,
    updatedAt: datetime,
  })
  .meta({ id: "WebhookEndpoint", examples: [examples.webhookEndpoint] });
export type WebhookEndpointView = z.infer<typeof WebhookEndpointView>;

export const WebhookEndpointCreated = WebhookEndpointView.extend({
  secret: z.string().describe("The signing secret (whsec_…): shown only now, store it"),
}).meta({
  id: "WebhookEndpointCreated",
  examples: [{ ...examples.webhookEndpoint, secret: examples.webhookSecret }],
});

export const WebhookSecretRotated = z
  .object({
    secret: z.string().describe("The new signing secret: shown only now"),
    previousSecretExpiresAt: datetime.describe("Until then deliveries carry signatures under both secrets"),
  })
  .meta({ id: "WebhookSecretRotated", examples: [examples.secretRotated] });

export const WebhookAttemptView = z
  .object({
    id: Uuid,
    eventId: Uuid,
    eventType: z.string(),
    endpointId: Uuid,
    attempt: z.number().int().describe("1 for the delivery's first attempt"),
    trigger: z.enum(["scheduled", "redelivery", "replay"]),
    url: z.string(),
    attemptedAt: datetime,
    statusCode: z.number().int().nullable().describe("HTTP status; null when no answer came"),
    latencyMs: z.number().int(),
    succeeded: z.boolean(),
    errorCode: z
      .string()
      .nullable()
      .describe("Why no usable answer came: timeout, blocked_address, dns_error, connection_error, …"),
    error: z.string().nullable(),
    responseBody: z.string().nullable().describe("The first bytes of the response body (at most 4 KiB)"),
  })
  .meta({ id: "WebhookAttempt" });
export type WebhookAttemptView = z.infer<typeof WebhookAttemptView>;

export const WebhookDeliveryState = z
  .object({
    endpointId: Uuid,
    status: z.enum(["pending", "succeeded", "failed", "cancelled"]),
    attempts: z.number().int(),
    nextAttemptAt: datetime.nullable(),
    lastAttemptAt: datetime.nullable(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    succeededAt: datetime.nullable(),
  })
  .meta({ id: "WebhookDeliveryState" });

export const WebhookEventView = z
  .object({
    id: Uuid,
    type: z.string(),
    version: z.number().int(),
    createdAt: datetime,
    payload: z.record(z.string(), z.unknown()).describe("The exact body every delivery sends"),
    deliveries: z.array(WebhookDeliveryState),
  })
  .meta({ id: "WebhookEventRecord" });
export type WebhookEventView = z.infer<typeof WebhookEventView>;

export const WebhookEventListQuery = z.object({
  type: WebhookEventType.optional(),
  since: z.iso.datetime({ offset: true }).optional().describe("Events at or after this time"),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const WebhookAttemptListQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const RedeliverBody = z
  .object({
    endpointId: Uuid.optional().describe(
      "Only to this endpoint; default: every enabled endpoint subscribed to it",
    ),
  })
  .strict()
  .meta({ id: "Redeliver", examples: [examples.redeliver] });

export const ReplayBody = z
  .object({
    since: z.iso
      .datetime({ offset: true })
      .describe("Send again every subscribed event at or after this time"),
    until: z.iso.datetime({ offset: true }).optional(),
    onlyFailed: z
      .boolean()
      .default(false)
      .describe("Skip events this endpoint already received or is still receiving (succeeded or pending)"),
  })
  .strict()
  .meta({ id: "Replay", examples: [examples.replay] });

export const QueuedDeliveries = z
  .object({ queued: z.number().int().describe("Deliveries scheduled for an immediate attempt") })
  .meta({ id: "QueuedDeliveries", examples: [examples.queuedDeliveries] });

export const AccountNotificationView = z
  .object({
    id: Uuid,
    type: z.string(),
    title: z.string(),
    detail: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: datetime,
  })
  .meta({ id: "AccountNotification" });
