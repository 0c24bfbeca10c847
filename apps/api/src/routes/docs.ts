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
    security: [{ [security]: [] }],
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
