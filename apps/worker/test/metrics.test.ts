import { randomUUID } from "node:crypto";
import { loadConfig } from "@capstan/config";
import { graphEndpoint } from "@capstan/graph";
import { eventually } from "@capstan/testing";
import { endpointSecretBinding, generateSigningSecret, secretBoxFromConfig } from "@capstan/webhooks";
import { type Receiver, startReceiver } from "@capstan/webhooks/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isGraphError, type MetricsServer, startMetricsServer } from "../src/metrics";
import type { WorkerRuntime } from "../src/runtime";
import { createHarness, type Harness } from "./helpers";

// What the worker reports about its work: a whole-tenant export through 429s and 5xx faults, then the
// per-minute counters in Postgres (the ops dashboard's charts) and the Prometheus metrics on the metrics
// port must equal what the simulator counted and what the usage ledger and the tasks hold.

const METRICS_TOKEN = "metrics-token-for-worker-tests-01";
let h: Harness;
let runtime: WorkerRuntime;
let server: MetricsServer;
let receiver: Receiver;

beforeAll(async () => {
  h = await createHarness({}, { RATE_LIMIT_TENANT_RPS: "200", RATE_LIMIT_APP_RPS: "600" });
  let calls = 0;
  // The partner fails the first delivery once, then takes everything.
  receiver = await startReceiver((_req, res) => {
    calls++;
    res.statusCode = calls === 1 ? 500 : 204;
    res.end();
  });
  const overrides = {
    NODE_ENV: "development",
    WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32",
    WEBHOOK_RETRY_SCHEDULE: "0,100ms,200ms",
    WEBHOOK_POLL_INTERVAL_MS: "50",
  };
  const endpointId = randomUUID();
  const box = secretBoxFromConfig(loadConfig({ ...overrides }));
  await h.db.webhookEndpoint.create({
    data: {
      id: endpointId,
      accountId: h.accountId,
      url: `${receiver.origin}/hooks`,
      events: ["*"],
      secretCiphertext: box.encrypt(generateSigningSecret(), endpointSecretBinding(endpointId)),
    },
  });
  runtime = await h.startWorker(overrides);
  server = await startMetricsServer({
    host: "127.0.0.1",
    port: 0,
    token: METRICS_TOKEN,
    checkReady: runtime.checkReady,
  });
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
  await h?.close();
});

