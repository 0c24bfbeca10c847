import { Readable } from "node:stream";
import { ArchivedMessageView, ArchiveQuery, Problem, pageOf, UsageView, Uuid } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../plugins/account-scope";
import { notFound } from "../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };
const tenantParams = z.object({ tenantId: Uuid });

/** A tenant's archive: the current version of every message Capstan stored, and its hosted contents. */
const archiveRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.exportsRepository;

  app.get(
    "/tenants/:tenantId/messages",
    {
      schema: {
        operationId: "listTenantMessages",
        tags: ["archive"],
        summary: "List a tenant's archived messages",
        description: "Current versions, filtered by sender, chat, team, channel and last-modified time.",
        params: tenantParams,
        querystring: ArchiveQuery,
        response: { 200: pageOf(ArchivedMessageView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.archive(accountIdOf(request), request.params.tenantId, request.query);
      if (!page) throw notFound("tenant");
      return page;
    },
  );

  app.get(
    "/tenants/:tenantId/messages.ndjson",
    {
      schema: {
        operationId: "streamTenantMessages",
        tags: ["archive"],
        summary: "Stream a tenant's archived messages, one JSON object per line",
        params: tenantParams,
        querystring: ArchiveQuery.omit({ cursor: true, limit: true }),
        produces: ["application/x-ndjson"],
        response: { 200: z.any().describe("NDJSON: one ArchivedMessage per line"), ...problems },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, limit: 500 };
      const lines = await repo.streamArchive(accountIdOf(request), request.params.tenantId, query);
      if (!lines) throw notFound("tenant");
      return reply.type("application/x-ndjson").send(Readable.from(lines));
    },
  );

  app.get(
    "/tenants/:tenantId/hosted-contents/:sha256",
    {
      schema: {
        operationId: "getHostedContent",
        tags: ["archive"],
        summary: "Download a hosted content (inline image, code snippet) by its SHA-256",
        params: tenantParams.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a hex SHA-256") }),
        produces: ["application/octet-stream"],
        response: { 200: z.any().describe("The bytes, with their original content type"), ...problems },
      },
    },
    async (request, reply) => {
      const content = await repo.hostedContent(
        accountIdOf(request),
        request.params.tenantId,
        request.params.sha256,
      );
      if (!content) throw notFound("hosted content");
      return reply
        .type(content.contentType)
        .header("content-length", content.size)
        .header("etag", `"${content.sha256}"`)
        .header("cache-control", "private, max-age=31536000, immutable")
        .send(Buffer.from(content.bytes));
    },
  );

  app.get(
    "/tenants/:tenantId/usage",
    {
      schema: {
        operationId: "getTenantUsage",
        tags: ["archive"],
        summary: "A tenant's Graph usage this month (or ?month=YYYY-MM) and its legacy-billing estimate",
        params: tenantParams,
        querystring: z.object({
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be YYYY-MM")
            .optional(),
        }),
        response: { 200: UsageView, ...problems },
      },
    },
    async (request) => {
      const usage = await repo.usage(accountIdOf(request), request.params.tenantId, request.query.month);
      if (!usage) throw notFound("tenant");
      return usage;
    },
  );
};

export default archiveRoutes;
