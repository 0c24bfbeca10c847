import type { FastifyInstance } from "fastify";
import idempotency from "../../plugins/idempotency";
import { documentAuth } from "../docs";
import accountRoutes from "./account";
import apiKeyRoutes from "./api-keys";
import archiveRoutes from "./archive";
import complianceArchiveRoutes from "./archive/index";
import auditRoutes from "./audit";
import exportsRoutes from "./exports";
import liveCaptureRoutes from "./live-capture";
import policyViolationRoutes from "./policy-violations";
import scheduleRoutes from "./schedules";
import tenantRoutes from "./tenants";
import webhookRoutes from "./webhook-endpoints";

/**
 * The ISV-facing API. Everything registered in here needs an API key (autohook-style: the hooks of this
 * scope run for every route of this folder), is rate limited per key, and honours Idempotency-Key on POST.
 */
export default async function v1(app: FastifyInstance) {
  app.addHook("onRoute", (route) => documentAuth(route, "apiKey"));
  app.addHook("onRequest", app.authenticateApiKey);
  // After authentication, so the limit is counted per key.
  app.addHook("onRequest", app.requestLimit("api-key"));
  await app.register(idempotency);

  await app.register(accountRoutes);
  await app.register(apiKeyRoutes);
  await app.register(tenantRoutes);
  await app.register(exportsRoutes);
  await app.register(archiveRoutes);
  await app.register(complianceArchiveRoutes);
  await app.register(scheduleRoutes);
  await app.register(liveCaptureRoutes);
  await app.register(policyViolationRoutes);
  await app.register(auditRoutes);
  await app.register(webhookRoutes);
}
