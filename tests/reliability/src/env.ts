import { randomInt } from "node:crypto";

/** CAPSTAN_RELIABILITY_LONG=1: the long variants (more trials, longer outages and load runs). */
export const LONG = process.env.CAPSTAN_RELIABILITY_LONG === "1";

/** A count for the CI variant and one for the long variant. */
export const trials = (ci: number, long: number): number => (LONG ? long : ci);

/**
 * The seed of a randomized test: CAPSTAN_RELIABILITY_SEED replays one, otherwise a fresh one. Always printed,
 * so a failure can be replayed exactly.
 */
export function seedFor(what: string): number {
  const given = process.env.CAPSTAN_RELIABILITY_SEED;
  const seed = given ? Number.parseInt(given, 10) : randomInt(1, 2 ** 31 - 1);
  console.log(
    `[reliability] ${what}: seed ${seed} (replay: CAPSTAN_RELIABILITY_SEED=${seed}${LONG ? " CAPSTAN_RELIABILITY_LONG=1" : ""})`,
  );
  return seed;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same kill points, outages and inputs. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

/**
 * One line per case for docs/reliability.md: area, case, how many times it was tried, and what held.
 * With CAPSTAN_RELIABILITY_REPORT=<file> the lines are also appended there as JSON.
 */
export async function report(area: string, name: string, count: number, result: string): Promise<void> {
  const line = { area, case: name, count, result, long: LONG, at: new Date().toISOString() };
  console.log(`[reliability] ${area} | ${name} | ${count} | ${result}`);
  const file = process.env.CAPSTAN_RELIABILITY_REPORT;
  if (file) {
    const { appendFile } = await import("node:fs/promises");
    await appendFile(file, `${JSON.stringify(line)}\n`);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
