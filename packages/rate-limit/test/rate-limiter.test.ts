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

function limiter(prefix: string, app = { rate: 100, burst: 5 }, tenant = { rate: 10, burst: 3 }) {
  return new RateLimiter({ redis, prefix: `${env.redisPrefix}:${prefix}`, app, tenant });
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

describe("RateLimiter", () => {
  it("grants a tenant its burst, then says how long to wait", async () => {
    const l = limiter("burst");
    const { granted, refusal } = await drain(l, "app", "t1");
    expect(granted).toBe(3);
    expect(refusal).toMatchObject({ granted: false, reason: "tenant" });
    expect(refusal && !refusal.granted && refusal.waitMs).toBeGreaterThan(0);
    expect(refusal && !refusal.granted && refusal.waitMs).toBeLessThanOrEqual(100);
  });

  it("takes from both buckets or neither: an empty tenant bucket leaves the app bucket untouched", async () => {
    const l = limiter("atomic", { rate: 1, burst: 4 }, { rate: 1, burst: 2 });
    expect((await drain(l, "app", "t1")).granted).toBe(2);
    // t1's refusals did not consume app tokens: t2 still gets the 2 app tokens left.
    expect((await drain(l, "app", "t2")).granted).toBe(2);
    const last = await l.take("app", "t3");
    expect(last).toMatchObject({ granted: false, reason: "app" });
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
    const l = limiter("refill", { rate: 1000, burst: 1000 }, { rate: 50, burst: 1 });
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
    expect(rate + burst).toBeLessThanOrEqual(200);
    expect(rate).toBeGreaterThan(180);
  });
});
