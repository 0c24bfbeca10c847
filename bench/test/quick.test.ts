import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runQuick } from "../src/runner";

// A smoke run of the benchmark harness: tiny versions of a representative set of scenarios (the simulator,
// the real API and workers as child processes, the baseline, the limiter diagnostic). It checks only that
// each run completes and writes a report that parses; it asserts no timing, since CPU here is shared.
const SCENARIOS = ["ceiling", "soak", "reservations"];
const out = mkdtempSync(path.join(os.tmpdir(), "capstan-bench-quick-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("bench quick mode", () => {
  it("runs each scenario to the end and writes its report", async () => {
    const outcomes = await runQuick({ scenarios: SCENARIOS, outDir: out, verbose: false });
    expect(outcomes.map((o) => o.scenario)).toEqual(SCENARIOS);
    for (const o of outcomes) {
      expect(o.error, `${o.scenario}: ${o.error}`).toBeUndefined();
      const report = JSON.parse(readFileSync(o.json, "utf8")) as {
        scenario: string;
        headline: unknown[];
        charts: string[];
      };
      expect(report.scenario).toBe(o.scenario);
      expect(report.headline.length).toBeGreaterThan(0);
      expect(readFileSync(o.markdown, "utf8")).toContain("## Headline");
      for (const chart of report.charts) {
        const file = path.join(o.dir, chart);
        expect(existsSync(file)).toBe(true);
        expect(readFileSync(file, "utf8")).toMatch(/^<svg [^>]*>[\s\S]*<\/svg>\s*$/);
      }
    }
  });
});
