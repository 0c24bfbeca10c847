import { z } from "zod";
import { CursorQuery, GraphId, Uuid } from "./common";
import { examples } from "./examples";

// The compliance archive over stored versions: history, conversations, tamper evidence, holds, retention.

/** A container id as it appears in paths: a chat id, or `{teamId}/{channelId}` URL-encoded (%2F). */
export const ContainerId = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z0-9@._:\-=+]+(\/[A-Za-z0-9@._:\-=+]+)?$/, "must be a chat id or {teamId}/{channelId}");

export const MessageParams = z.object({
  tenantId: Uuid,
  containerId: ContainerId,
  messageId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+$/, "must be a Graph message id"),
});

export const VersionChange = z.enum([
  "created",
  "body",
  "subject",
  "attachments",
  "mentions",
  "reactions",
  "deleted",
  "undeleted",
  "policyViolation",
  "other",
]);

export const MessageVersionView = z
  .object({
    etag: z.string(),
    lastModifiedDateTime: z.iso.datetime().nullable(),
    deletedDateTime: z.iso.datetime().nullable(),
    firstSeenAt: z.iso.datetime().describe("When Capstan first stored this version"),
    changes: z
      .array(VersionChange)
      .describe("What differs from the version before it (`created` for the first one Capstan stored)"),
    ledgerPosition: z.string().nullable().describe("Place in the tenant's hash chain; null until chained"),
    contentHash: z.string().nullable().describe("Hex SHA-256 the ledger holds for this version"),
    message: z.record(z.string(), z.unknown()).describe("The chatMessage exactly as Graph returned it"),
  })
  .meta({ id: "MessageVersion" });
export type MessageVersionView = z.infer<typeof MessageVersionView>;

export const MessageHistoryView = z
  .object({
    tenantId: Uuid,
    containerId: z.string(),
    messageId: z.string(),
    versions: z.array(MessageVersionView).describe("Oldest first, by Graph's lastModifiedDateTime"),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "MessageHistory" });

export const HistoryQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ConversationQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe("Threads started at or after"),
  to: z.iso.datetime({ offset: true }).optional().describe("Threads started before"),
  includeDeleted: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ConversationQuery = z.infer<typeof ConversationQuery>;

// Chat context: names beside the ids, as of capture time.

export const SenderView = z
  .object({
    userId: z.string(),
    displayName: z.string().nullable(),
    userPrincipalName: z.string().nullable(),
    capturedAt: z.iso
      .datetime()
      .describe(
        "When Capstan captured this identity: the last capture at or before the message's creation, or the " +
          "first one after it when the user was first captured later",
      ),
  })
  .meta({ id: "Sender" });

export const ContextMemberView = z
  .object({
    userId: z.string().nullable(),
    displayName: z
      .string()
      .nullable()
      .describe("The directory's name as of the capture, else Graph's member name"),
    userPrincipalName: z
      .string()
      .nullable()
      .describe("From the directory snapshot; null for users outside it"),
    email: z.string().nullable(),
    roles: z.array(z.string()),
    tenantId: z.string().nullable(),
    visibleHistoryStartDateTime: z.string().nullable(),
  })
  .meta({ id: "ContextMember" });

export const ConversationContextView = z
  .object({
    containerId: z.string(),
    containerType: z.enum(["chat", "channel"]),
    topic: z.string().nullable().describe("Chats: the topic (null for oneOnOne chats)"),
    chatType: z.string().nullable().describe("Chats: oneOnOne, group or meeting"),
    teamId: z.string().nullable(),
    teamName: z.string().nullable().describe("Channels: the team's display name"),
    teamDescription: z.string().nullable(),
    channelName: z.string().nullable().describe("Channels: the channel's display name"),
    membershipType: z.string().nullable().describe("Channels: standard, private or shared"),
    lastUpdatedDateTime: z.iso
      .datetime()
      .nullable()
      .describe("Chats: Graph's lastUpdatedDateTime (a rename or a member change)"),
    members: z.array(ContextMemberView).nullable().describe("Chats: the members as of the capture"),
    capturedAt: z.iso.datetime().describe("When Capstan first captured this content"),
  })
  .meta({ id: "ConversationContext" });
export type ConversationContextView = z.infer<typeof ConversationContextView>;

export const ConversationContextHistoryView = z
  .object({
    tenantId: Uuid,
    containerId: z.string(),
    current: ConversationContextView,
    checkedAt: z.iso.datetime().describe("When Graph last confirmed the current context"),
    history: z
      .array(ConversationContextView)
      .describe("Every distinct context the chat or channel had, oldest first (the last is the current one)"),
    raw: z
      .record(z.string(), z.unknown())
      .describe("The chat, or the team and channel, as Graph returned them"),
  })
  .meta({ id: "ConversationContextHistory" });

