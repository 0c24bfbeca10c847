import { WhoAmI } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { callerOf } from "../../plugins/auth";
import { toAccountView } from "../../repositories/accounts";

const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/account",
    {
      schema: {
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
};

export default accountRoutes;
