import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "@capstan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, storedState, truthState, waitForPages } from "./helpers";

let h: Harness;

beforeAll(async () => {
  h = await createHarness({}, { RECONCILE_INTERVAL_MS: "300" });
});
afterAll(async () => h?.close());

/** A worker in its own process, as in production, so it can be killed with SIGKILL. */
let stderr = "";
function spawnWorker(): ChildProcess {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(h.config)) if (value !== undefined) env[key] = String(value);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(REPO_ROOT, "apps/worker/src/main.ts")],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  ).on("exit", (code, signal) => {
    if (signal !== "SIGKILL" && signal !== "SIGTERM")
      process.stderr.write(`worker exited ${code}: ${stderr}\n`);
  });
  child.stderr?.on("data", (d) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  return child;
}

function simTenant(name: string) {
  return h.sim.control.createTenant({
    name,
    sizes: {
      users: 10,
      chatsPerUser: 3,
      messagesPerChat: 40,
      teams: 2,
      channelsPerTeam: 2,
      messagesPerChannel: 40,
    },
    faults: { latency: { ms: 15, jitterMs: 15, rate: 1 } },
  });
}

async function expectGroundTruth(simTenantId: string, tenantId: string) {
  const truth = truthState(h.sim.control.groundTruth({ tenant: simTenantId, scope: { tenant: true } }));
  const stored = await storedState(h.db, tenantId);
  expect(stored.versions).toEqual(truth.current);
  expect(stored.deletions).toEqual(truth.deletions);
  expect(stored.hosted).toEqual(truth.hosted);
}

describe("recovery", () => {
  it("a worker killed with SIGKILL mid-export is replaced and the export ends at exactly the ground truth", {
    timeout: 180_000,
  }, async () => {
    const sim = simTenant("killed");
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { pageSize: 10 } });

    for (const pages of [5, 25]) {
      const worker = spawnWorker();
      await waitForPages(h.db, exportId, pages, 60_000);
      worker.kill("SIGKILL");
      await new Promise((r) => worker.once("exit", r));
    }
    const survivor = spawnWorker();
    try {
      expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });
    } finally {
      survivor.kill("SIGTERM");
    }
    await expectGroundTruth(sim.id, tenantId);
  });

  it("losing every Redis key mid-export loses nothing: the reconciler re-enqueues from Postgres", async () => {
    const sim = simTenant("flushed");
    const tenantId = await h.addTenant(sim.id);
    const worker = await h.startWorker({ RECONCILE_INTERVAL_MS: "300" });
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { pageSize: 10 } });
    await waitForPages(h.db, exportId, 20, 60_000);

    // Everything this test's Capstan keeps in Redis: queues, jobs, limiter state, token cache.
    let deleted = 0;
    for (const pattern of [`${h.env.redisPrefix}:*`, `{${h.env.redisPrefix}:*`]) {
      const keys = await h.redis.keys(pattern);
      if (keys.length > 0) deleted += await h.redis.del(...keys);
    }
    expect(deleted).toBeGreaterThan(10);

    expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });
    await worker.close();
    await expectGroundTruth(sim.id, tenantId);
  });
});
