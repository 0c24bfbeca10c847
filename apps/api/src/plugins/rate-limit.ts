import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { HttpProblem } from "./errors";

/**
 * Per-caller request limits in Redis (shared by every API process), keys `${REDIS_PREFIX}:rate-limit:key:<id>`
 * and `…:ip:<address>`. Nothing is limited globally; scopes add `app.rateLimit()` as a hook: /v1 (per API
 * key) and the consent callback (per address).
 */
export default fp(
  async function rateLimits(app: FastifyInstance) {
    await app.register(rateLimit, {
      global: false,
      redis: app.redis,
      nameSpace: `${app.config.REDIS_PREFIX}:rate-limit:`,
      max: app.config.API_RATE_LIMIT_MAX,
      timeWindow: app.config.API_RATE_LIMIT_WINDOW_MS,
      // Per API key once the key is known (the /v1 hook runs after authentication), else per address.
      keyGenerator: (request) => (request.caller ? `key:${request.caller.apiKey.id}` : `ip:${request.ip}`),
      // Redis trouble must not take the API down with it.
      skipOnError: true,
      errorResponseBuilder: (_request, context) =>
        new HttpProblem(
          429,
          "rate_limited",
          "Too Many Requests",
          `Rate limit of ${context.max} requests exceeded; retry in ${context.after}`,
        ),
    });
  },
  { name: "rate-limits", dependencies: ["config", "queues"] },
);
