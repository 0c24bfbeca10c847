import {
  ApiKeyView,
  CreateApiKeyBody,
  CreatedApiKey,
  CursorQuery,
  Problem,
  pageOf,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../plugins/auth";
import { notFound } from "../../plugins/errors";

const KeyParams = z.object({ keyId: Uuid });

/** An account manages its own keys with an admin-scoped key. */
const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.accountsRepository;

  app.get(
    "/api-keys",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "listApiKeys",
        tags: ["api-keys"],
        summary: "List the account's API keys",
        querystring: CursorQuery,
        response: { 200: pageOf(ApiKeyView), 400: Problem },
      },
    },
    async (request) => repo.listKeys(callerOf(request).account.id, request.query),
  );

  app.post(
    "/api-keys",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "createApiKey",
        tags: ["api-keys"],
        summary: "Create an API key",
        description: "The response carries the whole key once; Capstan keeps only a hash of it.",
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKey, 400: Problem },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const created = await repo.createKey(caller.account.id, request.body, caller.actor, request.id);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/api-keys/:keyId",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "getApiKey",
        tags: ["api-keys"],
        summary: "Get an API key (never its secret)",
        params: KeyParams,
        response: { 200: ApiKeyView, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const key = await repo.getKey(callerOf(request).account.id, request.params.keyId);
      if (!key) throw notFound("API key");
      return key;
    },
  );

  app.delete(
    "/api-keys/:keyId",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "revokeApiKey",
        tags: ["api-keys"],
        summary: "Revoke an API key",
        description: "Takes effect on the next request; revoking twice is harmless.",
        params: KeyParams,
        response: { 200: ApiKeyView, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const key = await repo.revokeKey(caller.account.id, request.params.keyId, caller.actor, request.id);
      if (!key) throw notFound("API key");
      return key;
    },
  );
};

export default apiKeyRoutes;
