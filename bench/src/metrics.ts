import type { Counters } from "@capstan/graph-sim";
import { DEMO_APP } from "@capstan/graph-sim";
import {
  coresBusy,
  cpuSecondsUsed,
  machineCoresBusy,
  mean,
  type Point,
  percentile,
  rate,
  type Sample,
} from "./sampler";

/** A span of sampler time (seconds): the exports' run, from the first start to the last end. */
export interface Window {
  from: number;
  to: number;
}

/** From the first to the last non-zero reading, when no window is given. */
function activeWindow(points: Point[]): Window | null {
  const active = points.filter((p) => p.v > 0);
  if (active.length === 0) return null;
  return { from: active[0]!.t - 1, to: active.at(-1)!.t };
}

/** Per-second rates in the middle of a run: ramp-up and tail (the last stragglers) left out. */
export function steady(points: Point[], window: Window | null = activeWindow(points), trim = 0.15): number[] {
  if (!window) return [];
  const span = window.to - window.from;
  return points
    .filter((p) => p.t > window.from + span * trim && p.t <= window.to - span * trim + 0.5)
    .map((p) => p.v);
}

export interface RateSummary {
  /** Requests (or messages) in the whole phase divided by the time from the first to the last one. */
  average: number;
  /** Median and mean of the per-second rates in the steady part of the phase. */
  steadyMedian: number;
  steadyMean: number;
  /** Highest per-second rate sampled (the simulator's sliding-window peak is exact; this is by sample). */
  sampledMax: number;
}

export function summarizeRate(points: Point[], total: number, window?: Window): RateSummary {
  const w = window ?? activeWindow(points);
  const span = w ? w.to - w.from : 0;
  const s = steady(points, w);
  return {
    average: span > 0 ? total / span : 0,
    steadyMedian: percentile(s, 50),
    steadyMean: mean(s),
    sampledMax: Math.max(0, ...points.map((p) => p.v)),
  };
}

/** "0", or the count and the limits that drew them: "2 (team 1, appTenant#other 1)". */
export function throttledText(m: Pick<PhaseMetrics, "throttled" | "throttledByScope">): string {
  const scopes = Object.entries(m.throttledByScope).filter(([, n]) => n > 0);
  if (m.throttled === 0 || scopes.length === 0) return String(m.throttled);
  return `${m.throttled} (${scopes.map(([scope, n]) => `${scope} ${n}`).join(", ")})`;
}

export interface TenantPhaseMetrics {
  name: string;
  entraTenantId: string;
  requests: number;
  throttled: number;
  /** Exact: most requests that reached the simulator in any sliding one-second window. */
  peakRequestsPerSecond: number;
  requestsPerSecond: RateSummary;
  messagesSeen: number;
  messagesStored: number;
}

export interface PhaseMetrics {
  durationSeconds: number;
  requests: number;
  throttled: number;
  /** The simulator's 429s by the limit they enforced (appTenant, app, team; `#class` for a class's own). */
  throttledByScope: Record<string, number>;
  peakAppRequestsPerSecond: number;
  appRequestsPerSecond: RateSummary;
  /** Messages received from Graph and written (each chat message once per participant). */
  messagesSeenPerSecond: RateSummary;
  /** Distinct message versions added to the exports' result sets. */
  messagesStoredPerSecond: RateSummary;
  messagesSeen: number;
  messagesStored: number;
  /** Distinct versions no earlier export had stored (export_tasks.versions_new): rows added to message_versions. */
  versionsNew: number;
  versionsNewPerSecond: RateSummary;
  efficiency: Efficiency;
  tenants: TenantPhaseMetrics[];
  cpu: {
    /** Average cores busy over the phase, by process (group). */
    byProcess: Record<string, number>;
    postgres: number;
    redis: number;
    machine: number;
    /** The machine's busy cores that none of the bench's processes account for: other work on the machine. */
    others: number;
  };
  memory: Record<string, { startMiB: number; maxMiB: number; endMiB: number }>;
  maxPgConnections: number;
}

