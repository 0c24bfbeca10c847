import { z } from "zod";
import { GraphId, Uuid } from "./common";

export const ExportScope = z.enum(["user", "team", "tenant"]);
export const ExportStatus = z.enum(["queued", "running", "completed", "failed", "cancelled"]);

export const CreateExportBody = z
  .discriminatedUnion("scope", [
    z.object({
      scope: z.literal("user"),
      userId: GraphId.describe("Graph id or UPN of the user whose chats to export"),
    }),
  ])
  .meta({ id: "CreateExport" });
export type CreateExportBody = z.infer<typeof CreateExportBody>;

export const ExportView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    scope: ExportScope,
    targetId: z.string().nullable(),
    status: ExportStatus,
    progress: z.object({
      tasksTotal: z.number().int(),
      tasksDone: z.number().int(),
      pagesFetched: z.number().int(),
      messagesSeen: z.number().int().describe("Messages Graph returned, duplicates included"),
      messagesStored: z.number().int().describe("Distinct message versions in this export's result set"),
      versionsNew: z.number().int().describe("Versions no earlier export had stored"),
    }),
    error: z.string().nullable(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Export" });
export type ExportView = z.infer<typeof ExportView>;

export const ExportMessageView = z
  .object({
    containerId: z.string().describe("Chat id, or teamId/channelId"),
    messageId: z.string(),
    etag: z.string(),
    lastModifiedDateTime: z.iso.datetime().nullable(),
    deletedDateTime: z.iso.datetime().nullable(),
    message: z.record(z.string(), z.unknown()).describe("The chatMessage exactly as Graph returned it"),
  })
  .meta({ id: "ExportMessage" });
export type ExportMessageView = z.infer<typeof ExportMessageView>;
