import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import type { Counters } from "@capstan/graph-sim";
import { Redis } from "ioredis";
import type pg from "pg";
import { cpuSeconds, machineCpu, rssBytes } from "./processes";
import type { SimProcess } from "./sim";

/** One reading per second: cumulative counters, so rates are differences of neighbours. */
export interface Sample {
  /** Seconds since the sampler started. */
  t: number;
  sim: {
    requests: number;
    byTenant: Record<string, number>;
    throttled: number;
    throttledByTenant: Record<string, number>;
    messagesReturned: number;
  };
  /** By Capstan tenant id: what export_tasks say so far. */
  capstan: Record<
    string,
    { pages: number; seen: number; stored: number; versionsNew: number; tasks: number; done: number }
  >;
  /** Baseline rows stored so far (its own table), when a baseline runs. */
  baselineRows: number;
  /** Resident memory (bytes) and CPU seconds so far, by process name. */
  procs: Record<string, { rss: number | null; cpu: number | null }>;
  /** CPU seconds of Postgres backends serving this stack's database, and of redis-server (shared). */
  postgresCpu: number;
  redisCpu: number;
  pgConnections: number;
  /** BullMQ export-task queue: jobs waiting for a worker slot, running, and stepped aside (delayed). */
  queue: { wait: number; active: number; delayed: number } | null;
  /**
   * How far ahead of now (ms) the limiter's buckets are booked (GCRA theoretical arrival time): by Entra
   * tenant id, and "app". Near maxReserve (2 s) means every token of the next 2 s is already reserved.
   */
  limiterAheadMs: Record<string, number>;
  /** Busy jiffies / total jiffies of the machine (all cores) so far. */
  machine: { busy: number; total: number };
}

export interface SamplerSources {
  sim: SimProcess;
  /** The stack's database (null while no stack runs). */
  pool: () => pg.Pool | null;
  databaseName: () => string | null;
  /** Processes to watch, by name. */
  processes: () => Record<string, number>;
  /** Count of baseline rows, when the baseline runs. */
  baselineRows?: () => Promise<number>;
  /** Redis URL and key prefix of the stack, to read its queue and limiter state. */
  redis?: () => { url: string; prefix: string; appId: string; tenants: string[] } | null;
}

function findRedisPid(): number | null {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "redis-server") return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

/** Samples the simulator's counters, Capstan's progress in Postgres and the processes every second. */
export class Sampler {
  readonly samples: Sample[] = [];
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private readonly started = performance.now();
  private readonly redisPid = findRedisPid();
  /** CPU seconds per Postgres backend pid, to sum backends that come and go. */
  private readonly pgBackends = new Map<number, number>();
  private pgCpuTotal = 0;
  private redis: Redis | null = null;

  constructor(private readonly sources: SamplerSources) {}