/** What each distinct version stored cost: Graph requests, messages received, CPU. */
export interface Efficiency {
  /** getAllMessages requests (the message pages; the rest list users, teams and channels). */
  messageRequests: number;
  /** Messages the simulator returned in those pages. */
  messagesReturned: number;
  /** All Graph requests of the phase per distinct version stored. */
  requestsPerVersion: number;
  /** Messages per getAllMessages request (at most $top = 50). */
  messagesPerPage: number;
  /** messagesPerPage / 50. */
  pageFill: number;
  /** requestsPerVersion × messagesPerPage: messages received per version, if all requests were pages (target ≤ 1.2). */
  requestsPerVersionTimesPage: number;
  /** Messages returned per distinct version, over message pages only. */
  messagesPerVersion: number;
  workerCpuSeconds: number;
  postgresCpuSeconds: number;
  workerCpuUsPerVersion: number;
  postgresCpuUsPerVersion: number;
  workerCpuUsPerMessage: number;
  postgresCpuUsPerMessage: number;
}

export const PAGE_SIZE = 50;

const perUnit = (v: number, n: number, scale = 1) => (n > 0 ? (v * scale) / n : 0);

function efficiency(
  samples: Sample[],
  counters: Counters,
  work: { messagesSeen: number; versions: number; workers: string[] },
): Efficiency {
  const messageRequests = Object.entries(counters.requests.byEndpoint)
    .filter(([endpoint]) => endpoint.endsWith("/getAllMessages"))
    .reduce((n, [, v]) => n + v, 0);
  const messagesReturned = counters.messagesReturned.total;
  const requestsPerVersion = perUnit(counters.requests.total, work.versions);
  const messagesPerPage = perUnit(messagesReturned, messageRequests);
  const workerCpuSeconds = work.workers.reduce(
    (n, name) => n + cpuSecondsUsed(samples, (s) => s.procs[name]?.cpu),
    0,
  );
  const postgresCpuSeconds = cpuSecondsUsed(samples, (s) => s.postgresCpu);
  return {
    messageRequests,
    messagesReturned,
    requestsPerVersion,
    messagesPerPage,
    pageFill: messagesPerPage / PAGE_SIZE,
    requestsPerVersionTimesPage: requestsPerVersion * messagesPerPage,
    messagesPerVersion: perUnit(messagesReturned, work.versions),
    workerCpuSeconds,
    postgresCpuSeconds,
    workerCpuUsPerVersion: perUnit(workerCpuSeconds, work.versions, 1e6),
    postgresCpuUsPerVersion: perUnit(postgresCpuSeconds, work.versions, 1e6),
    workerCpuUsPerMessage: perUnit(workerCpuSeconds, work.messagesSeen, 1e6),
    postgresCpuUsPerMessage: perUnit(postgresCpuSeconds, work.messagesSeen, 1e6),
  };
}

const MiB = 1024 * 1024;

