import { mkdirSync } from "node:fs";
import path from "node:path";
import { summarizeProfiles } from "./profile";
import { machineInfo, type ScenarioResult, writeReport } from "./report";
import { RESULTS_DIR, RunContext, timestamp } from "./run";
import { ceiling } from "./scenarios/ceiling";
import { classes } from "./scenarios/classes";
import { fairness } from "./scenarios/fairness";
import { ingest } from "./scenarios/ingest";
import { reservations } from "./scenarios/reservations";
import { scaleOut } from "./scenarios/scale-out";
import { soak } from "./scenarios/soak";

export const SCENARIOS: Record<string, (ctx: RunContext) => Promise<ScenarioResult>> = {
  ceiling,
  fairness,
  ingest,
  "scale-out": scaleOut,
  soak,
  reservations,
  classes,
};

export interface ScenarioOutcome {
  scenario: string;
  dir: string;
  json: string;
  markdown: string;
  ok: boolean;
  error?: string;
  seconds: number;
}

let current: RunContext | null = null;

/** The scenario running now (its processes are stopped on SIGINT). */
export function currentRun(): RunContext | null {
  return current;
}

/** Runs one scenario and writes its report; a failure is reported (and its processes stopped), not thrown. */
export async function runScenario(
  name: string,
  options: {
    quick: boolean;
    flags?: Record<string, string>;
    outDir?: string;
    verbose?: boolean;
    command?: string;
  },
): Promise<ScenarioOutcome> {
  const fn = SCENARIOS[name];
  if (!fn) throw new Error(`unknown scenario '${name}' (one of ${Object.keys(SCENARIOS).join(", ")}, quick)`);
  const startedAt = new Date();
  const dir =
    options.outDir ??
    path.join(RESULTS_DIR, `${name}${options.quick ? "-quick" : ""}-${timestamp(startedAt)}`);
  mkdirSync(dir, { recursive: true });
  const ctx = new RunContext(name, options.quick, dir, options.flags ?? {}, options.verbose ?? true);
  current = ctx;
  const machine = machineInfo();
  const command = options.command ?? `pnpm --filter @capstan/bench ${name}`;
  let result: ScenarioResult;
  let error: string | undefined;
  try {
    result = await fn(ctx);
  } catch (e) {
    error = (e as Error).stack ?? String(e);
    ctx.log(`FAILED: ${(e as Error).message}`);
    result = {
      settings: {},
      headline: [
        { metric: "run", value: `failed: ${(e as Error).message}`, target: "completes", met: false },
      ],
      tables: [],
      charts: [],
      notes: [`logs of every process: ${ctx.logDir}`],
      data: { error },
    };
  } finally {
    await ctx.cleanup();
    current = null;
  }
  const profiles = summarizeProfiles(path.join(dir, "profiles"));
  if (profiles)
    result.notes.push(`Worker CPU profiles: profiles/summary.md (self time by package and function).`);
  const finishedAt = new Date();
  const written = writeReport({
    dir,
    scenario: name,
    mode: options.quick ? "quick" : "full",
    command,
    machine,
    startedAt,
    finishedAt,
    result,
    samples: ctx.recorded,
  });
  ctx.log(`report: ${written.markdown}`);
  return {
    scenario: name,
    dir,
    json: written.json,
    markdown: written.markdown,
    ok: error === undefined,
    ...(error ? { error } : {}),
    seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
  };
}

/** Quick mode: a tiny version of every scenario, one after the other (a smoke run, not a measurement). */
export async function runQuick(
  options: { scenarios?: string[]; outDir?: string; verbose?: boolean } = {},
): Promise<ScenarioOutcome[]> {
  const root = options.outDir ?? path.join(RESULTS_DIR, `quick-${timestamp()}`);
  const outcomes: ScenarioOutcome[] = [];
  for (const name of options.scenarios ?? Object.keys(SCENARIOS)) {
    outcomes.push(
      await runScenario(name, {
        quick: true,
        outDir: path.join(root, name),
        verbose: options.verbose ?? true,
        command: `pnpm --filter @capstan/bench quick`,
      }),
    );
  }
  return outcomes;
}
