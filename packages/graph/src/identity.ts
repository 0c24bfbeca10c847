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
import { type Cloud, type CloudHosts, cloudEndpoints, refOf, type TenantRef } from "./clouds";
import { SharedTokenCachePlugin, type TokenCacheStore } from "./token-cache";

/** The global cloud's Entra ID origin; the network module may send its calls elsewhere (see clouds.ts). */
export const ENTRA_ORIGIN = "https://login.microsoftonline.com";
/** The global cloud's `.default` scope; a national cloud's tenant gets its own (TokenProvider.scopeOf). */
export const GRAPH_SCOPE = "https://graph.microsoft.com/.default";

/** A held token is asked of MSAL again this long before it expires (MSAL refreshes within 5 minutes). */
const REFRESH_BEFORE_MS = 5 * 60_000;

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
 * MSAL's HTTP layer, sending Entra ID calls to where each cloud's login host is reached: `identityBaseUrl`
 * for the global one, or a host → base URL map (the real origins in production, the simulator elsewhere).
 * Only the origin changes; paths and bodies are what MSAL produced.
 */
export function createIdentityNetworkModule(
  identityBaseUrl: string | CloudHosts,
  timeoutMs = 15_000,
): INetworkModule {
  const hosts: CloudHosts =
    typeof identityBaseUrl === "string"
      ? { [new URL(ENTRA_ORIGIN).host]: identityBaseUrl.replace(/\/$/, "") }
      : identityBaseUrl;
  const rewrite = (url: string) => {
    const u = new URL(url);
    const base = u.protocol === "https:" ? hosts[u.host] : undefined;
    return base ? base + url.slice(u.origin.length) : url;
  };
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
  /** Where the global cloud's Entra ID is reached. */
  identityBaseUrl: string;
  /** Where other clouds' Entra ID hosts are reached (host → base URL); unnamed hosts are the real ones. */
  cloudHosts?: CloudHosts;
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
  /**
   * Tokens this process holds, until REFRESH_BEFORE_MS before they expire: a Graph call then costs no trip
   * to the shared cache (Redis) and no MSAL cache lookup. forget() drops them with MSAL's.
   */
  private readonly held = new Map<string, { token: string; until: number }>();
  /** Bumped by forget(): a token acquired before it is not held. */
  private readonly generations = new Map<string, number>();
  private readonly network: INetworkModule;

  private readonly hosts: CloudHosts;

  constructor(private readonly options: TokenProviderOptions) {
    this.hosts = {
      ...(options.cloudHosts ?? {}),
      [new URL(ENTRA_ORIGIN).host]: options.identityBaseUrl.replace(/\/$/, ""),
    };
    this.network = createIdentityNetworkModule(this.hosts);
  }

  /** Key of a tenant's entry in the shared cache (a national cloud's tenant names its cloud). */
  cacheKey(tenant: TenantRef): string {
    const { entraTenantId, cloud } = refOf(tenant);
    const app = this.options.app.clientId.toLowerCase();
    return cloud === "global"
      ? `${app}:${entraTenantId.toLowerCase()}`
      : `${app}:${cloud}:${entraTenantId.toLowerCase()}`;
  }

  /** The scope of this cloud's Graph tokens. */
  scopeOf(cloud: Cloud): string {
    return cloudEndpoints(cloud, this.hosts).scope;
  }

  private client(tenant: TenantRef): TenantClient {
    const key = this.cacheKey(tenant);
    let client = this.clients.get(key);
    if (client) return client;
    const { entraTenantId, cloud } = refOf(tenant);
    const { app } = this.options;
    const { loginOrigin } = cloudEndpoints(cloud, this.hosts);
    const authority = `${loginOrigin}/${entraTenantId}`;
    const config: Configuration = {
      auth: {
        clientId: app.clientId,
        authority,
        // Known metadata: MSAL never has to discover the cloud instance over the network.
        knownAuthorities: [new URL(loginOrigin).host],
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
      ? new SharedTokenCachePlugin(this.options.cacheStore, key)
      : undefined;
    const cachePlugin = shared ?? this.options.cachePlugin;
    if (cachePlugin) config.cache = { cachePlugin };
    client = { msal: new ConfidentialClientApplication(config), ...(shared ? { shared } : {}) };
    this.clients.set(key, client);
    return client;
  }

  /**
   * A bearer token for Graph in `entraTenantId`; MSAL serves it from cache until it nears expiry.
   * `fresh` skips the cache and asks Entra ID: the proof that consent exists right now.
   */
  async getToken(tenant: TenantRef, { fresh = false }: { fresh?: boolean } = {}): Promise<string> {
    if (fresh) return this.acquire(tenant, true);
    const key = this.cacheKey(tenant);
    const held = this.held.get(key);
    if (held && Date.now() < held.until) return held.token;
    // Callers in this process share one request per tenant. A shared refusal is not passed on: it may
    // predate this call (consent granted meanwhile), so a caller that joined asks again on its own.
    const pending = this.inFlight.get(key);
    if (pending) return pending.catch(() => this.acquire(tenant, false));
    const promise = this.acquire(tenant, false).finally(() => {
      if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
    });
    this.inFlight.set(key, promise);
    return promise;
  }

  private async acquire(tenant: TenantRef, skipCache: boolean): Promise<string> {
    const key = this.cacheKey(tenant);
    const generation = this.generations.get(key) ?? 0;
    const client = this.client(tenant);
    // The `.default` scope of the tenant's own cloud: its Graph is the token's audience.
    const request: ClientCredentialRequest = {
      scopes: [this.scopeOf(refOf(tenant).cloud)],
      ...(skipCache ? { skipCache } : {}),
    };
    let result: Awaited<ReturnType<ConfidentialClientApplication["acquireTokenByClientCredential"]>>;
    try {
      result = await client.msal.acquireTokenByClientCredential(request);
    } catch (error) {
      throw classify(error);
    } finally {
      await client.shared?.release();
    }
    if (!result?.accessToken) throw new TokenError("unavailable", "no access token in the response");
    const expires = result.expiresOn?.getTime();
    if (expires && (this.generations.get(key) ?? 0) === generation)
      this.held.set(key, { token: result.accessToken, until: expires - REFRESH_BEFORE_MS });
    return result.accessToken;
  }

  /** Forgets cached tokens of a tenant (here and in the shared cache), e.g. after Graph refused one. */
  async forget(tenant: TenantRef): Promise<void> {
    const key = this.cacheKey(tenant);
    const client = this.clients.get(key);
    this.clients.delete(key);
    this.held.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    // A request already in flight may hand out the forgotten token: later callers must not join it.
    this.inFlight.delete(key);
    if (client) {
      await client.msal.clearCache();
      await client.shared?.clear();
    } else if (this.options.cacheStore) {
      await this.options.cacheStore.delete(key);
    }
  }
}
