import {
  baselineComparison,
  baselineOn,
  checkGroundTruth,
  comparisonText,
  cpuLine,
  createTenants,
  type ExportRun,
  engineState,
  exportAll,
  failedAttemptsText,
  fmtDuration,
  fmtRate,
  messagesChart,
  PER_PARTICIPANT_EXPORT_OPTIONS,
  requestsChart,
  type TenantSpec,
  VERSION_NOTES,
  versionTables,
} from "../kit";
import { round, throttledText } from "../metrics";
import type { ScenarioResult, Table } from "../report";
import { GRAPH_LIMITS, REALISTIC_LATENCY, type RunContext } from "../run";

/**
 * ceiling: Graph's limits (600/s per app, 200/s per app and tenant) enforced by the simulator, realistic
 * latency, Capstan's limiter at the same values. (1) One large tenant: how close does it run to 200/s, with
 * how many 429s, storing how many messages per second; the baseline exporter on the same tenant.
 * (2) The whole app: four tenants at once against the 600/s app limit. (3) The large tenant again, on a
 * fresh stack, with chats fetched once per participant instead of once: the two wall times compared.
 */
export async function ceiling(ctx: RunContext): Promise<ScenarioResult> {
  const q = ctx.quick;
  const workers = ctx.num("workers", q ? 1 : 2);
  const concurrency = ctx.num("concurrency", 128);
  const users = ctx.num("users", q ? 30 : 2000);
  const appTenants = ctx.num("app-tenants", q ? 4 : 4);
  const large = {
    users,
    chatsPerUser: 2,
    messagesPerChat: q ? 15 : 60,
    teams: q ? 1 : 20,
    channelsPerTeam: 3,
    messagesPerChannel: q ? 40 : 300,
  };
  const each = {
    users: q ? 10 : Math.round(users / 4),
    chatsPerUser: 2,
    messagesPerChat: q ? 15 : 60,
    teams: q ? 1 : 5,
    channelsPerTeam: 3,
    messagesPerChannel: q ? 40 : 300,
  };
  const budgetMs = ctx.num("baseline-seconds", q ? 4 : 45) * 1000;
  const timeoutMs = ctx.num("cap-seconds", q ? 60 : 150) * 1000;

  const env = {
    RATE_LIMIT_APP_RPS: "600",
    RATE_LIMIT_TENANT_RPS: "200",
    WORKER_CONCURRENCY: String(concurrency),
  };
  await ctx.startSim({ ...REALISTIC_LATENCY, ...GRAPH_LIMITS });
  const stack = await ctx.startStack({ label: "ceiling", workers, env });

  // (1) one large tenant
  const [big] = await createTenants(ctx, stack, [{ name: "large", sizes: large }]);
  const one = await exportAll(ctx, stack, [big!], { timeoutMs });
  const truth = one.complete ? await checkGroundTruth(ctx, stack, big!) : null;
  if (truth) ctx.log(`ground truth: ${truth.stored} of ${truth.expected} versions, exact ${truth.exact}`);
  const base = await baselineOn(ctx, stack, big!, { budgetMs });
  // Runs cut at their cap are compared on rate, projected to the messages a full export receives.
  const expected = await ctx.sim!.expectedItems(big!.entraTenantId);
  const cmp = baselineComparison({ ...one, messagesSeen: one.metrics.messagesSeen }, expected, base.result);

  // (2) the whole app: several tenants at once
  const specs = Array.from({ length: appTenants }, (_, i) => ({ name: `app-${i + 1}`, sizes: each }));
  const tenants = ctx.flags["skip-app"] ? [] : await createTenants(ctx, stack, specs);
  const all = tenants.length > 0 ? await exportAll(ctx, stack, tenants, { timeoutMs }) : one;

  // (3) the large tenant again, per participant, on a fresh stack (fresh database), the first one stopped
  const skipPp = Boolean(ctx.flags["skip-per-participant"]);
  if (!skipPp) await ctx.stopStack(stack);
  const pp = skipPp ? null : await perParticipantPhase(ctx, { workers, env, sizes: large, timeoutMs });

  const state1 = engineState(one, [big!]);
  const state2 = engineState(all, tenants.length > 0 ? tenants : [big!]);
  const t1 = one.metrics.tenants[0]!;
  const m1 = one.metrics;
  const m2 = all.metrics;
  const seenAtTenantLimit = 200 * 50;
  const headline = [
    {
      metric: "one tenant: Graph requests/s (steady median)",
      value: `${fmtRate(t1.requestsPerSecond.steadyMedian)} (${round((t1.requestsPerSecond.steadyMedian / 200) * 100)} % of the limit)`,
      target: "≈ 200 (just under)",
      met: t1.requestsPerSecond.steadyMedian >= 180 && t1.peakRequestsPerSecond <= 200,
    },
    {
      metric: "one tenant: highest requests in any 1-second window",
      value: String(t1.peakRequestsPerSecond),
      target: "≤ 200",
      met: t1.peakRequestsPerSecond <= 200,
    },
    {
      metric: "one tenant: 429s received",
      value: throttledText(m1),
      target: "0",
      met: m1.throttled === 0,
    },
    {
      metric: "one tenant: messages received and written /s (steady median)",
      value: `${fmtRate(m1.messagesSeenPerSecond.steadyMedian)} (distinct versions stored: ${fmtRate(m1.messagesStoredPerSecond.steadyMedian)}/s)`,
      target: `≈ ${seenAtTenantLimit} (200 pages/s × 50)`,
      met: null,
    },
    {
      metric: "one tenant: complete (ground truth)",
      value: truth
        ? `${truth.stored} of ${truth.expected} versions, ${truth.missing} missing, ${truth.extra} extra`
        : `not finished at the ${timeoutMs / 1000} s cap (${doneText(one)}); cancelled`,
      target: "exact",
      met: truth ? truth.exact : false,
    },
    {
      metric: "one tenant: Capstan time / baseline time",
      value: comparisonText(cmp),
      target: "ratio ≪ 1",
      met: cmp.ratio < 1,
    },
    {
      metric: `whole app (${appTenants} tenants): Graph requests/s (steady median)`,
      value: `${fmtRate(m2.appRequestsPerSecond.steadyMedian)} (${round((m2.appRequestsPerSecond.steadyMedian / 600) * 100)} % of the limit)`,
      target: "≈ 600 (just under)",
      met: m2.appRequestsPerSecond.steadyMedian >= 540 && m2.peakAppRequestsPerSecond <= 600,
    },
    {
      metric: "whole app: highest requests in any 1-second window",
      value: `${m2.peakAppRequestsPerSecond} (per tenant: ${m2.tenants.map((t) => t.peakRequestsPerSecond).join(", ")})`,
      target: "≤ 600 (≤ 200 each)",
      met: m2.peakAppRequestsPerSecond <= 600 && m2.tenants.every((t) => t.peakRequestsPerSecond <= 200),
    },
    { metric: "whole app: 429s received", value: throttledText(m2), target: "0", met: m2.throttled === 0 },
    {
      metric: "one tenant: Graph requests per distinct version × messages per page",
      value: `${round(m1.efficiency.requestsPerVersionTimesPage, 2)} (${m1.requests} requests for ${m1.versionsNew} versions, ${round(m1.efficiency.messagesPerPage)} messages per page)`,
      target: "≤ 1.2",
      met: m1.versionsNew > 0 && m1.efficiency.requestsPerVersionTimesPage <= 1.2,
    },
    ...(pp
      ? [
          {
            metric: "one tenant: export time per participant / fetched once (fresh stack each)",
            value: `${round(pp.run.seconds / one.seconds, 2)} (${round(pp.run.seconds)} s vs ${round(one.seconds)} s; requests ${pp.run.metrics.requests} vs ${m1.requests})`,
            target: "context (> 1: fetching once saves time)",
            met: null,
          },
        ]
      : []),
    {
      metric: "whole app: messages received and written /s (steady median)",
      value: fmtRate(m2.messagesSeenPerSecond.steadyMedian),
      target: "≈ 30,000 (600 pages/s × 50)",
      met: null,
    },
  ];
  const phaseRow = (label: string, run: typeof one) => [
    run.complete ? label : `${label} (cut at ${timeoutMs / 1000} s cap: ${doneText(run)})`,
    round(run.seconds),
    run.metrics.requests,
    fmtRate(run.metrics.appRequestsPerSecond.average),
    fmtRate(run.metrics.appRequestsPerSecond.steadyMedian),
    run.metrics.peakAppRequestsPerSecond,
    run.metrics.throttled,
    run.metrics.messagesSeen,
    fmtRate(run.metrics.messagesSeenPerSecond.steadyMedian),
    fmtRate(run.metrics.messagesStoredPerSecond.steadyMedian),
    failedAttemptsText(run.failures),
  ];
  return {
    settings: {
      latency: "50 ms + uniform [0, 100) ms per Graph call",
      simulatorLimits: GRAPH_LIMITS,
      capstanLimits: { app: 600, tenant: 200, headroom: "8 % (default)" },
      workers,
      workerConcurrency: concurrency,
      largeTenant: large,
      appTenants: { count: appTenants, sizes: each },
      exportOptions: { scope: "tenant", hostedContents: false },
      perParticipantExportOptions: skipPp
        ? "skipped"
        : { scope: "tenant", ...PER_PARTICIPANT_EXPORT_OPTIONS },
      baseline: { concurrency: 1, fixedBackoffMs: 5000, budgetSeconds: budgetMs / 1000 },
    },
    headline,
    tables: [
      {
        title: "Phases",
        columns: [
          "phase",
          "export s",
          "Graph requests",
          "req/s average",
          "req/s steady median",
          "peak req in 1 s",
          "429s",
          "messages received",
          "messages/s steady",
          "versions stored/s steady",
          "task attempts failed (retried)",
        ],
        rows: [phaseRow("one large tenant", one), phaseRow(`${appTenants} tenants at once`, all)],
      },
      ...versionTables([
        { label: "one large tenant", metrics: m1, floor: one.floor },
        ...(tenants.length > 0
          ? [{ label: `${appTenants} tenants at once`, metrics: m2, floor: all.floor }]
          : []),
        ...(pp
          ? [{ label: "one large tenant, per participant", metrics: pp.run.metrics, floor: pp.run.floor }]
          : []),
      ]),
      ...(pp ? [chatFetchTable({ run: one, truth }, pp)] : []),
      {
        title: "Whole app: per tenant",
        columns: [
          "tenant",
          "requests",
          "req/s steady median",
          "peak req in 1 s",
          "429s",
          "messages received",
        ],
        rows: m2.tenants.map((t) => [
          t.name,
          t.requests,
          fmtRate(t.requestsPerSecond.steadyMedian),
          t.peakRequestsPerSecond,
          t.throttled,
          t.messagesSeen,
        ]),
      },
      {
        title: "Baseline (plain loop per user, fixed 5 s backoff, one INSERT per message)",
        columns: [
          "completed",
          "seconds",
          "requests",
          "messages",
          "messages/s",
          "429s",
          "full-tenant time",
          "Capstan full-tenant time",
          "Capstan / baseline",
        ],
        rows: [
          [
            base.result.completed ? "yes" : "no (budget)",
            round(base.result.elapsedMs / 1000),
            base.result.requests,
            base.result.messages,
            fmtRate(base.result.messagesPerSecond),
            base.result.throttled,
            `${fmtDuration(cmp.baselineSeconds)}${cmp.baselineProjected ? " (projected)" : ""}`,
            `${fmtDuration(cmp.capstanSeconds)}${cmp.capstanProjected ? " (projected)" : ""}`,
            cmp.ratio,
          ],
        ],
      },
    ],
    charts: [
      {
        file: "requests-one-tenant.svg",
        title: "One large tenant: Graph requests/s",
        spec: requestsChart("One large tenant: Graph requests/s", one.samples, [], { tenant: 200 }),
      },
      {
        file: "requests-app.svg",
        title: "Whole app: Graph requests/s",
        spec: requestsChart(`${appTenants} tenants at once: Graph requests/s`, all.samples, tenants, {
          tenant: 200,
          app: 600,
        }),
      },
      { file: "queue-one-tenant.svg", title: "One large tenant: task queue", spec: state1.queueChart },
      {
        file: "limiter-one-tenant.svg",
        title: "One large tenant: limiter booking",
        spec: state1.limiterChart,
      },
      {
        file: "messages-one-tenant.svg",
        title: "One large tenant: messages/s",
        spec: messagesChart("One large tenant: messages/s", one.samples, {
          label: "200 pages/s × 50",
          value: seenAtTenantLimit,
        }),
      },
    ],
    notes: [
      `Engine state, one tenant: ${state1.text}.`,
      `Engine state, whole app: ${state2.text}.`,
      `CPU, one tenant (average cores busy): ${cpuLine(m1)}.`,
      `CPU, whole app: ${cpuLine(m2)}.`,
      `Worker memory (RSS MiB, start → max → end): ${Object.entries(m2.memory)
        .filter(([n]) => n.startsWith("worker"))
        .map(([n, v]) => `${n} ${v.startMiB.toFixed(0)} → ${v.maxMiB.toFixed(0)} → ${v.endMiB.toFixed(0)}`)
        .join(", ")}.`,
      "Messages received count every message Graph returned (with chats fetched once, each chat message comes once; per participant, once per participant); versions stored count each distinct (container, message, etag) once.",
      ...VERSION_NOTES,
      ...(pp
        ? [
            `Per participant: the large tenant exported again with ${JSON.stringify(PER_PARTICIPANT_EXPORT_OPTIONS)} on a fresh stack (fresh database, the first stack stopped); CPU: ${cpuLine(pp.run.metrics)}.`,
          ]
        : []),
    ],
    data: {
      oneTenant: { ...one, samples: undefined },
      groundTruth: truth,
      baseline: base.result,
      comparison: cmp,
      wholeApp: { ...all, samples: undefined },
      perParticipant: pp
        ? {
            ...pp.run,
            samples: undefined,
            groundTruth: pp.truth,
            wallTimeRatioToOnce: pp.run.seconds / one.seconds,
          }
        : null,
    },
  };
}

