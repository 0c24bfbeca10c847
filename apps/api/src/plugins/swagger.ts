import { openApiWebhooks } from "@capstan/contracts";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { finishDocument } from "../lib/openapi";

/** The OpenAPI document is generated from the routes' zod schemas: UI at /docs, JSON at /docs/json. */
export default fp(async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Capstan API",
        version: "1.0.0",
        description:
          "Export Microsoft Teams messages from your customers' tenants through Microsoft Graph.\n\n" +
          "Conventions: every route lives under /v1 and needs an API key (`Authorization: Bearer cap_live_…`) " +
          "with the scope the route names; errors are RFC 9457 problem+json with a stable `code`; lists are " +
          "cursor-paginated (`?cursor=&limit=`, `nextCursor`); POST honours `Idempotency-Key`; every response " +
          "carries `x-request-id`; each key is rate limited (`RateLimit-Policy` and `RateLimit` headers, then 429 " +
          "with Retry-After).",
      },
      components: {
        securitySchemes: {
          apiKey: {
            type: "http",
            scheme: "bearer",
            bearerFormat: "cap_live_<key id>_<secret>",
            description:
              "An API key of your account. Scopes: read (GET), write (POST, PATCH, PUT, DELETE), admin.",
          },
          opsToken: {
            type: "http",
            scheme: "bearer",
            description: "The operator token (OPS_TOKEN). Only /ops/v1; API keys never open it.",
          },
          opsTokenHeader: {
            type: "apiKey",
            in: "header",
            name: "x-ops-token",
            description: "The operator token (OPS_TOKEN) in the x-ops-token header instead of Authorization.",
          },
        },
      },
      // Partner webhooks: one signed POST per event type, with its versioned payload.
      webhooks: openApiWebhooks() as never,
      tags: [
        {
          name: "tenants",
          description: "Customer tenants: onboarding through admin consent, payment model, lifecycle",
        },
        { name: "consent", description: "Microsoft's redirect after admin consent" },
        { name: "api-keys", description: "The account's API keys (admin scope)" },
        { name: "account", description: "The calling account and its audit trail" },
        { name: "exports", description: "Export jobs, their tasks, progress and results" },
        { name: "archive", description: "Everything stored for a tenant: messages, hosted contents, usage" },
        { name: "schedules", description: "Continuous exports" },
        {
          name: "legal holds",
          description: "Holds that keep a tenant's, user's, chat's or query's messages from deletion",
        },
        { name: "retention", description: "Retention policies and their audited runs" },
        {
          name: "export bundles",
          description: "Downloadable tars of NDJSON, EML and transcripts with a signed manifest",
        },
        { name: "ops", description: "Operator routes: accounts and their first keys (ops token only)" },
        {
          name: "webhooks",
          description:
            "Webhook endpoints, the events sent to them and the log of every delivery; each event's payload is in `webhooks`",
        },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) =>
      finishDocument(jsonSchemaTransformObject(document), {
        publicBaseUrl: app.config.PUBLIC_BASE_URL,
        // /v1 is limited per API key, its consent callback per address; the ops routes are not limited.
        rateLimited: (path) => path.startsWith("/v1/"),
      }),
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
});
