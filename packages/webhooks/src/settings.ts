import type { Config } from "@capstan/config";
import { type Allowlist, parseAllowlist } from "./address";
import { type SecretBox, secretBoxFromConfig } from "./secrets";

/** Everything webhook delivery and management read from configuration, resolved once. */
export interface WebhookSettings {
  /** Wait before each attempt in ms, after the previous one; the first is 0 (immediately). */
  retrySchedule: number[];
  timeoutMs: number;
  /** Consecutive deliveries that failed for good before the endpoint is disabled; 0: never by count. */
  disableAfterFailures: number;
  /** Days of nothing but failed attempts before the endpoint is disabled. */
  disableAfterMs: number;
  /** http:// URLs are accepted (development only). */
  allowHttp: boolean;
  allowlist: Allowlist;
  pollIntervalMs: number;
  concurrency: number;
  secrets: SecretBox;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "0,5s,5m,30m,2h" into milliseconds; a bare number is seconds. */
export function parseDurationList(value: string): number[] {
  const out = value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(part);
      if (!m) throw new Error(`not a duration: ${part}`);
      return Math.round(Number(m[1]) * (UNITS[m[2] ?? "s"] as number));
    });
  if (out.length === 0) throw new Error("a retry schedule needs at least one attempt");
  return out;
}

/** A retry schedule: the first attempt is immediate, each later entry is the wait after the previous one. */
export function parseRetrySchedule(value: string): number[] {
  const out = parseDurationList(value);
  if (out[0] !== 0)
    throw new Error("WEBHOOK_RETRY_SCHEDULE must start with 0: the first attempt is immediate");
  return out;
}

export function webhookSettingsFromConfig(config: Config): WebhookSettings {
  return {
    retrySchedule: parseRetrySchedule(config.WEBHOOK_RETRY_SCHEDULE),
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    disableAfterFailures: config.WEBHOOK_DISABLE_AFTER_FAILURES,
    disableAfterMs: config.WEBHOOK_DISABLE_AFTER_DAYS * 86_400_000,
    allowHttp: config.NODE_ENV === "development",
    allowlist: parseAllowlist(config.WEBHOOK_ALLOWED_TARGETS),
    pollIntervalMs: config.WEBHOOK_POLL_INTERVAL_MS,
    concurrency: config.WEBHOOK_DELIVERY_CONCURRENCY,
    secrets: secretBoxFromConfig(config),
  };
}