type GroundTruth = Awaited<ReturnType<typeof checkGroundTruth>>;

/** The large tenant exported again per participant, on a stack of its own; ground truth checked. */
async function perParticipantPhase(
  ctx: RunContext,
  options: { workers: number; env: Record<string, string>; sizes: TenantSpec["sizes"]; timeoutMs: number },
): Promise<{ run: ExportRun; truth: GroundTruth | null }> {
  const stack = await ctx.startStack({ label: "ceiling-pp", workers: options.workers, env: options.env });
  const [big] = await createTenants(ctx, stack, [{ name: "large", sizes: options.sizes }]);
  const run = await exportAll(ctx, stack, [big!], {
    timeoutMs: options.timeoutMs,
    exportOptions: PER_PARTICIPANT_EXPORT_OPTIONS,
  });
  const truth = run.complete ? await checkGroundTruth(ctx, stack, big!) : null;
  if (truth)
    ctx.log(
      `per participant, ground truth: ${truth.stored} of ${truth.expected} versions, exact ${truth.exact}`,
    );
  await ctx.stopStack(stack);
  return { run, truth };
}

/** Fetched once vs per participant, same tenant, fresh stack each. */
function chatFetchTable(
  once: { run: ExportRun; truth: GroundTruth | null },
  pp: { run: ExportRun; truth: GroundTruth | null },
): Table {
  const row = (label: string, x: typeof once) => [
    x.run.complete ? label : `${label} (cut at its cap: ${doneText(x.run)})`,
    round(x.run.seconds),
    round(x.run.seconds / once.run.seconds, 2),
    x.run.metrics.requests,
    x.run.metrics.versionsNew,
    Number(x.run.metrics.efficiency.requestsPerVersion.toPrecision(3)),
    x.run.metrics.messagesSeen,
    x.truth
      ? `${x.truth.missing} missing, ${x.truth.extra} extra${x.truth.exact ? " (exact)" : ""}`
      : "not checked",
  ];
  return {
    title: "One large tenant: chats fetched once vs per participant (fresh stack each)",
    columns: [
      "chat fetch",
      "export s",
      "wall time ÷ once",
      "Graph requests",
      "distinct versions",
      "requests / version",
      "messages received",
      "ground truth",
    ],
    rows: [row("once (default)", once), row("perParticipant", pp)],
  };
}

function doneText(run: ExportRun): string {
  const done = run.views.reduce((n, v) => n + v.progress.tasksDone, 0);
  const total = run.views.reduce((n, v) => n + v.progress.tasksTotal, 0);
  return `${done} of ${total} tasks done`;
}
