import { randomBytes } from "node:crypto";
import { limitsUnder, RateLimiter } from "@capstan/rate-limit";
import { deleteRedisKeys } from "@capstan/testing";
import { Redis } from "ioredis";
import { benchServices } from "../env";
import { round } from "../metrics";
import type { ScenarioResult } from "../report";
import type { RunContext } from "../run";

/**
 * reservations (a diagnostic, no simulator): Capstan's limiter (packages/rate-limit) alone, with callers
 * that behave like export tasks. A caller takes a token; granted, it "calls Graph" (sleeps the latency) and
 * takes the next; refused with a reservation, it comes back at the reserved time plus a return delay, the
 * time a task needs to step aside through BullMQ's delayed set and be picked up again. A reservation claimed
 * more than the limiter's grace (30 ms) late has lapsed and the caller reserves again: the slot it held was
 * counted but never used. The scenario shows the granted rate against that return delay.
 */
export async function reservations(ctx: RunContext): Promise<ScenarioResult> {
  const q = ctx.quick;
  const seconds = ctx.num("seconds", q ? 2 : 8);
  const callers = ctx.num("callers", 32);
  const latencyMs = 125;
  const delays = q ? [0, 100] : [0, 10, 25, 50, 100, 250, 500];
  const { redisUrl } = await benchServices();
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const rows: (string | number)[][] = [];
  const data: Record<string, unknown>[] = [];
  try {
    for (const delay of delays) {
      const prefix = `capstan-bench-rl-${randomBytes(4).toString("hex")}`;
      const limiter = new RateLimiter({
        redis,
        prefix,
        app: limitsUnder(600),
        tenant: limitsUnder(200, { burst: 5 }),
      });
      let granted = 0;
      let refusals = 0;
      let lapsed = 0;
      const end = performance.now() + seconds * 1000;
      const caller = async () => {
        let reservation: number | undefined;
        while (performance.now() < end) {
          const r = await limiter.take("app", "tenant", reservation);
          if (r.granted) {
            granted++;
            reservation = undefined;
            await sleep(latencyMs * (0.4 + Math.random() * 1.2));
            continue;
          }
          refusals++;
          if (reservation !== undefined && r.reason !== "reserved") lapsed++;
          reservation = r.reservation;
          await sleep(r.waitMs + delay);
        }
      };
      await Promise.all(Array.from({ length: callers }, caller));
      await deleteRedisKeys(redisUrl, prefix);
      const rate = granted / seconds;
      ctx.log(`return delay ${delay} ms: ${rate.toFixed(0)} tokens granted/s, ${lapsed} reservations lapsed`);
      rows.push([delay, round(rate), `${round((rate / 200) * 100)} %`, refusals, lapsed]);
      data.push({ returnDelayMs: delay, grantedPerSecond: rate, refusals, lapsed });
    }
  } finally {
    redis.disconnect();
  }
  const at0 = (data[0]?.grantedPerSecond as number) ?? 0;
  const at100 = (data.find((d) => d.returnDelayMs === 100)?.grantedPerSecond as number) ?? 0;
  return {
    settings: { callers, latencyMs, seconds, tenantLimit: 200, burst: 5, graceMs: 30, maxReserveMs: 2000 },
    headline: [
      {
        metric: "tokens granted/s, callers back exactly on time",
        value: round(at0).toString(),
        target: "≈ 184 (200 less 8 % headroom)",
        met: at0 >= 170,
      },
      {
        metric: "tokens granted/s, callers back 100 ms late (a BullMQ step-aside under load)",
        value: round(at100).toString(),
        target: "≈ 184",
        met: at100 >= 170,
      },
    ],
    tables: [
      {
        title: `Granted rate by return delay (${callers} callers, one tenant, limit 200/s)`,
        columns: ["return delay ms", "granted/s", "of the limit", "refusals", "reservations lapsed"],
        rows,
      },
    ],
    charts: [
      {
        file: "granted-by-delay.svg",
        title: "Tokens granted/s by return delay",
        spec: {
          title: "Limiter: tokens granted/s vs. how late a stepped-aside caller comes back",
          xLabel: "return delay (ms)",
          yLabel: "tokens granted / s",
          series: [
            {
              label: "granted/s",
              points: data.map((d) => ({ t: d.returnDelayMs as number, v: d.grantedPerSecond as number })),
            },
          ],
          refLines: [{ label: "tenant limit 200/s", value: 200, color: "#d62728" }],
        },
      },
    ],
    notes: [
      "A lapsed reservation was counted in both buckets when it was made, so every lapse is a token nobody used.",
      "Export tasks step aside for any wait, however short (apps/worker/src/graph-call.ts: moveToDelayed), and come back through BullMQ's delayed set and wait list: on a busy machine that takes far longer than 30 ms.",
    ],
    data: { results: data },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
