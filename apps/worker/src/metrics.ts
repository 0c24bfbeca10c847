import { timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@capstan/db";
import type { GraphRequestInfo } from "@capstan/graph";
import type { Logger } from "pino";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/**
 * Worker observability. Two sinks, fed by the same hooks:
 * - Prometheus counters and histograms of this process, served by startMetricsServer (METRICS_PORT);
 * - per-minute counters in Postgres (ops_metric_minutes), summed over every worker process, written in
 *   batches: what the ops dashboard charts (messages/s, Graph requests/s, 429 and error rates).
 */

/** The per-minute counters workers keep in Postgres, and what each counts. */
export const OPS_MINUTE_METRICS = {
  graph_requests: "requests sent to Graph (any answer, or none)",
  graph_throttled: "429 answers",
  graph_errors: "failed requests: no answer, 5xx, or a 4xx other than 404 and 429",
  messages_fetched: "messages Graph returned in getAllMessages pages",
  messages_stored: "message versions added to export results",
  versions_new: "message versions stored for the first time",
  token_wait_ms: "milliseconds export tasks stepped aside for a rate-limit token or a Retry-After",
  webhook_succeeded: "webhook attempts answered 2xx",
  webhook_failed: "webhook attempts that failed",
} as const;

export type OpsMinuteMetric = keyof typeof OPS_MINUTE_METRICS;

/** How a webhook attempt ended: delivered, failed with a retry scheduled, failed for good, or 410 Gone. */
export type WebhookAttemptResult = "succeeded" | "retrying" | "failed" | "gone";

/** The hooks the engine calls; each is cheap and never throws. */
export interface WorkerMetrics {
  /** A request that left for Graph (GraphClient's onRequest). */
  graphRequest(info: GraphRequestInfo): void;
  /** Graph answered 429 for this Capstan tenant. */
  throttled(tenantId: string): void;
  /**
   * A task stepped aside: `reason` is the limiter's (app, tenant, app:message, tenant:other, team…, reserved,
   * blocked) or retry_after (a 429).
   */
  waited(reason: string, ms: number): void;
  /** A getAllMessages page was committed. */
  pageStored(counts: { fetched: number; stored: number; versionsNew: number }): void;
  webhookAttempt(result: WebhookAttemptResult, latencyMs: number): void;
}

/** True for answers that count as errors: none, 5xx, or a 4xx other than 404 (target gone) and 429. */
export function isGraphError(status: number): boolean {
  return status === 0 || status >= 500 || (status >= 400 && status !== 404 && status !== 429);
}

// One registry per process: every runtime of the process adds to the same counters.
let shared: ReturnType<typeof createRegistry> | null = null;

function createRegistry() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    graphRequests: new Counter({
      name: "capstan_graph_requests_total",
      help: "Requests sent to Microsoft Graph, by endpoint and HTTP status (0: no answer)",
      labelNames: ["endpoint", "status"] as const,
      registers,
    }),
    graphDuration: new Histogram({
      name: "capstan_graph_request_duration_seconds",
      help: "Time to Graph's response headers, by endpoint",
      labelNames: ["endpoint"] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    graphThrottled: new Counter({
      name: "capstan_graph_throttled_total",
      help: "429 Too Many Requests answers from Graph, per Capstan tenant",
      labelNames: ["tenant_id"] as const,
      registers,
    }),
    tokenWait: new Histogram({
      name: "capstan_rate_limit_wait_seconds",
      help:
        "Time export tasks stepped aside: for a rate-limit token (reason app, tenant, app:message, tenant:other, team, reserved, blocked) " +
        "or for a 429's Retry-After or backoff (retry_after)",
      labelNames: ["reason"] as const,
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers,
    }),
    messagesFetched: new Counter({
      name: "capstan_messages_fetched_total",
      help: "Messages Graph returned in getAllMessages pages (duplicates included)",
      registers,
    }),
    messagesStored: new Counter({
      name: "capstan_messages_stored_total",
      help: "Message versions added to export results",
      registers,
    }),
    versionsStored: new Counter({
      name: "capstan_message_versions_stored_total",
      help: "Message versions stored for the first time",
      registers,
    }),
    webhookDeliveries: new Counter({
      name: "capstan_webhook_deliveries_total",
      help: "Webhook delivery attempts by result: succeeded, retrying, failed (gave up), gone (410)",
      labelNames: ["result"] as const,
      registers,
    }),
    webhookDuration: new Histogram({
      name: "capstan_webhook_delivery_duration_seconds",
      help: "Time a webhook attempt took, answer or not",
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers,
    }),
  };
}

/** This process's Prometheus registry (created on first use). */
export function workerRegistry() {
  shared ??= createRegistry();
  return shared;
}

const MINUTE_MS = 60_000;
/** Per-minute rows older than this are deleted. */
export const OPS_MINUTES_RETENTION_DAYS = 7;

/**
 * Per-minute counters gathered in memory and added to Postgres in one statement per flush, so a busy worker
 * writes a handful of rows every few seconds however many pages it stores.
 */
export class MinuteCounters {
  private pending = new Map<number, Map<OpsMinuteMetric, number>>();
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  add(metric: OpsMinuteMetric, amount: number): void {
    if (!(amount > 0)) return;
    const minute = Math.floor(this.now() / MINUTE_MS) * MINUTE_MS;
    let row = this.pending.get(minute);
    if (!row) {
      row = new Map();
      this.pending.set(minute, row);
    }
    row.set(metric, (row.get(metric) ?? 0) + amount);
  }

  /** Adds what was gathered to Postgres; on failure keeps it for the next flush (up to two hours of it). */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    const minutes: string[] = [];
    const metrics: string[] = [];
    const values: number[] = [];
    for (const [minute, row] of batch) {
      for (const [metric, value] of row) {
        minutes.push(new Date(minute).toISOString());
        metrics.push(metric);
        values.push(Math.round(value));
      }
    }
    if (minutes.length > 0) {
      try {
        await this.db.$executeRaw`
          INSERT INTO ops_metric_minutes (minute, metric, value)
          SELECT m, k, v FROM unnest(${minutes}::timestamptz[], ${metrics}::text[], ${values}::bigint[]) AS x(m, k, v)
          ON CONFLICT (minute, metric) DO UPDATE SET value = ops_metric_minutes.value + EXCLUDED.value`;
      } catch (error) {
        const oldest = this.now() - 2 * 3_600_000;
        for (const [minute, row] of batch) {
          if (minute < oldest) continue;
          for (const [metric, value] of row) this.addAt(minute, metric, value);
        }
        throw error;
      }
    }
    if (this.now() - this.lastPrune > 10 * MINUTE_MS) {
      this.lastPrune = this.now();
      await this.db.$executeRaw`
        DELETE FROM ops_metric_minutes WHERE minute < now() - ${OPS_MINUTES_RETENTION_DAYS} * interval '1 day'`;
    }
  }

  private addAt(minute: number, metric: OpsMinuteMetric, amount: number) {
    let row = this.pending.get(minute);
    if (!row) {
      row = new Map();
      this.pending.set(minute, row);
    }
    row.set(metric, (row.get(metric) ?? 0) + amount);
  }
}

