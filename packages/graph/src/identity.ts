import { readFileSync } from "node:fs";
import {
  type ClientCredentialRequest,
  ConfidentialClientApplication,
  type Configuration,
  type ICachePlugin,
  type INetworkModule,
  LogLevel,
  type NetworkRequestOptions,
  type NetworkResponse,
} from "@azure/msal-node";
import { SharedTokenCachePlugin, type TokenCacheStore } from "./token-cache";

/** The public Entra ID origin. MSAL always speaks of it; the network module may send its calls elsewhere. */
export const ENTRA_ORIGIN = "https://login.microsoftonline.com";
export const GRAPH_SCOPE = "https://graph.microsoft.com/.default";

export type AppCredential =
  | { kind: "secret"; clientSecret: string }
  | { kind: "certificate"; privateKeyPem: string; thumbprint: string };

export interface AppRegistration {
  clientId: string;
  credential: AppCredential;
}

/** Reads the app credential from configuration: a certificate when its key is configured, else the secret. */
export function appCredentialFromConfig(config: {
  AZURE_CLIENT_SECRET?: string | undefined;
  AZURE_CLIENT_CERT_KEY_PATH?: string | undefined;
  AZURE_CLIENT_CERT_THUMBPRINT?: string | undefined;
}): AppCredential {
  if (config.AZURE_CLIENT_CERT_KEY_PATH && config.AZURE_CLIENT_CERT_THUMBPRINT) {
    return {
      kind: "certificate",
      privateKeyPem: readFileSync(config.AZURE_CLIENT_CERT_KEY_PATH, "utf8"),
      thumbprint: config.AZURE_CLIENT_CERT_THUMBPRINT,
    };
  }
  if (config.AZURE_CLIENT_SECRET) return { kind: "secret", clientSecret: config.AZURE_CLIENT_SECRET };
  throw new Error(
    "No app credential: set AZURE_CLIENT_SECRET, or AZURE_CLIENT_CERT_KEY_PATH and _THUMBPRINT",
  );
}

/**
 * MSAL's HTTP layer, sending Entra ID calls to `identityBaseUrl` (the real origin in production, the
 * simulator elsewhere). Only the origin changes; paths and bodies are what MSAL produced.
 */
