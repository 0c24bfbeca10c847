import type { Series } from "../chart";
import {
  cpuLine,
  createTenants,
  type ExportRun,
  engineState,
  exportAll,
  failedAttemptsText,
  fmtRate,
  VERSION_NOTES,
  versionTables,
} from "../kit";
import { round } from "../metrics";
import type { ScenarioResult } from "../report";
import { GRAPH_LIMITS, REALISTIC_LATENCY, type RunContext } from "../run";
import { rate } from "../sampler";

/**
 * scale-out: the same export (several tenants at once, realistic latency, Graph's limits) run by 1, 2 and 4
 * worker processes that share the limits through Redis. Each count gets a stack of its own (fresh
 * database); the simulator and its data are the same.
 */
export async function scaleOut(ctx: RunContext): Promise<ScenarioResult> {
  const q = ctx.quick;
  const counts = (ctx.flags.workers ?? (q ? "1,2" : "1,2,4")).split(",").map(Number);
  const tenantCount = ctx.num("tenants", q ? 2 : 3);
  const each = {
    users: ctx.num("users", q ? 8 : 100),
    chatsPerUser: 3,
    messagesPerChat: q ? 15 : 60,
    teams: q ? 1 : 4,
    channelsPerTeam: 3,
    messagesPerChannel: q ? 40 : 300,
  };
  const capMs = ctx.num("cap-seconds", q ? 60 : 240) * 1000;
  await ctx.startSim({ ...REALISTIC_LATENCY, ...GRAPH_LIMITS });
  const runs: { workers: number; run: ExportRun; state: string }[] = [];
  for (const n of counts) {
    const stack = await ctx.startStack({
      label: `scale-${n}`,
      workers: n,
      env: { RATE_LIMIT_APP_RPS: "600", RATE_LIMIT_TENANT_RPS: "200" },
    });
    const tenants = await createTenants(
      ctx,
      stack,
      Array.from({ length: tenantCount }, (_, i) => ({ name: `scale-${i + 1}`, sizes: each })),
    );
    const run = await exportAll(ctx, stack, tenants, { timeoutMs: capMs });
    runs.push({ workers: n, run, state: engineState(run, tenants).text });
    await ctx.stopStack(stack);
  }
  const base = runs[0]!.run;
  const rows = runs.map(({ workers, run }) => {
    const m = run.metrics;
    return [
      run.complete ? workers : `${workers} (cut at ${capMs / 1000} s cap)`,
      round(run.seconds),
      round(base.seconds / run.seconds, 2),
      m.requests,
      fmtRate(m.appRequestsPerSecond.steadyMedian),
      m.peakAppRequestsPerSecond,
      Math.max(...m.tenants.map((t) => t.peakRequestsPerSecond)),
      m.throttled,
      fmtRate(m.messagesSeenPerSecond.steadyMedian),
      `${Object.entries(m.memory)
        .filter(([p]) => p.startsWith("worker"))
        .map(([, v]) => v.maxMiB.toFixed(0))
        .join(" / ")}`,
      m.maxPgConnections,
      failedAttemptsText(run.failures),
    ];
  });
  const series: Series[] = runs.map(({ workers, run }) => {
    const points = rate(run.samples, (s) => s.sim.requests);
    const t0 = points.find((p) => p.v > 0)?.t ?? 0;
    return {
      label: `${workers} worker${workers > 1 ? "s" : ""}`,
      points: points.map((p) => ({ t: p.t - t0, v: p.v })),
    };
  });
  const best = runs.reduce((a, b) => (b.run.seconds < a.run.seconds ? b : a));
  const allUnder = runs.every(
    ({ run }) =>
      run.metrics.peakAppRequestsPerSecond <= 600 &&
      run.metrics.tenants.every((t) => t.peakRequestsPerSecond <= 200),
  );
  return {
    settings: {
      latency: "50 ms + uniform [0, 100) ms per Graph call",
      limits: GRAPH_LIMITS,
      workerCounts: counts,
      workerConcurrency: 128,
      tenants: { count: tenantCount, sizes: each },
      capSeconds: capMs / 1000,
      exportOptions: { scope: "tenant", hostedContents: false },
    },
    headline: [
      ...runs.map(({ workers, run }) => ({
        metric: `${workers} worker${workers > 1 ? "s" : ""}: app requests/s (steady median), export time`,
        value: `${fmtRate(run.metrics.appRequestsPerSecond.steadyMedian)} req/s, ${round(run.seconds)} s (speed-up ${round(base.seconds / run.seconds, 2)}×)`,
        target: `≈ ${Math.min(600, tenantCount * 200)} (the limits), speed-up with workers until the limit binds`,
        met: null,
      })),
      {
        metric: "limits shared correctly: peak requests in any second",
        value: runs
          .map(
            ({ workers, run }) =>
              `${workers}w: app ${run.metrics.peakAppRequestsPerSecond}, tenant max ${Math.max(...run.metrics.tenants.map((t) => t.peakRequestsPerSecond))}`,
          )
          .join("; "),
        target: "app ≤ 600, tenant ≤ 200",
        met: allUnder,
      },
      {
        metric: "429s received",
        value: runs.map(({ workers, run }) => `${workers}w: ${run.metrics.throttled}`).join(", "),
        target: "0",
        met: runs.every(({ run }) => run.metrics.throttled === 0),
      },
      {
        metric: "fastest",
        value: `${best.workers} worker(s), ${round(best.run.seconds)} s`,
        target: "context",
        met: null,
      },
    ],
    tables: [
      {
        title: "By worker count",
        columns: [
          "workers",
          "export s",
          "speed-up",
          "Graph requests",
          "req/s steady median",
          "peak app req in 1 s",
          "peak tenant req in 1 s",
          "429s",
          "messages/s steady",
          "worker RSS max MiB",
          "Postgres connections max",
          "task attempts failed (retried)",
        ],
        rows,
      },
      ...versionTables(
        runs.map(({ workers, run }) => ({
          label: `${workers} worker${workers > 1 ? "s" : ""}`,
          metrics: run.metrics,
          floor: run.floor,
        })),
      ),
    ],
    charts: [
      {
        file: "requests-by-workers.svg",
        title: "Graph requests/s by worker count",
        spec: {
          title: "Scale-out: app Graph requests/s by worker count",
          xLabel: "seconds since the first request",
          yLabel: "Graph requests / s",
          series,
          refLines: [
            { label: "app limit 600/s", value: 600, color: "#555" },
            {
              label: `${tenantCount} × tenant limit`,
              value: Math.min(600, tenantCount * 200),
              color: "#d62728",
            },
          ],
        },
      },
    ],
    notes: [
      ...runs.flatMap(({ workers, run, state }) => [
        `CPU with ${workers} worker(s): ${cpuLine(run.metrics)}.`,
        `Engine state with ${workers} worker(s): ${state}.`,
      ]),
      ...VERSION_NOTES,
    ],
    data: { runs: runs.map(({ workers, run }) => ({ workers, ...run, samples: undefined })) },
  };
}
