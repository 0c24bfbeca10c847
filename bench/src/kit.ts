import { readFileSync } from "node:fs";
import type { Counters, TenantSizes } from "@capstan/graph-sim";
import { DEMO_APP } from "@capstan/graph-sim";
import { type BaselineResult, runBaseline } from "./baseline";
import type { ChartSpec } from "./chart";
import { FLOOR_METHOD, measureStorageFloor, type StorageFloor } from "./floor";
import {
  messageSeries,
  PAGE_SIZE,
  type PhaseMetrics,
  phaseMetrics,
  requestSeries,
  round,
  type Window,
} from "./metrics";
import type { Table } from "./report";
import type { RunContext } from "./run";
import { CORES, percentile, type Sample } from "./sampler";
import { sizes } from "./sim";
import { type ExportView, type OnboardedTenant, Stack } from "./stack";

/**
 * Export options of the bench: every Graph request is a page of up to 50 messages (no hosted contents);
 * chats are fetched once (the default `chatFetch`), from their senders' listings.
 */
// The message path alone: hosted contents and chat context are fetched beside it, each its own cost
// (`classes` measures hosted contents; `--context true` adds chat context to any scenario).
export const BENCH_EXPORT_OPTIONS = { hostedContents: false, context: false } as const;
/** The same, fetching every chat message once per participant (what getAllMessages per user returns). */
export const PER_PARTICIPANT_EXPORT_OPTIONS = {
  hostedContents: false,
  context: false,
  chatFetch: "perParticipant",
} as const;

export interface TenantSpec {
  name: string;
  sizes: Partial<TenantSizes>;
}

/** Creates the tenants in the simulator (same seed, same data on every run) and onboards them in Capstan. */
export async function createTenants(
  ctx: RunContext,
  stack: Stack,
  specs: TenantSpec[],
): Promise<OnboardedTenant[]> {
  const sim = ctx.sim!;
  const out: OnboardedTenant[] = [];
  for (const spec of specs) {
    const t = await sim.createTenant({ name: spec.name, sizes: sizes(spec.sizes) }).catch(async (e) => {
      // Already there (a second stack on the same simulator): reuse it.
      const existing = await fetch(`${sim.url}/_sim/tenants/${spec.name}`);
      if (!existing.ok) throw e;
      return (await existing.json()) as { id: string; name: string };
    });
    out.push(await stack.onboard({ id: t.id, name: spec.name }));
  }
  return out;
}

export interface ExportRun {
  views: (ExportView & { timedOut: boolean })[];
  /** False when an export hit its time cap and was cancelled: the rates are still measured. */
  complete: boolean;
  /** Seconds from the first export's creation to the last one's end. */
  seconds: number;
  samples: Sample[];
  counters: Counters;
  metrics: PhaseMetrics;
  /** When the exports ran, in sampler time (seconds). */
  window: Window;
  /** Task attempts that failed during the run (retried by BullMQ), by reason. */
  failures: { total: number; byReason: Record<string, number> };
  /** The storage floor of the versions this run stored, measured after it (null when it failed). */
  floor: PhaseFloor | null;
}

