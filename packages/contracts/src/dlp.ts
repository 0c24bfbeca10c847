import { z } from "zod";
import { Uuid } from "./common";
import { examples } from "./examples";

// DLP: a verdict applied to a message through Graph's PATCH, archived as a new version.

/** Graph's chatMessagePolicyViolation. */
export const PolicyViolationValue = z
  .object({
    dlpAction: z
      .enum(["none", "notifySender", "blockAccess", "blockAccessExternal"])
      .describe("What Teams does with the message"),
    verdictDetails: z
      .enum([
        "none",
        "allowFalsePositiveOverride",
        "allowOverrideWithoutJustification",
        "allowOverrideWithJustification",
      ])
      .default("none"),
    justificationText: z.string().max(1000).nullable().optional(),
    userAction: z.enum(["none", "override", "reportFalsePositive"]).optional(),
    policyTip: z
      .object({
        generalText: z.string().max(2000),
        complianceUrl: z.url().max(2000).optional(),
        matchedConditionDescriptions: z.array(z.string().max(500)).max(50).default([]),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: "PolicyViolationValue" });

export const PolicyViolationBody = z
  .object({
    containerId: z
      .string()
      .min(1)
      .max(1000)
      .describe("Chat id, or teamId/channelId, as the archive lists it"),
    messageId: z.string().min(1).max(200).describe("Graph message id (a reply's own id for replies)"),
    policyViolation: PolicyViolationValue,
    reason: z.string().min(1).max(1000).describe("Why: recorded with the version and sent in the webhook"),
    actor: z.string().min(1).max(200).optional().describe("Who decided, in the caller's terms (user, rule)"),
  })
  .strict()
  .meta({ id: "ApplyPolicyViolation", examples: [examples.policyViolation] });
export type PolicyViolationBody = z.infer<typeof PolicyViolationBody>;

export const PolicyViolationView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    containerId: z.string(),
    messageId: z.string(),
    policyViolation: PolicyViolationValue,
    reason: z.string(),
    requestedBy: z.string().describe("api-key:<id>, and the actor named, if any"),
    status: z.enum(["pending", "applied", "failed"]),
    attempts: z.number().int(),
    error: z.string().nullable(),
    appliedEtag: z.string().nullable().describe("The archived version Graph answered with"),
    appliedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "PolicyViolation" });
export type PolicyViolationView = z.infer<typeof PolicyViolationView>;
