import {
  BENCH_EXPORT_OPTIONS,
  cpuLine,
  createTenants,
  type ExportRun,
  engineState,
  exportAll,
  failedAttemptsText,
  fmtRate,
  requestsChart,
  storageFloor,
  VERSION_NOTES,
  versionTables,
} from "../kit";
import { phaseMetrics, round } from "../metrics";
import type { ScenarioResult } from "../report";
import { GRAPH_LIMITS, REALISTIC_LATENCY, type RunContext } from "../run";
import { Stack } from "../stack";

/**
 * fairness: a small tenant's export time alone, and again while a large tenant of the same app saturates
 * its own limit. Each measurement runs on a stack of its own (fresh database, same simulator data), so the
 * only difference is the large tenant. Target: contended / alone ≤ 1.2.
 */
export async function fairness(ctx: RunContext): Promise<ScenarioResult> {
  const q = ctx.quick;
  const workers = ctx.num("workers", q ? 1 : 2);
  const small = {
    users: ctx.num("small-users", q ? 6 : 20),
    chatsPerUser: 3,
    messagesPerChat: ctx.num("small-messages-per-chat", q ? 20 : 150),
    teams: 1,
    channelsPerTeam: 2,
    messagesPerChannel: q ? 40 : 200,
  };
  const large = {
    users: ctx.num("users", q ? 60 : 2000),
    chatsPerUser: 2,
    messagesPerChat: ctx.num("large-messages-per-chat", q ? 15 : 60),
    teams: q ? 1 : 20,
    channelsPerTeam: 3,
    messagesPerChannel: q ? 40 : 300,
  };
  const headStartMs = ctx.num("head-start-seconds", q ? 2 : 15) * 1000;
  const capMs = ctx.num("cap-seconds", q ? 60 : 180) * 1000;
  const env = { RATE_LIMIT_APP_RPS: "600", RATE_LIMIT_TENANT_RPS: "200" };
  await ctx.startSim({ ...REALISTIC_LATENCY, ...GRAPH_LIMITS });

  // (1) the small tenant alone
  const s1 = await ctx.startStack({ label: "fair-alone", workers, env });
  const [smallAlone] = await createTenants(ctx, s1, [{ name: "small", sizes: small }]);
  const alone = await exportAll(ctx, s1, [smallAlone!], { timeoutMs: capMs });
  await ctx.stopStack(s1);

  // (2) the large tenant first, then the same small tenant while it runs
  const s2 = await ctx.startStack({ label: "fair-contended", workers, env });
  const [big, smallAgain] = await createTenants(ctx, s2, [
    { name: "large", sizes: large },
    { name: "small", sizes: small },
  ]);
  const tenants = [
    { name: "large", entraTenantId: big!.entraTenantId, capstanId: big!.id },
    { name: "small", entraTenantId: smallAgain!.entraTenantId, capstanId: smallAgain!.id },
  ];
  let largeRps = 0;
  const window = { from: 0, to: 0 };
  const run = await ctx.sampled(s2, async (sampler) => {
    const largeExport = await s2.startExport(big!, BENCH_EXPORT_OPTIONS);
    ctx.log(`export of large started; the small tenant follows in ${headStartMs / 1000} s`);
    await new Promise((r) => setTimeout(r, headStartMs));
    const recent = sampler.samples.slice(-4);
    if (recent.length >= 2) {
      const a = recent[0]!;
      const b = recent.at(-1)!;
      largeRps =
        ((b.sim.byTenant[big!.entraTenantId] ?? 0) - (a.sim.byTenant[big!.entraTenantId] ?? 0)) / (b.t - a.t);
    }
    ctx.log(`large tenant at ${largeRps.toFixed(0)} requests/s when the small export starts`);
    window.from = sampler.now();
    const smallExport = await s2.startExport(smallAgain!, BENCH_EXPORT_OPTIONS);
    const smallDone = await s2.waitForExport(smallExport.id, capMs);
    window.to = sampler.now();
    ctx.log(
      `export of small ${smallDone.timedOut ? "CANCELLED at its cap" : "completed"} in ${(Stack.durationMs(smallDone) / 1000).toFixed(1)} s while large ran`,
    );
    const largeNow = await s2.getExport(largeExport.id);
    await cancelQuietly(s2, largeExport.id);
    await new Promise((r) => setTimeout(r, 1100));
    return { smallDone, largeNow };
  });
  // Rates while the small export ran.
  const contended = phaseMetrics(run.samples, run.counters, tenants, window);
  const state = engineState({ samples: run.samples, window }, [big!, smallAgain!]);
  const contendedFloor = await storageFloor(ctx, s2, [big!, smallAgain!], contended);
  const aloneS = Stack.durationMs(alone.views[0]!) / 1000;
  const contendedS = Stack.durationMs(run.result.smallDone) / 1000;
  const ratio = contendedS / aloneS;
  const smallC = contended.tenants.find((t) => t.name === "small")!;
  const largeC = contended.tenants.find((t) => t.name === "large")!;

  return {
    settings: {
      latency: "50 ms + uniform [0, 100) ms per Graph call",
      limits: GRAPH_LIMITS,
      workers,
      workerConcurrency: 128,
      small,
      large,
      largeHeadStartSeconds: headStartMs / 1000,
      capSeconds: capMs / 1000,
      exportOptions: { scope: "tenant", hostedContents: false },
    },
    headline: [
      {
        metric: "small tenant: export time contended / alone",
        value: `${run.result.smallDone.timedOut ? "≥ " : ""}${round(ratio, 2)} (${round(contendedS)} s vs ${round(aloneS)} s${run.result.smallDone.timedOut ? `; contended run cut at its cap with ${smallC.requests} requests sent` : ""})`,
        target: "≤ 1.2",
        met: !run.result.smallDone.timedOut && ratio <= 1.2,
      },
      {
        metric: "large tenant: Graph requests/s while the small one ran (steady median)",
        value: `${fmtRate(largeC.requestsPerSecond.steadyMedian)} (when the small export started: ${fmtRate(largeRps)})`,
        target: "≈ 200 (saturating its limit)",
        met: null,
      },
      {
        metric: "429s received (both phases)",
        value: String(alone.metrics.throttled + contended.throttled),
        target: "0",
        met: alone.metrics.throttled + contended.throttled === 0,
      },
      {
        metric: "highest requests in any 1-second window, per tenant",
        value: `small ${Math.max(alone.metrics.tenants[0]!.peakRequestsPerSecond, smallC.peakRequestsPerSecond)}, large ${largeC.peakRequestsPerSecond}`,
        target: "≤ 200",
        met:
          Math.max(
            alone.metrics.tenants[0]!.peakRequestsPerSecond,
            smallC.peakRequestsPerSecond,
            largeC.peakRequestsPerSecond,
          ) <= 200,
      },
    ],
    tables: [
      {
        title: "Small tenant",
        columns: [
          "run",
          "export s",
          "Graph requests",
          "req/s steady median",
          "peak req in 1 s",
          "messages received",
          "task attempts failed (retried)",
        ],
        rows: [
          [
            "alone",
            round(aloneS),
            alone.metrics.tenants[0]!.requests,
            fmtRate(alone.metrics.tenants[0]!.requestsPerSecond.steadyMedian),
            alone.metrics.tenants[0]!.peakRequestsPerSecond,
            alone.views[0]!.progress.messagesSeen,
            failedAttemptsText(alone.failures),
          ],
          [
            "while the large tenant runs",
            round(contendedS),
            smallC.requests,
            fmtRate(smallC.requestsPerSecond.steadyMedian),
            smallC.peakRequestsPerSecond,
            run.result.smallDone.progress.messagesSeen,
            "see logs",
          ],
        ],
      },
      ...versionTables([
        { label: "small tenant alone", metrics: alone.metrics, floor: alone.floor },
        {
          label: "large tenant (cancelled once the small one is done) + small tenant",
          metrics: contended,
          floor: contendedFloor,
        },
      ]),
    ],
    charts: [
      {
        file: "requests-alone.svg",
        title: "Small tenant alone: Graph requests/s",
        spec: requestsChart("Small tenant alone: Graph requests/s", alone.samples, [], { tenant: 200 }),
      },
      { file: "queue-contended.svg", title: "Contended run: task queue", spec: state.queueChart },
      {
        file: "requests-contended.svg",
        title: "Small tenant while a large tenant runs: Graph requests/s",
        spec: requestsChart("Small tenant while a large one runs: Graph requests/s", run.samples, tenants, {
          tenant: 200,
          app: 600,
        }),
      },
    ],
    notes: [
      `Engine state while the small export ran: ${state.text}.`,
      `The large tenant starts ${headStartMs / 1000} s before the small one and is cancelled once the small export is measured.`,
      `CPU alone: ${cpuLine(alone.metrics)}.`,
      `CPU contended: ${cpuLine(contended)}.`,
      "Contended phase, versions tables: both tenants, over the whole sampled run (the large tenant's export from its start to its cancellation).",
      ...VERSION_NOTES,
    ],
    data: {
      alone: strip(alone),
      contended,
      contendedFloor,
      smallContended: run.result.smallDone,
      largeAtEnd: run.result.largeNow,
    },
  };
}

async function cancelQuietly(stack: Stack, exportId: string): Promise<void> {
  const view = await stack.getExport(exportId).catch(() => null);
  if (view && (view.status === "running" || view.status === "queued")) {
    await stack.cancelExport(exportId).catch(() => undefined);
  }
}

function strip(run: ExportRun) {
  return { ...run, samples: undefined };
}
