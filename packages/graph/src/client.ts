import { type CloudHosts, cloudEndpoints, refOf, type TenantRef } from "./clouds";
import type { TokenProvider } from "./identity";

/** Graph's throttling classes (Teams service limits): getAllMessages, one message or its hosted contents, other. */
export type EndpointClass = "export" | "message" | "other";

/** What a call is to the limiter: its endpoint class and, on channel endpoints, the team. */
export interface CallScope {
  class: EndpointClass;
  team?: string | undefined;
}

/** What a Graph call needs from the shared rate limiter; every request goes through it. */
export interface GraphRateLimiter {
  take(
    appId: string,
    tenantId: string,
    reservation?: number,
    scope?: CallScope,
  ): Promise<
    | { granted: true }
    | {
        granted: false;
        waitMs: number;
        /** Which limit said no: "app", "tenant", "app:message", "team", "blocked", "reserved"… */
        reason: string;
        reservation?: number;
      }
  >;
  /** Blocks the tenant's calls of this scope (its class, or its team) for a 429's Retry-After. */
  block(appId: string, tenantId: string, ms: number, scope: CallScope): Promise<void>;
  /** Blocks every call of the tenant (a 503/504's Retry-After). */
  blockTenant(appId: string, tenantId: string, ms: number): Promise<void>;
}

/**
 * The throttling scope of a Graph URL: getAllMessages (and getAllRetainedMessages) are the export class, a
 * single message or its hosted contents the message class, anything else other; channel endpoints
 * (`/teams/{id}/channels/…`, `/teamwork/deletedTeams/{id}/channels/…`) name their team.
 */
export function callScope(pathOrUrl: string): CallScope {
  let path = pathOrUrl;
  try {
    path = new URL(pathOrUrl, "http://graph.invalid").pathname;
  } catch {
    path = pathOrUrl.split("?")[0] ?? "";
  }
  const seg = graphSegments(path);
  const cls: EndpointClass = seg.some((s) => s === "getAllMessages" || s === "getAllRetainedMessages")
    ? "export"
    : seg.includes("messages") && seg.indexOf("messages") < seg.length - 1
      ? "message"
      : "other";
  let team: string | undefined;
  if (seg[0] === "teams" && seg[2] === "channels") team = seg[1];
  else if (seg[0] === "teamwork" && seg[1] === "deletedTeams" && seg[3] === "channels") team = seg[2];
  return team ? { class: cls, team: decodeURIComponent(team) } : { class: cls };
}

export type GraphErrorKind =
  /** No token in the bucket (nothing was sent) or Graph answered 429: wait `retryAfterMs`. */
  | "throttled"
  /** 5xx, a time-out or a dropped connection: retry with backoff. */
  | "transient"
  /** 401/403: the token was refused or consent is gone. */
  | "unauthorized"
  /** 402: licence or evaluation capacity. */
  | "payment_required"
  /** 404: the user, team or chat is gone. */
  | "not_found"
  /** Any other 4xx: the request itself is wrong and retrying will not help. */
  | "bad_request";

export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    readonly status: number,
    readonly code: string,
    message: string,
    /** Set for throttled: how long to wait before the next try (absent when a 429 had no Retry-After). */
    readonly retryAfterMs?: number,
    /** True when the request never left: the limiter had no token. */
    readonly notSent = false,
    /** A slot the limiter holds for this caller: pass it back on the next try. */
    readonly reservation?: number,
  ) {
    super(message);
    this.name = "GraphError";
  }
}

export interface GraphPage<T> {
  value: T[];
  nextLink: string | null;
  /** Size of the response body, for the usage ledger. */
  bytes: number;
}

export interface RequestOptions {
  /** A slot reserved by an earlier refusal of the limiter. */
  reservation?: number | undefined;
}

/** One request that left for Graph, as told to GraphClientOptions.onRequest (metrics). */
export interface GraphRequestInfo {
  entraTenantId: string;
  /** The URL's path with ids replaced, e.g. "users/{id}/chats/getAllMessages": a low-cardinality label. */
  endpoint: string;
  /** HTTP status, or 0 when no answer came (time-out, dropped connection). */
  status: number;
  durationMs: number;
}

export interface GraphClientOptions {
  appId: string;
  /** Where the global cloud's Graph is reached. */
  graphBaseUrl: string;
  /** Where other clouds' Graph hosts are reached (host → base URL); unnamed hosts are the real ones. */
  cloudHosts?: CloudHosts;
  tokens: TokenProvider;
  limiter: GraphRateLimiter;
  timeoutMs?: number;
  /** Called once per request sent (never for a limiter refusal); must not throw. */
  onRequest?: (info: GraphRequestInfo) => void;
}

