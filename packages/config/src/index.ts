import { z } from "zod";

/** Every setting Capstan reads, in one place. Defaults make a laptop run work with no configuration. */
const boolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATABASE_URL: z.string().default("postgresql://postgres@127.0.0.1:5432/capstan"),
  /**
   * PostgreSQL connections each process may open (worker or API). The server's max_connections must cover
   * workers × this + API processes × this, with room for migrations and operators.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  REDIS_URL: z.string().default("redis://127.0.0.1:6379"),
  /** Prefix of every Redis key Capstan writes (queues, buckets, caches); lets environments share a Redis. */
  REDIS_PREFIX: z.string().min(1).default("capstan"),

  API_HOST: z.string().default("127.0.0.1"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public origin of the API, used to build the admin-consent redirect URI. */
  PUBLIC_BASE_URL: z.string().url().default("http://127.0.0.1:3000"),

  /**
   * Credential of the operator routes (/ops/v1) and nothing else; API keys never satisfy it. Unset: the
   * ops routes answer 401 to everyone (the CLI still works, it talks to the database directly).
   */
  OPS_TOKEN: z.string().min(16, "OPS_TOKEN must be at least 16 characters").optional(),
  /**
   * The ops dashboard (/ops) may act: redrive dead-lettered tasks, redeliver webhooks, and use bull-board's
   * write actions (retry, remove, pause). Off: everything under /ops is read-only.
   */
  OPS_DASHBOARD_WRITES: boolean.default(false),
  /** How long an ops dashboard sign-in lasts. */
  OPS_SESSION_TTL_SECONDS: z.coerce.number().int().positive().default(43_200),
  /**
   * Bearer token for Prometheus scrapes of /metrics (API) and the worker's metrics port. Unset: the API's
   * /metrics takes OPS_TOKEN, and the worker's metrics port (bound to METRICS_HOST) asks for nothing.
   */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  /** Where a worker process serves /metrics, /healthz and /readyz; 0 picks a free port. */
  METRICS_HOST: z.string().default("127.0.0.1"),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** Requests one API key may make per window; the next one gets 429 with Retry-After. */
  API_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(600),
  API_RATE_LIMIT_WINDOW_MS: z.coerce.number().int().positive().default(60_000),
  /** How long a stored Idempotency-Key answer is replayed. */
  IDEMPOTENCY_TTL_SECONDS: z.coerce.number().int().positive().default(86_400),
  /** How long a consent URL (its state) stays usable. */
  CONSENT_STATE_TTL_SECONDS: z.coerce.number().int().positive().default(3_600),
  /** Where the admin's browser lands after consent when the tenant has no returnUrl of its own. */
  CONSENT_DEFAULT_RETURN_URL: z.string().url().optional(),
  /**
   * Origin of the admin-consent page in consent URLs, when browsers reach Entra ID under another origin
   * than the API does (e.g. the simulator behind a container name). Defaults to IDENTITY_BASE_URL.
   */
  IDENTITY_PUBLIC_URL: z.string().url().optional(),

  /** Where Microsoft Graph and Entra ID live. Point both at graph-sim for local work. */
  GRAPH_BASE_URL: z.string().url().default("https://graph.microsoft.com"),
  IDENTITY_BASE_URL: z.string().url().default("https://login.microsoftonline.com"),
  /**
   * Where national clouds' hosts are reached, as "host=url" pairs separated by commas, e.g.
   * "login.microsoftonline.us=http://graph-sim:4010/login.microsoftonline.us,graph.microsoft.us=…". A host not
   * named is reached at itself (https://host); the global hosts follow IDENTITY_BASE_URL and GRAPH_BASE_URL.
   */
  CLOUD_HOST_BASE_URLS: z
    .string()
    .regex(
      /^\s*([a-z0-9.-]+=https?:\/\/[^\s,]+\s*(,\s*[a-z0-9.-]+=https?:\/\/[^\s,]+\s*)*)?$/i,
      "CLOUD_HOST_BASE_URLS must be host=url pairs separated by commas",
    )
    .default(""),
  AZURE_CLIENT_ID: z.string().min(1).default("11111111-1111-4111-8111-111111111111"),
  AZURE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Certificate credential: PEM private key file and its SHA-1 thumbprint (hex). Used when set. */
  AZURE_CLIENT_CERT_KEY_PATH: z.string().optional(),
  AZURE_CLIENT_CERT_THUMBPRINT: z.string().optional(),

  /** getAllMessages: per app across tenants (Microsoft's current limit is 1,000/s) and per app+tenant. */
  RATE_LIMIT_APP_RPS: z.coerce.number().positive().default(1000),
  RATE_LIMIT_APP_BURST: z.coerce.number().positive().optional(),
  RATE_LIMIT_TENANT_RPS: z.coerce.number().positive().default(200),
  RATE_LIMIT_TENANT_BURST: z.coerce.number().positive().optional(),
  /** GETs of one chat or channel message and its hosted contents: per app and per app+tenant. */
  RATE_LIMIT_MESSAGE_APP_RPS: z.coerce.number().positive().default(200),
  RATE_LIMIT_MESSAGE_TENANT_RPS: z.coerce.number().positive().default(20),
  /** Every other GET (users, groups, teams, channels): per app and per app+tenant. */
  RATE_LIMIT_OTHER_APP_RPS: z.coerce.number().positive().default(1500),
  RATE_LIMIT_OTHER_TENANT_RPS: z.coerce.number().positive().default(30),
  /** Channel endpoints: per app+tenant+team, on top of their class's limits. */
  RATE_LIMIT_TEAM_RPS: z.coerce.number().positive().default(4),
  /**
   * How far ahead the limiter books a slot for a caller that finds no token. Within it the caller waits for
   * its own slot; beyond it the task steps aside and frees its worker slot for other tenants.
   */
  RATE_LIMIT_MAX_RESERVE_MS: z.coerce.number().int().min(0).max(5000).default(250),
  /** Fraction of each limit left unused, for the jitter between taking a token and the request reaching Graph. */
  RATE_LIMIT_HEADROOM: z.coerce.number().min(0).max(0.5).default(0.08),
  /**
   * The least time each second that a one-token bucket (the 20/s and 30/s classes, 4/s per team) keeps free,
   * for a request that reaches Graph late beside one that does not.
   */
  RATE_LIMIT_MARGIN_MS: z.coerce.number().int().min(0).max(500).default(150),

  /** Export tasks one worker process runs at once; waiting tasks step aside, so this bounds requests in flight. */
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(128),
  /**
   * Open tasks of one tenant let into the queue at once (the rest wait in Postgres, oldest first). A tenant
   * needs about its rate limit × Graph latency × 2 in flight to reach its limit (200/s × 0.15 s × 2 ≈ 60);
   * more only crowds out other tenants.
   */
  TENANT_MAX_ACTIVE_TASKS: z.coerce.number().int().positive().default(64),
  /** How often the reconciler re-enqueues unfinished tasks found in Postgres (covers a lost or flushed Redis). */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(15_000),
  /** How often the scheduler looks for continuous exports that are due. */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
  /** Attempts of an export task before it is dead-lettered; BullMQ backs off exponentially between them. */
  TASK_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  TASK_BACKOFF_MS: z.coerce.number().int().positive().default(1000),
  /**
   * How long a worker's hold on a running task lasts without renewal. A worker that dies (SIGKILL, lost
   * machine) releases its tasks after this; they are checked for every TASK_STALLED_CHECK_MS.
   */
  TASK_LOCK_MS: z.coerce.number().int().min(1000).default(10_000),
  TASK_STALLED_CHECK_MS: z.coerce.number().int().min(500).default(5_000),
  /** Transient Graph failures (5xx, time-outs) retried in place before the job is retried with backoff. */
  GRAPH_TRANSIENT_RETRIES: z.coerce.number().int().min(0).default(6),
  /** Legacy billing: enforce Graph's old payment rules (evaluation cap, Model A licences) before Microsoft does. */
  LEGACY_BILLING: boolean.default(false),
  /** Messages per tenant per month in evaluation mode under legacy billing. */
  EVALUATION_MONTHLY_CAP: z.coerce.number().int().positive().default(500),
  GRAPH_PAGE_SIZE: z.coerce.number().int().min(1).max(50).default(50),
  /**
   * Chat context (topic, type, members; team and channel names; the directory) captured by an export run is
   * not fetched again by a later run within this many seconds; 0 fetches it on every run.
   */
  CONTEXT_REFRESH_SECONDS: z.coerce.number().int().min(0).default(3600),
  GRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),

  PRETTY_LOGS: boolean.default(false),

  /**
   * Key that encrypts webhook signing secrets at rest (AES-256-GCM): 32 bytes as 64 hex characters or
   * base64. Required in production; elsewhere a fixed development key is used when unset.
   */
  WEBHOOK_SECRET_KEY: z
    .string()
    .refine(
      (v) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, "base64").length === 32,
      "WEBHOOK_SECRET_KEY must be 32 bytes: 64 hex characters or base64",
    )
    .optional(),
  /**
   * Ed25519 key that signs archive attestations (ledger heads, verifications, export manifests): its 32-byte
   * seed as 64 hex characters or base64. Required in production; elsewhere a fixed development key is used.
   */
  ARCHIVE_SIGNING_KEY: z
    .string()
    .refine(
      (v) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, "base64").length === 32,
      "ARCHIVE_SIGNING_KEY must be a 32-byte Ed25519 seed: 64 hex characters or base64",
    )
    .optional(),
  /**
   * Archive search: words found in at most this many versions of a tenant are looked up through the GIN
   * index; commoner ones by walking the tenant's messages newest first (faster when a page fills quickly).
   */
  ARCHIVE_SEARCH_INDEX_PATH_MAX: z.coerce.number().int().min(0).default(10_000),
  /** How often a worker chains new ledger entries and applies due retention policies. */
  ARCHIVE_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  /** Days a completed export bundle stays downloadable; then the archive pass removes its bytes. */
  BUNDLE_RETENTION_DAYS: z.coerce.number().min(0.001).max(3650).default(30),
  /**
   * Delay before each delivery attempt, the first counted from the event: durations such as 0, 500ms, 5s,
   * 5m, 2h (a bare number is seconds). After the last one fails the delivery is given up.
   */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(
      /^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)?\s*(,\s*\d+(\.\d+)?\s*(ms|s|m|h|d)?\s*)*$/,
      "WEBHOOK_RETRY_SCHEDULE must be comma-separated durations like 0,5s,5m,30m,2h",
    )
    .default("0,5s,5m,30m,2h,5h,10h,10h"),
  /** Only a 2xx answer within this time counts as delivered. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Disable an endpoint after this many consecutive deliveries failed for good (0: never by count). */
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(0).default(100),
  /** Disable an endpoint that has failed every attempt for this many days. */
  WEBHOOK_DISABLE_AFTER_DAYS: z.coerce.number().positive().default(5),
  /**
   * Hosts and CIDRs webhooks may reach although they are private, loopback or link-local (e.g.
   * "127.0.0.1/32,::1/128,receiver.internal"): for tests and local simulators only. Empty: none.
   */
  WEBHOOK_ALLOWED_TARGETS: z.string().default(""),
  /** How often the worker looks for due webhook deliveries. */
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
  /** Webhook requests one worker process has in flight at once. */
  WEBHOOK_DELIVERY_CONCURRENCY: z.coerce.number().int().positive().default(16),

  /** Lifetime asked for each change-notification subscription (Graph allows up to 4,320 minutes). */
  LIVE_SUBSCRIPTION_MINUTES: z.coerce.number().int().min(5).max(4320).default(4200),
  /** A subscription is renewed when less than this is left. */
  LIVE_RENEW_BEFORE_MS: z.coerce.number().int().positive().default(3_600_000),
  /** How often a worker creates, renews and removes subscriptions and starts due catch-up exports. */
  LIVE_MANAGER_INTERVAL_MS: z.coerce.number().int().positive().default(10_000),
  /** A catch-up export starts this long before the point capture is known complete. */
  LIVE_CATCH_UP_OVERLAP_MS: z.coerce.number().int().min(0).default(300_000),
  /** Verified notifications waiting to be stored before the endpoint answers 503 (Graph retries). */
  LIVE_INBOX_MAX: z.coerce.number().int().positive().default(200_000),
  /** Notifications one API process verifies at once (RSA decryptions) before answering 503 (Graph retries). */
  LIVE_VERIFY_MAX: z.coerce.number().int().positive().default(400),
  /** Notifications one worker stores per transaction. */
  LIVE_DRAIN_BATCH: z.coerce.number().int().positive().default(1_000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Names of settings whose values must never be printed. */
export const secretSettings = [
  "AZURE_CLIENT_SECRET",
  "DATABASE_URL",
  "REDIS_URL",
  "OPS_TOKEN",
  "METRICS_TOKEN",
  "WEBHOOK_SECRET_KEY",
  "ARCHIVE_SIGNING_KEY",
] as const;

/** Graph's limits as the limiter takes them (see @capstan/rate-limit's graphLimits). */
export function limitSettingsOf(c: Config) {
  return {
    appRps: c.RATE_LIMIT_APP_RPS,
    tenantRps: c.RATE_LIMIT_TENANT_RPS,
    appBurst: c.RATE_LIMIT_APP_BURST,
    tenantBurst: c.RATE_LIMIT_TENANT_BURST,
    messageAppRps: c.RATE_LIMIT_MESSAGE_APP_RPS,
    messageTenantRps: c.RATE_LIMIT_MESSAGE_TENANT_RPS,
    otherAppRps: c.RATE_LIMIT_OTHER_APP_RPS,
    otherTenantRps: c.RATE_LIMIT_OTHER_TENANT_RPS,
    teamRps: c.RATE_LIMIT_TEAM_RPS,
    headroom: c.RATE_LIMIT_HEADROOM,
    marginMs: c.RATE_LIMIT_MARGIN_MS,
  };
}
