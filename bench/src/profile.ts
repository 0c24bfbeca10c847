import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The parts of a V8 .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
  }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code lives: a package of node_modules, the repository's own code, or Node/V8 itself. */
function owner(url: string): string {
  if (!url) return "native (GC, socket writes, string encoding)";
  // The only WebAssembly the worker loads is Prisma's query compiler (engineType "client").
  if (url.startsWith("wasm://")) return "WebAssembly (Prisma query compiler)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return "node (built-in modules)";
  const m = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return m ? `capstan ${m[1]}/${m[2]}` : url;
}

/** Self time by package and by function, over every profile in a folder. */
export function summarizeProfiles(dir: string, top = 25): string | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  if (files.length === 0) return null;
  const byOwner = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const p = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    const samples = p.samples ?? [];
    const deltas = p.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const node = nodes.get(samples[i]!);
      if (!node) continue;
      const us = deltas[i + 1] ?? deltas[i] ?? 0;
      if (node.callFrame.functionName === "(idle)") continue;
      total += us;
      const o = owner(node.callFrame.url);
      byOwner.set(o, (byOwner.get(o) ?? 0) + us);
      const fn = `${node.callFrame.functionName || "(anonymous)"} — ${o}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ""}`;
      byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    }
  }
  const pct = (us: number) => `${((us / Math.max(1, total)) * 100).toFixed(1)} %`;
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `| ${k.replace(/\|/g, "\\|")} | ${(us / 1e6).toFixed(1)} | ${pct(us)} |`);
  const md = [
    `# Worker CPU profile (${files.length} profile(s), ${(total / 1e6).toFixed(1)} s of busy CPU, idle excluded)`,
    "",
    "## Self time by package",
    "",
    "| code | seconds | share |",
    "| --- | --- | --- |",
    ...rows(byOwner),
    "",
    `## Self time by function (top ${top})`,
    "",
    "| function | seconds | share |",
    "| --- | --- | --- |",
    ...rows(byFn),
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "summary.md"), md);
  return md;
}