/** Path segments kept as they are in endpoint labels; every other segment is an id. */
const ENDPOINT_WORDS = new Set([
  "users",
  "teams",
  "groups",
  "chats",
  "channels",
  "messages",
  "members",
  "replies",
  "getAllMessages",
  "getAllRetainedMessages",
  "teamwork",
  "deletedTeams",
  "hostedContents",
  "$value",
  "delta",
  "subscriptions",
  "reauthorize",
]);

/**
 * A Graph path's segments after its version: a base URL's own path (a cloud host's prefix on the
 * simulator) is not part of the endpoint.
 */
function graphSegments(path: string): string[] {
  const all = path.split("/").filter((s) => s !== "");
  const v = all.findIndex((s) => s === "v1.0" || s === "beta");
  return v >= 0 ? all.slice(v + 1) : all;
}

/** A Graph URL or path as a low-cardinality endpoint label: version and query dropped, ids as {id}. */
export function graphEndpoint(pathOrUrl: string): string {
  let path = pathOrUrl;
  try {
    path = new URL(pathOrUrl, "http://graph.invalid").pathname;
  } catch {
    path = pathOrUrl.split("?")[0] ?? "";
  }
  return graphSegments(path)
    .map((s) => (ENDPOINT_WORDS.has(s) ? s : "{id}"))
    .join("/");
}

/** Graph calls, each one first paying a token to the shared limiter. */
export class GraphClient {
  private readonly hosts: CloudHosts;

  constructor(private readonly options: GraphClientOptions) {
    this.hosts = {
      ...(options.cloudHosts ?? {}),
      "graph.microsoft.com": options.graphBaseUrl.replace(/\/$/, ""),
    };
  }

  /** Where the tenant's cloud's Graph is reached. */
  baseOf(tenant: TenantRef = "global"): string {
    return cloudEndpoints(refOf(tenant).cloud, this.hosts).graphBaseUrl;
  }