const ConversationMessage = z.object({
  messageId: z.string(),
  etag: z.string(),
  fromUserId: z.string().nullable(),
  sender: SenderView.nullable().describe(
    "Who the sender was at the time (directory snapshot); null if unknown",
  ),
  replyToId: z.string().nullable(),
  createdDateTime: z.iso.datetime().nullable(),
  lastModifiedDateTime: z.iso.datetime().nullable(),
  deletedDateTime: z.iso.datetime().nullable(),
  versions: z.number().int().describe("Versions Capstan stored of this message"),
  message: z.record(z.string(), z.unknown()).describe("The current version as Graph returned it"),
});

export const ConversationEntryView = ConversationMessage.extend({
  replies: z.array(ConversationMessage).describe("Replies to this message (channel threads), oldest first"),
}).meta({ id: "ConversationEntry" });
export type ConversationEntryView = z.infer<typeof ConversationEntryView>;

export const ConversationView = z
  .object({
    containerId: z.string(),
    containerType: z.enum(["chat", "channel"]),
    context: ConversationContextView.nullable().describe("The chat's or channel's context as last captured"),
    data: z.array(ConversationEntryView).describe("Top-level messages in time order, replies under them"),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "Conversation" });

// Tamper evidence.

export const LedgerHeadView = z
  .object({
    tenantId: Uuid,
    position: z.string().describe("Entries chained so far (the last position); 0 before the first"),
    chainHash: z.string().nullable().describe("Hex SHA-256 chain hash at that position"),
    pending: z
      .number()
      .int()
      .describe("Versions stored but not chained yet (the chaining job runs every few seconds)"),
    signedAt: z.iso.datetime(),
    attestation: z
      .string()
      .describe(
        "Compact JWS (EdDSA) of {tenantId, position, chainHash, signedAt}; verify with /v1/signing-keys",
      ),
  })
  .meta({ id: "LedgerHead" });

const Position = z
  .string()
  .regex(/^[1-9]\d{0,17}$/, "must be a positive integer")
  .transform((v) => BigInt(v));

export const VerifyQuery = z.object({
  fromPosition: Position.optional().describe("First position to verify (default 1)"),
  toPosition: Position.optional().describe("Last position to verify (default: the chain head)"),
});

export const VerificationView = z
  .object({
    tenantId: Uuid,
    fromPosition: z.string(),
    toPosition: z.string(),
    entries: z.number().int(),
    deletedByRetention: z
      .number()
      .int()
      .describe("Entries whose version a retention policy deleted, as recorded"),
    ok: z.boolean(),
    failures: z
      .array(
        z.object({
          position: z.string(),
          containerId: z.string(),
          messageId: z.string(),
          etag: z.string(),
          problem: z.enum(["content_changed", "version_missing", "chain_broken", "position_gap"]),
        }),
      )
      .describe("The first 100 failures"),
    chainHash: z.string().nullable().describe("Hex chain hash at toPosition"),
    unrecorded: z
      .number()
      .int()
      .nullable()
      .describe("Versions in the archive without a ledger entry (counted when the whole chain is verified)"),
    verifiedAt: z.iso.datetime(),
    attestation: z.string().describe("Compact JWS (EdDSA) of this result without the attestation"),
  })
  .meta({ id: "Verification" });

export const SigningKeysView = z
  .object({
    keys: z.array(
      z.object({
        kty: z.literal("OKP"),
        crv: z.literal("Ed25519"),
        x: z.string(),
        kid: z.string(),
        use: z.literal("sig"),
        alg: z.literal("EdDSA"),
      }),
    ),
  })
  .meta({ id: "SigningKeys" });

// Legal holds.

const Criteria = z.object({
  userId: GraphId.optional().describe(
    "Messages sent by this user, and every message of a chat the user wrote in",
  ),
  chatId: GraphId.optional(),
  teamId: GraphId.optional(),
  channelId: GraphId.optional(),
  from: z.iso.datetime({ offset: true }).optional().describe("Messages created at or after"),
  to: z.iso.datetime({ offset: true }).optional().describe("Messages created before"),
});
export type HoldCriteria = z.infer<typeof Criteria>;

export const CreateLegalHoldBody = z
  .discriminatedUnion("scope", [
    z.object({ scope: z.literal("tenant") }),
    z.object({ scope: z.literal("user"), userId: GraphId }),
    z.object({ scope: z.literal("chat"), chatId: GraphId }),
    z.object({
      scope: z.literal("query"),
      query: Criteria.refine(
        (c) => Object.values(c).some((v) => v !== undefined),
        "name at least one criterion",
      ),
    }),
  ])
  .and(z.object({ name: z.string().trim().min(1).max(200), reason: z.string().max(2000).optional() }))
  .meta({ id: "CreateLegalHold", examples: [examples.createLegalHold] });
export type CreateLegalHoldBody = z.infer<typeof CreateLegalHoldBody>;

export const LegalHoldView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    name: z.string(),
    scope: z.enum(["tenant", "user", "chat", "query"]),
    criteria: Criteria,
    reason: z.string().nullable(),
    status: z.enum(["active", "released"]),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    releasedAt: z.iso.datetime().nullable(),
    releasedBy: z.string().nullable(),
  })
  .meta({ id: "LegalHold" });
export type LegalHoldView = z.infer<typeof LegalHoldView>;

