/**
 * The last pass over the OpenAPI document, after the routes' zod schemas became JSON Schema: what no single
 * route can say. Servers, licence, problem+json on every error answer, the headers every answer carries,
 * examples lifted from the schemas onto request and response bodies, and no component left unused.
 */

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  security?: Json[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, Response>;
};
type MediaType = { schema?: Json; example?: unknown };
type Response = { description?: string; content?: Record<string, MediaType>; headers?: Json };

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

const PROBLEM = "application/problem+json";

/** What each status means on this API, with the problem an example shows (docs/api.md lists every code). */
const ERRORS: Record<string, { description: string; code: string; title: string; detail: string }> = {
  "400": {
    description: "The request is invalid: validation_failed (see `errors`), invalid_cursor, and others",
    code: "validation_failed",
    title: "Bad Request",
    detail: "The request body is invalid",
  },
  "401": {
    description: "No credential, or one that is malformed, unknown, revoked or expired",
    code: "unauthorized",
    title: "Unauthorized",
    detail: "Missing Authorization: Bearer <api key>",
  },
  "403": {
    description: "The credential lacks this route's scope (insufficient_scope), or consent was refused",
    code: "insufficient_scope",
    title: "Forbidden",
    detail: "This API key lacks the write scope",
  },
  "404": {
    description: "No such object in your account (another account's objects are answered the same)",
    code: "not_found",
    title: "Not Found",
    detail: "No such tenant",
  },
  "409": {
    description: "The object's state does not allow this now (the code says which state)",
    code: "tenant_not_active",
    title: "Conflict",
    detail: "The tenant is not active",
  },
  "410": {
    description: "What was asked for existed and is gone: an expired consent link, an expired export bundle",
    code: "consent_state_expired",
    title: "Gone",
    detail: "This consent link expired; ask for a new one",
  },
  "416": {
    description: "The byte range starts past the end (`Content-Range: bytes */<size>` says the size)",
    code: "range_not_satisfiable",
    title: "Range Not Satisfiable",
    detail: "the bundle has 52736 bytes",
  },
  "422": {
    description: "Understood but refused: idempotency_key_reused, purge_not_confirmed, and others",
    code: "idempotency_key_reused",
    title: "Unprocessable Entity",
    detail: "This Idempotency-Key was used with a different request",
  },
  "429": {
    description: "The request budget of this policy is spent: retry after `Retry-After` seconds",
    code: "rate_limited",
    title: "Too Many Requests",
    detail: "Rate limit of 600 requests exceeded; retry in 42 seconds",
  },
  "500": {
    description: "A bug on our side; `requestId` finds it in our logs",
    code: "internal_error",
    title: "Internal Server Error",
    detail: "Something went wrong on our side; the request id identifies it in our logs.",
  },
  "503": {
    description: "A dependency is unavailable (database_unavailable, identity_unavailable): retry later",
    code: "database_unavailable",
    title: "Service Unavailable",
    detail: "The database cannot be reached right now; retry in a few seconds.",
  },
};

/** The problem a 409, 410 or 422 of an operation is about, for its example (docs/api.md lists them all). */
const STATE_PROBLEMS: Record<string, Record<string, [code: string, detail: string]>> = {
  updateTenant: { "409": ["tenant_offboarded", "The tenant is offboarded"] },
  createConsentLink: { "409": ["tenant_offboarded", "The tenant is offboarded"] },
  verifyTenant: { "409": ["tenant_not_consented", "No admin has consented for this tenant yet"] },
  purgeTenant: {
    "409": ["tenant_not_offboarded", "Offboard the tenant before purging it"],
    "422": ["purge_not_confirmed", "confirm must be the tenant's id"],
  },
  createExport: { "409": ["tenant_not_active", "The tenant is not active"] },
  cancelExport: { "409": ["export_finished", "The export already ended"] },
  setSchedule: { "409": ["tenant_offboarded", "The tenant is offboarded"] },
  createWebhookEndpoint: {
    "409": ["webhook_endpoint_limit", "The account has as many webhook endpoints as it may"],
    "422": ["webhook_url_refused", "url: the address is private"],
  },
  updateWebhookEndpoint: { "422": ["webhook_url_refused", "url: the address is private"] },
  replayWebhookEvents: { "409": ["webhook_endpoint_disabled", "The endpoint is disabled"] },
  redeliverWebhookEvent: { "409": ["webhook_endpoint_disabled", "The endpoint is disabled"] },
  consentCallback: { "409": ["consent_state_used", "This consent link was already used"] },
  deleteExportBundle: { "409": ["export_bundle_building", "the bundle is still being built"] },
  downloadExportBundle: {
    "409": ["export_bundle_not_ready", "the bundle is running"],
    "410": ["export_bundle_expired", "the bundle's bytes were removed at 2026-12-31T00:00:00.000Z (expiry)"],
  },
};

const SUCCESS: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted: the work runs in the background",
  "206": "Partial Content: the byte range asked for",
  "204": "No Content",
  "303": "See Other",
};

/** Response headers, declared once and referred to. */
const HEADERS: Record<string, Json> = {
  RequestId: {
    description: "This request's id: in every log line of it and in problem bodies (`requestId`)",
    schema: { type: "string" },
  },
  RateLimitPolicy: {
    description:
      'The quota policy that applies (IETF draft-ietf-httpapi-ratelimit-headers, a structured-field list): `"<name>";q=<requests>;w=<window seconds>`',
    schema: { type: "string" },
    example: '"api-key";q=600;w=60',
  },
  RateLimit: {
    description:
      'What is left of that policy\'s quota (IETF draft-ietf-httpapi-ratelimit-headers): `"<name>";r=<remaining>;t=<seconds until reset>`',
    schema: { type: "string" },
    example: '"api-key";r=599;t=60',
  },
  RetryAfter: {
    description: "Seconds to wait before retrying",
    schema: { type: "integer", minimum: 0 },
    example: 42,
  },
};

