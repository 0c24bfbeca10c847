import { appCredentialFromConfig, GRAPH_SCOPE, redisTokenCacheStore, TokenProvider } from "@capstan/graph";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { HttpProblem } from "./errors";

export interface Identity {
  /** Capstan's app in Entra ID (real MSAL; tokens cached in Redis, shared with every process). */
  tokens(): TokenProvider;
  /** Where Microsoft sends the admin back to: PUBLIC_BASE_URL + /v1/consent/callback. */
  readonly redirectUri: string;
  /** Microsoft's admin consent URL for Capstan's app, carrying `state`. */
  consentUrl(state: string, entraTenantId?: string | null): string;
}

declare module "fastify" {
  interface FastifyInstance {
    identity: Identity;
  }
}

export default fp(
  async function identity(app: FastifyInstance) {
    const { config } = app;
    const redirectUri = `${config.PUBLIC_BASE_URL.replace(/\/$/, "")}/v1/consent/callback`;
    let provider: TokenProvider | undefined;
    app.decorate<Identity>("identity", {
      redirectUri,
      tokens() {
        if (!provider) {
          let credential: ReturnType<typeof appCredentialFromConfig>;
          try {
            credential = appCredentialFromConfig(config);
          } catch (error) {
            throw new HttpProblem(
              503,
              "identity_not_configured",
              "Service Unavailable",
              (error as Error).message,
            );
          }
          provider = new TokenProvider({
            app: { clientId: config.AZURE_CLIENT_ID, credential },
            identityBaseUrl: config.IDENTITY_BASE_URL,
            cacheStore: redisTokenCacheStore(app.redis, config.REDIS_PREFIX),
          });
        }
        return provider;
      },
      consentUrl(state, entraTenantId) {
        const origin = (config.IDENTITY_PUBLIC_URL ?? config.IDENTITY_BASE_URL).replace(/\/$/, "");
        // A tenant that consented before is sent to its own directory; a new one picks at sign-in.
        const url = new URL(`${origin}/${entraTenantId ?? "organizations"}/v2.0/adminconsent`);
        url.searchParams.set("client_id", config.AZURE_CLIENT_ID);
        url.searchParams.set("scope", GRAPH_SCOPE);
        url.searchParams.set("redirect_uri", redirectUri);
        url.searchParams.set("state", state);
        return url.toString();
      },
    });
  },
  { name: "identity", dependencies: ["config", "queues"] },
);
