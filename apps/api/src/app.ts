import { randomUUID } from "node:crypto";
import type { Config } from "@capstan/config";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import archiveSignerPlugin from "./plugins/archive-signer";
import authPlugin from "./plugins/auth";
import configPlugin from "./plugins/config";
import consentPlugin from "./plugins/consent";
import dbPlugin from "./plugins/db";
import errorsPlugin, { clientErrorHandler, frameworkErrorHandler } from "./plugins/errors";
import identityPlugin from "./plugins/identity";
import livePlugin from "./plugins/live";
import metricsPlugin from "./plugins/metrics";
import queuesPlugin from "./plugins/queues";
import rateLimitPlugin from "./plugins/rate-limit";
import swaggerPlugin from "./plugins/swagger";
import accountsRepositoryPlugin from "./repositories/accounts";
import archiveRepositoryPlugin from "./repositories/archive";
import bundlesRepositoryPlugin from "./repositories/bundles";
import exportsRepositoryPlugin from "./repositories/exports";
import opsStatsPlugin from "./repositories/ops-stats";
import retentionRepositoryPlugin from "./repositories/retention";
import schedulesRepositoryPlugin from "./repositories/schedules";
import tenantsRepositoryPlugin from "./repositories/tenants";
import webhooksRepositoryPlugin from "./repositories/webhooks";
import consentCallbackRoutes from "./routes/consent/callback";
import graphNotificationRoutes from "./routes/graph-notifications";
import opsRoutes from "./routes/ops";
import opsDashboardRoutes from "./routes/ops-dashboard";
import signingKeyRoutes from "./routes/public/signing-keys";
import v1Routes from "./routes/v1";

export interface BuildAppOptions {
  config: Config;
  /** Pino options (merged over the defaults, redaction included) or false; tests pass a stream to capture lines. */
  logger?: boolean | Record<string, unknown>;
}

export interface RouteEntry {
  method: string;
  url: string;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered (HEAD twins excluded): what the isolation test walks. */
    routeCatalog: RouteEntry[];
  }
}

/** Query parameters whose values never reach a log line. */
const SECRET_QUERY = /([?&](?:state|code|client_secret|key|token|access_token)=)[^&]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY, "$1[REDACTED]");
}

/** Log options every process of the API uses: request ids come from Fastify, secrets never appear. */
export function loggerOptions(config: Config) {
  return {
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-ops-token"]',
        "*.authorization",
        "*.clientSecret",
        "*.client_secret",
        "*.accessToken",
        "*.access_token",
        "*.secret",
        "*.state",
      ],
      censor: "[REDACTED]",
    },
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          url: redactUrl(request.url),
          host: request.host,
          remoteAddress: request.ip,
        };
      },
    },
  };
}

/** Builds the API: external plugins, then app plugins and repositories, then routes. */
export async function buildApp({ config, logger }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      logger === false ? false : { ...loggerOptions(config), ...(typeof logger === "object" ? logger : {}) },
    // A caller's request id is kept when it looks sane, otherwise a fresh one is made.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    // Behind a proxy, set this so per-address limits see the client, not the proxy.
    trustProxy: false,
    // Requests refused before routing (router, HTTP parser) are problem+json too.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  const catalog: RouteEntry[] = [];
  app.decorate("routeCatalog", catalog);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") catalog.push({ method, url: route.url });
    }
  });

  await app.register(configPlugin, { config });
  await app.register(errorsPlugin);
  await app.register(swaggerPlugin);
  await app.register(dbPlugin);
  await app.register(queuesPlugin);
  await app.register(rateLimitPlugin);
  await app.register(identityPlugin);
  await app.register(archiveSignerPlugin);

  await app.register(accountsRepositoryPlugin);
  await app.register(tenantsRepositoryPlugin);
  await app.register(exportsRepositoryPlugin);
  await app.register(schedulesRepositoryPlugin);
  await app.register(webhooksRepositoryPlugin);
  await app.register(archiveRepositoryPlugin);
  await app.register(retentionRepositoryPlugin);
  await app.register(bundlesRepositoryPlugin);
  await app.register(opsStatsPlugin);
  await app.register(metricsPlugin);
  await app.register(authPlugin);
  await app.register(consentPlugin);
  await app.register(livePlugin);

  // Routes by folder: /v1 needs an API key, the consent callback and the signing keys are public, /ops/v1 needs the ops token,
  // the rest of /ops (dashboard, bull-board) an ops sign-in.
  await app.register(v1Routes, { prefix: "/v1" });
  await app.register(consentCallbackRoutes, { prefix: "/v1" });
  await app.register(signingKeyRoutes, { prefix: "/v1" });
  // Public, for Microsoft Graph: every notification is verified on its own.
  await app.register(graphNotificationRoutes, { prefix: "/graph" });
  await app.register(opsRoutes, { prefix: "/ops/v1" });
  await app.register(opsDashboardRoutes, { prefix: "/ops" });

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  return app;
}
