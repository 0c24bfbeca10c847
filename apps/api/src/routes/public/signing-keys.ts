import { Problem, SigningKeysView } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** The public keys archive attestations verify with: public, so anyone holding a bundle can check it. */
const signingKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onRequest", app.rateLimit());

  app.get(
    "/signing-keys",
    {
      schema: {
        operationId: "listSigningKeys",
        tags: ["archive"],
        summary: "Public keys of Capstan's archive attestations (JWKS)",
        description:
          "Ledger heads, verification results and export manifests are compact JWS (alg EdDSA) signed with " +
          "the key whose `kid` their header names. No credential needed.",
        security: [],
        response: { 200: SigningKeysView, 429: Problem },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "public, max-age=300");
      return SigningKeysView.parse({ keys: [app.archiveSigner.publicJwk] });
    },
  );
};

export default signingKeyRoutes;
