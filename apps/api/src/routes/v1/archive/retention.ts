import {
  CreateRetentionPolicyBody,
  CursorQuery,
  Problem,
  pageOf,
  RetentionPolicyView,
  RetentionRunView,
  UpdateRetentionPolicyBody,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../../plugins/account-scope";
import { callerOf } from "../../../plugins/auth";
import { HttpProblem, notFound } from "../../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };
const policyParams = z.object({ policyId: Uuid });

/**
 * Retention policies: the worker applies each enabled policy daily, deleting messages past it that no
 * legal hold covers, and records every deleted version (what, when, which policy and run).
 */
const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.retentionRepository;

  app.post(
    "/tenants/:tenantId/retention-policies",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "createRetentionPolicy",
        tags: ["retention"],
        summary: "Add a retention policy to a tenant",
        description:
          "`created`: delete messages `keepDays` after Graph created them; `deleted`: delete messages " +
          "`keepDays` after they were deleted in Teams (messages never deleted stay). Held messages always " +
          "stay. The first run is due at once. Audited.",
        params: z.object({ tenantId: Uuid }),
        body: CreateRetentionPolicyBody,
        response: { 201: RetentionPolicyView, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const tenant = await app.tenantsRepository.find(caller.account.id, request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      if (tenant.purgedAt) {
        throw new HttpProblem(409, "tenant_purged", "Conflict", "the tenant's archive was purged");
      }
      const policy = await repo.create(tenant.id, request.body, {
        accountId: caller.account.id,
        actor: caller.actor,
        requestId: request.id,
      });
      return reply.status(201).send(policy);
    },
  );

  app.get(
    "/tenants/:tenantId/retention-policies",
    {
      schema: {
        operationId: "listRetentionPolicies",
        tags: ["retention"],
        summary: "The tenant's retention policies, newest first",
        params: z.object({ tenantId: Uuid }),
        querystring: CursorQuery,
        response: { 200: pageOf(RetentionPolicyView), ...problems },
      },
    },
    async (request) => {
      const accountId = accountIdOf(request);
      const tenant = await app.tenantsRepository.find(accountId, request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      return repo.list(accountId, tenant.id, request.query);
    },
  );

  app.get(
    "/retention-policies/:policyId",
    {
      schema: {
        operationId: "getRetentionPolicy",
        tags: ["retention"],
        summary: "A retention policy",
        params: policyParams,
        response: { 200: RetentionPolicyView, ...problems },
      },
    },
    async (request) => {
      const policy = await repo.get(accountIdOf(request), request.params.policyId);
      if (!policy) throw notFound("retention policy");
      return policy;
    },
  );

  app.patch(
    "/retention-policies/:policyId",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "updateRetentionPolicy",
        tags: ["retention"],
        summary: "Rename, re-time, enable or disable a retention policy",
        description: "Audited, with the policy as it was before.",
        params: policyParams,
        body: UpdateRetentionPolicyBody,
        response: { 200: RetentionPolicyView, ...problems },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const policy = await repo.update(request.params.policyId, request.body, {
        accountId: caller.account.id,
        actor: caller.actor,
        requestId: request.id,
      });
      if (!policy) throw notFound("retention policy");
      return policy;
    },
  );

  app.post(
    "/retention-policies/:policyId/run",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "runRetentionPolicy",
        tags: ["retention"],
        summary: "Apply a retention policy now",
        description: "Runs what the worker runs daily, and answers the finished run. Audited.",
        params: policyParams,
        response: { 200: RetentionRunView, ...problems },
      },
    },
    async (request) => {
      const run = await repo.runNow(accountIdOf(request), request.params.policyId);
      if (!run) throw notFound("retention policy");
      return run;
    },
  );

  app.get(
    "/retention-policies/:policyId/runs",
    {
      schema: {
        operationId: "listRetentionRuns",
        tags: ["retention"],
        summary: "A retention policy's runs, newest first",
        params: policyParams,
        querystring: CursorQuery,
        response: { 200: pageOf(RetentionRunView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.runs(accountIdOf(request), request.params.policyId, request.query);
      if (!page) throw notFound("retention policy");
      return page;
    },
  );
};

export default retentionRoutes;
