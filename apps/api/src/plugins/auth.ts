import type { ApiScope } from "@capstan/contracts";
import type { Account, ApiKey } from "@capstan/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { safeEqual } from "../lib/api-keys";
import { HttpProblem } from "./errors";

export interface Caller {
  account: Account;
  apiKey: ApiKey;
  /** How audit records and model changes name this caller. */
  actor: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the API key hook on every /v1 route except the consent callback. */
    caller: Caller | null;
    /** The caller's account (what accountIdOf reads); null outside /v1. */
    account: Account | null;
  }
  interface FastifyContextConfig {
    /** The scope an API key needs for this route; by default read for GET, write otherwise. */
    scope?: ApiScope;
  }
  interface FastifyInstance {
    authenticateApiKey(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    authenticateOps(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

/** The account and key of an authenticated /v1 request. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized("unauthorized", "An API key is required");
  return request.caller;
}

export function requiredScope(request: FastifyRequest): ApiScope {
  const configured = request.routeOptions.config.scope;
  if (configured) return configured;
  return request.method === "GET" || request.method === "HEAD" ? "read" : "write";
}

function unauthorized(code: string, detail: string) {
  return new HttpProblem(401, code, "Unauthorized", detail);
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== "string") return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}

/**
 * Authentication hooks. /v1 takes `Authorization: Bearer cap_live_…` API keys; /ops/v1 takes the ops token
 * (Bearer or x-ops-token). Neither credential opens the other's routes.
 */
export default fp(
  async function auth(app: FastifyInstance) {
    app.decorateRequest("caller", null);
    app.decorateRequest("account", null);

    app.decorate("authenticateApiKey", async (request: FastifyRequest, reply: FastifyReply) => {
      const key = bearer(request);
      if (!key) {
        reply.header("www-authenticate", 'Bearer realm="capstan"');
        throw unauthorized("unauthorized", "Send an API key: Authorization: Bearer cap_live_…");
      }
      const result = await app.accountsRepository.authenticate(key);
      if (!result.ok) {
        reply.header("www-authenticate", 'Bearer realm="capstan", error="invalid_token"');
        throw result.reason === "revoked"
          ? unauthorized("api_key_revoked", "This API key was revoked")
          : result.reason === "expired"
            ? unauthorized("api_key_expired", "This API key has expired")
            : unauthorized("invalid_api_key", "The API key is not valid");
      }
      request.caller = {
        account: result.account,
        apiKey: result.apiKey,
        actor: `api_key:${result.apiKey.id}`,
      };
      request.account = result.account;
      const scope = requiredScope(request);
      if (!result.apiKey.scopes.includes(scope)) {
        reply.header(
          "www-authenticate",
          `Bearer realm="capstan", error="insufficient_scope", scope="${scope}"`,
        );
        throw new HttpProblem(
          403,
          "insufficient_scope",
          "Forbidden",
          `This route needs an API key with the ${scope} scope`,
        );
      }
    });

    app.decorate("authenticateOps", async (request: FastifyRequest) => {
      const expected = app.config.OPS_TOKEN;
      const header = request.headers["x-ops-token"];
      const given = typeof header === "string" ? header : bearer(request);
      if (!expected || !given || !safeEqual(given, expected)) {
        throw unauthorized("ops_unauthorized", "Operator routes need the ops token");
      }
    });
  },
  { name: "auth", dependencies: ["config", "accounts-repository"] },
);
