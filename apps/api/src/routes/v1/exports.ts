import {
  CreateExportBody,
  CursorQuery,
  ExportMessageView,
  ExportView,
  Problem,
  pageOf,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem, notFound } from "../../plugins/errors";
import { InvalidCursorError } from "../../repositories/exports";

const problems = { 400: Problem, 404: Problem };

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/tenants/:tenantId/exports",
    {
      schema: {
        tags: ["exports"],
        summary: "Start an export",
        description: "Queues an export of a user's chats. The export runs in the background; poll it by id.",
        params: z.object({ tenantId: Uuid }),
        body: CreateExportBody,
        response: { 202: ExportView, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const tenant = await app.exportsRepository.findTenant(request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      if (tenant.status !== "active") {
        throw new HttpProblem(
          409,
          "tenant_not_active",
          "Conflict",
          `tenant is ${tenant.status}; exports need consent`,
        );
      }
      const created = await app.exportsRepository.create(tenant, request.body);
      // The job id is the task id: enqueueing twice (a retry, the reconciler) runs the task once.
      for (const taskId of created.taskIds) await app.queues.add("exportTask", { taskId }, { jobId: taskId });
      return reply.status(202).send(await app.exportsRepository.toView(created.export));
    },
  );

  app.get(
    "/exports/:exportId",
    {
      schema: {
        tags: ["exports"],
        summary: "Get an export's status and progress",
        params: z.object({ exportId: Uuid }),
        response: { 200: ExportView, ...problems },
      },
    },
    async (request) => {
      const view = await app.exportsRepository.get(request.params.exportId);
      if (!view) throw notFound("export");
      return view;
    },
  );

  app.get(
    "/exports/:exportId/messages",
    {
      schema: {
        tags: ["exports"],
        summary: "List the message versions an export stored",
        params: z.object({ exportId: Uuid }),
        querystring: CursorQuery,
        response: { 200: pageOf(ExportMessageView), ...problems },
      },
    },
    async (request) => {
      const view = await app.exportsRepository.get(request.params.exportId);
      if (!view) throw notFound("export");
      try {
        return await app.exportsRepository.listMessages(request.params.exportId, request.query);
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          throw new HttpProblem(400, "invalid_cursor", "Bad Request", "cursor is not one this API issued");
        }
        throw error;
      }
    },
  );
};

export default exportsRoutes;
