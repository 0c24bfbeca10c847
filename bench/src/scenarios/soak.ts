import {
  cpuLine,
  createTenants,
  engineState,
  exportAll,
  failedAttemptsText,
  fmtRate,
  messagesChart,
  requestsChart,
  VERSION_NOTES,
  versionTables,
} from "../kit";
import { round } from "../metrics";
import type { ScenarioResult } from "../report";
import { GRAPH_LIMITS, REALISTIC_LATENCY, type RunContext } from "../run";
import { mean } from "../sampler";

const MiB = 1024 * 1024;

/**
 * soak: one long export (a million messages or more received) at realistic latency and Graph's limits,
 * sampling each worker's resident memory every second. After warm-up, memory must stay flat: the mean of
 * the last quarter of the run within 10 % of the mean of the first quarter.
 */
export async function soak(ctx: RunContext): Promise<ScenarioResult> {
  const q = ctx.quick;
  const workers = ctx.num("workers", q ? 1 : 2);
  const tenantCount = ctx.num("tenants", q ? 1 : 4);
  const each = {
    users: ctx.num("users", q ? 8 : 60),
    chatsPerUser: q ? 3 : 8,
    // Chats fetched once receive each message about once: 900 a chat makes ≈ 1.1 M messages received.
    messagesPerChat: ctx.num("messages-per-chat", q ? 40 : 900),
    teams: q ? 1 : 2,
    channelsPerTeam: 3,
    messagesPerChannel: q ? 60 : 1000,
  };
  const warmupFraction = 0.2;
  const capMs = ctx.num("cap-seconds", q ? 60 : 2400) * 1000;
  await ctx.startSim({ ...REALISTIC_LATENCY, ...GRAPH_LIMITS });
  const stack = await ctx.startStack({
    label: "soak",
    workers,
    env: { RATE_LIMIT_APP_RPS: "600", RATE_LIMIT_TENANT_RPS: "200" },
  });
  const tenants = await createTenants(
    ctx,
    stack,
    Array.from({ length: tenantCount }, (_, i) => ({ name: `soak-${i + 1}`, sizes: each })),
  );
  const run = await exportAll(ctx, stack, tenants, { timeoutMs: capMs });
  const m = run.metrics;

  // Memory per worker over the export: warm-up left out, first quarter against last quarter of the rest.
  const active = run.samples.filter((s) => Object.values(s.capstan).some((c) => c.seen > 0));
  const tStart = active[0]?.t ?? 0;
  const tEnd = run.samples.at(-1)?.t ?? 0;
  const warmEnd = tStart + (tEnd - tStart) * warmupFraction;
  const memory = stack.workers.map((_, i) => {
    const name = `worker${i + 1}`;
    const points = run.samples
      .filter((s) => s.t >= warmEnd && s.procs[name]?.rss != null)
      .map((s) => ({ t: s.t, v: (s.procs[name]!.rss as number) / MiB }));
    const quarter = Math.max(1, Math.floor(points.length / 4));
    const first = mean(points.slice(0, quarter).map((p) => p.v));
    const last = mean(points.slice(-quarter).map((p) => p.v));
    const all = run.samples.map((s) => s.procs[name]?.rss).filter((v): v is number => typeof v === "number");
    return {
      worker: name,
      startMiB: (all[0] ?? 0) / MiB,
      firstQuarterMiB: first,
      lastQuarterMiB: last,
      growth: first > 0 ? last / first - 1 : 0,
      maxMiB: Math.max(0, ...all) / MiB,
    };
  });
  const flat = memory.every((w) => w.growth <= 0.1);
  const memSeries = stack.workers.map((_, i) => ({
    label: `worker${i + 1} RSS`,
    points: run.samples
      .filter((s) => s.procs[`worker${i + 1}`]?.rss != null)
      .map((s) => ({ t: s.t, v: (s.procs[`worker${i + 1}`]!.rss as number) / MiB })),
  }));
  return {
    settings: {
      latency: "50 ms + uniform [0, 100) ms per Graph call",
      limits: GRAPH_LIMITS,
      workers,
      workerConcurrency: 128,
      tenants: { count: tenantCount, sizes: each },
      warmup: `first ${warmupFraction * 100} % of the export`,
      capSeconds: capMs / 1000,
      exportOptions: { scope: "tenant", hostedContents: false },
    },
    headline: [
      {
        metric: "messages received and written",
        value: `${m.messagesSeen} in ${round(run.seconds)} s (${round(run.seconds / 60)} min)${run.complete ? "" : `; cut at the ${capMs / 1000} s cap`}`,
        target: q ? "a short run (quick mode)" : "≥ 1,000,000",
        met: q ? null : m.messagesSeen >= 1_000_000,
      },
      {
        metric: "worker memory after warm-up: last quarter vs first quarter",
        value: memory
          .map(
            (w) =>
              `${w.worker} ${w.firstQuarterMiB.toFixed(0)} → ${w.lastQuarterMiB.toFixed(0)} MiB (${w.growth >= 0 ? "+" : ""}${round(w.growth * 100)} %)`,
          )
          .join(", "),
        target: "within 10 %",
        met: flat,
      },
      {
        metric: "throughput",
        value: `${fmtRate(m.appRequestsPerSecond.steadyMedian)} Graph requests/s, ${fmtRate(m.messagesSeenPerSecond.steadyMedian)} messages/s (steady medians)`,
        target: "context",
        met: null,
      },
      {
        metric: "429s received; peak requests in any second (app, tenant max)",
        value: `${m.throttled}; ${m.peakAppRequestsPerSecond}, ${Math.max(...m.tenants.map((t) => t.peakRequestsPerSecond))}`,
        target: "0; ≤ 600, ≤ 200",
        met:
          m.throttled === 0 &&
          m.peakAppRequestsPerSecond <= 600 &&
          m.tenants.every((t) => t.peakRequestsPerSecond <= 200),
      },
    ],
    tables: [
      {
        title: "Worker memory (RSS)",
        columns: [
          "worker",
          "at start MiB",
          "max MiB",
          "first quarter after warm-up MiB",
          "last quarter MiB",
          "growth",
        ],
        rows: memory.map((w) => [
          w.worker,
          round(w.startMiB),
          round(w.maxMiB),
          round(w.firstQuarterMiB),
          round(w.lastQuarterMiB),
          `${round(w.growth * 100)} %`,
        ]),
      },
      {
        title: "Export",
        columns: [
          "seconds",
          "Graph requests",
          "messages received",
          "versions stored",
          "task attempts failed (retried)",
        ],
        rows: [
          [
            round(run.seconds),
            m.requests,
            m.messagesSeen,
            m.messagesStored,
            failedAttemptsText(run.failures),
          ],
        ],
      },
      ...versionTables([{ label: "soak", metrics: m, floor: run.floor }]),
    ],
    charts: [
      {
        file: "memory.svg",
        title: "Worker memory over the soak",
        spec: {
          title: "Soak: worker resident memory (RSS)",
          xLabel: "seconds",
          yLabel: "MiB",
          series: memSeries,
          refLines: [],
        },
      },
      {
        file: "requests.svg",
        title: "Soak: Graph requests/s",
        spec: requestsChart("Soak: Graph requests/s", run.samples, tenants, { tenant: 200, app: 600 }),
      },
      {
        file: "messages.svg",
        title: "Soak: messages/s",
        spec: messagesChart("Soak: messages/s", run.samples),
      },
    ],
    notes: [
      `CPU (average cores busy): ${cpuLine(m)}.`,
      `Engine state: ${engineState(run, tenants).text}.`,
      ...VERSION_NOTES,
    ],
    data: { run: { ...run, samples: undefined }, memory },
  };
}
