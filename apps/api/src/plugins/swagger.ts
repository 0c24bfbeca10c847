import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** The OpenAPI document is generated from the routes' zod schemas: UI at /docs, JSON at /docs/json. */
export default fp(async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Capstan API",
        version: "1.0.0",
        description: "Export Microsoft Teams messages from your customers' tenants through Microsoft Graph.",
      },
      tags: [
        { name: "exports", description: "Export jobs, their tasks, progress and results" },
        { name: "archive", description: "Everything stored for a tenant: messages, hosted contents, usage" },
        { name: "schedules", description: "Continuous exports" },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
});
