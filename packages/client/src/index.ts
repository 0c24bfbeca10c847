/**
 * The Capstan API for ISVs: a typed client generated from the OpenAPI document (openapi-typescript types,
 * openapi-fetch calls), with small helpers for what every integration does — onboarding through admin
 * consent, waiting for an export, reading the archive page by page or as an NDJSON stream, and checking
 * webhook signatures.
 */
import createClient, { type Client } from "openapi-fetch";
import { Webhook } from "standardwebhooks";
import type { components, operations, paths } from "./generated/api";

export type { components, operations, paths };
export type Schemas = components["schemas"];
export type Tenant = Schemas["Tenant"];
export type CreatedTenant = Schemas["CreatedTenant"];
export type Export = Schemas["Export"];
export type ArchivedMessage = Schemas["ArchivedMessage"];
export type ExportMessage = Schemas["ExportMessage"];
export type Problem = Schemas["Problem"];
/** Every webhook event a partner endpoint can receive, discriminated by `type`. */
export type WebhookEvent = Schemas[Extract<keyof Schemas, `WebhookEvent_${string}`>];

export type CapstanApi = Client<paths>;

export interface CapstanClientOptions {
  /** The API's origin, e.g. https://api.capstan.example (the document's `servers`). */
  baseUrl: string;
  /** An API key of your account: cap_live_… */
  apiKey: string;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: (request: Request) => Promise<Response>;
}

/** The rate-limit state an answer reported (IETF RateLimit-Policy and RateLimit headers). */
export interface RateLimitState {
  policy: string;
  quota: number | null;
  windowSeconds: number | null;
  remaining: number;
  resetSeconds: number | null;
}

/** A problem+json answer, thrown by the helpers (the raw client returns it as `error`). */
export class CapstanError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** Seconds the server asked to wait (429, 503), when it said. */
    readonly retryAfterSeconds: number | null,
  ) {
    super(problem ? `${status} ${problem.code}: ${problem.detail ?? problem.title}` : `HTTP ${status}`);
    this.name = "CapstanError";
  }
  get code(): string | undefined {
    return this.problem?.code;
  }
}

