import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitsUnder, RateLimiter } from "../src/index";

let env: TestEnvironment;
let redis: Redis;

beforeAll(async () => {
  env = await createTestEnvironment();
  redis = new Redis(env.redisUrl);
});
afterAll(async () => {
  redis.disconnect();
  await env.cleanup();
});

function limiter(
  prefix: string,
  app = { rate: 100, burst: 5 },
  tenant = { rate: 10, burst: 3 },
  maxReserveMs = 2000,
) {
  return new RateLimiter({ redis, prefix: `${env.redisPrefix}:${prefix}`, app, tenant, maxReserveMs });
}

async function drain(l: RateLimiter, app: string, tenant: string, max = 1000) {
  let granted = 0;
  for (let i = 0; i < max; i++) {
    const r = await l.take(app, tenant);
    if (!r.granted) return { granted, refusal: r };
    granted++;
  }
  return { granted, refusal: null };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("RateLimiter", () => {
  it("grants a tenant its burst, then reserves the next slot and grants it when due", async () => {
    const l = limiter("burst");
    const { granted, refusal } = await drain(l, "app", "t1");
    expect(granted).toBe(3);
    if (!refusal || refusal.granted) throw new Error("expected a refusal");
    expect(refusal.reason).toBe("tenant");
    expect(refusal.waitMs).toBeGreaterThan(0);
    expect(refusal.waitMs).toBeLessThanOrEqual(100);
    expect(refusal.reservation).toBeGreaterThan(0);
    // Coming back early keeps the reservation; coming back on time is granted without a new token.
    const early = await l.take("app", "t1", refusal.reservation);
    expect(early).toMatchObject({ granted: false, reason: "reserved", reservation: refusal.reservation });
    await sleep(refusal.waitMs + 5);
    expect(await l.take("app", "t1", refusal.reservation)).toEqual({ granted: true });
  });

  it("takes from both buckets or neither: a refusal without reservation leaves the app bucket untouched", async () => {
    const l = limiter("atomic", { rate: 1, burst: 4 }, { rate: 1, burst: 2 }, 0);
    expect((await drain(l, "app", "t1")).granted).toBe(2);
    // t1's refusals did not consume app tokens: t2 still gets the 2 app tokens left.
    expect((await drain(l, "app", "t2")).granted).toBe(2);
    const last = await l.take("app", "t3");
    expect(last).toMatchObject({ granted: false, reason: "app" });
    expect(last).not.toHaveProperty("reservation");
  });

  it("a tenant's reservations do not book the app bucket ahead: another tenant is granted at once", async () => {
    const l = limiter("fair", { rate: 100, burst: 5 }, { rate: 5, burst: 1 }, 2000);
    expect(await l.take("app", "busy")).toEqual({ granted: true });
    // The busy tenant queues five slots up to a second ahead on its own bucket...
    const held: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await l.take("app", "busy");
      if (r.granted || r.reservation === undefined) throw new Error("expected a reservation");
      expect(r.reason).toBe("tenant");
      expect(r.reservation).toBeGreaterThan(0);
      held.push(r.reservation);
    }
    // ...and the app bucket still has its tokens for everyone else.
    expect((await drain(l, "app", "other")).granted).toBe(1);
    expect((await drain(l, "app", "third")).granted).toBe(1);
    const state = await l.state("app", "other");
    expect(state.app.tokens).toBeGreaterThan(1);
    // Claimed on time, the busy tenant's slot takes its app token then.
    const first = held[0] as number;
    const [seconds, micros] = await redis.time();
    const now = Number(seconds) * 1000 + Number(micros) / 1000;
    await sleep(Math.max(0, first - now) + 2);
    expect(await l.take("app", "busy", first)).toEqual({ granted: true });
  });

  it("when the app's limit sets the slot, both buckets count it and the claim is granted", async () => {
    const l = limiter("appslot", { rate: 10, burst: 1 }, { rate: 100, burst: 5 }, 2000);
    expect(await l.take("app", "t1")).toEqual({ granted: true });
    const r = await l.take("app", "t2");
    if (r.granted || r.reservation === undefined) throw new Error("expected a reservation");
    expect(r.reason).toBe("app");
    expect(r.reservation).toBeLessThan(0);
    await sleep(r.waitMs + 2);
    expect(await l.take("app", "t2", r.reservation)).toEqual({ granted: true });
  });

  it("reserves no further ahead than allowed", async () => {
    const l = limiter("horizon", { rate: 1000, burst: 10 }, { rate: 2, burst: 1 }, 600);
    expect(await l.take("app", "t1")).toEqual({ granted: true });
    const first = await l.take("app", "t1");
    expect(first).toMatchObject({ granted: false, reason: "tenant" });
    expect(first).toHaveProperty("reservation");
    // The next slot is 1 s away: beyond the 600 ms horizon, so no reservation, only a wait.
    const second = await l.take("app", "t1");
    expect(second).toMatchObject({ granted: false, reason: "tenant" });
    expect(second).not.toHaveProperty("reservation");
  });

  it("never lets more than rate + burst calls through in any one-second window", async () => {
    const rate = 100;
    const burst = 5;
    const l = limiter("exact", { rate: 1000, burst: 50 }, { rate, burst });
    const grants: number[] = [];
    const until = Date.now() + 1500;
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        while (Date.now() < until) {
          let r = await l.take("app", "t1");
          while (!r.granted) {
            await sleep(r.waitMs);
            r = await l.take("app", "t1", r.granted ? undefined : r.reservation);
          }
          grants.push(Date.now());
        }
      }),
    );
    grants.sort((a, b) => a - b);
    let worst = 0;
    for (let i = 0, j = 0; i < grants.length; i++) {
      while ((grants[i] as number) - (grants[j] as number) >= 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    // Grants are stamped when the caller sees them, a little after their slot: allow that jitter.
    expect(worst).toBeLessThanOrEqual(rate + burst + 2);
    expect(grants.length).toBeGreaterThan(rate);
  });

  it("a 429 block stops only that tenant", async () => {
    const l = limiter("block");
    await l.blockTenant("app", "t1", 5_000);
    expect(await l.take("app", "t1")).toMatchObject({ granted: false, reason: "blocked" });
    expect(await l.take("app", "t2")).toEqual({ granted: true });
    expect(await l.blockedFor("app", "t1")).toBeGreaterThan(4_000);
    // A shorter Retry-After never shortens a longer block.
    await l.blockTenant("app", "t1", 100);
    expect(await l.blockedFor("app", "t1")).toBeGreaterThan(4_000);
  });

  it("refills at the configured rate", async () => {
    const l = limiter("refill", { rate: 1000, burst: 1000 }, { rate: 50, burst: 1 }, 0);
    expect((await drain(l, "app", "t1")).granted).toBe(1);
    await new Promise((r) => setTimeout(r, 250));
    const { granted } = await drain(l, "app", "t1");
    // 250 ms at 50/s is 12.5 tokens, capped by the burst of 1.
    expect(granted).toBe(1);
  });

  it("keys of one app share a hash tag, so the script runs on Redis Cluster", async () => {
    const l = limiter("tags");
    await l.take("app-x", "tenant-y");
    const keys = await redis.keys(`{${env.redisPrefix}:tags:rl:app-x}*`);
    expect(keys.length).toBe(2);
    for (const key of keys) expect(key.startsWith(`{${env.redisPrefix}:tags:rl:app-x}:`)).toBe(true);
  });

  it("default limits keep any one-second window at or under the limit", () => {
    const { rate, burst } = limitsUnder(200);
    expect(rate + burst).toBe(184);
    expect(limitsUnder(600)).toEqual({ rate: 540, burst: 12 });
    expect(limitsUnder(200, { headroom: 0 }).rate + limitsUnder(200, { headroom: 0 }).burst).toBe(200);
  });
});
