import {
  AccountView,
  ApiKeyView,
  CreateAccountBody,
  CreateApiKeyBody,
  CreatedApiKey,
  CursorQuery,
  Problem,
  pageOf,
  TenantView,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../../plugins/errors";

const AccountParams = z.object({ accountId: Uuid });
const OPS = "ops";

const opsAccountRoutes: FastifyPluginAsyncZod = async (app) => {
  const accounts = app.accountsRepository;
  const tenants = app.tenantsRepository;

  async function mustExist(accountId: string) {
    if (!(await accounts.getAccount(accountId))) throw notFound("account");
  }

  app.post(
    "/accounts",
    {
      schema: {
        operationId: "opsCreateAccount",
        tags: ["ops"],
        summary: "Create an account (an ISV)",
        body: CreateAccountBody,
        response: { 201: AccountView, 400: Problem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.createAccount(request.body.name, OPS, request.id)),
  );

  app.get(
    "/accounts",
    {
      schema: {
        operationId: "opsListAccounts",
        tags: ["ops"],
        summary: "List accounts",
        querystring: CursorQuery,
        response: { 200: pageOf(AccountView), 400: Problem },
      },
    },
    async (request) => accounts.listAccounts(request.query),
  );

  app.get(
    "/accounts/:accountId",
    {
      schema: {
        operationId: "opsGetAccount",
        tags: ["ops"],
        summary: "Get an account",
        params: AccountParams,
        response: { 200: AccountView, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const account = await accounts.getAccount(request.params.accountId);
      if (!account) throw notFound("account");
      return account;
    },
  );

  app.post(
    "/accounts/:accountId/keys",
    {
      schema: {
        operationId: "opsCreateApiKey",
        tags: ["ops"],
        summary: "Create an API key for an account",
        description: "The response carries the whole key once; hand it to the ISV.",
        params: AccountParams,
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKey, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await mustExist(request.params.accountId);
      const created = await accounts.createKey(request.params.accountId, request.body, OPS, request.id);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/accounts/:accountId/keys",
    {
      schema: {
        operationId: "opsListApiKeys",
        tags: ["ops"],
        summary: "List an account's API keys",
        params: AccountParams,
        querystring: CursorQuery,
        response: { 200: pageOf(ApiKeyView), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await mustExist(request.params.accountId);
      return accounts.listKeys(request.params.accountId, request.query);
    },
  );

  app.delete(
    "/accounts/:accountId/keys/:keyId",
    {
      schema: {
        operationId: "opsRevokeApiKey",
        tags: ["ops"],
        summary: "Revoke an account's API key",
        params: AccountParams.extend({ keyId: Uuid }),
        response: { 200: ApiKeyView, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const key = await accounts.revokeKey(request.params.accountId, request.params.keyId, OPS, request.id);
      if (!key) throw notFound("API key");
      return key;
    },
  );

  app.get(
    "/accounts/:accountId/tenants",
    {
      schema: {
        operationId: "opsListAccountTenants",
        tags: ["ops"],
        summary: "List an account's tenants",
        params: AccountParams,
        querystring: CursorQuery,
        response: { 200: pageOf(TenantView), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await mustExist(request.params.accountId);
      return tenants.list(request.params.accountId, request.query);
    },
  );
};

export default opsAccountRoutes;
