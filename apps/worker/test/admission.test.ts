import { enqueueExportTasks } from "@capstan/contracts";
import { admitTasks } from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, storedState, truthState } from "./helpers";

// At most TENANT_MAX_ACTIVE_TASKS open tasks of one tenant are in the queue; the rest wait in Postgres.

const LIMIT = 3;
let h: Harness;

beforeAll(async () => {
  h = await createHarness({}, { TENANT_MAX_ACTIVE_TASKS: String(LIMIT), RECONCILE_INTERVAL_MS: "300" });
});
afterAll(async () => h?.close());

/** Open tasks of a tenant that hold admission: running, or pending and let in. */
async function admittedOpen(tenantId: string): Promise<number> {
  const rows = await h.db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM export_tasks
    WHERE tenant_id = ${tenantId}::uuid
      AND (status = 'running' OR (status = 'pending' AND admitted_at IS NOT NULL))`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * Open tasks of a tenant that have a job in the queue (waiting, delayed, running). A closed task's job may
 * still be finishing: it admitted the next task just before it returns.
 */
async function queuedJobsOf(tenantId: string): Promise<number> {
  const jobs = await h.queue.getJobs(["waiting", "delayed", "active", "prioritized"]);
  const ids = jobs.map((j) => (j.data as { taskId: string }).taskId);
  return h.db.exportTask.count({
    where: { id: { in: ids }, tenantId, status: { in: ["pending", "running"] } },
  });
}

describe("admission: a bounded number of a tenant's tasks in the queue", () => {
  it("never admits more than the limit, admits the rest as tasks close, and ends at ground truth", async () => {
    const sim = h.sim.control.createTenant({
      name: "admission-large",
      sizes: {
        users: 10,
        chatsPerUser: 2,
        messagesPerChat: 12,
        teams: 2,
        channelsPerTeam: 1,
        messagesPerChannel: 12,
      },
      faults: { latency: { ms: 5, jitterMs: 10, rate: 1 } },
    });
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { pageSize: 5 } });
    const worker = await h.startWorker();
    let most = 0;
    let mostJobs = 0;
    try {
      for (;;) {
        most = Math.max(most, await admittedOpen(tenantId));
        mostJobs = Math.max(mostJobs, await queuedJobsOf(tenantId));
        const row = await h.db.export.findUniqueOrThrow({ where: { id: exportId } });
        if (row.status !== "queued" && row.status !== "running") break;
        await new Promise((r) => setTimeout(r, 15));
      }
    } finally {
      await worker.close();
    }
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
    const tasks = await h.db.exportTask.findMany({ where: { exportId } });
    // The enumeration, 10 users and 2 teams: four times the limit, so admission had to hold most back.
    expect(tasks).toHaveLength(13);
    expect(tasks.every((t) => t.status === "completed" && t.admittedAt !== null)).toBe(true);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(LIMIT);
    expect(mostJobs).toBeLessThanOrEqual(LIMIT);

    const truth = truthState(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));
    const stored = await storedState(h.db, tenantId);
    expect(stored.versions).toEqual(truth.current);
    expect(stored.current).toEqual(truth.current);
  });

  it("lets another tenant's task into the queue at once, however many the first tenant has waiting", async () => {
    const big = h.sim.control.createTenant({
      name: "admission-big",
      sizes: { users: 12, chatsPerUser: 1, messagesPerChat: 3, teams: 0 },
    });
    const small = h.sim.control.createTenant({
      name: "admission-small",
      sizes: { users: 1, chatsPerUser: 1, messagesPerChat: 3, teams: 0 },
    });
    const bigTenant = await h.addTenant(big.id);
    const smallTenant = await h.addTenant(small.id);
    // Twelve user exports of the big tenant, created before the small tenant's one; no worker runs yet.
    const users = h.sim.control.listUsers(big.id).slice(0, 12);
    for (const user of users) {
      await h.startExport({ tenantId: bigTenant, scope: "user", targetId: user.id });
    }
    const smallUser = h.sim.control.listUsers(small.id)[0]?.id as string;
    const smallExport = await h.startExport({ tenantId: smallTenant, scope: "user", targetId: smallUser });

    expect(await admittedOpen(bigTenant)).toBe(LIMIT);
    expect(await queuedJobsOf(bigTenant)).toBe(LIMIT);
    const [smallTask] = await h.db.exportTask.findMany({ where: { exportId: smallExport } });
    expect(smallTask?.admittedAt).not.toBeNull();
    expect(await h.queue.getJob(smallTask?.id as string)).toBeDefined();

    // Admitting again changes nothing while the admitted tasks are open.
    expect(await admitTasks(h.db, bigTenant, LIMIT)).toEqual([]);

    const worker = await h.startWorker();
    try {
      expect(await h.waitForExport(smallExport)).toMatchObject({ status: "completed" });
      const bigExports = await h.db.export.findMany({ where: { tenantId: bigTenant } });
      for (const e of bigExports) expect(await h.waitForExport(e.id)).toMatchObject({ status: "completed" });
    } finally {
      await worker.close();
    }
  });

  it("queues a task sent back to work although its finished job still holds the task's id", async () => {
    const sim = h.sim.control.createTenant({
      name: "admission-redrive",
      sizes: { users: 1, chatsPerUser: 1, messagesPerChat: 3, teams: 0 },
    });
    const tenantId = await h.addTenant(sim.id);
    const user = h.sim.control.listUsers(sim.id)[0]?.id as string;
    const exportId = await h.startExport({ tenantId, scope: "user", targetId: user });
    const worker = await h.startWorker();
    try {
      expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
      const [task] = await h.db.exportTask.findMany({ where: { exportId } });
      const taskId = task?.id as string;
      // BullMQ keeps the completed job under the task's id.
      expect(await (await h.queue.getJob(taskId))?.getState()).toBe("completed");

      // Sent back to work, as a redrive does: pending, not admitted, its export running again.
      await h.db.exportTask.update({
        where: { id: taskId },
        data: { status: "pending", admittedAt: null, cursor: null, phase: "pages", finishedAt: null },
      });
      await h.db.export.update({ where: { id: exportId }, data: { status: "running", finishedAt: null } });
      const admitted = await admitTasks(h.db, tenantId, LIMIT);
      expect(admitted).toEqual([taskId]);
      expect(await enqueueExportTasks(h.queue, admitted, h.config)).toBe(1);
      expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
      const rerun = await h.db.exportTask.findUniqueOrThrow({ where: { id: taskId } });
      expect(rerun.pagesFetched).toBeGreaterThan(task?.pagesFetched ?? 0);
    } finally {
      await worker.close();
    }
  });
});
