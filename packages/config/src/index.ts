import { z } from "zod";

/** Every setting Capstan reads, in one place. Defaults make a laptop run work with no configuration. */
const boolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATABASE_URL: z.string().default("postgresql://postgres@127.0.0.1:5432/capstan"),
  REDIS_URL: z.string().default("redis://127.0.0.1:6379"),
  /** Prefix of every Redis key Capstan writes (queues, buckets, caches); lets environments share a Redis. */
  REDIS_PREFIX: z.string().min(1).default("capstan"),

  API_HOST: z.string().default("127.0.0.1"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public origin of the API, used to build the admin-consent redirect URI. */
  PUBLIC_BASE_URL: z.string().url().default("http://127.0.0.1:3000"),

  /** Where Microsoft Graph and Entra ID live. Point both at graph-sim for local work. */
  GRAPH_BASE_URL: z.string().url().default("https://graph.microsoft.com"),
  IDENTITY_BASE_URL: z.string().url().default("https://login.microsoftonline.com"),
  AZURE_CLIENT_ID: z.string().min(1).default("11111111-1111-4111-8111-111111111111"),
  AZURE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Certificate credential: PEM private key file and its SHA-1 thumbprint (hex). Used when set. */
  AZURE_CLIENT_CERT_KEY_PATH: z.string().optional(),
  AZURE_CLIENT_CERT_THUMBPRINT: z.string().optional(),

  RATE_LIMIT_APP_RPS: z.coerce.number().positive().default(600),
  RATE_LIMIT_APP_BURST: z.coerce.number().positive().optional(),
  RATE_LIMIT_TENANT_RPS: z.coerce.number().positive().default(200),
  RATE_LIMIT_TENANT_BURST: z.coerce.number().positive().optional(),

  /** Export tasks one worker process runs at once; waiting tasks step aside, so this bounds requests in flight. */
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(128),
  /** How often the reconciler re-enqueues unfinished tasks found in Postgres (covers a lost or flushed Redis). */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(15_000),
  /** How often the scheduler looks for continuous exports that are due. */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
  /** Transient Graph failures (5xx, time-outs) retried in place before the job is retried with backoff. */
  GRAPH_TRANSIENT_RETRIES: z.coerce.number().int().min(0).default(6),
  /** Legacy billing: enforce Graph's old payment rules (evaluation cap, Model A licences) before Microsoft does. */
  LEGACY_BILLING: boolean.default(false),
  /** Messages per tenant per month in evaluation mode under legacy billing. */
  EVALUATION_MONTHLY_CAP: z.coerce.number().int().positive().default(500),
  GRAPH_PAGE_SIZE: z.coerce.number().int().min(1).max(50).default(50),
  GRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),

  PRETTY_LOGS: boolean.default(false),
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
export const secretSettings = ["AZURE_CLIENT_SECRET", "DATABASE_URL", "REDIS_URL"] as const;
