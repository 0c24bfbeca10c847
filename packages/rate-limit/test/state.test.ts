import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiter } from "../src/index";

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

const limiter = (prefix: string) =>
  new RateLimiter({
    redis,
    prefix: `${env.redisPrefix}:${prefix}`,
    app: { rate: 100, burst: 10 },
    tenant: { rate: 2, burst: 4 },
  });

describe("RateLimiter.state", () => {
  it("reports full buckets and no block for a tenant never seen", async () => {
    const state = await limiter("fresh").state("app", "t1");
    expect(state).toEqual({
      app: { tokens: 10, burst: 10, rate: 100, fullInMs: 0 },
      tenant: { tokens: 4, burst: 4, rate: 2, fullInMs: 0 },
      blockedMs: 0,
    });
  });

  it("counts the tokens taken, per tenant, and takes none itself", async () => {
    const l = limiter("taken");
    for (let i = 0; i < 3; i++) expect(await l.take("app", "t1")).toEqual({ granted: true });
    const first = await l.state("app", "t1");
    // 3 of 4 tenant tokens taken; at 2 tokens/s the refill since then is at most a few hundredths.
    expect(first.tenant.tokens).toBeGreaterThanOrEqual(1);
    expect(first.tenant.tokens).toBeLessThan(1.2);
    expect(first.tenant.fullInMs).toBeGreaterThan(1300);
    expect(first.tenant.fullInMs).toBeLessThanOrEqual(1500);
    expect(first.app.tokens).toBeGreaterThanOrEqual(7);
    expect(first.app.tokens).toBeLessThan(8);
    // Reading again did not take a token; another tenant's bucket is untouched.
    const again = await l.state("app", "t1");
    expect(again.tenant.tokens).toBeGreaterThanOrEqual(first.tenant.tokens);
    expect((await l.state("app", "t2")).tenant.tokens).toBe(4);
    // The limiter still grants exactly the one whole token left.
    expect(await l.take("app", "t1")).toEqual({ granted: true });
    expect((await l.take("app", "t1")).granted).toBe(false);
  });

  it("shows an empty bucket when a reservation holds slots ahead", async () => {
    const l = limiter("reserved");
    for (let i = 0; i < 4; i++) await l.take("app", "t1");
    const refused = await l.take("app", "t1");
    expect(refused).toMatchObject({ granted: false, reason: "tenant" });
    const state = await l.state("app", "t1");
    expect(state.tenant.tokens).toBe(0);
    expect(state.tenant.fullInMs).toBeGreaterThan(2000);
  });

  it("reports a 429 block and how long it lasts, for that tenant only", async () => {
    const l = limiter("blocked");
    await l.blockTenant("app", "t1", 5000);
    const state = await l.state("app", "t1");
    expect(state.blockedMs).toBeGreaterThan(4900);
    expect(state.blockedMs).toBeLessThanOrEqual(5000);
    expect(state.blockedMs).toBe(Math.max(0, state.blockedMs));
    expect((await l.state("app", "t2")).blockedMs).toBe(0);
    expect(await l.blockedFor("app", "t1")).toBeGreaterThan(4800);
  });
});