export function phaseMetrics(
  samples: Sample[],
  counters: Counters,
  tenants: { name: string; entraTenantId: string; capstanId: string }[],
  window?: Window,
): PhaseMetrics {
  const app = rate(samples, (s) => s.sim.requests);
  const seen = rate(samples, (s) => sumCapstan(s, "seen"));
  const stored = rate(samples, (s) => sumCapstan(s, "stored"));
  const versions = rate(samples, (s) => sumCapstan(s, "versionsNew"));
  const last = samples.at(-1);
  const first = samples[0];
  const total = (field: CapstanField) =>
    last ? sumCapstan(last, field) - (first ? sumCapstan(first, field) : 0) : 0;
  const totalSeen = total("seen");
  const totalStored = total("stored");
  const totalVersions = total("versionsNew");
  const procNames = [...new Set(samples.flatMap((s) => Object.keys(s.procs)))];
  const byProcess: Record<string, number> = {};
  for (const name of procNames) byProcess[name] = coresBusy(samples, (s) => s.procs[name]?.cpu);
  const postgres = coresBusy(samples, (s) => s.postgresCpu);
  const redis = coresBusy(samples, (s) => s.redisCpu);
  const machine = machineCoresBusy(samples);
  const ours = Object.values(byProcess).reduce((a, b) => a + b, 0) + postgres + redis;
  const memory: PhaseMetrics["memory"] = {};
  for (const name of procNames) {
    const values = samples.map((s) => s.procs[name]?.rss).filter((v): v is number => typeof v === "number");
    if (values.length === 0) continue;
    memory[name] = {
      startMiB: values[0]! / MiB,
      maxMiB: Math.max(...values) / MiB,
      endMiB: values.at(-1)! / MiB,
    };
  }
  return {
    durationSeconds: last && first ? last.t - first.t : 0,
    requests: counters.requests.total,
    throttled: counters.throttled.total,
    throttledByScope: { ...counters.throttled.byScope },
    peakAppRequestsPerSecond: counters.peaks.app[DEMO_APP.clientId]?.attempted ?? 0,
    appRequestsPerSecond: summarizeRate(app, counters.requests.total, window),
    messagesSeenPerSecond: summarizeRate(seen, totalSeen, window),
    messagesStoredPerSecond: summarizeRate(stored, totalStored, window),
    messagesSeen: totalSeen,
    messagesStored: totalStored,
    versionsNew: totalVersions,
    versionsNewPerSecond: summarizeRate(versions, totalVersions, window),
    efficiency: efficiency(samples, counters, {
      messagesSeen: totalSeen,
      versions: totalVersions,
      workers: procNames.filter((n) => n.startsWith("worker")),
    }),
    tenants: tenants.map((t) => {
      const points = rate(samples, (s) => s.sim.byTenant[t.entraTenantId] ?? 0);
      const requests = counters.requests.byTenant[t.entraTenantId] ?? 0;
      return {
        name: t.name,
        entraTenantId: t.entraTenantId,
        requests,
        throttled: counters.throttled.byTenant[t.entraTenantId] ?? 0,
        peakRequestsPerSecond:
          counters.peaks.appTenant[`${DEMO_APP.clientId}/${t.entraTenantId}`]?.attempted ?? 0,
        requestsPerSecond: summarizeRate(points, requests, window),
        messagesSeen: last?.capstan[t.capstanId]?.seen ?? 0,
        messagesStored: last?.capstan[t.capstanId]?.stored ?? 0,
      };
    }),
    cpu: { byProcess, postgres, redis, machine, others: Math.max(0, machine - ours) },
    memory,
    maxPgConnections: Math.max(0, ...samples.map((s) => s.pgConnections)),
  };
}

type CapstanField = "seen" | "stored" | "pages" | "versionsNew";

function sumCapstan(s: Sample, field: CapstanField): number {
  return Object.values(s.capstan).reduce((n, x) => n + x[field], 0);
}

/** Series of per-second Graph requests: the app's and each tenant's. */
export function requestSeries(
  samples: Sample[],
  tenants: { name: string; entraTenantId: string }[],
  t0 = 0,
): { label: string; points: Point[] }[] {
  const shift = (points: Point[]) => points.map((p) => ({ t: p.t - t0, v: p.v }));
  const series = [{ label: "app (all tenants)", points: shift(rate(samples, (s) => s.sim.requests)) }];
  if (tenants.length > 1 || tenants[0]) {
    for (const t of tenants) {
      series.push({
        label: t.name,
        points: shift(rate(samples, (s) => s.sim.byTenant[t.entraTenantId] ?? 0)),
      });
    }
  }
  return series;
}

export function messageSeries(samples: Sample[], t0 = 0): { label: string; points: Point[] }[] {
  const shift = (points: Point[]) => points.map((p) => ({ t: p.t - t0, v: p.v }));
  return [
    {
      label: "messages received and written /s",
      points: shift(rate(samples, (s) => Object.values(s.capstan).reduce((n, x) => n + x.seen, 0))),
    },
    {
      label: "distinct versions stored /s",
      points: shift(rate(samples, (s) => Object.values(s.capstan).reduce((n, x) => n + x.stored, 0))),
    },
  ];
}

export const round = (v: number, digits = 1) => Number(v.toFixed(digits));
