import { Readable } from "node:stream";
import {
  CreateExportBody,
  CursorQuery,
  ExportListQuery,
  ExportMessageView,
  ExportTaskView,
  ExportView,
  Problem,
  pageOf,
  TaskStatus,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../plugins/account-scope";
import { HttpProblem, notFound } from "../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };
const exportParams = z.object({ exportId: Uuid });

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.exportsRepository;

  app.post(
    "/tenants/:tenantId/exports",
    {
      schema: {
        operationId: "createExport",
        tags: ["exports"],
        summary: "Start an export",
        description:
          "Queues an export of one user's chats, one team's channels, or a whole tenant (every user and team). " +
          "It runs in the background; follow it with GET /v1/exports/{exportId}.",
        params: z.object({ tenantId: Uuid }),
        body: CreateExportBody,
        response: { 202: ExportView, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const tenant = await repo.findTenant(accountIdOf(request), request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      if (tenant.status !== "active") {
        throw new HttpProblem(
          409,
          "tenant_not_active",
          "Conflict",
          `tenant is ${tenant.status}; exports need consent`,
        );
      }
      const created = await repo.create(tenant, request.body);
      await app.queues.admit(tenant.id);
      return reply.status(202).send(await repo.toView(created.export));
    },
  );

  app.get(
    "/exports",
    {
      schema: {
        operationId: "listExports",
        tags: ["exports"],
        summary: "List exports, newest first",
        querystring: ExportListQuery,
        response: { 200: pageOf(ExportView), ...problems },
      },
    },
    async (request) => repo.list(accountIdOf(request), request.query),
  );

  app.get(
    "/exports/:exportId",
    {
      schema: {
        operationId: "getExport",
        tags: ["exports"],
        summary: "Get an export's status and progress",
        params: exportParams,
        response: { 200: ExportView, ...problems },
      },
    },
    async (request) => {
      const view = await repo.get(accountIdOf(request), request.params.exportId);
      if (!view) throw notFound("export");
      return view;
    },
  );

  app.post(
    "/exports/:exportId/cancel",
    {
      schema: {
        operationId: "cancelExport",
        tags: ["exports"],
        summary: "Cancel a queued or running export",
        description: "Open tasks stop at their next page; what was stored stays.",
        params: exportParams,
        response: { 200: ExportView, ...problems, 409: Problem },
      },
    },
    async (request) => {
      const result = await repo.cancel(accountIdOf(request), request.params.exportId);
      if (result === "not_found") throw notFound("export");
      if (result === "finished")
        throw new HttpProblem(409, "export_finished", "Conflict", "the export has already ended");
      // Its tasks no longer take up the tenant's admission: the tenant's other exports move up.
      await app.queues.admit(result.tenantId);
      return result;
    },
  );

  app.post(
    "/exports/:exportId/redrive",
    {
      schema: {
        operationId: "redriveExport",
        tags: ["exports"],
        summary: "Retry an export's failed and dead-lettered tasks",
        params: exportParams,
        response: { 200: z.object({ redriven: z.number().int() }), ...problems },
      },
    },
    async (request) => {
      const redriven = await repo.redrive(accountIdOf(request), request.params.exportId);
      if (redriven === null) throw notFound("export");
      await app.queues.admit(redriven.tenantId);
      return { redriven: redriven.taskIds.length };
    },
  );

  app.get(
    "/exports/:exportId/tasks",
    {
      schema: {
        operationId: "listExportTasks",
        tags: ["exports"],
        summary: "List an export's tasks (one per target and time shard)",
        params: exportParams,
        querystring: CursorQuery.extend({ status: TaskStatus.optional() }),
        response: { 200: pageOf(ExportTaskView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.listTasks(accountIdOf(request), request.params.exportId, request.query);
      if (!page) throw notFound("export");
      return page;
    },
  );

  app.get(
    "/exports/:exportId/messages",
    {
      schema: {
        operationId: "listExportMessages",
        tags: ["exports"],
        summary: "List the message versions an export stored",
        params: exportParams,
        querystring: CursorQuery,
        response: { 200: pageOf(ExportMessageView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.listMessages(accountIdOf(request), request.params.exportId, request.query);
      if (!page) throw notFound("export");
      return page;
    },
  );

  app.get(
    "/exports/:exportId/messages.ndjson",
    {
      schema: {
        operationId: "streamExportMessages",
        tags: ["exports"],
        summary: "Stream every message version an export stored, one JSON object per line",
        params: exportParams,
        produces: ["application/x-ndjson"],
        response: { 200: z.any().describe("NDJSON: one ExportMessage per line"), ...problems },
      },
    },
    async (request, reply) => {
      const lines = await repo.streamMessages(accountIdOf(request), request.params.exportId);
      if (!lines) throw notFound("export");
      return reply.type("application/x-ndjson").send(Readable.from(lines));
    },
  );
};

export default exportsRoutes;
