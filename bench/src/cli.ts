/**
 * Capstan benchmarks. One command per scenario; each starts the Graph simulator, a fresh database and
 * Redis prefix, the real API and N worker processes, and writes bench/results/<scenario>-<timestamp>/
 * (report.json, report.md, charts as SVG, samples.json, logs/).
 *
 *   pnpm --filter @capstan/bench ceiling|fairness|ingest|scale-out|soak [-- --workers 2 …]
 *   pnpm --filter @capstan/bench quick          tiny versions of every scenario (a smoke run)
 */
import { dropStaleBenchDatabases } from "./env";
import { currentRun, runQuick, runScenario, SCENARIOS } from "./runner";

function parseFlags(argv: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) continue;
    const eq = a.indexOf("=");
    if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) flags[a.slice(2)] = argv[++i]!;
    else flags[a.slice(2)] = "true";
  }
  return flags;
}

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  const flags = parseFlags(rest);
  if (!name || name === "--help" || name === "help") {
    process.stdout.write(
      `usage: tsx bench/src/cli.ts <${Object.keys(SCENARIOS).join("|")}|quick> [--quick] [--workers N] …\n`,
    );
    return;
  }
  // Whatever goes wrong, the simulator, APIs and workers this run started are stopped and its databases dropped.
  const bail = (what: string, error: unknown) => {
    process.stderr.write(`${what}: ${(error as Error)?.stack ?? error}\n`);
    void (currentRun()?.cleanup() ?? Promise.resolve()).finally(() => process.exit(1));
  };
  process.on("uncaughtException", (e) => bail("uncaught exception", e));
  process.on("unhandledRejection", (e) => bail("unhandled rejection", e));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the bench's processes and dropping its databases…\n`);
      void (currentRun()?.cleanup() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  await dropStaleBenchDatabases().catch(() => {});
  if (name === "quick") {
    const started = Date.now();
    const outcomes = await runQuick(flags.only ? { scenarios: flags.only.split(",") } : {});
    for (const o of outcomes) {
      process.stdout.write(
        `${o.ok ? "ok  " : "FAIL"} ${o.scenario.padEnd(10)} ${o.seconds.toFixed(1).padStart(6)} s  ${o.markdown}\n`,
      );
    }
    process.stdout.write(`quick mode: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.exitCode = outcomes.every((o) => o.ok) ? 0 : 1;
    return;
  }
  const quick = flags.quick === "true";
  const argsText = rest.length > 0 ? ` -- ${rest.join(" ")}` : "";
  const outcome = await runScenario(name, {
    quick,
    flags,
    command: `pnpm --filter @capstan/bench ${name}${argsText}`,
  });
  process.exitCode = outcome.ok ? 0 : 1;
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