/** The typed client: every operation of the document, by path and method (`client.GET("/v1/tenants")`). */
export function createCapstanClient(options: CapstanClientOptions): CapstanApi {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    headers: { authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

function retryAfter(response: Response): number | null {
  const value = response.headers.get("retry-after");
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The data of an openapi-fetch result, or a CapstanError carrying the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.error === undefined) return result.data as T;
  const problem =
    result.error && typeof result.error === "object" && "code" in result.error
      ? (result.error as Problem)
      : undefined;
  throw new CapstanError(result.response.status, problem, retryAfter(result.response));
}

/** Reads `RateLimit-Policy` / `RateLimit` (draft-ietf-httpapi-ratelimit-headers); null when absent. */
export function rateLimitOf(headers: Headers): RateLimitState | null {
  const current = headers.get("ratelimit");
  if (!current) return null;
  const item = (value: string) => {
    const [name, ...params] = value.split(";").map((p) => p.trim());
    const map = new Map(
      params.map((p) => {
        const [k, v] = p.split("=");
        return [k ?? "", Number(v)] as const;
      }),
    );
    return { name: (name ?? "").replace(/^"|"$/g, ""), map };
  };
  const state = item(current.split(",")[0] ?? "");
  const policy = (headers.get("ratelimit-policy") ?? "")
    .split(",")
    .map(item)
    .find((p) => p.name === state.name);
  return {
    policy: state.name,
    quota: policy?.map.get("q") ?? null,
    windowSeconds: policy?.map.get("w") ?? null,
    remaining: state.map.get("r") ?? 0,
    resetSeconds: state.map.get("t") ?? null,
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

// ---- Onboarding: admin consent ----

/**
 * Adds a customer tenant and answers the admin consent URL to send its admin to. Pass an idempotency key
 * (your own id for this customer) so a retry never adds the tenant twice.
 */
export async function onboardTenant(
  client: CapstanApi,
  body: Schemas["CreateTenantInput"],
  idempotencyKey?: string,
): Promise<CreatedTenant> {
  return unwrap(
    await client.POST("/v1/tenants", {
      body,
      ...(idempotencyKey ? { headers: { "idempotency-key": idempotencyKey } } : {}),
    }),
  );
}

export interface ConsentReturn {
  tenantId: string;
  outcome: "active" | "error";
  /** The problem code when the outcome is an error (consent_declined, consent_token_refused, …). */
  code: string | null;
}

/**
 * What Capstan appended to your `returnUrl` when it sent the admin's browser back after consent. Trust it
 * as a hint only: confirm with `getTenant` (the URL can be typed by anyone).
 */
export function readConsentReturn(url: string | URL): ConsentReturn {
  const params = new URL(url).searchParams;
  const tenantId = params.get("tenantId");
  const outcome = params.get("outcome");
  if (!tenantId || (outcome !== "active" && outcome !== "error")) {
    throw new Error("not a Capstan consent return: it needs tenantId and outcome=active|error");
  }
  return { tenantId, outcome, code: params.get("code") };
}

// ---- Exports ----

export interface WaitOptions {
  /** Between polls; default 1000 ms. */
  intervalMs?: number;
  /** Give up (throw) after this long; default: never. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called with each view while the export runs. */
  onProgress?: (view: Export) => void;
}

const OPEN_EXPORT = new Set(["queued", "running"]);

/**
 * Polls an export until it ends (completed, failed or cancelled) and answers its last view. A 429 or 503
 * waits as long as Retry-After says and polls again.
 */
export async function waitForExport(
  client: CapstanApi,
  exportId: string,
  options: WaitOptions = {},
): Promise<Export> {
  const interval = options.intervalMs ?? 1000;
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  for (;;) {
    let view: Export | undefined;
    let wait = interval;
    try {
      view = unwrap(await client.GET("/v1/exports/{exportId}", { params: { path: { exportId } } }));
    } catch (error) {
      if (!(error instanceof CapstanError) || (error.status !== 429 && error.status !== 503)) throw error;
      wait = Math.max(interval, (error.retryAfterSeconds ?? 1) * 1000);
    }
    if (view) {
      if (!OPEN_EXPORT.has(view.status)) return view;
      options.onProgress?.(view);
    }
    if (Date.now() + wait > deadline)
      throw new Error(`export ${exportId} still open after ${options.timeoutMs} ms`);
    await sleep(wait, options.signal);
  }
}

// ---- Archive ----

type ArchiveQuery = NonNullable<operations["listTenantMessages"]["parameters"]["query"]>;
type StreamQuery = NonNullable<operations["streamTenantMessages"]["parameters"]["query"]>;

/** Every item of a cursor-paginated list: calls `page(cursor)` until `nextCursor` is null. */
export async function* paginate<T>(
  page: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const result = await page(cursor);
    yield* result.data;
    cursor = result.nextCursor ?? undefined;
  } while (cursor);
}

/** A tenant's archived messages, page by page (`limit` per request, default 100). */
export function tenantMessages(
  client: CapstanApi,
  tenantId: string,
  query: Omit<ArchiveQuery, "cursor"> = {},
): AsyncGenerator<ArchivedMessage> {
  return paginate(async (cursor) =>
    unwrap(
      await client.GET("/v1/tenants/{tenantId}/messages", {
        params: { path: { tenantId }, query: { ...query, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

/** Splits a byte stream into NDJSON records. */
export async function* ndjson<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as T;
      newline = buffer.indexOf("\n");
    }
  }
  const rest = (buffer + decoder.decode()).trim();
  if (rest) yield JSON.parse(rest) as T;
}

/** A tenant's whole archive in one response, one message per line, read as it arrives. */
export async function* streamTenantMessages(
  client: CapstanApi,
  tenantId: string,
  query: StreamQuery = {},
): AsyncGenerator<ArchivedMessage> {
  const result = await client.GET("/v1/tenants/{tenantId}/messages.ndjson", {
    params: { path: { tenantId }, query },
    parseAs: "stream",
  });
  // openapi-fetch has already read a failure's body into `error`.
  if (!result.response.ok || !result.data) unwrap(result);
  yield* ndjson<ArchivedMessage>(result.data as ReadableStream<Uint8Array>);
}

/** The message versions one export stored, page by page. */
export function exportMessages(
  client: CapstanApi,
  exportId: string,
  query: { limit?: number } = {},
): AsyncGenerator<ExportMessage> {
  return paginate(async (cursor) =>
    unwrap(
      await client.GET("/v1/exports/{exportId}/messages", {
        params: { path: { exportId }, query: { ...query, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

/** Every message version one export stored, in one NDJSON response read as it arrives. */
export async function* streamExportMessages(
  client: CapstanApi,
  exportId: string,
): AsyncGenerator<ExportMessage> {
  const result = await client.GET("/v1/exports/{exportId}/messages.ndjson", {
    params: { path: { exportId } },
    parseAs: "stream",
  });
  if (!result.response.ok || !result.data) unwrap(result);
  yield* ndjson<ExportMessage>(result.data as ReadableStream<Uint8Array>);
}

// ---- Webhooks ----

export class WebhookVerificationError extends Error {
  override name = "WebhookVerificationError";
}

/**
 * Checks a delivery's Standard Webhooks signature with the endpoint's secret (whsec_…) and answers the
 * event. Pass the raw body exactly as received; headers as a Headers or a plain object. Refuses a wrong
 * signature and a timestamp more than five minutes away. While a rotated secret is still valid either
 * secret verifies (the delivery carries both signatures).
 */
export function verifyWebhook(
  secret: string,
  headers: Headers | Record<string, string | string[] | undefined>,
  rawBody: string | Buffer,
): WebhookEvent {
  const get = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const wanted = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;
  const picked: Record<string, string> = {};
  for (const name of wanted) {
    const value = get(name);
    if (!value) throw new WebhookVerificationError(`missing ${name} header`);
    picked[name] = value;
  }
  try {
    return new Webhook(secret).verify(
      typeof rawBody === "string" ? rawBody : rawBody.toString("utf8"),
      picked,
    ) as WebhookEvent;
  } catch (error) {
    throw new WebhookVerificationError((error as Error).message);
  }
}