  /**
   * Absolute URL for a Graph path in the tenant's cloud, or the nextLink as given after checking it points
   * at that cloud's Graph.
   */
  resolve(pathOrUrl: string, tenant: TenantRef = "global"): string {
    const base = this.baseOf(tenant);
    if (!/^https?:\/\//.test(pathOrUrl)) return `${base}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
    // A nextLink carries our bearer token: follow it only to the tenant's Graph (its origin and base path).
    const url = new URL(pathOrUrl);
    const at = new URL(base);
    const under = at.pathname.replace(/\/$/, "");
    if (url.origin !== at.origin || (under && !url.pathname.startsWith(`${under}/`))) {
      throw new GraphError("bad_request", 0, "ForeignNextLink", `refusing to follow a link to ${url.origin}`);
    }
    return pathOrUrl;
  }

  /** GETs one page of a Graph collection for the tenant, in its cloud. */
  async getPage<T>(
    tenant: TenantRef,
    pathOrUrl: string,
    options: RequestOptions = {},
  ): Promise<GraphPage<T>> {
    const response = await this.send(tenant, pathOrUrl, options);
    const text = await readBody(response);
    let body: { value?: T[]; "@odata.nextLink"?: string };
    try {
      body = JSON.parse(text);
    } catch {
      // A truncated or garbled body is a transport failure: the same request may well succeed.
      throw new GraphError("transient", response.status, "InvalidJson", "Graph sent a body that is not JSON");
    }
    if (!Array.isArray(body.value)) {
      throw new GraphError(
        "transient",
        response.status,
        "InvalidPage",
        "Graph sent a page without a value array",
      );
    }
    return { value: body.value, nextLink: body["@odata.nextLink"] ?? null, bytes: Buffer.byteLength(text) };
  }

  /** GETs one Graph resource (a chat, a team) for the tenant, in its cloud. */
  async getJson<T>(
    tenant: TenantRef,
    pathOrUrl: string,
    options: RequestOptions = {},
  ): Promise<{ body: T; bytes: number }> {
    // The page readers' limiter and error handling; the body is any JSON object.
    const response = await this.send(tenant, pathOrUrl, options);
    const text = await readBody(response);
    try {
      return { body: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
    } catch {
      throw new GraphError("transient", response.status, "InvalidJson", "Graph sent a body that is not JSON");
    }
  }

  /** GETs raw bytes (hosted contents' $value). */
  async getBytes(
    tenant: TenantRef,
    pathOrUrl: string,
    options: RequestOptions = {},
  ): Promise<{ bytes: Buffer; contentType: string }> {
    const response = await this.send(tenant, pathOrUrl, options);
    let bytes: Buffer;
    try {
      bytes = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      throw new GraphError("transient", response.status, "BodyAborted", (error as Error).message);
    }
    return { bytes, contentType: response.headers.get("content-type") ?? "application/octet-stream" };
  }

  /**
   * Sends a JSON request other than a page read (subscriptions, DLP's PATCH); resolves to the parsed body,
   * or null for an empty answer (204).
   */
  async request<T = unknown>(
    tenant: TenantRef,
    method: "POST" | "PATCH" | "DELETE" | "GET",
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<T | null> {
    const response = await this.sendWhenAllowed(tenant, path, options, { method, body });
    const text = await readBody(response);
    if (!text) return null;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new GraphError("transient", response.status, "InvalidJson", "Graph sent a body that is not JSON");
    }
  }

  /**
   * send(), waiting for the limiter's token in place: these calls come from loops with nowhere to step aside
   * to (subscription upkeep, DLP), and one that dropped the slot the limiter booked for it would leave that
   * slot unused and find the next one booked too. Gives up (throws) when the wait is longer than a few seconds.
   */
  private async sendWhenAllowed(
    tenant: TenantRef,
    pathOrUrl: string,
    options: RequestOptions,
    init: { method: string; body?: unknown },
  ): Promise<Response> {
    let reservation = options.reservation;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.send(tenant, pathOrUrl, { ...options, reservation }, init);
      } catch (error) {
        const wait = error instanceof GraphError && error.notSent ? (error.retryAfterMs ?? 1) : undefined;
        if (wait === undefined || wait > 5_000 || attempt >= 20) throw error;
        reservation = (error as GraphError).reservation;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  private async send(
    tenant: TenantRef,
    pathOrUrl: string,
    options: RequestOptions,
    init: { method: string; body?: unknown } = { method: "GET" },
  ): Promise<Response> {
    const { entraTenantId } = refOf(tenant);
    const url = this.resolve(pathOrUrl, tenant);
    const { appId, limiter, tokens, timeoutMs = 30_000 } = this.options;
    const scope = callScope(url);
    const slot = await limiter.take(appId, entraTenantId, options.reservation, scope);
    if (!slot.granted) {
      throw new GraphError(
        "throttled",
        0,
        `RateLimit:${slot.reason}`,
        "no token in the bucket",
        slot.waitMs,
        true,
        slot.reservation,
      );
    }
    const token = await tokens.getToken(tenant);
    let response: Response;
    const startedAt = performance.now();
    const observe = (status: number) => {
      try {
        this.options.onRequest?.({
          entraTenantId,
          endpoint: graphEndpoint(url),
          status,
          durationMs: performance.now() - startedAt,
        });
      } catch {
        // Metrics never break a request.
      }
    };
    try {
      response = await fetch(url, {
        method: init.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      observe(response.status);
    } catch (error) {
      observe(0);
      const name = (error as Error).name;
      throw new GraphError(
        "transient",
        0,
        name === "TimeoutError" ? "Timeout" : "NetworkError",
        (error as Error).message,
      );
    }
    if (response.ok) return response;

    const text = await response.text().catch(() => "");
    let code = `Http${response.status}`;
    let message = text.slice(0, 300);
    try {
      const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
      code = parsed.error?.code ?? code;
      message = parsed.error?.message ?? message;
    } catch {
      // Not JSON: keep the first bytes as the message.
    }
    const status = response.status;
    if (status === 429) {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      // Blocks only this tenant's calls of the class (or team) that drew it, for every worker process;
      // without Retry-After the caller backs off.
      if (retryAfter !== undefined) await limiter.block(appId, entraTenantId, retryAfter, scope);
      throw new GraphError("throttled", status, code, message, retryAfter);
    }
    if ((status === 503 || status === 504) && response.headers.has("retry-after")) {
      // "Back off" with a time: the tenant's service is overloaded, so all of the tenant's calls wait.
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      if (retryAfter !== undefined) {
        await limiter.blockTenant(appId, entraTenantId, retryAfter);
        throw new GraphError("throttled", status, code, message, retryAfter);
      }
    }
    if (status === 401 || status === 403) {
      await tokens.forget(tenant);
      throw new GraphError("unauthorized", status, code, message);
    }
    if (status === 402) throw new GraphError("payment_required", status, code, message);
    if (status === 404) throw new GraphError("not_found", status, code, message);
    if (status >= 500 || status === 408) {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      throw new GraphError("transient", status, code, message, retryAfter);
    }
    throw new GraphError("bad_request", status, code, message);
  }
}

/** The body as text; a connection dropped mid-body is a transient failure like any other. */
async function readBody(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw new GraphError("transient", response.status, "BodyAborted", (error as Error).message);
  }
}

/** Retry-After in ms: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** Exponential backoff with full jitter, capped. */
export function backoffMs(attempt: number, baseMs = 500, capMs = 60_000): number {
  return Math.round(Math.random() * Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1)));
}
