import { z } from "zod";
import { GraphId, Uuid } from "./common";
import { examples } from "./examples";

export const ExportScope = z.enum(["user", "team", "tenant"]);
export const ExportStatus = z.enum(["queued", "running", "completed", "failed", "cancelled"]);
export const TaskStatus = z.enum([
  "pending",
  "running",
  "completed",
  "skipped",
  "paused",
  "failed",
  "dead",
  "cancelled",
]);

export const ExportOptions = z
  .object({
    window: z
      .object({
        from: z.iso
          .datetime({ offset: true })
          .optional()
          .describe("Only messages last modified after this time"),
        to: z.iso
          .datetime({ offset: true })
          .optional()
          .describe("Only messages last modified before this time"),
      })
      .refine(
        (w) => !w.from || !w.to || Date.parse(w.from) < Date.parse(w.to),
        "window.from must be before window.to",
      )
      .optional(),
    pageSize: z.number().int().min(1).max(50).optional().describe("Graph's $top, at most 50 (default 50)"),
    hostedContents: z
      .boolean()
      .optional()
      .describe("Fetch inline images and other hosted contents (default true)"),
    chatFetch: z
      .enum(["once", "perParticipant"])
      .optional()
      .describe(
        "Whole-tenant exports: how chat messages are fetched. `once` (default) asks each user's listing for the user's " +
          "own messages plus everything no listed user sent (system events, apps and bots, guests, federated and " +
          "anonymous users, phone, email and ACS users, users deleted from the directory), so each message comes " +
          "once. `perParticipant` fetches every chat message once per participant.",
      ),
    chatDedup: z
      .boolean()
      .optional()
      .describe("Deprecated: `true` is `chatFetch: once`, `false` is `chatFetch: perParticipant`."),
    context: z
      .boolean()
      .optional()
      .describe(
        "Capture chat context beside the messages (default true): each chat's topic, type and members, each " +
          "team's and channel's name, and the directory's display names and UPNs, as of capture time, once per " +
          "chat or team per run (skipped when captured within CONTEXT_REFRESH_SECONDS).",
      ),
    retainedMessages: z
      .boolean()
      .optional()
      .describe(
        "Also list getAllRetainedMessages for every user and team (needs a Teams retention policy in the tenant): " +
          "deleted messages the policy retains past Graph's 21 days. Private channels have no retained listing; " +
          "getAllMessages is listed as well, so nothing is lost without a policy (default false)",
      ),
    shards: z
      .number()
      .int()
      .min(1)
      .max(64)
      .optional()
      .describe("Split each target's time window into this many shards fetched in parallel (large targets)"),
  })
  .strict()
  .meta({ id: "ExportOptions" });
export type ExportOptions = z.infer<typeof ExportOptions>;

export const CreateExportBody = z
  .discriminatedUnion("scope", [
    z
      .object({
        scope: z.literal("user"),
        userId: GraphId.describe("Graph id or UPN of the user whose chats to export"),
        options: ExportOptions.optional(),
      })
      .strict(),
    z
      .object({
        scope: z.literal("team"),
        teamId: GraphId.describe("Graph id of the team whose channels to export"),
        options: ExportOptions.optional(),
      })
      .strict(),
    z
      .object({
        scope: z.literal("tenant"),
        options: ExportOptions.optional(),
      })
      .strict(),
  ])
  .meta({ id: "CreateExport", examples: [examples.createExport] });
export type CreateExportBody = z.infer<typeof CreateExportBody>;

