import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphLimits, limitsUnder, RateLimiter } from "../src/index";

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

function limiter(prefix: string, maxReserveMs = 0) {
  return new RateLimiter({
    redis,
    prefix: `${env.redisPrefix}:${prefix}`,
    // Slow refills (a token every 5 s): a drain sees its bucket as it was, however slowly the machine runs.
    app: { rate: 100, burst: 10 },
    tenant: { rate: 0.2, burst: 5 },
    classes: {
      message: { app: { rate: 0.2, burst: 4 }, tenant: { rate: 0.2, burst: 2 } },
      other: { app: { rate: 0.2, burst: 4 }, tenant: { rate: 0.2, burst: 3 } },
    },
    team: { rate: 1, burst: 1 },
    maxReserveMs,
  });
}

async function drain(l: RateLimiter, tenant: string, scope: Parameters<RateLimiter["take"]>[3]) {
  let granted = 0;
  for (let i = 0; i < 100; i++) {
    const r = await l.take("app", tenant, undefined, scope);
    if (!r.granted) return { granted, reason: r.reason };
    granted++;
  }
  return { granted, reason: null };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("endpoint classes and teams", () => {
  it("each class has its own buckets: exhausting one leaves the others whole", async () => {
    const l = limiter("classes");
    expect(await drain(l, "t1", { class: "message" })).toEqual({ granted: 2, reason: "tenant:message" });
    expect(await drain(l, "t1", { class: "other" })).toEqual({ granted: 3, reason: "tenant:other" });
    expect(await drain(l, "t1", { class: "export" })).toEqual({ granted: 5, reason: "tenant" });
    // Another tenant is untouched, down to the app buckets (message: 4 − 2 left).
    expect(await drain(l, "t2", { class: "message" })).toEqual({ granted: 2, reason: "tenant:message" });
    expect(await drain(l, "t3", { class: "message" })).toEqual({ granted: 0, reason: "app:message" });
  });

  it("a team bucket limits channel calls of one team only, on top of their class", async () => {
    const l = limiter("teams");
    expect(await drain(l, "t1", { class: "export", team: "A" })).toEqual({ granted: 1, reason: "team" });
    expect(await drain(l, "t1", { class: "export", team: "a" })).toEqual({ granted: 0, reason: "team" });
    expect(await drain(l, "t1", { class: "export", team: "B" })).toEqual({ granted: 1, reason: "team" });
    // The team refusals took nothing from the tenant's export bucket: 5 − 2 are left.
    expect(await drain(l, "t1", { class: "export" })).toEqual({ granted: 3, reason: "tenant" });
  });

  it("a team's pace holds only that team: its callers line up on the team's slots, the tenant's other calls go on", async () => {
    const l = limiter("team-reserve", 2000);
    const teamA = { class: "export", team: "A" } as const;
    expect(await l.take("app", "t1", undefined, teamA)).toEqual({ granted: true });
    const first = await l.take("app", "t1", undefined, teamA);
    const second = await l.take("app", "t1", undefined, teamA);
    if (first.granted || second.granted) throw new Error("expected refusals");
    // Each holds the team's next free slot (1 s apart at 1/s), not the same one.
    expect(first).toMatchObject({ reason: "team" });
    expect(first.reservation).toBeDefined();
    expect(second.reservation).toBeDefined();
    expect(second.waitMs - first.waitMs).toBeGreaterThan(900);
    // The tenant's bucket was not booked at the team's slots: these go now.
    expect(await l.take("app", "t1", undefined, { class: "export" })).toEqual({ granted: true });
    expect(await l.take("app", "t1", undefined, { class: "export", team: "B" })).toEqual({ granted: true });
    // Claimed on time, the team's slot is granted and takes its tenant token then (5 − 3 − 1 left).
    await sleep(first.waitMs);
    expect(await l.take("app", "t1", first.reservation, teamA)).toEqual({ granted: true });
    expect(await drain(l, "t1", { class: "export" })).toEqual({ granted: 1, reason: "tenant" });
  });

  it("a scoped block stops that team or class only; a tenant block stops all of the tenant's calls", async () => {
    const l = limiter("blocks");
    await l.block("app", "t1", 5000, { class: "export", team: "A" });
    expect(await l.take("app", "t1", undefined, { class: "export", team: "A" })).toMatchObject({
      granted: false,
      reason: "blocked",
    });
    expect(await l.take("app", "t1", undefined, { class: "export", team: "B" })).toEqual({ granted: true });
    await l.block("app", "t1", 5000, { class: "message" });
    expect(await l.take("app", "t1", undefined, { class: "message" })).toMatchObject({ reason: "blocked" });
    expect(await l.take("app", "t1", undefined, { class: "other" })).toEqual({ granted: true });
    expect((await l.state("app", "t1")).blockedMs).toBe(0);
    await l.blockTenant("app", "t1", 5000);
    expect(await l.take("app", "t1", undefined, { class: "other" })).toMatchObject({ reason: "blocked" });
    expect(await l.take("app", "t2", undefined, { class: "other" })).toEqual({ granted: true });
    expect((await l.state("app", "t1")).blockedMs).toBeGreaterThan(4000);
  });

  it("small limits keep their headroom as time: the 5th call of a bucket of one at 4/s comes 1.15 s after the 1st", () => {
    // The margin's floor (150 ms) is more than 8 % of a small limit leaves (87 ms at 4/s).
    expect(limitsUnder(4, { burst: 1 })).toEqual({ rate: 3.478, burst: 1 });
    expect(4 / limitsUnder(4, { burst: 1 }).rate).toBeGreaterThanOrEqual(1.15);
    // Without the floor, the fraction alone: the 5th call 1/0.92 s after the first.
    expect(limitsUnder(4, { burst: 1, marginMs: 0 })).toEqual({ rate: 3.68, burst: 1 });
    const limits = graphLimits({
      appRps: 1000,
      tenantRps: 200,
      messageAppRps: 200,
      messageTenantRps: 20,
      otherAppRps: 1500,
      otherTenantRps: 30,
      teamRps: 4,
      headroom: 0.08,
      marginMs: 150,
    });
    expect(limits.classes.message.tenant).toEqual({ rate: 17.391, burst: 1 });
    expect(limits.classes.other.tenant).toEqual({ rate: 26.087, burst: 1 });
    expect(limits.team).toEqual({ rate: 3.478, burst: 1 });
    // Buckets of several tokens keep their headroom as calls: the margin does not apply.
    expect(limits.app).toEqual({ rate: 900, burst: 20 });
    expect(limits.tenant).toEqual({ rate: 180, burst: 4 });
  });
});
