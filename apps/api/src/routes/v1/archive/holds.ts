import {
  CreateLegalHoldBody,
  CursorQuery,
  LegalHoldDetailView,
  LegalHoldView,
  Problem,
  pageOf,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../../plugins/account-scope";
import { callerOf } from "../../../plugins/auth";
import { HttpProblem, notFound } from "../../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };

/** Legal holds: while one is active nothing deletes what it covers (retention skips it, purges are refused). */
const holdRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.archiveRepository;

  app.post(
    "/tenants/:tenantId/legal-holds",
    {
      schema: {
        operationId: "createLegalHold",
        tags: ["legal holds"],
        summary: "Place a legal hold on a tenant, a user, a chat or a query",
        description:
          "`tenant` holds everything; `user` what the user sent and every chat or channel the user wrote in; " +
          "`chat` one chat; `query` the messages matching every criterion given. Audited.",
        params: z.object({ tenantId: Uuid }),
        body: CreateLegalHoldBody,
        response: { 201: LegalHoldView, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const tenant = await app.tenantsRepository.find(caller.account.id, request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      if (tenant.purgedAt) {
        throw new HttpProblem(409, "tenant_purged", "Conflict", "the tenant's archive was purged");
      }
      const hold = await repo.createHold(
        tenant.id,
        request.body,
        caller.actor,
        caller.account.id,
        request.id,
      );
      return reply.status(201).send(hold);
    },
  );

  app.get(
    "/tenants/:tenantId/legal-holds",
    {
      schema: {
        operationId: "listLegalHolds",
        tags: ["legal holds"],
        summary: "The tenant's legal holds, active and released, newest first",
        params: z.object({ tenantId: Uuid }),
        querystring: CursorQuery,
        response: { 200: pageOf(LegalHoldView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.listHolds(accountIdOf(request), request.params.tenantId, request.query);
      if (!page) throw notFound("tenant");
      return page;
    },
  );

  app.get(
    "/legal-holds/:holdId",
    {
      schema: {
        operationId: "getLegalHold",
        tags: ["legal holds"],
        summary: "A legal hold, with how many archived messages it covers",
        params: z.object({ holdId: Uuid }),
        response: { 200: LegalHoldDetailView, ...problems },
      },
    },
    async (request) => {
      const hold = await repo.getHold(accountIdOf(request), request.params.holdId);
      if (!hold) throw notFound("legal hold");
      return hold;
    },
  );

  app.post(
    "/legal-holds/:holdId/release",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "releaseLegalHold",
        tags: ["legal holds"],
        summary: "Release a legal hold",
        description:
          "From then on retention may delete what only this hold kept. Releasing a released hold changes " +
          "nothing. Audited.",
        params: z.object({ holdId: Uuid }),
        response: { 200: LegalHoldView, ...problems },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const hold = await repo.releaseHold(caller.account.id, request.params.holdId, caller.actor, request.id);
      if (!hold) throw notFound("legal hold");
      return hold;
    },
  );
};

export default holdRoutes;
