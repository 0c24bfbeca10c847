import { Problem } from "@capstan/contracts";
import type { RouteOptions } from "fastify";

/**
 * Documents the credential a scope of routes needs and the problems its hooks can answer, on every route of
 * that scope, so no route's OpenAPI entry can forget them.
 */
export function documentAuth(route: RouteOptions, security: "apiKey" | "opsToken"): void {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const response = (schema.response ?? {}) as Record<string, unknown>;
  const scope =
    security === "apiKey"
      ? ((route.config as { scope?: string } | undefined)?.scope ??
        (route.method === "GET" || route.method === "HEAD" ? "read" : "write"))
      : null;
  route.schema = {
    ...schema,
    // OpenAPI 3.1 lets a non-OAuth requirement name roles: the API key scope this route needs.
    security: security === "apiKey" ? [{ apiKey: [scope] }] : [{ opsToken: [] }, { opsTokenHeader: [] }],
    ...(scope
      ? {
          description: `${schema.description ? `${schema.description}\n\n` : ""}Needs an API key with the \`${scope}\` scope.`,
          "x-required-scope": scope,
        }
      : {}),
    response: {
      ...response,
      401: Problem,
      ...(security === "apiKey" ? { 403: Problem, 429: Problem } : {}),
    },
  } as RouteOptions["schema"];
}
