import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Counters, DEMO_APP } from "@capstan/graph-sim";
import { REPO_ROOT } from "@capstan/testing";
import { baselineRows } from "./baseline";
import { type Sample, Sampler } from "./sampler";
import { SimProcess as Sim, type SimProcess, type SimSettings } from "./sim";
import { Stack, type StackOptions } from "./stack";

export const RESULTS_DIR = path.join(REPO_ROOT, "bench", "results");

/** Realistic Graph latency: 50 ms + uniform [0, 100) ms, i.e. 100 ms ± 50 ms. */
export const REALISTIC_LATENCY = { latencyMs: 50, jitterMs: 100 } as const;
/** Graph's published limits (and Capstan's defaults). */
export const GRAPH_LIMITS = { perAppRps: 600, perAppTenantRps: 200 } as const;

/** What a scenario gets: a results folder, and processes it starts that are stopped whatever happens. */
export class RunContext {
  readonly logDir: string;
  private readonly cleanups: (() => Promise<void>)[] = [];
  private readonly stackStops = new Map<Stack, () => Promise<void>>();
  sim: SimProcess | null = null;
  /** Every sampled phase, in order, for samples.json. */
  readonly recorded: { phase: number; samples: Sample[] }[] = [];

  constructor(
    readonly scenario: string,
    readonly quick: boolean,
    readonly outDir: string,
    /** --name value options of the command line (e.g. workers, users). */
    readonly flags: Record<string, string> = {},
    private readonly verbose = true,
  ) {
    this.logDir = path.join(outDir, "logs");
    mkdirSync(this.logDir, { recursive: true });
  }

  /** A numeric --flag, or the default. */
  num(name: string, fallback: number): number {
    const v = this.flags[name];
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got '${v}'`);
    return n;
  }

  log(message: string): void {
    if (this.verbose) process.stdout.write(`[${this.scenario}] ${message}\n`);
  }

  async startSim(settings: SimSettings): Promise<SimProcess> {
    const sim = await Sim.start(settings, this.logDir);
    this.sim = sim;
    this.cleanups.push(() => sim.stop());
    this.log(
      `simulator on ${sim.url}: latency ${settings.latencyMs}+[0,${settings.jitterMs}) ms, limits ${settings.perAppRps || "none"}/app ${settings.perAppTenantRps || "none"}/tenant`,
    );
    return sim;
  }

  async startStack(options: Omit<StackOptions, "logDir">): Promise<Stack> {
    if (!this.sim) throw new Error("start the simulator first");
    const started = performance.now();
    // --cpu-prof: each worker writes a V8 CPU profile when it stops (summarised into profiles/summary.md).
    const workerNodeArgs = this.flags["cpu-prof"]
      ? ["--cpu-prof", `--cpu-prof-dir=${path.join(this.outDir, "profiles")}`]
      : [];
    // --context true: exports capture chat context too (the scenarios' exports leave it out, like hosted
    // contents, to measure the message path).
    const context = this.flags.context;
    const stack = await Stack.start(this.sim, {
      ...options,
      logDir: this.logDir,
      workerNodeArgs,
      ...(context ? { exportOverrides: { context: context !== "false" } } : {}),
    });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await stack.stop();
    };
    this.cleanups.push(stop);
    this.stackStops.set(stack, stop);
    this.log(
      `stack ${options.label}: API + ${options.workers} worker(s) on database ${stack.db.name} (up in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return stack;
  }

  async stopStack(stack: Stack): Promise<void> {
    await this.stackStops.get(stack)?.();
  }

  /**
   * Runs `body` while sampling once a second, with the simulator's counters reset first. Returns the
   * samples and the simulator's final counters (exact peaks per app and app+tenant).
   */
  async sampled<T>(
    stack: Stack | null,
    body: (sampler: Sampler) => Promise<T>,
    options: { baseline?: boolean } = {},
  ): Promise<{ result: T; samples: Sample[]; counters: Counters }> {
    const sim = this.sim as SimProcess;
    await sim.resetCounters();
    const sampler = new Sampler({
      sim,
      pool: () => stack?.pool ?? null,
      databaseName: () => stack?.db.name ?? null,
      processes: () => {
        const procs: Record<string, number> = { "graph-sim": sim.child.pid };
        if (stack) {
          procs.api = stack.api.pid;
          stack.workers.forEach((w, i) => {
            procs[`worker${i + 1}`] = w.pid;
          });
        }
        procs.bench = process.pid;
        return procs;
      },
      ...(options.baseline && stack ? { baselineRows: () => baselineRows(stack.pool) } : {}),
      redis: () =>
        stack
          ? {
              url: stack.db.redisUrl,
              prefix: stack.db.redisPrefix,
              appId: DEMO_APP.clientId,
              tenants: stack.tenantIds(),
            }
          : null,
    });
    sampler.start();
    let result: T;
    try {
      result = await body(sampler);
    } finally {
      await sampler.stop();
    }
    const counters = await sim.counters();
    this.recorded.push({ phase: this.recorded.length + 1, samples: sampler.samples });
    return { result, samples: sampler.samples, counters };
  }

  async cleanup(): Promise<void> {
    while (this.cleanups.length > 0) {
      const fn = this.cleanups.pop()!;
      await fn().catch((e) => this.log(`cleanup: ${(e as Error).message}`));
    }
  }
}

export function timestamp(d = new Date()): string {
  return d.toISOString().replace(/[:.]/g, "-").replace("T", "_").slice(0, 19);
}
