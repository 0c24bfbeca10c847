import { z } from "zod";
import { examples } from "./examples";

// Live capture: a tenant's messages archived as Graph reports them, through change notifications.

export const LiveCaptureScope = z
  .enum(["tenant", "chats", "teams", "user"])
  .describe("What is captured: every chat and channel, all chats, all channels, or one user's chats");

export const LiveCaptureBody = z
  .object({
    scope: LiveCaptureScope.default("tenant"),
    userId: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/?#\s]+$/, "a Graph user id or user principal name")
      .optional()
      .describe("Scope user only: the user whose chats are captured"),
  })
  .strict()
  .refine((b) => (b.scope === "user") === (b.userId !== undefined), {
    message: "userId is required with scope user, and only then",
    path: ["userId"],
  })
  .meta({ id: "LiveCaptureSettings", examples: [examples.liveCapture] });
export type LiveCaptureBody = z.infer<typeof LiveCaptureBody>;

export const LiveSubscriptionView = z.object({
  id: z.uuid(),
  resource: z.string().describe("Graph resource, e.g. /chats/getAllMessages"),
  status: z
    .enum(["pending", "active", "failed", "removing"])
    .describe("pending: to be created; failed: Graph refused, retried; removing: capture switched off"),
  graphSubscriptionId: z.string().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  notifications: z.number().int().describe("Notifications stored from this subscription"),
  lastNotificationAt: z.iso.datetime().nullable(),
  lastLifecycleEvent: z
    .string()
    .nullable()
    .describe("reauthorizationRequired, subscriptionRemoved or missed"),
  lastLifecycleAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const LiveCaptureView = z.object({
  tenantId: z.uuid(),
  scope: LiveCaptureScope,
  userId: z.string().nullable(),
  enabled: z.boolean(),
  healedThrough: z.iso
    .datetime()
    .describe("Capture is known complete up to here; the next catch-up export starts before it"),
  catchUpRequestedAt: z.iso.datetime().nullable().describe("A gap was reported; a catch-up export is due"),
  lastCatchUpExportId: z.uuid().nullable(),
  lastCatchUpAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  subscriptions: z.array(LiveSubscriptionView),
});
export type LiveCaptureView = z.infer<typeof LiveCaptureView>;
