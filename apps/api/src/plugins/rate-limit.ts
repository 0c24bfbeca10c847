import rateLimit, { type RateLimitOptions } from "@fastify/rate-limit";
import type { FastifyInstance, onRequestAsyncHookHandler } from "fastify";
import fp from "fastify-plugin";
import { HttpProblem } from "./errors";

interface Policy {
  name: string;
  windowSeconds: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /**
     * An onRequest hook that counts the request against the named policy (429 once it is spent) and makes the
     * answer carry the policy in the IETF form (RateLimit-Policy, RateLimit) beside x-ratelimit-*.
     */
    requestLimit(policy: string, options?: RateLimitOptions): onRequestAsyncHookHandler;
  }
  interface FastifyRequest {
    rateLimitPolicy?: Policy;
  }
}

/** A structured-field String (RFC 9651): quoted, with `"` and `\` escaped. */
const sfString = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * Per-caller request limits in Redis (shared by every API process), keys `${REDIS_PREFIX}:rate-limit:key:<id>`
 * and `…:ip:<address>`. Nothing is limited globally; scopes add `app.requestLimit(policy)` as a hook: /v1 (per
 * API key, policy "api-key") and the consent callback (per address, "consent-callback").
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
    app.decorate("requestLimit", (name: string, options?: RateLimitOptions) => {
      const count = app.rateLimit(options) as onRequestAsyncHookHandler;
      const windowMs = Number(options?.timeWindow ?? app.config.API_RATE_LIMIT_WINDOW_MS);
      const policy: Policy = { name, windowSeconds: Math.ceil(windowMs / 1000) };
      return async function requestLimit(request, reply) {
        request.rateLimitPolicy = policy;
        return count.call(this, request, reply);
      };
    });
    // The library counts and writes x-ratelimit-*; the same numbers in the form of
    // draft-ietf-httpapi-ratelimit-headers. Nothing is claimed when the counter could not be read (Redis away:
    // requests pass unlimited and the library reports a zero reset).
    app.addHook("onSend", async (request, reply) => {
      const policy = request.rateLimitPolicy;
      const limit = reply.getHeader("x-ratelimit-limit");
      const remaining = reply.getHeader("x-ratelimit-remaining");
      const reset = reply.getHeader("x-ratelimit-reset");
      if (!policy || limit === undefined || remaining === undefined || reset === undefined) return;
      if (Number(reset) === 0) return;
      const name = sfString(policy.name);
      reply.header("ratelimit-policy", `${name};q=${Number(limit)};w=${policy.windowSeconds}`);
      reply.header("ratelimit", `${name};r=${Number(remaining)};t=${Number(reset)}`);
    });
  },
  { name: "rate-limits", dependencies: ["config", "queues"] },
);
