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
    // A connection of its own that gives up on a command after a second: while Redis is down or restarting,
    // requests go through unlimited (skipOnError) instead of waiting for Redis to come back. (The shared
    // connection retries forever, as BullMQ needs.)
    const redis = app.redis.duplicate({
      enableOfflineQueue: false,
      commandTimeout: 1000,
      maxRetriesPerRequest: 1,
    });
    redis.on("error", (error) => app.log.warn({ err: error.message }, "rate limit: redis connection error"));
    // Without an offline queue a command sent before the connection is up fails (and is not counted): wait
    // for it, briefly, so that limits hold from the first request. A Redis that is down does not stop the API.
    if (redis.status !== "ready") {
      await Promise.race([
        new Promise((resolve) => redis.once("ready", resolve)),
        new Promise((resolve) => setTimeout(resolve, 2000).unref()),
      ]);
    }
    app.addHook("onClose", async () => {
      redis.disconnect();
    });
    await app.register(rateLimit, {
      global: false,
      redis,
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
