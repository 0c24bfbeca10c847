import { PolicyViolationBody, PolicyViolationView, Problem, Uuid } from "@capstan/contracts";
import { getPolicyViolation, requestPolicyViolation } from "@capstan/live";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../plugins/account-scope";
import { callerOf } from "../../plugins/auth";
import { notFound } from "../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };

/** DLP: a policyViolation applied to an archived message through Graph, archived as a new version. */
const policyViolationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/tenants/:tenantId/policy-violations",
    {
      schema: {
        tags: ["dlp"],
        operationId: "createPolicyViolation",
        summary: "Apply a DLP policyViolation to an archived chat or channel message (or reply)",
        description:
          "Recorded at once (202) and applied by a worker through Graph's PATCH (only `policyViolation` " +
          "changes); the version Graph answers with is archived as a new version with who, when and why, " +
          "and a `message.policy_violation_applied` webhook event follows. The same verdict for the same " +
          "message again answers 200 with the first request.",
        params: z.object({ tenantId: Uuid }),
        body: PolicyViolationBody,
        response: { 200: PolicyViolationView, 202: PolicyViolationView, ...problems },
      },
    },
    async (request, reply) => {
      const accountId = accountIdOf(request);
      const tenant = await app.exportsRepository.findTenant(accountId, request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      const result = await requestPolicyViolation(app.db, {
        accountId,
        tenantId: tenant.id,
        apiKeyId: callerOf(request).apiKey.id,
        body: request.body,
      });
      if (!result) throw notFound("message");
      return reply.code(result.created ? 202 : 200).send(result.view);
    },
  );

  app.get(
    "/tenants/:tenantId/policy-violations/:policyViolationId",
    {
      schema: {
        tags: ["dlp"],
        operationId: "getPolicyViolation",
        summary: "Get a policy-violation request and whether Graph applied it",
        params: z.object({ tenantId: Uuid, policyViolationId: Uuid }),
        response: { 200: PolicyViolationView, ...problems },
      },
    },
    async (request) => {
      const tenant = await app.exportsRepository.findTenant(accountIdOf(request), request.params.tenantId);
      const view = tenant
        ? await getPolicyViolation(app.db, tenant.id, request.params.policyViolationId)
        : null;
      if (!view) throw notFound("policy violation");
      return view;
    },
  );
};

export default policyViolationRoutes;
