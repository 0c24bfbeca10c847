import { AuditEventView, CursorQuery, Problem, pageOf } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { callerOf } from "../../plugins/auth";
import { listAuditEvents } from "../../repositories/audit";

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/audit-events",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "listAuditEvents",
        tags: ["account"],
        summary: "The account's audit trail",
        description:
          "Keys created and revoked, tenants created, model changes, consent, offboarding, purges.",
        querystring: CursorQuery,
        response: { 200: pageOf(AuditEventView), 400: Problem },
      },
    },
    async (request) => listAuditEvents(app.db, callerOf(request).account.id, request.query),
  );
};

export default auditRoutes;