/** The engine's metrics hooks: Prometheus of this process plus the shared per-minute counters. */
export function createWorkerMetrics(minutes: MinuteCounters): WorkerMetrics {
  const m = workerRegistry();
  return {
    graphRequest(info) {
      m.graphRequests.inc({ endpoint: info.endpoint, status: String(info.status) });
      m.graphDuration.observe({ endpoint: info.endpoint }, info.durationMs / 1000);
      minutes.add("graph_requests", 1);
      if (info.status === 429) minutes.add("graph_throttled", 1);
      if (isGraphError(info.status)) minutes.add("graph_errors", 1);
    },
    throttled(tenantId) {
      m.graphThrottled.inc({ tenant_id: tenantId });
    },
    waited(reason, ms) {
      m.tokenWait.observe({ reason }, Math.max(0, ms) / 1000);
      minutes.add("token_wait_ms", ms);
    },
    pageStored({ fetched, stored, versionsNew }) {
      m.messagesFetched.inc(fetched);
      m.messagesStored.inc(stored);
      m.versionsStored.inc(versionsNew);
      minutes.add("messages_fetched", fetched);
      minutes.add("messages_stored", stored);
      minutes.add("versions_new", versionsNew);
    },
    webhookAttempt(result, latencyMs) {
      m.webhookDeliveries.inc({ result });
      m.webhookDuration.observe(Math.max(0, latencyMs) / 1000);
      minutes.add(result === "succeeded" ? "webhook_succeeded" : "webhook_failed", 1);
    },
  };
}

export interface MetricsServerOptions {
  host: string;
  port: number;
  /** When set, /metrics needs `Authorization: Bearer <token>`. Health routes never do. */
  token?: string | undefined;
  /** Readiness: each dependency's answer ("ok" or why not). */
  checkReady(): Promise<Record<string, string>>;
  logger?: Logger;
}

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) return false;
  const given = Buffer.from(m[1] as string);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Serves /metrics (Prometheus), /healthz (the process answers) and /readyz (Postgres and Redis answer). */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const { registry } = workerRegistry();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "GET" && req.method !== "HEAD") return json(405, { error: "method not allowed" });
    if (path === "/healthz") return json(200, { status: "ok" });
    if (path === "/readyz") {
      options
        .checkReady()
        .then((checks) => {
          const ready = Object.values(checks).every((v) => v === "ok");
          json(ready ? 200 : 503, { status: ready ? "ready" : "not_ready", checks });
        })
        .catch((error) => json(503, { status: "not_ready", error: (error as Error).message }));
      return;
    }
    if (path === "/metrics") {
      if (options.token && !bearerMatches(req.headers.authorization, options.token)) {
        res.writeHead(401, { "www-authenticate": 'Bearer realm="capstan-metrics"' });
        return res.end();
      }
      registry
        .metrics()
        .then((text) => {
          res.writeHead(200, { "content-type": registry.contentType });
          res.end(text);
        })
        .catch((error) => {
          options.logger?.warn({ err: (error as Error).message }, "metrics collection failed");
          json(500, { error: "metrics collection failed" });
        });
      return;
    }
    json(404, { error: "not found" });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
