import { Readable } from "node:stream";
import { bundleBytes } from "@capstan/archive";
import { CreateExportBundleBody, ExportBundleView, Problem, Uuid } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
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
        summary: "Download a completed export bundle (tar, streamed)",
        params: bundleParams,
        produces: ["application/x-tar"],
        response: { 200: z.any().describe("The tar"), ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const bundle = await repo.get(accountIdOf(request), request.params.bundleId);
      if (!bundle) throw notFound("export bundle");
      if (bundle.status !== "completed") {
        throw new HttpProblem(409, "export_bundle_not_ready", "Conflict", `the bundle is ${bundle.status}`);
      }
      return reply
        .type("application/x-tar")
        .header("content-length", bundle.bytes)
        .header("content-disposition", `attachment; filename="capstan-bundle-${bundle.id}.tar"`)
        .header("x-manifest-sha256", bundle.manifestSha256 ?? "")
        .send(Readable.from(bundleBytes(app.db, bundle.id)));
    },
  );
};

export default bundleRoutes;