/** Sums the samples of one metric whose labels include `match`. */
function sample(text: string, name: string, match: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split("\n")) {
    const m = /^([a-z_]+)(\{.*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels = m[2] ?? "";
    if (Object.entries(match).every(([k, v]) => labels.includes(`${k}="${v}"`))) total += Number(m[3]);
  }
  return total;
}

describe("worker metrics", () => {
  it("count every Graph request, 429, error, message and webhook attempt, in Postgres and for Prometheus", async () => {
    h.sim.control.createTenant({
      name: "metered",
      sizes: {
        users: 4,
        chatsPerUser: 2,
        messagesPerChat: 20,
        teams: 1,
        channelsPerTeam: 2,
        messagesPerChannel: 15,
      },
      faults: { error500: 0.04, error503: 0.03 },
      // Graph throttles below Capstan's limiter: 429s with Retry-After.
      limits: { perAppTenantRps: 15 },
    });
    const sim = h.sim.control.getTenant("metered");
    h.sim.control.resetCounters();
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { pageSize: 5 } });
    expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });
    // export.started and export.completed reach the partner (the first attempt fails and is retried).
    await eventually(
      async () => {
        // Attempts are counted right after they are recorded: flush until both have been.
        await runtime.metrics.flush();
        const [row] = await h.db.$queryRaw<{ total: bigint | null }[]>`
          SELECT sum(value) AS total FROM ops_metric_minutes WHERE metric = 'webhook_succeeded'`;
        return Number(row?.total ?? 0) >= 2 ? true : undefined;
      },
      { what: "webhook deliveries" },
    );

    const counters = h.sim.control.counters();
    const requests = counters.requests.byTenant[sim.id] ?? 0;
    const throttled = counters.throttled.byTenant[sim.id] ?? 0;
    const errors = Object.entries(counters.requests.byStatus)
      .filter(([status]) => isGraphError(Number(status)))
      .reduce((n, [, c]) => n + c, 0);
    expect(throttled).toBeGreaterThan(0);
    expect(errors).toBeGreaterThan(0);

    const rows = await h.db.$queryRaw<{ metric: string; total: bigint }[]>`
      SELECT metric, sum(value) AS total FROM ops_metric_minutes GROUP BY metric`;
    const minutes = Object.fromEntries(rows.map((r) => [r.metric, Number(r.total)]));
    const [ledger] = await h.db.$queryRaw<{ requests: bigint; messages: bigint; throttled: bigint }[]>`
      SELECT sum(requests) AS requests, sum(messages) AS messages, sum(throttled) AS throttled
      FROM usage_ledger WHERE tenant_id = ${tenantId}::uuid`;
    const tasks = await h.db.exportTask.aggregate({
      where: { exportId },
      _sum: { messagesSeen: true, messagesStored: true, versionsNew: true },
    });
    const attempts = await h.db.webhookAttempt.groupBy({ by: ["succeeded"], _count: true });
    const ok = attempts.find((a) => a.succeeded)?._count ?? 0;
    const failed = attempts.find((a) => !a.succeeded)?._count ?? 0;

    expect(minutes.graph_requests).toBe(requests);
    expect(minutes.graph_requests).toBe(Number(ledger?.requests));
    expect(minutes.graph_throttled).toBe(throttled);
    expect(minutes.graph_throttled).toBe(Number(ledger?.throttled));
    expect(minutes.graph_errors).toBe(errors);
    expect(minutes.messages_fetched).toBe(counters.messagesReturned.byTenant[sim.id]);
    expect(minutes.messages_fetched).toBe(Number(ledger?.messages));
    expect(minutes.messages_stored).toBe(tasks._sum.messagesStored);
    expect(minutes.versions_new).toBe(tasks._sum.versionsNew);
    expect(minutes.token_wait_ms).toBeGreaterThan(0);
    expect(minutes.webhook_succeeded).toBe(ok);
    expect(minutes.webhook_failed).toBe(failed);
    expect(failed).toBe(1);

    // The same counts on the metrics port, labelled.
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(sample(text, "capstan_graph_requests_total")).toBe(requests);
    expect(sample(text, "capstan_graph_requests_total", { status: "429" })).toBe(throttled);
    const chats = graphEndpoint("/v1.0/users/u1/chats/getAllMessages?$top=10");
    expect(chats).toBe("users/{id}/chats/getAllMessages");
    expect(sample(text, "capstan_graph_requests_total", { endpoint: chats, status: "200" })).toBeGreaterThan(
      0,
    );
    expect(
      sample(text, "capstan_graph_requests_total", { endpoint: "teams/{id}/channels/getAllMessages" }),
    ).toBeGreaterThan(0);
    expect(sample(text, "capstan_graph_request_duration_seconds_count")).toBe(requests);
    expect(sample(text, "capstan_graph_throttled_total", { tenant_id: tenantId })).toBe(throttled);
    expect(sample(text, "capstan_messages_fetched_total")).toBe(minutes.messages_fetched);
    expect(sample(text, "capstan_messages_stored_total")).toBe(minutes.messages_stored);
    expect(sample(text, "capstan_message_versions_stored_total")).toBe(minutes.versions_new);
    expect(sample(text, "capstan_rate_limit_wait_seconds_count", { reason: "retry_after" })).toBeGreaterThan(
      0,
    );
    expect(sample(text, "capstan_rate_limit_wait_seconds_sum") * 1000).toBeCloseTo(
      minutes.token_wait_ms ?? 0,
      -2,
    );
    expect(sample(text, "capstan_webhook_deliveries_total", { result: "succeeded" })).toBe(ok);
    expect(sample(text, "capstan_webhook_deliveries_total", { result: "retrying" })).toBe(1);
    expect(text).toContain("process_resident_memory_bytes");
  });

  it("answers /healthz and /readyz on the metrics port without a token", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { postgres: "ok", redis: "ok" } });
  });

  it("labels Graph endpoints without ids", () => {
    expect(graphEndpoint("https://graph.microsoft.com/v1.0/teams/abc/channels/getAllMessages?$top=50")).toBe(
      "teams/{id}/channels/getAllMessages",
    );
    expect(graphEndpoint("/v1.0/chats/19:x@thread.v2/messages/1700/hostedContents/aGk=/$value")).toBe(
      "chats/{id}/messages/{id}/hostedContents/{id}/$value",
    );
    expect(graphEndpoint("/v1.0/users?$select=id&$top=999")).toBe("users");
  });
});