/** Starts a whole-tenant export of each tenant (at `delaysMs` after the first) and waits for all, sampling. */
export async function exportAll(
  ctx: RunContext,
  stack: Stack,
  tenants: OnboardedTenant[],
  options: { timeoutMs: number; delaysMs?: number[]; exportOptions?: Record<string, unknown> },
): Promise<ExportRun> {
  const before = failedAttempts(stack);
  const window = { from: 0, to: 0 };
  const { result, samples, counters } = await ctx.sampled(stack, async (sampler) => {
    window.from = sampler.now();
    const views = await Promise.all(
      tenants.map(async (t, i) => {
        const delay = options.delaysMs?.[i] ?? 0;
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        const created = await stack.startExport(t, options.exportOptions ?? BENCH_EXPORT_OPTIONS);
        ctx.log(`export of ${t.name} started (${created.id})`);
        const done = await stack.waitForExport(created.id, options.timeoutMs);
        ctx.log(
          `export of ${t.name} ${done.timedOut ? `CANCELLED at its ${options.timeoutMs / 1000} s cap` : "completed"} in ${(Stack.durationMs(done) / 1000).toFixed(1)} s: ${done.progress.pagesFetched} pages, ${done.progress.messagesSeen} messages received, ${done.progress.messagesStored} stored`,
        );
        return done;
      }),
    );
    window.to = sampler.now();
    // One more sample after the end, so the tail of every series is recorded.
    await new Promise((r) => setTimeout(r, 1100));
    return views;
  });
  const complete = result.every((v) => !v.timedOut);
  const unfinished = complete ? await stack.unfinishedTasks() : [];
  if (unfinished.length > 0) throw new Error(`tasks did not complete: ${JSON.stringify(unfinished)}`);
  const start = Math.min(...result.map((v) => new Date(v.createdAt).getTime()));
  const end = Math.max(...result.map((v) => new Date(v.finishedAt as string).getTime()));
  const metrics = phaseMetrics(
    samples,
    counters,
    tenants.map((t) => ({ name: t.name, entraTenantId: t.entraTenantId, capstanId: t.id })),
    window,
  );
  const after = failedAttempts(stack);
  const byReason: Record<string, number> = {};
  for (const [r, n] of Object.entries(after.byReason)) {
    const d = n - (before.byReason[r] ?? 0);
    if (d > 0) byReason[r] = d;
  }
  const failures = { total: after.total - before.total, byReason };
  if (failures.total > 0) ctx.log(`task attempts failed and retried: ${failedAttemptsText(failures)}`);
  const floor = await storageFloor(ctx, stack, tenants, metrics);
  return {
    views: result,
    complete,
    seconds: (end - start) / 1000,
    samples,
    counters,
    metrics,
    window,
    failures,
    floor,
  };
}

/** A phase's storage floor, and the engine's CPU per distinct version against it. */
export interface PhaseFloor extends StorageFloor {
  /** Worker + PostgreSQL CPU per distinct version stored during the export, µs. */
  engineCpuUsPerVersion: number;
  /** engineCpuUsPerVersion / cpuUsPerVersion: how far the engine is from the floor; null when the floor's CPU was below /proc's 10 ms resolution. */
  engineToFloor: number | null;
}

/**
 * After an export: COPY the raw JSON of the tenants' stored versions into a scratch UNLOGGED jsonb table,
 * timed (see floor.ts). A failure is logged and reported as no floor, not thrown: the export was measured.
 */
export async function storageFloor(
  ctx: RunContext,
  stack: Stack,
  tenants: OnboardedTenant[],
  metrics: PhaseMetrics,
): Promise<PhaseFloor | null> {
  try {
    const floor = await measureStorageFloor(
      stack.db.databaseUrl,
      tenants.map((t) => t.id),
    );
    const e = metrics.efficiency;
    const engineCpuUsPerVersion = e.workerCpuUsPerVersion + e.postgresCpuUsPerVersion;
    const engineToFloor = floor.cpuUsPerVersion > 0 ? engineCpuUsPerVersion / floor.cpuUsPerVersion : null;
    ctx.log(
      `storage floor: ${floor.versions} versions (${(floor.bytes / 1024 ** 2).toFixed(1)} MiB of JSON) in ${floor.wallSeconds.toFixed(2)} s, ${floor.cpuUsPerVersion.toFixed(1)} µs PostgreSQL CPU per version; engine ${engineCpuUsPerVersion.toFixed(1)} µs per version (${engineToFloor === null ? "floor below 10 ms: no ratio" : `${engineToFloor.toFixed(1)}× the floor`})`,
    );
    return { ...floor, engineCpuUsPerVersion, engineToFloor };
  } catch (e) {
    ctx.log(`storage floor not measured: ${(e as Error).message}`);
    return null;
  }
}

/** One phase's row source for the versions tables. */
export interface VersionPhase {
  label: string;
  metrics: PhaseMetrics;
  floor: PhaseFloor | null;
}

const fmtSmall = (v: number) => (v === 0 ? "0" : Number(v.toPrecision(3)).toString());

/**
 * Two tables for every scenario, one row per phase: distinct versions stored and the Graph requests and
 * messages each cost; CPU per distinct version and message, against the storage floor.
 */