export interface FinishOptions {
  /** PUBLIC_BASE_URL: the one server an integrator calls. */
  publicBaseUrl: string;
  /** Whether an operation sits behind a request-rate policy (and so carries RateLimit headers). */
  rateLimited(path: string): boolean;
}

function operations(items: Record<string, Json> | undefined): [string, Operation][] {
  const found: [string, Operation][] = [];
  for (const [path, item] of Object.entries(items ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (operation) found.push([path, operation]);
    }
  }
  return found;
}

function refName(schema: Json | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === "string" ? ref.replace("#/components/schemas/", "") : undefined;
}

/** An example for a body: the schema's own (zod `.meta({ examples })`), or a page of its item's. */
function exampleFor(schema: Json | undefined, schemas: Record<string, Json>): unknown {
  const name = refName(schema);
  if (name) return (schemas[name]?.examples as unknown[] | undefined)?.[0];
  // A nullable body: the example of the object it may be.
  const variants = schema?.anyOf as Json[] | undefined;
  if (variants) return variants.map((variant) => exampleFor(variant, schemas)).find((e) => e !== undefined);
  const properties = schema?.properties as Record<string, Json> | undefined;
  const items = properties?.data?.items as Json | undefined;
  if (schema?.type === "object" && items && "nextCursor" in (properties ?? {})) {
    const item = exampleFor(items, schemas);
    if (item !== undefined) return { data: [item], nextCursor: null };
  }
  return undefined;
}

function problemExample(status: string, path: string, operationId: string | undefined) {
  const error = ERRORS[status];
  if (!error) return undefined;
  const [code, detail] = STATE_PROBLEMS[operationId ?? ""]?.[status] ?? [error.code, error.detail];
  return {
    type: `https://capstan.dev/problems/${code}`,
    title: error.title,
    status: Number(status),
    code,
    detail,
    instance: path.replace(/\{(\w+)\}/g, "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f"),
    requestId: "6e37788a-6b8d-460e-b77b-47decb567335",
    ...(status === "400" ? { errors: [{ path: "model", message: "Invalid option" }] } : {}),
  };
}

/** Every `#/components/schemas/…` reachable from the operations (transitively through the components). */
function usedSchemas(doc: Json): Set<string> {
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const used = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
        const name = value.slice("#/components/schemas/".length);
        if (!used.has(name)) {
          used.add(name);
          walk(schemas[name]);
        }
      } else walk(value);
    }
  };
  walk(doc.paths);
  walk(doc.webhooks);
  return used;
}

export function finishDocument<T extends object>(document: T, options: FinishOptions): T {
  const doc = document as Json;
  const components = (doc.components ?? {}) as Json;
  const schemas = (components.schemas ?? {}) as Record<string, Json>;
  doc.servers = [{ url: options.publicBaseUrl.replace(/\/$/, ""), description: "This deployment" }];
  doc.info = {
    ...(doc.info as Json),
    license: { name: "Proprietary: use under your Capstan agreement", identifier: "LicenseRef-Capstan" },
  };
  components.headers = Object.fromEntries(Object.entries(HEADERS).map(([name, header]) => [name, header]));
  const header = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

  for (const [path, operation] of operations(doc.paths as Record<string, Json>)) {
    operation.responses ??= {};
    const responses = operation.responses;
    // Whatever a route lists, these can answer anywhere.
    for (const status of ["500", "503"]) {
      responses[status] ??= {
        content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
      };
    }
    const limited = options.rateLimited(path);
    for (const [status, response] of Object.entries(responses)) {
      const error = Number(status) >= 400;
      if (error) {
        // Problems are RFC 9457 documents, whatever media type the route produces when it succeeds.
        response.content = {
          [PROBLEM]: {
            schema: { $ref: "#/components/schemas/Problem" },
            example: problemExample(status, path, operation.operationId),
          },
        };
      }
      if (!response.description || response.description === "Default Response") {
        response.description = error ? (ERRORS[status]?.description ?? "Problem") : (SUCCESS[status] ?? "OK");
      }
      response.headers = {
        ...response.headers,
        "x-request-id": header("RequestId"),
        ...(limited ? { "RateLimit-Policy": header("RateLimitPolicy"), RateLimit: header("RateLimit") } : {}),
        ...(status === "429" || status === "503" ? { "Retry-After": header("RetryAfter") } : {}),
      };
      if (!error) {
        const json = response.content?.["application/json"];
        if (json && json.example === undefined) {
          const example = exampleFor(json.schema, schemas);
          if (example !== undefined) json.example = example;
        }
      }
    }
    const body = operation.requestBody?.content?.["application/json"];
    if (body && body.example === undefined) {
      const example = exampleFor(body.schema, schemas);
      if (example !== undefined) body.example = example;
    }
  }
  for (const [, operation] of operations(doc.webhooks as Record<string, Json>)) {
    const body = operation.requestBody?.content?.["application/json"];
    if (body && body.example === undefined) {
      const example = exampleFor(body.schema, schemas);
      if (example !== undefined) body.example = example;
    }
  }

  // The type provider emits an input and an output variant of every registered schema; keep those in use.
  const used = usedSchemas(doc);
  components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  doc.components = components;
  return document;
}
