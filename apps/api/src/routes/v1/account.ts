import { AccountView, BudgetBody, Problem, WhoAmI } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { callerOf } from "../../plugins/auth";
import { toAccountView } from "../../repositories/accounts";

const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/account",
    {
      schema: {
        operationId: "getAccount",
        tags: ["account"],
        summary: "The account and API key making the request",
        response: { 200: WhoAmI },
      },
    },
    async (request) => {
      const { account, apiKey } = callerOf(request);
      return {
        account: toAccountView(account),
        apiKey: {
          id: apiKey.id,
          name: apiKey.name,
          prefix: apiKey.prefix,
          scopes: apiKey.scopes as WhoAmI["apiKey"]["scopes"],
        },
      };
    },
  );

  app.put(
    "/account/budget",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "setAccountBudget",
        tags: ["account"],
        summary: "Set the account's monthly message budget",
        description:
          "Usage across all the account's tenants is compared with it as Graph returns messages; reaching 80% and " +
          "100% each raise one usage.threshold_reached webhook event per month.",
        body: BudgetBody,
        response: { 200: AccountView, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const { account } = callerOf(request);
      const updated = await app.db.account.update({
        where: { id: account.id },
        data: { monthlyMessageBudget: request.body.monthlyMessageBudget },
      });
      return toAccountView(updated);
    },
  );
};

export default accountRoutes;
