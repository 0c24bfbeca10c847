import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ChartSpec, lineChart } from "./chart";

export interface Headline {
  metric: string;
  value: string;
  target: string;
  /** true / false against the target; null when the figure is context, not a target. */
  met: boolean | null;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface ScenarioResult {
  /** What the scenario set up: sizes, latency, limits, workers, concurrency. */
  settings: Record<string, unknown>;
  headline: Headline[];
  tables: Table[];
  charts: { file: string; title: string; spec: ChartSpec }[];
  notes: string[];
  /** Everything measured, for the JSON report. */
  data: Record<string, unknown>;
}

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
  loadAverageAtStart: number[];
  postgres?: string;
  redis?: string;
}

export function machineInfo(): MachineInfo {
  let redis: string | undefined;
  try {
    redis = execFileSync("redis-server", ["--version"], { encoding: "utf8" }).trim().split(" ")[2];
  } catch {
    redis = undefined;
  }
  return {
    nproc: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((v) => Number(v.toFixed(2))),
    ...(redis ? { redis } : {}),
  };
}

function mdTable(columns: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(columns), line(columns.map(() => "---")), ...rows.map(line)].join("\n");
}

export function writeReport(input: {
  dir: string;
  scenario: string;
  mode: "full" | "quick";
  command: string;
  machine: MachineInfo;
  startedAt: Date;
  finishedAt: Date;
  result: ScenarioResult;
  samples?: unknown;
}): { json: string; markdown: string; charts: string[] } {
  const { dir, result } = input;
  const charts: string[] = [];
  for (const chart of result.charts) {
    const file = path.join(dir, chart.file);
    writeFileSync(file, lineChart(chart.spec));
    charts.push(file);
  }
  const json = path.join(dir, "report.json");
  writeFileSync(
    json,
    `${JSON.stringify(
      {
        scenario: input.scenario,
        mode: input.mode,
        command: input.command,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        wallSeconds: (input.finishedAt.getTime() - input.startedAt.getTime()) / 1000,
        machine: input.machine,
        settings: result.settings,
        headline: result.headline,
        tables: result.tables,
        notes: result.notes,
        charts: result.charts.map((c) => c.file),
        data: result.data,
      },
      null,
      2,
    )}\n`,
  );
  if (input.samples !== undefined) {
    writeFileSync(path.join(dir, "samples.json"), `${JSON.stringify(input.samples)}\n`);
  }
  const m = input.machine;
  const md: string[] = [
    `# Capstan bench: ${input.scenario}${input.mode === "quick" ? " (quick mode)" : ""}`,
    "",
    `- command: \`${input.command}\``,
    `- started ${input.startedAt.toISOString()}, took ${((input.finishedAt.getTime() - input.startedAt.getTime()) / 1000).toFixed(0)} s`,
    `- machine: ${m.nproc} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}, load average at start ${m.loadAverageAtStart.join(" / ")}`,
    "",
    "## Headline",
    "",
    mdTable(
      ["metric", "measured", "target", "met"],
      result.headline.map((h) => [
        h.metric,
        h.value,
        h.target,
        h.met === null ? "—" : h.met ? "yes" : "**no**",
      ]),
    ),
    "",
  ];
  for (const t of result.tables) md.push(`## ${t.title}`, "", mdTable(t.columns, t.rows), "");
  if (result.charts.length > 0) {
    md.push("## Charts", "");
    for (const c of result.charts) md.push(`![${c.title}](${c.file})`, "");
  }
  if (result.notes.length > 0) {
    md.push("## Notes", "");
    for (const n of result.notes) md.push(`- ${n}`);
    md.push("");
  }
  md.push("## Settings", "", "```json", JSON.stringify(result.settings, null, 2), "```", "");
  const markdown = path.join(dir, "report.md");
  writeFileSync(markdown, md.join("\n"));
  return { json, markdown, charts };
}
