import { Readable } from "node:stream";
import { bundleBytes } from "@capstan/archive";
import {
  CreateExportBundleBody,
  ExportBundleView,
  ListExportBundlesQuery,
  Problem,
  pageOf,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import parseRange from "range-parser";
import { z } from "zod";
import { accountIdOf } from "../../../plugins/account-scope";
import { callerOf } from "../../../plugins/auth";
import { HttpProblem, notFound } from "../../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };
const bundleParams = z.object({ bundleId: Uuid });

/** Export bundles an eDiscovery reviewer can open: built by the workers, downloaded as one tar. */
const bundleRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.bundlesRepository;

  app.post(
    "/tenants/:tenantId/export-bundles",
    {
      schema: {
        operationId: "createExportBundle",
        tags: ["export bundles"],
        summary: "Bundle the messages a query finds or a legal hold covers",
        description:
          "Answers 202 at once; a worker builds the tar: per conversation, NDJSON of the messages, one RFC 5322 " +
          "EML per message (hosted contents as inline MIME parts) and an HTML transcript; then manifest.json " +
          "(every file's size and SHA-256, the ledger head) and manifest.jws (its hash, signed). Audited.",
        params: z.object({ tenantId: Uuid }),
        body: CreateExportBundleBody,
        response: { 202: ExportBundleView, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const tenant = await app.tenantsRepository.find(caller.account.id, request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      if (tenant.purgedAt)
        throw new HttpProblem(409, "tenant_purged", "Conflict", "the tenant's archive was purged");
      const bundle = await repo.create(tenant.id, request.body, {
        accountId: caller.account.id,
        actor: caller.actor,
        requestId: request.id,
      });
      if (!bundle) throw notFound("legal hold");
      return reply.status(202).send(bundle);
    },
  );

  app.get(
    "/tenants/:tenantId/export-bundles",
    {
      schema: {
        operationId: "listExportBundles",
        tags: ["export bundles"],
        summary: "The tenant's export bundles, newest first",
        params: z.object({ tenantId: Uuid }),
        querystring: ListExportBundlesQuery,
        response: { 200: pageOf(ExportBundleView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.list(accountIdOf(request), request.params.tenantId, request.query);
      if (!page) throw notFound("tenant");
      return page;
    },
  );

  app.delete(
    "/export-bundles/:bundleId",
    {
      schema: {
        operationId: "deleteExportBundle",
        tags: ["export bundles"],
        summary: "Remove a completed or failed bundle's bytes now",
        description:
          "The bundle stays as the record of what was produced, `expired`, with removedAt and removedBy; its " +
          "download answers 410 from then on. Idempotent; audited. A bundle still building answers 409.",
        params: bundleParams,
        response: { 200: ExportBundleView, ...problems, 409: Problem },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const bundle = await repo.remove(caller.account.id, request.params.bundleId, {
        actor: caller.actor,
        requestId: request.id,
      });
      if (!bundle) throw notFound("export bundle");
      if (bundle === "building") {
        throw new HttpProblem(409, "export_bundle_building", "Conflict", "the bundle is still being built");
      }
      return bundle;
    },
  );

  app.get(
    "/export-bundles/:bundleId",
    {
      schema: {
        operationId: "getExportBundle",
        tags: ["export bundles"],
        summary: "An export bundle's progress",
        params: bundleParams,
        response: { 200: ExportBundleView, ...problems },
      },
    },
    async (request) => {
      const bundle = await repo.get(accountIdOf(request), request.params.bundleId);
      if (!bundle) throw notFound("export bundle");
      return bundle;
    },
  );

  app.get(
    "/export-bundles/:bundleId/download",
    {
      schema: {
        operationId: "downloadExportBundle",
        tags: ["export bundles"],
        summary: "Download a completed export bundle (tar, streamed; byte ranges for resuming)",
        description:
          "Answers `Accept-Ranges: bytes` and an ETag (the manifest's SHA-256): a download cut short resumes " +
          "with `Range: bytes=<received>-` (and `If-Range: <etag>`), answered 206. One range per request; " +
          "several are answered with the whole tar. 410 once the bundle expired.",
        params: bundleParams,
        produces: ["application/x-tar"],
        response: {
          200: z.any().describe("The tar"),
          206: z.any().describe("The requested byte range of the tar"),
          ...problems,
          409: Problem,
          410: Problem,
          416: Problem,
        },
      },
    },
    async (request, reply) => {
      const bundle = await repo.get(accountIdOf(request), request.params.bundleId);
      if (!bundle) throw notFound("export bundle");
      if (bundle.status === "expired") {
        throw new HttpProblem(
          410,
          "export_bundle_expired",
          "Gone",
          `the bundle's bytes were removed at ${bundle.removedAt} (${bundle.removedBy === "expiry" ? "expiry" : "deleted"})`,
        );
      }
      if (bundle.status !== "completed") {
        throw new HttpProblem(409, "export_bundle_not_ready", "Conflict", `the bundle is ${bundle.status}`);
      }
      const size = bundle.bytes;
      const etag = `"${bundle.manifestSha256 ?? bundle.id}"`;
      reply
        .type("application/x-tar")
        .header("accept-ranges", "bytes")
        .header("etag", etag)
        .header("content-disposition", `attachment; filename="capstan-bundle-${bundle.id}.tar"`)
        .header("x-manifest-sha256", bundle.manifestSha256 ?? "");
      const asked = request.headers.range;
      const ifRange = request.headers["if-range"];
      // A Range under an If-Range naming another version of the bytes gets the whole tar (RFC 9110 13.1.5).
      if (asked && (ifRange === undefined || ifRange === etag)) {
        const ranges = parseRange(size, asked, { combine: true });
        if (ranges === -1) {
          reply.header("content-range", `bytes */${size}`);
          throw new HttpProblem(
            416,
            "range_not_satisfiable",
            "Range Not Satisfiable",
            `the bundle has ${size} bytes`,
          );
        }
        // Malformed (-2), not bytes, or several ranges: answered with the whole tar, as RFC 9110 allows.
        if (Array.isArray(ranges) && ranges.type === "bytes" && ranges.length === 1) {
          const { start, end } = ranges[0] as { start: number; end: number };
          return reply
            .status(206)
            .header("content-range", `bytes ${start}-${end}/${size}`)
            .header("content-length", end - start + 1)
            .send(Readable.from(bundleBytes(app.db, bundle.id, { start, end })));
        }
      }
      return reply.header("content-length", size).send(Readable.from(bundleBytes(app.db, bundle.id)));
    },
  );
};

export default bundleRoutes;
