import { LiveCaptureBody, LiveCaptureView, Problem, Uuid } from "@capstan/contracts";
import { type CaptureView, disableCapture, enableCapture, getCapture } from "@capstan/live";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../plugins/account-scope";
import { HttpProblem, notFound } from "../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };
const tenantParams = z.object({ tenantId: Uuid });

/** Live capture: Graph change notifications archive a tenant's messages as they are sent. */
const liveCaptureRoutes: FastifyPluginAsyncZod = async (app) => {
  const view = (c: CaptureView) => c as z.infer<typeof LiveCaptureView>;

  app.put(
    "/tenants/:tenantId/live-capture",
    {
      schema: {
        tags: ["live capture"],
        operationId: "putLiveCapture",
        summary: "Switch on live capture of a tenant (or change its scope)",
        description:
          "Capstan subscribes to Graph change notifications for the scope, renews the subscriptions, stores " +
          "each notified version as it arrives, and heals gaps (missed notifications, reauthorization, a " +
          "removed subscription) with a catch-up export from the point capture was last known complete. " +
          "The same call twice changes nothing.",
        params: tenantParams,
        body: LiveCaptureBody,
        response: { 200: LiveCaptureView, ...problems, 409: Problem },
      },
    },
    async (request) => {
      const accountId = accountIdOf(request);
      const tenant = await app.exportsRepository.findTenant(accountId, request.params.tenantId);
      if (!tenant) throw notFound("tenant");
      if (tenant.status === "offboarded")
        throw new HttpProblem(
          409,
          "tenant_offboarded",
          "Conflict",
          "an offboarded tenant cannot be captured",
        );
      const { scope, userId } = request.body;
      return view(
        await enableCapture(app.db, { accountId, tenantId: tenant.id, scope, userId: userId ?? null }),
      );
    },
  );

  app.get(
    "/tenants/:tenantId/live-capture",
    {
      schema: {
        tags: ["live capture"],
        operationId: "getLiveCapture",
        summary: "Get a tenant's live capture and its Graph subscriptions",
        params: tenantParams,
        response: { 200: LiveCaptureView, ...problems },
      },
    },
    async (request) => {
      const tenant = await app.exportsRepository.findTenant(accountIdOf(request), request.params.tenantId);
      const capture = tenant ? await getCapture(app.db, tenant.id) : null;
      if (!capture) throw notFound("live capture");
      return view(capture);
    },
  );

  app.delete(
    "/tenants/:tenantId/live-capture",
    {
      schema: {
        tags: ["live capture"],
        operationId: "deleteLiveCapture",
        summary: "Switch off live capture of a tenant (its Graph subscriptions are deleted)",
        params: tenantParams,
        response: { 200: LiveCaptureView, ...problems },
      },
    },
    async (request) => {
      const tenant = await app.exportsRepository.findTenant(accountIdOf(request), request.params.tenantId);
      const capture = tenant ? await disableCapture(app.db, tenant.id) : null;
      if (!capture) throw notFound("live capture");
      return view(capture);
    },
  );
};

export default liveCaptureRoutes;
