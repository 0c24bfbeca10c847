import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { safeEqual } from "../lib/api-keys";
import { OPEN_TASK_STATUSES, QUEUE_STATES, STALE_TASK_MINUTES } from "../repositories/ops-stats";
import { HttpProblem } from "./errors";

declare module "fastify" {
  interface FastifyInstance {
    /** This API instance's Prometheus registry (what /metrics serves). */
    metricsRegistry: Registry;
  }
}

/** Cluster-wide gauges read from Postgres and Redis are cached this long between scrapes. */
const SNAPSHOT_TTL_MS = 5_000;

function bearer(request: FastifyRequest): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
  return m ? (m[1] as string) : null;
}

/**
 * Prometheus metrics of the API (prom-client) and the health routes.
 * - GET /metrics: HTTP latency per route, process metrics, and cluster-wide gauges (tenants by status and
 *   model, active exports, open tasks, the export queue's backlog, pending webhook deliveries) read from
 *   Postgres and Redis at scrape time. Needs `Authorization: Bearer` METRICS_TOKEN (or OPS_TOKEN); an API key
 *   never opens it.
 * - GET /readyz: 200 when Postgres and Redis answer, else 503 naming the one that did not.
 */
export default fp(
  async function metrics(app: FastifyInstance) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const registers = [registry];
    app.decorate("metricsRegistry", registry);

    const httpDuration = new Histogram({
      name: "capstan_http_request_duration_seconds",
      help: "API request latency by method, route and status code",
      labelNames: ["method", "route", "status_code"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    app.addHook("onResponse", async (request, reply) => {
      httpDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? "unmatched",
          status_code: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });

    // One read of everything the gauges show, shared by the gauges of one scrape (and a few seconds more).
    let snapshot: { at: number; value: Promise<Snapshot> } | null = null;
    type Snapshot = Awaited<ReturnType<typeof readSnapshot>>;
    async function readSnapshot() {
      const stats = app.opsStats;
      const [tenants, exports, tasks, queue, webhooks] = await Promise.all([
        stats.tenantCounts(),
        stats.exportCounts(),
        stats.taskCounts(),
        stats.queueCounts(),
        stats.webhookCounts(),
      ]);
      return { tenants, exports, tasks, queue, webhooks };
    }
    const current = () => {
      if (!snapshot || Date.now() - snapshot.at > SNAPSHOT_TTL_MS) {
        snapshot = { at: Date.now(), value: readSnapshot() };
        snapshot.value.catch(() => {
          snapshot = null;
        });
      }
      return snapshot.value;
    };

    new Gauge({
      name: "capstan_tenants",
      help: "Tenants by status and payment model",
      labelNames: ["status", "model"] as const,
      registers,
      async collect() {
        this.reset();
        for (const t of (await current()).tenants) this.set({ status: t.status, model: t.model }, t.count);
      },
    });
    new Gauge({
      name: "capstan_exports_active",
      help: "Exports queued or running",
      labelNames: ["status"] as const,
      registers,
      async collect() {
        const { exports } = await current();
        this.set({ status: "queued" }, exports.queued);
        this.set({ status: "running" }, exports.running);
      },
    });
    new Gauge({
      name: "capstan_export_tasks",
      help: `Export tasks pending, running, paused or dead-lettered; stale: running without progress for ${STALE_TASK_MINUTES} minutes`,
      labelNames: ["status"] as const,
      registers,
      async collect() {
        const { tasks } = await current();
        for (const s of OPEN_TASK_STATUSES) this.set({ status: s }, tasks[s]);
        this.set({ status: "stale" }, tasks.stale);
      },
    });
    new Gauge({
      name: "capstan_queue_jobs",
      help: "BullMQ jobs of the export-task queue by state",
      labelNames: ["queue", "state"] as const,
      registers,
      async collect() {
        const { queue } = await current();
        for (const s of QUEUE_STATES) this.set({ queue: app.opsStats.queueName, state: s }, queue[s]);
      },
    });
    new Gauge({
      name: "capstan_webhook_deliveries_by_status",
      help: "Webhook deliveries waiting (pending), due now (due) or given up (failed)",
      labelNames: ["status"] as const,
      registers,
      async collect() {
        const { webhooks } = await current();
        this.set({ status: "pending" }, webhooks.pending);
        this.set({ status: "due" }, webhooks.due);
        this.set({ status: "failed" }, webhooks.failed);
      },
    });
    new Gauge({
      name: "capstan_webhook_endpoints",
      help: "Webhook endpoints: all, failing (enabled, failing since some time) and disabled",
      labelNames: ["state"] as const,
      registers,
      async collect() {
        const { webhooks } = await current();
        this.set({ state: "total" }, webhooks.endpoints);
        this.set({ state: "failing" }, webhooks.failing);
        this.set({ state: "disabled" }, webhooks.disabled);
      },
    });

    const scrapeTokens = () =>
      [app.config.METRICS_TOKEN, app.config.OPS_TOKEN].filter((t): t is string => typeof t === "string");
    async function authorizeScrape(request: FastifyRequest, reply: FastifyReply) {
      const given = bearer(request);
      if (!given || !scrapeTokens().some((token) => safeEqual(given, token))) {
        reply.header("www-authenticate", 'Bearer realm="capstan-metrics"');
        throw new HttpProblem(401, "metrics_unauthorized", "Unauthorized", "/metrics needs METRICS_TOKEN");
      }
    }

    app.get("/metrics", { schema: { hide: true }, onRequest: authorizeScrape }, async (_request, reply) => {
      const body = await registry.metrics();
      return reply.type(registry.contentType).send(body);
    });

    app.get("/readyz", { schema: { hide: true } }, async (request, reply) => {
      // Says only ok, timeout or error (a driver's message can name hosts); the log has the details.
      const answer = (p: Promise<unknown>, what: string) =>
        Promise.race([
          p.then(() => "ok"),
          new Promise<string>((resolve) => setTimeout(() => resolve("timeout"), 2000).unref()),
        ]).catch((error: Error) => {
          request.log.warn({ err: error.message, dependency: what }, "not ready");
          return "error";
        });
      const [postgres, redis] = await Promise.all([
        answer(app.db.$queryRaw`SELECT 1`, "postgres"),
        answer(app.redis.ping(), "redis"),
      ]);
      const checks = { postgres, redis };
      const ready = postgres === "ok" && redis === "ok";
      return reply.status(ready ? 200 : 503).send({ status: ready ? "ready" : "not_ready", checks });
    });
  },
  { name: "metrics", dependencies: ["config", "db", "queues", "ops-stats"] },
);