export const ExportView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    scope: ExportScope,
    targetId: z.string().nullable(),
    scheduleId: Uuid.nullable(),
    status: ExportStatus,
    options: ExportOptions,
    progress: z.object({
      tasksTotal: z.number().int(),
      tasksDone: z.number().int().describe("Completed or skipped tasks"),
      tasksByStatus: z.record(z.string(), z.number().int()),
      pagesFetched: z.number().int(),
      messagesSeen: z.number().int().describe("Messages Graph returned, duplicates included"),
      messagesStored: z.number().int().describe("Distinct message versions in this export's result set"),
      versionsNew: z.number().int().describe("Versions no earlier export had stored"),
      hostedContents: z.number().int(),
      waitedMs: z.number().int().describe("Time tasks spent stepped aside waiting for a rate-limit token"),
      etaSeconds: z.number().int().nullable().describe("Estimated time to completion; null when unknown"),
    }),
    error: z.string().nullable(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Export", examples: [examples.export] });
export type ExportView = z.infer<typeof ExportView>;

export const ExportListQuery = z.object({
  tenantId: Uuid.optional(),
  status: ExportStatus.optional(),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ExportTaskView = z
  .object({
    id: Uuid,
    kind: z
      .enum([
        "tenant_enumerate",
        "user_chats",
        "team_channels",
        "sender_sweep",
        "deleted_team_channels",
        "user_retained",
        "team_retained",
      ])
      .describe(
        "deleted_team_channels: a deleted team's channels (/teamwork/deletedTeams); user_retained, team_retained: " +
          "getAllRetainedMessages (option retainedMessages)",
      ),
    targetId: z.string(),
    shard: z.number().int(),
    windowStart: z.iso.datetime().nullable(),
    windowEnd: z.iso.datetime().nullable(),
    status: TaskStatus,
    phase: z.string(),
    pagesFetched: z.number().int(),
    messagesSeen: z.number().int(),
    messagesStored: z.number().int(),
    hostedContents: z.number().int(),
    failures: z.number().int(),
    waitedMs: z.number().int(),
    error: z.string().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ExportTask", examples: [examples.exportTask] });

export const ExportMessageView = z
  .object({
    containerId: z.string().describe("Chat id, or teamId/channelId"),
    messageId: z.string(),
    etag: z.string(),
    lastModifiedDateTime: z.iso.datetime().nullable(),
    deletedDateTime: z.iso.datetime().nullable(),
    message: z.record(z.string(), z.unknown()).describe("The chatMessage exactly as Graph returned it"),
  })
  .meta({ id: "ExportMessage", examples: [examples.exportMessage] });
export type ExportMessageView = z.infer<typeof ExportMessageView>;

export const ArchiveQuery = z.object({
  userId: GraphId.optional().describe("Messages sent by this user"),
  chatId: GraphId.optional(),
  teamId: GraphId.optional(),
  channelId: GraphId.optional(),
  from: z.iso.datetime({ offset: true }).optional().describe("Last modified at or after"),
  to: z.iso.datetime({ offset: true }).optional().describe("Last modified before"),
  includeDeleted: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ArchiveQuery = z.infer<typeof ArchiveQuery>;

export const HostedContentRef = z.object({
  hostedContentId: z.string(),
  sha256: z.string().nullable().describe("Null until the bytes are fetched"),
  downloadUrl: z.string().nullable(),
});

export const ArchivedMessageView = z
  .object({
    containerId: z.string(),
    containerType: z.enum(["chat", "channel"]),
    messageId: z.string(),
    etag: z.string(),
    fromUserId: z.string().nullable(),
    createdDateTime: z.iso.datetime().nullable(),
    lastModifiedDateTime: z.iso.datetime().nullable(),
    deletedDateTime: z.iso.datetime().nullable(),
    hostedContents: z.array(HostedContentRef),
    message: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "ArchivedMessage", examples: [examples.archivedMessage] });
export type ArchivedMessageView = z.infer<typeof ArchivedMessageView>;

export const UsageView = z
  .object({
    tenantId: Uuid,
    month: z.string(),
    model: z.enum(["A", "B", "evaluation"]),
    requests: z.number().int(),
    messages: z.number().int().describe("Messages Graph returned: the billable unit under legacy billing"),
    bytes: z.number().int(),
    throttled: z.number().int().describe("429 answers received"),
    legacyBilling: z.boolean(),
    evaluationCap: z.number().int().nullable(),
    estimatedCostUsd: z
      .number()
      .describe("Legacy billing estimate: Model A after its seeded capacity, Model B per message"),
  })
  .meta({ id: "Usage", examples: [examples.usage] });

export const ScheduleBody = z
  .object({
    intervalSeconds: z
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .describe("How often a run starts (e.g. 900)"),
    overlapSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600)
      .default(3600)
      .describe("Each run starts this long before each target's watermark, to catch edits and late arrivals"),
    sweepDays: z
      .number()
      .int()
      .min(0)
      .max(365)
      .default(21)
      .describe(
        "Deletion sweep: every sweepIntervalSeconds a run reads each target's last sweepDays again, to catch " +
          "deletions Graph reports without a new lastModifiedDateTime (0 = never)",
      ),
    sweepIntervalSeconds: z
      .number()
      .int()
      .min(3600)
      .max(30 * 24 * 3600)
      .default(86400)
      .describe("How often a run is a deletion sweep (default daily)"),
    enabled: z.boolean().default(true),
    options: ExportOptions.optional(),
  })
  .strict()
  .meta({ id: "ScheduleSettings", examples: [examples.scheduleSettings] });

export const ScheduleView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    intervalSeconds: z.number().int(),
    overlapSeconds: z.number().int(),
    sweepDays: z.number().int(),
    sweepIntervalSeconds: z.number().int(),
    lastSweepAt: z.iso.datetime().nullable().describe("When the last deletion sweep run started"),
    enabled: z.boolean(),
    options: ExportOptions,
    nextRunAt: z.iso.datetime(),
    lastExportId: Uuid.nullable(),
  })
  .meta({ id: "Schedule", examples: [examples.schedule] });