export function versionTables(phases: VersionPhase[]): Table[] {
  return [
    {
      title: "Distinct versions stored, and Graph requests per version",
      columns: [
        "phase",
        "distinct versions stored",
        "versions/s steady median",
        "versions/s average",
        "Graph requests",
        "getAllMessages requests",
        "requests / version",
        `messages / page (fill of $top ${PAGE_SIZE})`,
        "requests / version × messages / page (target ≤ 1.2)",
        "messages received / version (pages only)",
      ],
      rows: phases.map(({ label, metrics: m }) => [
        label,
        m.versionsNew,
        fmtRate(m.versionsNewPerSecond.steadyMedian),
        fmtRate(m.versionsNewPerSecond.average),
        m.requests,
        m.efficiency.messageRequests,
        fmtSmall(m.efficiency.requestsPerVersion),
        `${round(m.efficiency.messagesPerPage)} (${round(m.efficiency.pageFill * 100)} %)`,
        round(m.efficiency.requestsPerVersionTimesPage, 2),
        round(m.efficiency.messagesPerVersion, 2),
      ]),
    },
    {
      title: "CPU per distinct version, against the storage floor (COPY into an UNLOGGED jsonb table)",
      columns: [
        "phase",
        "worker CPU µs / version",
        "PostgreSQL CPU µs / version",
        "worker CPU µs / message received",
        "PostgreSQL CPU µs / message received",
        "floor: versions copied",
        "floor: wall s",
        "floor: PostgreSQL CPU µs / version",
        "engine (worker + PostgreSQL) µs / version ÷ floor",
      ],
      rows: phases.map(({ label, metrics: m, floor }) => [
        label,
        round(m.efficiency.workerCpuUsPerVersion),
        round(m.efficiency.postgresCpuUsPerVersion),
        round(m.efficiency.workerCpuUsPerMessage),
        round(m.efficiency.postgresCpuUsPerMessage),
        floor ? floor.versions : "not measured",
        floor ? round(floor.wallSeconds, 2) : "—",
        floor ? round(floor.cpuUsPerVersion) : "—",
        floor?.engineToFloor != null ? round(floor.engineToFloor, 1) : floor ? "floor < 10 ms CPU" : "—",
      ]),
    },
  ];
}

/** How the versions tables are counted, for a scenario's notes. */
export const VERSION_NOTES = [
  "Distinct versions stored: export_tasks.versions_new (versions no earlier export had stored, i.e. rows added to message_versions); requests and messages per page from the simulator's counters (every request, 429s included; getAllMessages requests are the message pages).",
  `Storage floor, measured in the same run after each export: ${FLOOR_METHOD}; CPU from /proc/<pid>/stat of that backend (pg_backend_pid()), 10 ms resolution. The floor writes no WAL and no index, so it is a lower bound of what storing the versions can cost; the engine's CPU counts the whole export (Graph pages, parsing, every table and index it writes, WAL).`,
];

/** Compares what Capstan stored for a tenant with the simulator's ground truth (affordable up to ~200k messages). */
export async function checkGroundTruth(
  ctx: RunContext,
  stack: Stack,
  tenant: OnboardedTenant,
): Promise<{ expected: number; stored: number; missing: number; extra: number; exact: boolean }> {
  const truth = await ctx.sim!.groundTruth(tenant.entraTenantId);
  const expected = new Set(
    truth.current.map(
      (k) =>
        `${k.containerType === "channel" && k.teamId ? `${k.teamId}/${k.containerId}` : k.containerId}|${k.messageId}|${k.etag}`,
    ),
  );
  const stored = await stack.storedVersionKeys(tenant.id);
  let missing = 0;
  for (const k of expected) if (!stored.has(k)) missing++;
  let extra = 0;
  for (const k of stored) if (!expected.has(k)) extra++;
  return {
    expected: expected.size,
    stored: stored.size,
    missing,
    extra,
    exact: missing === 0 && extra === 0,
  };
}

