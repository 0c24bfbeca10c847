import {
  ConsentLink,
  CreatedTenant,
  CreateTenantBody,
  CursorQuery,
  ModelChangeView,
  Problem,
  PurgeResult,
  PurgeTenantBody,
  pageOf,
  TenantListQuery,
  TenantView,
  UpdateTenantBody,
  Uuid,
  VerifyResult,
} from "@capstan/contracts";
import { hasActiveHold } from "@capstan/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../plugins/auth";
import { HttpProblem, notFound } from "../../plugins/errors";
import { toTenantView } from "../../repositories/tenants";

const TenantParams = z.object({ tenantId: Uuid });
const problems = { 400: Problem, 404: Problem };

const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.tenantsRepository;

  /** The tenant of the caller's account, or 404 (another account's tenant looks exactly like none). */
  async function ownTenant(request: { params: { tenantId: string } } & Parameters<typeof callerOf>[0]) {
    const tenant = await repo.find(callerOf(request).account.id, request.params.tenantId);
    if (!tenant) throw notFound("tenant");
    return tenant;
  }

  app.post(
    "/tenants",
    {
      schema: {
        operationId: "createTenant",
        tags: ["tenants"],
        summary: "Add a customer tenant and get its admin consent URL",
        description:
          "Creates the tenant in pending_consent and answers Microsoft's admin consent URL for Capstan's app. " +
          "Send the customer's admin there; Microsoft redirects back to /v1/consent/callback, which activates " +
          "the tenant and sends the browser on to returnUrl. Model A needs an attestation.",
        body: CreateTenantBody,
        response: { 201: CreatedTenant, 400: Problem },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const tenant = await repo.create(caller.account.id, request.body, caller.actor, request.id);
      const link = await app.consent.link(tenant);
      return reply
        .status(201)
        .header("location", `/v1/tenants/${tenant.id}`)
        .send({ ...toTenantView(tenant), ...link });
    },
  );

  app.get(
    "/tenants",
    {
      schema: {
        operationId: "listTenants",
        tags: ["tenants"],
        summary: "List the account's tenants",
        querystring: CursorQuery.extend(TenantListQuery.shape),
        response: { 200: pageOf(TenantView), 400: Problem },
      },
    },
    async (request) => repo.list(callerOf(request).account.id, request.query),
  );

  app.get(
    "/tenants/:tenantId",
    {
      schema: {
        operationId: "getTenant",
        tags: ["tenants"],
        summary: "Get a tenant",
        params: TenantParams,
        response: { 200: TenantView, ...problems },
      },
    },
    async (request) => toTenantView(await ownTenant(request)),
  );

  app.patch(
    "/tenants/:tenantId",
    {
      schema: {
        operationId: "updateTenant",
        tags: ["tenants"],
        summary: "Change a tenant's payment model, name or return URL",
        description:
          "Every model change is recorded (who, when, from, to); see /model-changes. Changing to model A " +
          "needs an attestation that the use is security or compliance.",
        params: TenantParams,
        body: UpdateTenantBody,
        response: { 200: TenantView, ...problems, 409: Problem },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const tenant = await repo.update(
        caller.account.id,
        request.params.tenantId,
        request.body,
        caller.actor,
        request.id,
      );
      if (!tenant) throw notFound("tenant");
      return toTenantView(tenant);
    },
  );

  app.delete(
    "/tenants/:tenantId",
    {
      schema: {
        operationId: "offboardTenant",
        tags: ["tenants"],
        summary: "Offboard a tenant",
        description:
          "No new exports; open exports are cancelled; archived messages stay until POST /purge. Idempotent.",
        params: TenantParams,
        response: { 200: TenantView, ...problems },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const tenant = await repo.offboard(
        caller.account.id,
        request.params.tenantId,
        caller.actor,
        request.id,
      );
      if (!tenant) throw notFound("tenant");
      return toTenantView(tenant);
    },
  );

  app.post(
    "/tenants/:tenantId/consent",
    {
      schema: {
        operationId: "createConsentLink",
        tags: ["tenants"],
        summary: "Get a fresh admin consent URL",
        description:
          "For re-consent (consent_revoked, consent_incomplete), a failed attempt, or a link that expired. Each URL's state is " +
          "single use and expires.",
        params: TenantParams,
        response: { 201: ConsentLink, ...problems, 409: Problem },
      },
    },
    async (request, reply) => reply.status(201).send(await app.consent.link(await ownTenant(request))),
  );

  app.post(
    "/tenants/:tenantId/verify",
    {
      schema: {
        operationId: "verifyTenant",
        tags: ["tenants"],
        summary: "Check the tenant's consent now",
        description:
          "Asks Entra ID for a fresh token. An active tenant whose consent is gone becomes consent_revoked; " +
          "one whose token lacks an application role exports need (Chat.Read.All, ChannelMessage.Read.All, " +
          "User.Read.All, Group.Read.All or Team.ReadBasic.All) becomes consent_incomplete with `missingRoles`; " +
          "a tenant whose consent is back and complete becomes active again.",
        params: TenantParams,
        response: { 200: VerifyResult, ...problems, 409: Problem },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const result = await app.consent.verify(await ownTenant(request), caller.actor, request.id);
      return { tenant: toTenantView(result.tenant), tokenOk: result.tokenOk, reason: result.reason };
    },
  );

  app.get(
    "/tenants/:tenantId/model-changes",
    {
      schema: {
        operationId: "listModelChanges",
        tags: ["tenants"],
        summary: "The tenant's payment model history",
        params: TenantParams,
        querystring: CursorQuery,
        response: { 200: pageOf(ModelChangeView), ...problems },
      },
    },
    async (request) => {
      const tenant = await ownTenant(request);
      return repo.modelChanges(tenant.accountId, tenant.id, request.query);
    },
  );

  app.post(
    "/tenants/:tenantId/purge",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "purgeTenant",
        tags: ["tenants"],
        summary: "Delete an offboarded tenant's archive",
        description:
          "Deletes every stored message, version, hosted content and export of the tenant, and frees its " +
          "Microsoft 365 tenant for onboarding again. Irreversible: `confirm` must repeat the tenant id. " +
          "Only offboarded tenants without an active legal hold can be purged. Audited.",
        params: TenantParams,
        body: PurgeTenantBody,
        response: { 200: PurgeResult, ...problems, 409: Problem, 422: Problem },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const tenant = await ownTenant(request);
      if (request.body.confirm !== tenant.id) {
        throw new HttpProblem(
          422,
          "purge_not_confirmed",
          "Unprocessable Content",
          "confirm must be the tenant's id",
        );
      }
      if (tenant.status !== "offboarded") {
        throw new HttpProblem(
          409,
          "tenant_not_offboarded",
          "Conflict",
          "Offboard the tenant (DELETE) before purging it",
        );
      }
      if (await hasActiveHold(app.db, tenant.id)) {
        throw new HttpProblem(
          409,
          "tenant_under_legal_hold",
          "Conflict",
          "Release the tenant's active legal holds before purging it",
        );
      }
      return repo.purge(tenant, caller.actor, request.id);
    },
  );
};

export default tenantRoutes;