export function createIdentityNetworkModule(identityBaseUrl: string, timeoutMs = 15_000): INetworkModule {
  const base = identityBaseUrl.replace(/\/$/, "");
  const rewrite = (url: string) =>
    url.startsWith(ENTRA_ORIGIN) ? base + url.slice(ENTRA_ORIGIN.length) : url;
  const send = async <T>(
    method: "GET" | "POST",
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> => {
    const response = await fetch(rewrite(url), {
      method,
      headers: options?.headers ?? {},
      ...(options?.body !== undefined ? { body: options.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {
        error: "invalid_response",
        error_description: `identity endpoint answered ${response.status}`,
      };
    }
    return { headers, body: body as T, status: response.status };
  };
  return {
    sendGetRequestAsync: (url, options) => send("GET", url, options),
    sendPostRequestAsync: (url, options) => send("POST", url, options),
  };
}

/** Why Entra ID refused a token, in terms Capstan acts on. */
export type TokenFailureReason = "consent_missing" | "invalid_client" | "unknown_tenant" | "unavailable";

export class TokenError extends Error {
  constructor(
    readonly reason: TokenFailureReason,
    /** Entra's error code and AADSTS description, safe to show (never contains the secret). */
    readonly detail: string,
  ) {
    super(`token refused (${reason}): ${detail}`);
    this.name = "TokenError";
  }
}

function classify(error: unknown): TokenError {
  const e = error as { errorCode?: string; errorMessage?: string; message?: string };
  const detail = `${e.errorCode ?? "error"}: ${e.errorMessage ?? e.message ?? "unknown"}`.slice(0, 500);
  const text = `${e.errorCode ?? ""} ${e.errorMessage ?? ""}`;
  if (/AADSTS(65001|7000229|500011|50020|65004|700022)|consent/i.test(text)) {
    return new TokenError("consent_missing", detail);
  }
  if (/AADSTS90002|AADSTS90023|tenant .*not found/i.test(text))
    return new TokenError("unknown_tenant", detail);
  if (/invalid_client|unauthorized_client|AADSTS7000215|AADSTS700016|AADSTS700027/i.test(text)) {
    return new TokenError("invalid_client", detail);
  }
  return new TokenError("unavailable", detail);
}

export interface TokenProviderOptions {
  app: AppRegistration;
  identityBaseUrl: string;
  /**
   * Shares MSAL's token cache between processes (see redisTokenCacheStore): one entry per app and tenant,
   * and one token request per tenant however many processes need it.
   */
  cacheStore?: TokenCacheStore;
  /** A cache plugin of your own, used for every tenant (ignored when cacheStore is set). */
  cachePlugin?: ICachePlugin;
}

/** Hex thumbprints: 40 digits are SHA-1, 64 are SHA-256 (what MSAL prefers). */
function certificateOf(credential: Extract<AppCredential, { kind: "certificate" }>) {
  const thumbprint = credential.thumbprint.replace(/[^0-9a-f]/gi, "");
  return thumbprint.length === 64
    ? { thumbprintSha256: thumbprint, privateKey: credential.privateKeyPem }
    : { thumbprint, privateKey: credential.privateKeyPem };
}

interface TenantClient {
  msal: ConfidentialClientApplication;
  shared?: SharedTokenCachePlugin;
}

/** App-only Graph tokens per customer tenant, through MSAL's client-credentials flow. */
export class TokenProvider {
  private readonly clients = new Map<string, TenantClient>();
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly network: INetworkModule;

  constructor(private readonly options: TokenProviderOptions) {
    this.network = createIdentityNetworkModule(options.identityBaseUrl);
  }

  /** Key of a tenant's entry in the shared cache. */
  cacheKey(entraTenantId: string): string {
    return `${this.options.app.clientId.toLowerCase()}:${entraTenantId.toLowerCase()}`;
  }

  private client(entraTenantId: string): TenantClient {
    let client = this.clients.get(entraTenantId);
    if (client) return client;
    const { app } = this.options;
    const authority = `${ENTRA_ORIGIN}/${entraTenantId}`;
    const config: Configuration = {
      auth: {
        clientId: app.clientId,
        authority,
        // Known metadata: MSAL never has to discover the cloud instance over the network.
        knownAuthorities: ["login.microsoftonline.com"],
        ...(app.credential.kind === "secret"
          ? { clientSecret: app.credential.clientSecret }
          : { clientCertificate: certificateOf(app.credential) }),
      },
      system: {
        networkClient: this.network,
        // MSAL logs nothing by default; keep it that way for personal data and credentials.
        loggerOptions: { piiLoggingEnabled: false, logLevel: LogLevel.Error, loggerCallback: () => {} },
      },
    };
    const shared = this.options.cacheStore
      ? new SharedTokenCachePlugin(this.options.cacheStore, this.cacheKey(entraTenantId))
      : undefined;
    const cachePlugin = shared ?? this.options.cachePlugin;
    if (cachePlugin) config.cache = { cachePlugin };
    client = { msal: new ConfidentialClientApplication(config), ...(shared ? { shared } : {}) };
    this.clients.set(entraTenantId, client);
    return client;
  }

  /**
   * A bearer token for Graph in `entraTenantId`; MSAL serves it from cache until it nears expiry.
   * `fresh` skips the cache and asks Entra ID: the proof that consent exists right now.
   */
  async getToken(entraTenantId: string, { fresh = false }: { fresh?: boolean } = {}): Promise<string> {
    if (fresh) return this.acquire(entraTenantId, true);
    // Callers in this process share one request per tenant. A shared refusal is not passed on: it may
    // predate this call (consent granted meanwhile), so a caller that joined asks again on its own.
    const pending = this.inFlight.get(entraTenantId);
    if (pending) return pending.catch(() => this.acquire(entraTenantId, false));
    const promise = this.acquire(entraTenantId, false).finally(() => {
      if (this.inFlight.get(entraTenantId) === promise) this.inFlight.delete(entraTenantId);
    });
    this.inFlight.set(entraTenantId, promise);
    return promise;
  }

  private async acquire(entraTenantId: string, skipCache: boolean): Promise<string> {
    const client = this.client(entraTenantId);
    const request: ClientCredentialRequest = { scopes: [GRAPH_SCOPE], ...(skipCache ? { skipCache } : {}) };
    let result: Awaited<ReturnType<ConfidentialClientApplication["acquireTokenByClientCredential"]>>;
    try {
      result = await client.msal.acquireTokenByClientCredential(request);
    } catch (error) {
      throw classify(error);
    } finally {
      await client.shared?.release();
    }
    if (!result?.accessToken) throw new TokenError("unavailable", "no access token in the response");
    return result.accessToken;
  }

  /** Forgets cached tokens of a tenant (here and in the shared cache), e.g. after Graph refused one. */
  async forget(entraTenantId: string): Promise<void> {
    const client = this.clients.get(entraTenantId);
    this.clients.delete(entraTenantId);
    // A request already in flight may hand out the forgotten token: later callers must not join it.
    this.inFlight.delete(entraTenantId);
    if (client) {
      await client.msal.clearCache();
      await client.shared?.clear();
    } else if (this.options.cacheStore) {
      await this.options.cacheStore.delete(this.cacheKey(entraTenantId));
    }
  }
}