export const LegalHoldDetailView = LegalHoldView.extend({
  messages: z.number().int().describe("Archived messages the hold covers now"),
}).meta({ id: "LegalHoldDetail" });

// Retention.

export const CreateRetentionPolicyBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    basis: z
      .enum(["created", "deleted"])
      .describe("Count from the message's creation, or from its deletion in Teams"),
    keepDays: z.number().int().min(1).max(36500),
    enabled: z.boolean().default(true),
  })
  .meta({ id: "CreateRetentionPolicy", examples: [examples.createRetentionPolicy] });

export const UpdateRetentionPolicyBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    keepDays: z.number().int().min(1).max(36500).optional(),
    enabled: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), "change at least one field")
  .meta({ id: "UpdateRetentionPolicy", examples: [examples.updateRetentionPolicy] });

export const RetentionPolicyView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    name: z.string(),
    basis: z.enum(["created", "deleted"]),
    keepDays: z.number().int(),
    enabled: z.boolean(),
    nextRunAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "RetentionPolicy" });

export const RetentionRunView = z
  .object({
    id: Uuid,
    policyId: Uuid,
    tenantId: Uuid,
    status: z.enum(["running", "completed", "failed"]),
    cutoff: z.iso.datetime(),
    messages: z.number().int().describe("Messages deleted"),
    versions: z.number().int().describe("Versions deleted"),
    held: z.number().int().describe("Messages under the policy that an active hold kept"),
    error: z.string().nullable(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "RetentionRun" });

// Search.

const bool = z.enum(["true", "false"]).transform((v) => v === "true");

export const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .describe(
      'Words in bodies, subjects or attachment names, in any stored version: `budget "next quarter" -draft`, ' +
        "`a or b`. Matched as written (lower-cased, no stemming).",
    ),
  userId: GraphId.optional().describe("Sent by this user"),
  participant: GraphId.optional().describe("In a chat or channel this user wrote in"),
  chatId: GraphId.optional(),
  teamId: GraphId.optional(),
  channelId: GraphId.optional(),
  from: z.iso.datetime({ offset: true }).optional().describe("Created at or after"),
  to: z.iso.datetime({ offset: true }).optional().describe("Created before"),
  deleted: bool.optional().describe("Only deleted messages (true) or only messages not deleted (false)"),
  hasHostedContent: bool
    .optional()
    .describe("Only messages with (true) or without (false) inline images or snippets"),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHitView = z
  .object({
    containerId: z.string(),
    containerType: z.enum(["chat", "channel"]),
    messageId: z.string(),
    etag: z.string().describe("The current version"),
    fromUserId: z.string().nullable(),
    createdDateTime: z.iso.datetime().nullable(),
    lastModifiedDateTime: z.iso.datetime().nullable(),
    deletedDateTime: z.iso.datetime().nullable(),
    matchedVersions: z
      .array(z.string())
      .nullable()
      .describe(
        "Etags of the versions the words matched in (an edit may have removed them since); null without q",
      ),
    snippet: z
      .string()
      .nullable()
      .describe("Where the words occur in the current version (plain text, **marked**)"),
    message: z.record(z.string(), z.unknown()).describe("The current version as Graph returned it"),
  })
  .meta({ id: "SearchHit" });

// Export bundles.

export const EXPORT_BUNDLE_STATUSES = ["queued", "running", "completed", "failed", "expired"] as const;

export const BundleQuery = SearchQuery.pick({
  q: true,
  userId: true,
  participant: true,
  chatId: true,
  teamId: true,
  channelId: true,
  from: true,
  to: true,
}).extend({
  includeDeleted: z.boolean().default(true).describe("Include messages deleted in Teams"),
});

export const CreateExportBundleBody = z
  .union([z.object({ query: BundleQuery.strict() }).strict(), z.object({ holdId: Uuid }).strict()])
  .describe("The messages to bundle: those a query finds (search filters), or those a legal hold covers")
  .meta({ id: "CreateExportBundle", examples: [examples.createExportBundle] });
export type CreateExportBundleBody = z.infer<typeof CreateExportBundleBody>;

export const ExportBundleView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    source: z.record(z.string(), z.unknown()),
    status: z
      .enum(EXPORT_BUNDLE_STATUSES)
      .describe("`expired`: completed once; its bytes were removed at expiresAt or on request (removedBy)"),
    messagesTotal: z.number().int().describe("Messages chosen (known once the build started)"),
    messagesDone: z.number().int(),
    bytes: z.number().int().describe("Size of the tar so far"),
    manifestSha256: z.string().nullable(),
    downloadUrl: z.string().nullable().describe("Set once completed"),
    error: z.string().nullable(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable().describe("When a completed bundle's bytes are removed"),
    removedAt: z.iso.datetime().nullable(),
    removedBy: z.string().nullable().describe('"expiry", or the actor who deleted the bundle'),
  })
  .meta({ id: "ExportBundle" });
export type ExportBundleView = z.infer<typeof ExportBundleView>;

export const ListExportBundlesQuery = CursorQuery.extend({
  status: z.enum(EXPORT_BUNDLE_STATUSES).optional(),
});