/** The baseline exporter on the same tenant, against the same simulator, within a time budget. */
export async function baselineOn(
  ctx: RunContext,
  stack: Stack,
  tenant: OnboardedTenant,
  options: { budgetMs: number; concurrency?: number },
): Promise<{ result: BaselineResult; samples: Sample[]; counters: Counters }> {
  const sim = ctx.sim!;
  ctx.log(
    `baseline on ${tenant.name}: concurrency ${options.concurrency ?? 1}, budget ${options.budgetMs / 1000} s`,
  );
  const run = await ctx.sampled(
    stack,
    () =>
      runBaseline({
        graphUrl: sim.url,
        identityUrl: sim.url,
        tenantId: tenant.entraTenantId,
        clientId: DEMO_APP.clientId,
        clientSecret: DEMO_APP.clientSecret,
        databaseUrl: stack.db.databaseUrl,
        budgetMs: options.budgetMs,
        concurrency: options.concurrency ?? 1,
      }),
    { baseline: true },
  );
  ctx.log(
    `baseline: ${run.result.messages} messages in ${(run.result.elapsedMs / 1000).toFixed(1)} s (${run.result.messagesPerSecond.toFixed(0)}/s)${run.result.completed ? ", complete" : ", stopped at its budget"}`,
  );
  return run;
}

/**
 * Capstan's and the baseline's time for the whole tenant: measured when a run finished, else projected
 * from its rate (messages received per second) to the messages a full export receives.
 */
export function baselineComparison(
  capstan: { seconds: number; complete: boolean; messagesSeen: number },
  expectedItems: number,
  b: BaselineResult,
) {
  const capstanRate = capstan.messagesSeen / Math.max(1e-9, capstan.seconds);
  const capstanSeconds = capstan.complete ? capstan.seconds : expectedItems / Math.max(1e-9, capstanRate);
  const baselineSeconds = b.completed
    ? b.elapsedMs / 1000
    : expectedItems / Math.max(1e-9, b.messagesPerSecond);
  return {
    expectedItems,
    capstanSeconds: round(capstanSeconds, 1),
    capstanProjected: !capstan.complete,
    baselineSeconds: round(baselineSeconds, 1),
    baselineProjected: !b.completed,
    /** Capstan's time over the baseline's: below 1, Capstan is faster. */
    ratio: Number((capstanSeconds / baselineSeconds).toPrecision(3)),
  };
}

/** Seconds, or hours for long projections. */
export function fmtDuration(s: number): string {
  return s >= 10_000 ? `${round(s / 3600, 1)} h` : `${round(s, 1)} s`;
}

export function comparisonText(c: ReturnType<typeof baselineComparison>): string {
  const fmt = (s: number, projected: boolean) => `${fmtDuration(s)}${projected ? " projected" : ""}`;
  const faster =
    c.ratio < 1 ? `Capstan ${round(1 / c.ratio, 1)}× faster` : `Capstan ${round(c.ratio, 1)}× slower`;
  return `${c.ratio} (Capstan ${fmt(c.capstanSeconds, c.capstanProjected)}, baseline ${fmt(c.baselineSeconds, c.baselineProjected)}; ${faster})`;
}

export function requestsChart(
  title: string,
  samples: Sample[],
  tenants: { name: string; entraTenantId: string }[],
  limits: { app?: number; tenant?: number },
  options: { includeApp?: boolean } = {},
): ChartSpec {
  const series = requestSeries(samples, tenants).filter((_s, i) => i > 0 || options.includeApp !== false);
  const refLines = [
    ...(limits.tenant
      ? [{ label: `tenant limit ${limits.tenant}/s`, value: limits.tenant, color: "#d62728" }]
      : []),
    ...(limits.app ? [{ label: `app limit ${limits.app}/s`, value: limits.app, color: "#555" }] : []),
  ];
  return { title, xLabel: "seconds", yLabel: "Graph requests / s", series, refLines };
}

export function messagesChart(
  title: string,
  samples: Sample[],
  ref?: { label: string; value: number },
): ChartSpec {
  return {
    title,
    xLabel: "seconds",
    yLabel: "messages / s",
    series: messageSeries(samples),
    ...(ref ? { refLines: [ref] } : {}),
  };
}

