import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, waitForPages } from "../../../apps/worker/test/helpers";
import { LONG, prng, report, seedFor, sleep, trials } from "../src/env";
import { expectGroundTruth } from "../src/truth";
import { spawnWorker, type WorkerProcess } from "../src/worker-process";

// Workers killed with SIGKILL at random points: after a random number of pages, or a random time after
// they start (during start-up, the reconciler, a page's transaction…), sometimes two at once. Every trial
// ends with one survivor and must end at exactly the simulator's ground truth.

let h: Harness;

beforeAll(async () => {
  h = await createHarness(
    {},
    {
      RECONCILE_INTERVAL_MS: "300",
      TASK_LOCK_MS: "2000",
      TASK_STALLED_CHECK_MS: "1000",
      TASK_BACKOFF_MS: "200",
    },
  );
});
afterAll(async () => h?.close());

describe("SIGKILL at random points", () => {
  it("every trial ends at exactly ground truth", { timeout: LONG ? 3_600_000 : 150_000 }, async () => {
    const seed = seedFor("sigkill");
    const rnd = prng(seed);
    const trialCount = trials(3, 20);
    let kills = 0;
    let byPages = 0;
    let byTime = 0;
    let messages = 0;
    let midExport = 0;
    for (let trial = 0; trial < trialCount; trial++) {
      const sim = h.sim.control.createTenant({
        name: `kill-${trial}-${randomUUID().slice(0, 6)}`,
        sizes: {
          users: rnd.int(4, 8),
          chatsPerUser: 3,
          messagesPerChat: rnd.int(20, 40),
          teams: rnd.int(1, 2),
          channelsPerTeam: 2,
          messagesPerChannel: 30,
        },
        faults: { latency: { ms: 10, jitterMs: 20, rate: 1 } },
      });
      const tenantId = await h.addTenant(sim.id);
      const exportId = await h.startExport({
        tenantId,
        scope: "tenant",
        options: { pageSize: rnd.int(5, 15) },
      });
      const killsThisTrial = trials(2, rnd.int(2, 4));
      let pages = 0;
      for (let k = 0; k < killsThisTrial; k++) {
        const workers: WorkerProcess[] = [spawnWorker(h.config)];
        if (rnd.next() < 0.3) workers.push(spawnWorker(h.config));
        // Alternate the two kinds of kill point (the first one picked at random), so every trial has both.
        if ((k + (trial % 2)) % 2 === 0) {
          pages += rnd.int(2, 20);
          const reached = await waitForPages(h.db, exportId, pages, 60_000).then(
            () => true,
            () => false,
          );
          expect(reached, `trial ${trial}: ${pages} pages never stored`).toBe(true);
          byPages++;
        } else {
          // Start-up takes a second or two: this lands anywhere from booting to mid-page.
          await sleep(rnd.int(200, 4000));
          byTime++;
        }
        const before = await h.db.exportTask.aggregate({ where: { exportId }, _sum: { pagesFetched: true } });
        for (const w of workers) await w.kill("SIGKILL");
        kills += workers.length;
        const row = await h.db.export.findUniqueOrThrow({ where: { id: exportId } });
        if ((before._sum.pagesFetched ?? 0) > 0 && row.status !== "completed") midExport += workers.length;
        if (row.status === "completed") break;
      }
      const survivor = spawnWorker(h.config);
      try {
        expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });
      } finally {
        await survivor.kill("SIGTERM");
      }
      messages += (await expectGroundTruth(h.db, h.sim, sim.id, tenantId)).versions;
    }
    await report(
      "faults",
      "worker SIGKILLed at random points (pages or time), one or two at once",
      kills,
      `${trialCount} trials, ${kills} kills (${midExport} with pages stored and the export unfinished; kill points: ${byPages} after N pages, ${byTime} after a random delay), ${messages} messages, every trial at exactly ground truth`,
    );
  });
});
