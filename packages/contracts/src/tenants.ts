import { z } from "zod";
import { Uuid } from "./common";
import { examples } from "./examples";

export const PaymentModel = z
  .enum(["A", "B", "evaluation"])
  .describe(
    "A: security and compliance use, needs an attestation; B: any other use; evaluation: no model, capped per month",
  );
export type PaymentModel = z.infer<typeof PaymentModel>;

export const TenantStatus = z.enum([
  "pending_consent",
  "active",
  "consent_failed",
  "consent_revoked",
  "consent_incomplete",
  "offboarded",
]);
export type TenantStatus = z.infer<typeof TenantStatus>;

export const ModelAttestation = z
  .object({
    purpose: z.enum(["security", "compliance"]).describe("What the exported data is used for"),
    attestedBy: z.string().trim().min(1).max(200).describe("Name or e-mail of the person attesting"),
  })
  .meta({ id: "ModelAttestation" });
export type ModelAttestation = z.infer<typeof ModelAttestation>;

export const Cloud = z
  .enum(["global", "usGovL4", "usGovL5", "china"])
  .describe(
    "The Microsoft cloud the tenant lives in: global (login.microsoftonline.com, graph.microsoft.com), usGovL4 " +
      "(GCC High: login.microsoftonline.us, graph.microsoft.us), usGovL5 (DoD: login.microsoftonline.us, " +
      "dod-graph.microsoft.us) or china (21Vianet: login.partner.microsoftonline.cn, " +
      "microsoftgraph.chinacloudapi.cn). Decides the consent URL, the token authority and scope, and the Graph host.",
  );
export type Cloud = z.infer<typeof Cloud>;

const ReturnUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe("Where the admin's browser goes after consent, with ?tenantId=&outcome=&code=");

const ATTESTATION_NEEDED = "Model A is for security and compliance use only: an attestation is required";

export const CreateTenantBody = z
  .object({
    model: PaymentModel,
    cloud: Cloud.optional().describe("Set once, at onboarding (default global)"),
    displayName: z.string().trim().min(1).max(200).optional(),
    returnUrl: ReturnUrl.optional(),
    attestation: ModelAttestation.optional().describe("Required with model A"),
  })
  .superRefine((body, ctx) => {
    if (body.model === "A" && !body.attestation) {
      ctx.addIssue({ code: "custom", path: ["attestation"], message: ATTESTATION_NEEDED });
    }
  })
  .meta({ id: "CreateTenant", examples: [examples.createTenant] });
export type CreateTenantBody = z.infer<typeof CreateTenantBody>;

export const UpdateTenantBody = z
  .object({
    model: PaymentModel.optional(),
    displayName: z.string().trim().min(1).max(200).nullable().optional(),
    returnUrl: ReturnUrl.nullable().optional(),
    attestation: ModelAttestation.optional().describe("Required when changing to model A"),
  })
  .superRefine((body, ctx) => {
    if (body.model === "A" && !body.attestation) {
      ctx.addIssue({ code: "custom", path: ["attestation"], message: ATTESTATION_NEEDED });
    }
  })
  .meta({ id: "UpdateTenant", examples: [examples.updateTenant] });
export type UpdateTenantBody = z.infer<typeof UpdateTenantBody>;

export const TenantView = z
  .object({
    id: Uuid,
    displayName: z.string().nullable(),
    status: TenantStatus,
    entraTenantId: z.string().nullable().describe("The Entra ID directory, known once consent is proven"),
    model: PaymentModel,
    cloud: Cloud,
    modelAttestation: ModelAttestation.nullable(),
    graphModelParameter: z
      .enum(["A", "B"])
      .nullable()
      .describe("The `model` query parameter Capstan sends to Graph for this tenant (none in evaluation)"),
    returnUrl: z.string().nullable(),
    consentedAt: z.iso.datetime().nullable(),
    consentError: z.string().nullable().describe("Why the last consent or token check failed"),
    missingRoles: z
      .array(z.string())
      .describe(
        "Application roles exports need that the tenant's consent lacks (status consent_incomplete); empty otherwise",
      ),
    offboardedAt: z.iso.datetime().nullable(),
    purgedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Tenant", examples: [examples.tenant] });
export type TenantView = z.infer<typeof TenantView>;

export const ConsentLink = z
  .object({
    consentUrl: z
      .url()
      .describe("Microsoft's admin consent page for Capstan's app; send the customer's admin here"),
    consentUrlExpiresAt: z.iso.datetime().describe("The URL's state stops working then; ask for a fresh one"),
  })
  .meta({ id: "ConsentLink", examples: [examples.consentLink] });
export type ConsentLink = z.infer<typeof ConsentLink>;

export const CreatedTenant = TenantView.extend(ConsentLink.shape).meta({
  id: "CreatedTenant",
  examples: [
    {
      ...examples.tenant,
      status: "pending_consent",
      entraTenantId: null,
      consentedAt: null,
      ...examples.consentLink,
    },
  ],
});
export type CreatedTenant = z.infer<typeof CreatedTenant>;

export const TenantListQuery = z.object({
  status: TenantStatus.optional(),
});

export const ModelChangeView = z
  .object({
    id: Uuid,
    tenantId: Uuid,
    fromModel: PaymentModel.nullable().describe("Null for the model chosen at creation"),
    toModel: PaymentModel,
    attestation: ModelAttestation.nullable(),
    changedBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "ModelChange", examples: [examples.modelChange] });
export type ModelChangeView = z.infer<typeof ModelChangeView>;

export const PurgeTenantBody = z
  .object({
    confirm: z.string().describe("The tenant's id, typed again: purging deletes every archived message"),
  })
  .meta({ id: "PurgeTenant", examples: [examples.purgeTenant] });
export type PurgeTenantBody = z.infer<typeof PurgeTenantBody>;

export const PurgeResult = z
  .object({
    tenantId: Uuid,
    purgedAt: z.iso.datetime(),
    deleted: z.record(z.string(), z.number().int()).describe("Rows deleted per kind"),
  })
  .meta({ id: "PurgeResult", examples: [examples.purgeResult] });
export type PurgeResult = z.infer<typeof PurgeResult>;

export const VerifyResult = z
  .object({
    tenant: TenantView,
    tokenOk: z.boolean(),
    reason: z.string().nullable(),
  })
  .meta({ id: "TenantVerification", examples: [{ tenant: examples.tenant, tokenOk: true, reason: null }] });
export type VerifyResult = z.infer<typeof VerifyResult>;

/** What the consent callback answers when the tenant has no returnUrl. */
export const ConsentOutcome = z
  .object({
    tenantId: Uuid,
    outcome: z.enum(["active"]),
    status: TenantStatus,
    entraTenantId: z.string(),
  })
  .meta({ id: "ConsentOutcome", examples: [examples.consentOutcome] });
export type ConsentOutcome = z.infer<typeof ConsentOutcome>;

export const ConsentCallbackQuery = z
  .looseObject({
    state: z.string().max(512).optional(),
    tenant: z.string().max(100).optional(),
    admin_consent: z.string().max(10).optional(),
    scope: z.string().max(1000).optional(),
    error: z.string().max(100).optional(),
    error_description: z.string().max(4000).optional(),
  })
  .describe("What Microsoft appends to the redirect URI");
