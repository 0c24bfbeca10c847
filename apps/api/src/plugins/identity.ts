import {
  appCredentialFromConfig,
  type Cloud,
  cloudEndpoints,
  parseCloudHosts,
  redisTokenCacheStore,
  TokenProvider,
} from "@capstan/graph";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { HttpProblem } from "./errors";

export interface Identity {
  /** Capstan's app in Entra ID (real MSAL; tokens cached in Redis, shared with every process). */
  tokens(): TokenProvider;
  /** Where Microsoft sends the admin back to: PUBLIC_BASE_URL + /v1/consent/callback. */
  readonly redirectUri: string;
  /** Microsoft's admin consent URL for Capstan's app in the tenant's cloud, carrying `state`. */
  consentUrl(state: string, entraTenantId?: string | null, cloud?: Cloud): string;
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
    const cloudHosts = {
      ...parseCloudHosts(config.CLOUD_HOST_BASE_URLS),
      "login.microsoftonline.com": config.IDENTITY_BASE_URL.replace(/\/$/, ""),
    };
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
            cloudHosts,
            cacheStore: redisTokenCacheStore(app.redis, config.REDIS_PREFIX),
          });
        }
        return provider;
      },
      consentUrl(state, entraTenantId, cloud = "global") {
        const endpoints = cloudEndpoints(cloud, cloudHosts);
        // Browsers may reach Entra ID under another origin than the API does (IDENTITY_PUBLIC_URL): a cloud
        // reached under IDENTITY_BASE_URL (the simulator) is reached by browsers under the public one.
        const internal = config.IDENTITY_BASE_URL.replace(/\/$/, "");
        const publicBase = (config.IDENTITY_PUBLIC_URL ?? config.IDENTITY_BASE_URL).replace(/\/$/, "");
        const origin = endpoints.identityBaseUrl.startsWith(internal)
          ? publicBase + endpoints.identityBaseUrl.slice(internal.length)
          : endpoints.identityBaseUrl;
        // A tenant that consented before is sent to its own directory; a new one picks at sign-in.
        const url = new URL(`${origin}/${entraTenantId ?? "organizations"}/v2.0/adminconsent`);
        url.searchParams.set("client_id", config.AZURE_CLIENT_ID);
        // The tenant's cloud's Graph: consent there grants the roles its tokens carry.
        url.searchParams.set("scope", endpoints.scope);
        url.searchParams.set("redirect_uri", redirectUri);
        url.searchParams.set("state", state);
        return url.toString();
      },
    });
  },
  { name: "identity", dependencies: ["config", "queues"] },
);
