import { randomUUID } from "node:crypto";
import type { Config } from "@capstan/config";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import configPlugin from "./plugins/config";
import dbPlugin from "./plugins/db";
import errorsPlugin from "./plugins/errors";
import queuesPlugin from "./plugins/queues";
import swaggerPlugin from "./plugins/swagger";
import exportsRepositoryPlugin from "./repositories/exports";
import schedulesRepositoryPlugin from "./repositories/schedules";
import archiveRoutes from "./routes/v1/archive";
import exportsRoutes from "./routes/v1/exports";
import scheduleRoutes from "./routes/v1/schedules";

export interface BuildAppOptions {
  config: Config;
  /** Pino options or false; tests pass their own to capture lines. */
  logger?: boolean | Record<string, unknown>;
}

/** Builds the API: external plugins, then app plugins and repositories, then routes. */
export async function buildApp({ config, logger }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? {
      level: config.LOG_LEVEL,
      redact: ["req.headers.authorization", "req.headers.cookie", "req.headers['x-ops-token']"],
    },
    // A caller's request id is kept when it looks sane, otherwise a fresh one is made.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  await app.register(configPlugin, { config });
  await app.register(errorsPlugin);
  await app.register(swaggerPlugin);
  await app.register(dbPlugin);
  await app.register(queuesPlugin);
  await app.register(exportsRepositoryPlugin);
  await app.register(schedulesRepositoryPlugin);

  await app.register(exportsRoutes, { prefix: "/v1" });
  await app.register(archiveRoutes, { prefix: "/v1" });
  await app.register(scheduleRoutes, { prefix: "/v1" });

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  return app;
}
