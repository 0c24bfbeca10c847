import { randomUUID } from "node:crypto";
import { eventually } from "@capstan/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, waitForPages } from "../../../apps/worker/test/helpers";
import { LONG, prng, report, seedFor, sleep, trials } from "../src/env";
import { type ProxiedStack, startBehindProxy } from "../src/proxied-stack";
import type { TcpProxy } from "../src/proxy";
import { expectGroundTruth } from "../src/truth";

// Redis restarted or flushed mid-export. Redis is shared with every other test file: a "restart" is a TCP
// proxy in front of it that this file cuts and restores, and a "flush" deletes only this file's prefix
// (never FLUSHALL). Redis holds queues, limiter state and the token cache; Postgres holds every fact, so
// neither may lose or duplicate a message.

let h: Harness;
let proxy: TcpProxy;
let proxiedRedis: string;
let app: FastifyInstance;
let auth: { authorization: string };

const SIZES = {
  users: 6,
  chatsPerUser: 3,
  messagesPerChat: 30,
  teams: 2,
  channelsPerTeam: 2,
  messagesPerChannel: 30,
};

let stack: ProxiedStack | undefined;

beforeAll(async () => {
  stack = await startBehindProxy("redis");
  ({ h, proxy, proxiedUrl: proxiedRedis, app, auth } = stack);
});
afterAll(async () => stack?.close());

async function startExport(tenantId: string): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: `/v1/tenants/${tenantId}/exports`,
    headers: auth,
    payload: { scope: "tenant", options: { pageSize: 10 } },
  });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().id;
}

async function prefixKeys(): Promise<string[]> {
  const keys: string[] = [];
  for (const pattern of [`${h.env.redisPrefix}:*`, `{${h.env.redisPrefix}:*`]) {
    keys.push(...(await h.redis.keys(pattern)));
  }
  return keys;
}

async function deletePrefixKeys(): Promise<number> {
  const keys = await prefixKeys();
  return keys.length > 0 ? h.redis.del(...keys) : 0;
}

describe("Redis restarted mid-export", () => {
  it("the API keeps answering (bounded latency), and every export ends at exactly ground truth", {
    timeout: LONG ? 1_800_000 : 120_000,
  }, async () => {
    const seed = seedFor("redis restart");
    const rnd = prng(seed);
    const runs = trials(1, 3);
    const outagesPerRun = trials(2, 4);
    let outages = 0;
    let answered = 0;
    let slowest = 0;
    let slowestStart = 0;
    let startedDuringOutage = 0;
    const worker = await h.startWorker({ REDIS_URL: proxiedRedis });
    try {
      for (let r = 0; r < runs; r++) {
        const sim = h.sim.control.createTenant({
          name: `redis-${r}-${randomUUID().slice(0, 6)}`,
          sizes: SIZES,
          faults: { latency: { ms: 10, jitterMs: 10, rate: 1 } },
        });
        const tenantId = await h.addTenant(sim.id);
        const exportIds = [await startExport(tenantId)];
        let pages = 0;
        for (let o = 0; o < outagesPerRun; o++) {
          pages += rnd.int(3, 12);
          await waitForPages(h.db, exportIds[0] as string, pages, 60_000);
          await proxy.cut();
          outages++;
          const until = Date.now() + rnd.int(1500, LONG ? 6000 : 2500);
          // Starting an export while Redis is away: stored in Postgres, answered 202, run later.
          const t1 = Date.now();
          const starting = startExport(tenantId).then((id) => {
            slowestStart = Math.max(slowestStart, Date.now() - t1);
            exportIds.push(id);
          });
          startedDuringOutage++;
          while (Date.now() < until) {
            const t0 = Date.now();
            const res = await app.inject({
              method: "GET",
              url: `/v1/exports/${exportIds[0]}`,
              headers: auth,
            });
            expect(res.statusCode, res.body).toBe(200);
            slowest = Math.max(slowest, Date.now() - t0);
            answered++;
            await sleep(50);
          }
          await starting;
          await proxy.restore();
        }
        for (const id of exportIds) {
          expect(await h.waitForExport(id, 120_000)).toMatchObject({ status: "completed" });
        }
        await expectGroundTruth(h.db, h.sim, sim.id, tenantId);
      }
    } finally {
      await proxy.restore();
      await worker.close();
    }
    // A read does not wait for Redis at all (the rate limiter fails open at once); starting an export waits
    // at most for the enqueue (2 s) before leaving the tasks to the reconciler.
    expect(slowest).toBeLessThan(1000);
    expect(slowestStart).toBeLessThan(4000);
    await report(
      "faults",
      "Redis restarted mid-export (proxy cut)",
      outages,
      `${runs} tenant(s), ${runs + startedDuringOutage} exports (${startedDuringOutage} started during an outage) at exactly ground truth; ${answered} API reads during outages all 200 (slowest ${slowest} ms); exports started during an outage answered 202 in at most ${slowestStart} ms`,
    );
  });
});

describe("Redis flushed mid-export", () => {
  it("loses nothing: the reconciler rebuilds the queue from Postgres, at random points", {
    timeout: LONG ? 1_800_000 : 120_000,
  }, async () => {
    const seed = seedFor("redis flush");
    const rnd = prng(seed);
    const runs = trials(1, 4);
    const flushesPerRun = trials(2, 4);
    let flushes = 0;
    let keys = 0;
    const worker = await h.startWorker({ REDIS_URL: proxiedRedis });
    try {
      for (let r = 0; r < runs; r++) {
        const sim = h.sim.control.createTenant({
          name: `flush-${r}-${randomUUID().slice(0, 6)}`,
          sizes: SIZES,
          faults: { latency: { ms: 10, jitterMs: 10, rate: 1 } },
        });
        const tenantId = await h.addTenant(sim.id);
        const exportId = await startExport(tenantId);
        let pages = 0;
        for (let f = 0; f < flushesPerRun; f++) {
          pages += rnd.int(2, 15);
          await waitForPages(h.db, exportId, pages, 60_000);
          // A flush right after the previous one would find nothing: wait until the engine wrote Redis again.
          await eventually(async () => ((await prefixKeys()).length > 0 ? true : undefined), {
            what: "Redis keys of this file again",
          });
          const deleted = await deletePrefixKeys();
          expect(deleted).toBeGreaterThan(0);
          keys += deleted;
          flushes++;
        }
        expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });
        await expectGroundTruth(h.db, h.sim, sim.id, tenantId);
      }
    } finally {
      await worker.close();
    }
    await report(
      "faults",
      "Redis flushed mid-export (this prefix's keys deleted)",
      flushes,
      `${runs} export(s) at exactly ground truth; ${keys} keys deleted in all`,
    );
  });
});
