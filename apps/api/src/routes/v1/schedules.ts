import { Problem, ScheduleBody, ScheduleView, Uuid } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../plugins/account-scope";
import { HttpProblem, notFound } from "../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };
const tenantParams = z.object({ tenantId: Uuid });

/** Continuous export: a tenant exported every interval, each run from each target's watermark minus the overlap. */
const scheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.schedulesRepository;

  app.put(
    "/tenants/:tenantId/schedule",
    {
      schema: {
        operationId: "setSchedule",
        tags: ["schedules"],
        summary: "Export a tenant continuously",
        params: tenantParams,
        body: ScheduleBody,
        response: { 200: ScheduleView, ...problems, 409: Problem },
      },
    },
    async (request) => {
      const accountId = accountIdOf(request);
      const tenant = await app.exportsRepository.findTenant(accountId, request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      if (tenant.status === "offboarded") {
        throw new HttpProblem(
          409,
          "tenant_offboarded",
          "Conflict",
          "an offboarded tenant cannot be scheduled",
        );
      }
      return repo.put(accountId, tenant.id, request.body);
    },
  );

  app.get(
    "/tenants/:tenantId/schedule",
    {
      schema: {
        operationId: "getSchedule",
        tags: ["schedules"],
        summary: "Get a tenant's continuous-export schedule",
        params: tenantParams,
        response: { 200: ScheduleView, ...problems },
      },
    },
    async (request) => {
      const schedule = await repo.get(accountIdOf(request), request.params.tenantId);
      if (!schedule) throw notFound("schedule");
      return schedule;
    },
  );

  app.delete(
    "/tenants/:tenantId/schedule",
    {
      schema: {
        operationId: "deleteSchedule",
        tags: ["schedules"],
        summary: "Stop exporting a tenant continuously",
        params: tenantParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      if (!(await repo.remove(accountIdOf(request), request.params.tenantId))) throw notFound("schedule");
      return reply.status(204).send(null);
    },
  );
};

export default scheduleRoutes;
