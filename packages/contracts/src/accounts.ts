import { z } from "zod";
import { Uuid } from "./common";
import { examples } from "./examples";

export const ApiScope = z
  .enum(["read", "write", "admin"])
  .describe("read: GET; write: POST, PATCH, DELETE; admin: API keys, purge, audit");
export type ApiScope = z.infer<typeof ApiScope>;

export const AccountView = z
  .object({
    id: Uuid,
    name: z.string(),
    monthlyMessageBudget: z
      .number()
      .int()
      .nullable()
      .describe("Messages a month across all tenants; 80% and 100% of it raise usage.threshold_reached"),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Account", examples: [examples.account] });

export const BudgetBody = z
  .object({
    monthlyMessageBudget: z
      .number()
      .int()
      .min(1)
      .max(1_000_000_000_000)
      .nullable()
      .describe("Messages a month across the account's tenants, or null for no budget"),
  })
  .strict()
  .meta({ id: "BudgetInput", examples: [examples.budget] });
export type AccountView = z.infer<typeof AccountView>;

export const CreateAccountBody = z
  .object({ name: z.string().trim().min(1).max(200).describe("The ISV's name") })
  .meta({ id: "CreateAccount", examples: [examples.createAccount] });
export type CreateAccountBody = z.infer<typeof CreateAccountBody>;

const Scopes = z
  .array(ApiScope)
  .min(1)
  .max(3)
  .refine((s) => new Set(s).size === s.length, "scopes must not repeat");

export const CreateApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100).optional().describe("A label to tell keys apart"),
    scopes: Scopes,
    expiresAt: z.iso
      .datetime({ offset: true })
      .refine((v) => Date.parse(v) > Date.now(), "expiresAt must be in the future")
      .optional()
      .describe(
        "When the key stops working (refused with api_key_expired); omit for a key that never expires",
      ),
  })
  .meta({ id: "CreateApiKey", examples: [examples.createApiKey] });
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBody>;

export const ApiKeyView = z
  .object({
    id: Uuid,
    accountId: Uuid,
    name: z.string().nullable(),
    prefix: z.string().describe("The start of the key, to recognise it; never the secret"),
    scopes: z.array(ApiScope),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().describe("Updated at most once a minute"),
    revokedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable().describe("When the key stops working; null: never"),
  })
  .meta({ id: "ApiKey", examples: [examples.apiKey] });
export type ApiKeyView = z.infer<typeof ApiKeyView>;

export const CreatedApiKey = ApiKeyView.extend({
  key: z.string().describe("The whole key (cap_live_…). Shown once: Capstan keeps only its hash."),
}).meta({ id: "CreatedApiKey", examples: [{ ...examples.apiKey, key: examples.createdApiKeySecret }] });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;

export const WhoAmI = z
  .object({
    account: AccountView,
    apiKey: ApiKeyView.pick({ id: true, name: true, prefix: true, scopes: true }),
  })
  .meta({ id: "WhoAmI", examples: [examples.whoAmI] });
export type WhoAmI = z.infer<typeof WhoAmI>;

export const AuditEventView = z
  .object({
    id: Uuid,
    actor: z.string().describe('"api_key:<id>", "ops", "cli" or "consent_callback"'),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    data: z.record(z.string(), z.unknown()),
    requestId: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "AuditEvent", examples: [examples.auditEvent] });
export type AuditEventView = z.infer<typeof AuditEventView>;