  start(intervalMs = 1000): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), intervalMs);
  }

  async stop(): Promise<Sample[]> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    while (this.busy) await new Promise((r) => setTimeout(r, 20));
    await this.tick();
    this.redis?.disconnect();
    this.redis = null;
    return this.samples;
  }

  /** Seconds since the sampler started (the time axis of every sample). */
  now(): number {
    return (performance.now() - this.started) / 1000;
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const t = this.now();
      const machine = machineCpu();
      const [counters, capstan, pgInfo, baselineRows, redisState] = await Promise.all([
        this.sources.sim.counters().catch(() => null as Counters | null),
        this.progress(),
        this.postgresBackends(),
        this.sources.baselineRows?.().catch(() => 0) ?? Promise.resolve(0),
        this.redisState().catch(() => ({ queue: null, limiterAheadMs: {} })),
      ]);
      const procs: Sample["procs"] = {};
      for (const [name, pid] of Object.entries(this.sources.processes())) {
        procs[name] = { rss: rssBytes(pid), cpu: cpuSeconds(pid) };
      }
      this.samples.push({
        t,
        sim: {
          requests: counters?.requests.total ?? 0,
          byTenant: counters?.requests.byTenant ?? {},
          throttled: counters?.throttled.total ?? 0,
          throttledByTenant: counters?.throttled.byTenant ?? {},
          messagesReturned: counters?.messagesReturned.total ?? 0,
        },
        capstan,
        baselineRows,
        procs,
        postgresCpu: pgInfo.cpu,
        redisCpu: this.redisPid ? (cpuSeconds(this.redisPid) ?? 0) : 0,
        pgConnections: pgInfo.connections,
        ...redisState,
        machine,
      });
    } finally {
      this.busy = false;
    }
  }

  private async redisState(): Promise<Pick<Sample, "queue" | "limiterAheadMs">> {
    const src = this.sources.redis?.();
    if (!src) return { queue: null, limiterAheadMs: {} };
    this.redis ??= new Redis(src.url, { maxRetriesPerRequest: 1 });
    const q = `${src.prefix}:export-tasks`;
    const tag = `{${src.prefix}:rl:${src.appId}}`;
    const pipe = this.redis
      .multi()
      .time()
      .llen(`${q}:wait`)
      .llen(`${q}:active`)
      .zcard(`${q}:delayed`)
      .get(`${tag}:app`);
    for (const t of src.tenants) pipe.get(`${tag}:tenant:${t}`);
    const out = (await pipe.exec()) ?? [];
    const v = (i: number) => out[i]?.[1];
    const time = v(0) as [string, string];
    const now = Number(time[0]) * 1000 + Number(time[1]) / 1000;
    const ahead = (x: unknown) => (x == null ? 0 : Math.max(0, Number(x) - now));
    const limiterAheadMs: Record<string, number> = { app: ahead(v(4)) };
    src.tenants.forEach((t, i) => {
      limiterAheadMs[t] = ahead(v(5 + i));
    });
    return {
      queue: { wait: Number(v(1) ?? 0), active: Number(v(2) ?? 0), delayed: Number(v(3) ?? 0) },
      limiterAheadMs,
    };
  }

  private async progress(): Promise<Sample["capstan"]> {
    const pool = this.sources.pool();
    if (!pool) return {};
    try {
      const r = await pool.query<{
        tenant_id: string;
        pages: string;
        seen: string;
        stored: string;
        versions_new: string;
        tasks: string;
        done: string;
      }>(
        `SELECT tenant_id, sum(pages_fetched) AS pages, sum(messages_seen) AS seen, sum(messages_stored) AS stored,
           sum(versions_new) AS versions_new, count(*) AS tasks,
           count(*) FILTER (WHERE status::text IN ('completed', 'skipped')) AS done
         FROM export_tasks GROUP BY tenant_id`,
      );
      return Object.fromEntries(
        r.rows.map((x) => [
          x.tenant_id,
          {
            pages: Number(x.pages),
            seen: Number(x.seen),
            stored: Number(x.stored),
            versionsNew: Number(x.versions_new),
            tasks: Number(x.tasks),
            done: Number(x.done),
          },
        ]),
      );
    } catch {
      return {};
    }
  }

  private async postgresBackends(): Promise<{ cpu: number; connections: number }> {
    const pool = this.sources.pool();
    const name = this.sources.databaseName();
    if (!pool || !name) return { cpu: this.pgCpuTotal, connections: 0 };
    try {
      const r = await pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [
        name,
      ]);
      for (const { pid } of r.rows) {
        const now = cpuSeconds(pid);
        if (now === null) continue;
        const before = this.pgBackends.get(pid) ?? 0;
        this.pgCpuTotal += Math.max(0, now - before);
        this.pgBackends.set(pid, now);
      }
      return { cpu: this.pgCpuTotal, connections: r.rows.length };
    } catch {
      return { cpu: this.pgCpuTotal, connections: 0 };
    }
  }
}

export const CORES = cpus().length;

// ---- derived series ----

export interface Point {
  t: number;
  v: number;
}

/** Per-second rate of a cumulative reading, between neighbouring samples. */
export function rate(samples: Sample[], read: (s: Sample) => number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    const dt = b.t - a.t;
    if (dt <= 0) continue;
    out.push({ t: b.t, v: Math.max(0, (read(b) - read(a)) / dt) });
  }
  return out;
}

/** First and last samples that have a cumulative reading, and the reading's increase between them. */
function readingSpan(samples: Sample[], read: (s: Sample) => number | null | undefined) {
  const first = samples.find((s) => read(s) != null);
  const last = [...samples].reverse().find((s) => read(s) != null);
  if (!first || !last || last.t <= first.t) return null;
  return { seconds: last.t - first.t, increase: (read(last) as number) - (read(first) as number) };
}

/** Cores busy (CPU seconds per second) of a cumulative CPU reading. */
export function coresBusy(samples: Sample[], read: (s: Sample) => number | null | undefined): number {
  const span = readingSpan(samples, read);
  return span ? span.increase / span.seconds : 0;
}

/** CPU seconds a cumulative CPU reading rose by over the samples. */
export function cpuSecondsUsed(samples: Sample[], read: (s: Sample) => number | null | undefined): number {
  return Math.max(0, readingSpan(samples, read)?.increase ?? 0);
}

/** Cores the whole machine was busy on average between two samples. */
export function machineCoresBusy(samples: Sample[]): number {
  const a = samples[0];
  const b = samples.at(-1);
  if (!a || !b || b.machine.total <= a.machine.total) return 0;
  return ((b.machine.busy - a.machine.busy) / (b.machine.total - a.machine.total)) * CORES;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))));
  return sorted[idx]!;
}

export function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, x) => s + x, 0) / values.length;
}
