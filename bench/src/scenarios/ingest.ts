import {
  baselineComparison,
  baselineOn,
  comparisonText,
  cpuLine,
  createTenants,
  engineState,
  exportAll,
  failedAttemptsText,
  fmtDuration,
  fmtRate,
  messagesChart,
  requestsChart,
  VERSION_NOTES,
  versionTables,
} from "../kit";
import { round } from "../metrics";
import type { ScenarioResult } from "../report";
import type { RunContext } from "../run";

/**
 * ingest: the simulator answers at once and enforces no limit, and Capstan's limiter is set far above
 * anything reachable, so the only limit left is Capstan's own pipeline: Graph page → worker → Postgres.
 * Target: more than 30,000 messages/s (the most Graph's app limit can deliver: 600 pages/s × 50), so
 * storage is never the bottleneck. The baseline exporter runs on the same data for comparison.
 */
export async function ingest(ctx: RunContext): Promise<ScenarioResult> {
  const q = ctx.quick;
  const workers = ctx.num("workers", q ? 1 : 2);
  const concurrency = ctx.num("concurrency", 128);
  const tenantCount = ctx.num("tenants", q ? 1 : 2);
  const each = {
    users: ctx.num("users", q ? 10 : 120),
    chatsPerUser: q ? 2 : 6,
    messagesPerChat: q ? 20 : 150,
    teams: q ? 1 : 4,
    channelsPerTeam: 3,
    messagesPerChannel: q ? 40 : 1000,
  };
  const budgetMs = ctx.num("baseline-seconds", q ? 3 : 30) * 1000;
  const capMs = ctx.num("cap-seconds", q ? 60 : 300) * 1000;
  await ctx.startSim({ latencyMs: 0, jitterMs: 0, perAppRps: 0, perAppTenantRps: 0 });
  const stack = await ctx.startStack({
    label: "ingest",
    workers,
    env: {
      RATE_LIMIT_APP_RPS: "1000000",
      RATE_LIMIT_TENANT_RPS: "1000000",
      WORKER_CONCURRENCY: String(concurrency),
    },
  });
  const specs = Array.from({ length: tenantCount }, (_, i) => ({ name: `ingest-${i + 1}`, sizes: each }));
  const tenants = await createTenants(ctx, stack, specs);
  const run = await exportAll(ctx, stack, tenants, { timeoutMs: capMs });
  const base = await baselineOn(ctx, stack, tenants[0]!, { budgetMs });
  const first = run.views[0]!;
  const firstSeconds =
    (new Date(first.finishedAt as string).getTime() - new Date(first.createdAt).getTime()) / 1000;
  const expected = await ctx.sim!.expectedItems(tenants[0]!.entraTenantId);
  const cmp = baselineComparison(
    { seconds: firstSeconds, complete: !first.timedOut, messagesSeen: first.progress.messagesSeen },
    expected,
    base.result,
  );
  const m = run.metrics;
  const seenSteady = m.messagesSeenPerSecond.steadyMedian;
  return {
    settings: {
      simulator: "no latency, no limits",
      capstanLimits: "1,000,000/s (never binding)",
      workers,
      workerConcurrency: concurrency,
      tenants: { count: tenantCount, sizes: each },
      exportOptions: { scope: "tenant", hostedContents: false },
      baseline: { concurrency: 1, budgetSeconds: budgetMs / 1000 },
    },
    headline: [
      {
        metric: "messages received and written /s (steady median)",
        value: `${fmtRate(seenSteady)} (average over the export ${fmtRate(m.messagesSeenPerSecond.average)})`,
        target: "> 30,000",
        met: seenSteady > 30_000,
      },
      {
        metric: "distinct message versions stored /s (steady median)",
        value: fmtRate(m.messagesStoredPerSecond.steadyMedian),
        target: "context",
        met: null,
      },
      {
        metric: "Graph pages/s (steady median)",
        value: fmtRate(m.appRequestsPerSecond.steadyMedian),
        target: "> 600",
        met: m.appRequestsPerSecond.steadyMedian > 600,
      },
      {
        metric: "Capstan time / baseline time (first tenant)",
        value: comparisonText(cmp),
        target: "ratio ≪ 1",
        met: cmp.ratio < 1,
      },
    ],
    tables: [
      {
        title: "Ingest",
        columns: [
          "export s",
          "pages",
          "pages/s steady",
          "messages received",
          "messages/s steady",
          "messages/s average",
          "versions stored",
          "versions/s steady",
          "task attempts failed (retried)",
        ],
        rows: [
          [
            round(run.seconds),
            m.requests,
            fmtRate(m.appRequestsPerSecond.steadyMedian),
            m.messagesSeen,
            fmtRate(seenSteady),
            fmtRate(m.messagesSeenPerSecond.average),
            m.messagesStored,
            fmtRate(m.messagesStoredPerSecond.steadyMedian),
            failedAttemptsText(run.failures),
          ],
        ],
      },
      ...versionTables([{ label: "ingest", metrics: m, floor: run.floor }]),
      {
        title: "Baseline at zero latency (one INSERT per message)",
        columns: [
          "completed",
          "seconds",
          "messages",
          "messages/s",
          "full-tenant time",
          "Capstan full-tenant time",
          "Capstan / baseline",
        ],
        rows: [
          [
            base.result.completed ? "yes" : "no (budget)",
            round(base.result.elapsedMs / 1000),
            base.result.messages,
            fmtRate(base.result.messagesPerSecond),
            `${fmtDuration(cmp.baselineSeconds)}${cmp.baselineProjected ? " (projected)" : ""}`,
            `${fmtDuration(cmp.capstanSeconds)}${cmp.capstanProjected ? " (projected)" : ""}`,
            cmp.ratio,
          ],
        ],
      },
    ],
    charts: [
      {
        file: "messages.svg",
        title: "Ingest: messages/s",
        spec: messagesChart("Ingest (no latency, no limits): messages/s", run.samples, {
          label: "30,000/s (Graph's app ceiling)",
          value: 30_000,
        }),
      },
      {
        file: "requests.svg",
        title: "Ingest: Graph pages/s",
        spec: requestsChart("Ingest: Graph pages/s", run.samples, tenants, {}),
      },
    ],
    notes: [
      `CPU (average cores busy): ${cpuLine(m)}.`,
      `Engine state: ${engineState(run, tenants).text}.`,
      "Every process of the bench (simulator, workers, API, Postgres, Redis) shares the machine's cores: on a 2-core machine the simulator generating the pages takes CPU the workers would otherwise have.",
      ...VERSION_NOTES,
    ],
    data: { run: { ...run, samples: undefined }, baseline: base.result, comparison: cmp },
  };
}