export function fmtRate(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

/** Cores busy by process group, as one line. */
export function cpuLine(m: PhaseMetrics): string {
  const workers = Object.entries(m.cpu.byProcess)
    .filter(([n]) => n.startsWith("worker"))
    .reduce((s, [, v]) => s + v, 0);
  return (
    `simulator ${m.cpu.byProcess["graph-sim"]?.toFixed(2) ?? "?"}, workers ${workers.toFixed(2)}, ` +
    `API ${m.cpu.byProcess.api?.toFixed(2) ?? "?"}, Postgres ${m.cpu.postgres.toFixed(2)}, Redis ${m.cpu.redis.toFixed(2)}, ` +
    `bench ${m.cpu.byProcess.bench?.toFixed(2) ?? "?"}, other work on the machine ${m.cpu.others.toFixed(2)} ` +
    `(machine ${m.cpu.machine.toFixed(2)} of ${CORES} cores)`
  );
}

/** Task attempts the workers logged as failed, by reason (e.g. Postgres deadlocks), from their log files. */
export function failedAttempts(stack: Stack): { total: number; byReason: Record<string, number> } {
  const byReason: Record<string, number> = {};
  let total = 0;
  for (const w of stack.workers) {
    let text = "";
    try {
      text = readFileSync(w.logFile, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      if (!line.includes('"task attempt failed"')) continue;
      total++;
      let reason = "other";
      try {
        const err = String((JSON.parse(line) as { err?: string }).err ?? "");
        const code = /Code: `(\w+)`/.exec(err)?.[1];
        reason = code
          ? `Postgres ${code}${code === "40P01" ? " (deadlock)" : ""}`
          : err.trim().split("\n")[0]!.slice(0, 80);
      } catch {
        // not JSON
      }
      byReason[reason] = (byReason[reason] ?? 0) + 1;
    }
  }
  return { total, byReason };
}

export function failedAttemptsText(f: { total: number; byReason: Record<string, number> }): string {
  if (f.total === 0) return "0";
  return `${f.total} (${Object.entries(f.byReason)
    .map(([r, n]) => `${r}: ${n}`)
    .join(", ")})`;
}

/** The engine's own state during a run: BullMQ queue lengths and how far ahead the limiter is booked. */
export function engineState(
  run: { samples: Sample[]; window: Window },
  tenants: { entraTenantId: string }[],
) {
  const inRun = run.samples.filter((s) => s.t >= run.window.from && s.t <= run.window.to && s.queue);
  const med = (xs: number[]) => round(percentile(xs, 50), 0);
  const summary = {
    waitingMedian: med(inRun.map((s) => s.queue!.wait)),
    activeMedian: med(inRun.map((s) => s.queue!.active)),
    delayedMedian: med(inRun.map((s) => s.queue!.delayed)),
    tenantBookedAheadMsMedian: med(
      inRun.flatMap((s) => tenants.map((t) => s.limiterAheadMs[t.entraTenantId] ?? 0)),
    ),
    appBookedAheadMsMedian: med(inRun.map((s) => s.limiterAheadMs.app ?? 0)),
  };
  const series = (read: (s: Sample) => number) =>
    run.samples.filter((s) => s.queue).map((s) => ({ t: s.t, v: read(s) }));
  const queueChart: ChartSpec = {
    title: "Export-task queue (BullMQ): jobs by state",
    xLabel: "seconds",
    yLabel: "jobs",
    series: [
      { label: "waiting for a worker slot", points: series((s) => s.queue!.wait) },
      { label: "running (active)", points: series((s) => s.queue!.active) },
      { label: "stepped aside (delayed)", points: series((s) => s.queue!.delayed) },
    ],
  };
  const limiterChart: ChartSpec = {
    title: "Limiter: how far ahead each bucket is booked (GCRA TAT − now)",
    xLabel: "seconds",
    yLabel: "ms booked ahead",
    series: [
      { label: "app bucket", points: series((s) => s.limiterAheadMs.app ?? 0) },
      ...tenants.slice(0, 4).map((t, i) => ({
        label: `tenant bucket ${i + 1}`,
        points: series((s) => s.limiterAheadMs[t.entraTenantId] ?? 0),
      })),
    ],
    refLines: [{ label: "maxReserve 2000 ms", value: 2000, color: "#555" }],
  };
  const text =
    `queue during the run (medians): ${summary.waitingMedian} waiting, ${summary.activeMedian} running, ` +
    `${summary.delayedMedian} stepped aside; limiter booked ahead (median): tenant ${summary.tenantBookedAheadMsMedian} ms, app ${summary.appBookedAheadMsMedian} ms`;
  return { summary, queueChart, limiterChart, text };
}
