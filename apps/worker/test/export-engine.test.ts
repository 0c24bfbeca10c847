import { createExportWithTasks } from "@capstan/db";
import { DEMO_TENANT } from "@capstan/graph-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, outboxEvents, storedState, truthState } from "./helpers";

let h: Harness;

beforeAll(async () => {
  // Capstan's limiter runs at Graph's real limits; the simulator enforces them too.
  h = await createHarness(
    {},
    { RATE_LIMIT_TENANT_RPS: "200", RATE_LIMIT_APP_RPS: "600", WORKER_CONCURRENCY: "48" },
  );
  await h.startWorker();
});
afterAll(async () => h?.close());

describe("export engine against the simulator", () => {
  it("exports one user's chats exactly, and a rerun stores nothing twice", async () => {
    const tenantId = await h.addTenant(DEMO_TENANT.tenantId);
    const truth = h.sim.control.groundTruth({
      tenant: DEMO_TENANT.tenantId,
      scope: { userId: DEMO_TENANT.demoUserId },
    });
    expect(truth.counts.current).toBeGreaterThan(100);

    const first = await h.startExport({ tenantId, scope: "user", targetId: DEMO_TENANT.demoUserId });
    expect(await h.waitForExport(first)).toMatchObject({ status: "completed" });
    const stored = await storedState(h.db, tenantId);
    const expected = truthState(truth);
    expect(stored.versions).toEqual(expected.current);
    expect(stored.deletions).toEqual(expected.deletions);
    expect(stored.hosted).toEqual(expected.hosted);
    expect(await h.db.exportMessage.count({ where: { exportId: first } })).toBe(truth.counts.current);
    // export.started and export.completed were recorded with the changes they report, once each.
    const events = (await outboxEvents(h.db, h.accountId)).filter(
      (e) => (e.data.export as { id: string } | undefined)?.id === first,
    );
    expect(events.map((e) => e.type)).toEqual(["export.started", "export.completed"]);
    expect(events[1]?.data.summary).toMatchObject({ messagesStored: truth.counts.current, tasksFailed: 0 });

    const second = await h.startExport({ tenantId, scope: "user", targetId: DEMO_TENANT.demoUserId });
    expect(await h.waitForExport(second)).toMatchObject({ status: "completed" });
    expect(await h.db.messageVersion.count({ where: { tenantId } })).toBe(truth.counts.current);
    const tasks = await h.db.exportTask.findMany({ where: { exportId: second } });
    expect(tasks.reduce((n, t) => n + t.versionsNew, 0)).toBe(0);
    expect(tasks.reduce((n, t) => n + t.messagesStored, 0)).toBe(truth.counts.current);
  });

  it("exports a whole tenant through Graph's faults and ends at exactly the ground truth", async () => {
    h.sim.control.createTenant({
      name: "fabrikam",
      sizes: {
        users: 8,
        chatsPerUser: 3,
        messagesPerChat: 25,
        teams: 2,
        channelsPerTeam: 2,
        messagesPerChannel: 30,
      },
      faults: {
        latency: { ms: 2, jitterMs: 8, rate: 1 },
        error500: 0.03,
        error503: 0.02,
        skiptoken500: 0.08,
        shortPage: 0.2,
        duplicate: 0.2,
      },
      // Graph throttles this tenant far below Capstan's limiter (one bucket for every endpoint, below even
      // the hosted-content and team paces): 429s with Retry-After are answered.
      limits: { perAppTenantRps: 12, classThrottle: false },
    });
    const sim = h.sim.control.getTenant("fabrikam");
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { pageSize: 10 } });
    expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });

    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } });
    const expected = truthState(truth);
    const stored = await storedState(h.db, tenantId);
    expect(stored.versions).toEqual(expected.current);
    expect(stored.current).toEqual(expected.current);
    expect(stored.deletions).toEqual(expected.deletions);
    expect(stored.hosted).toEqual(expected.hosted);
    expect(expected.deletions.size).toBeGreaterThan(0);
    expect(expected.hosted.size).toBeGreaterThan(0);

    const counters = h.sim.control.counters();
    expect(counters.throttled.byTenant[sim.id] ?? 0).toBeGreaterThan(0);
    expect(counters.faults.byTenant[sim.id] ?? 0).toBeGreaterThan(0);
    // Every 429 was counted in the tenant's usage ledger.
    const ledger = await h.db.usageLedger.aggregate({ where: { tenantId }, _sum: { throttled: true } });
    expect(Number(ledger._sum.throttled)).toBe(counters.throttled.byTenant[sim.id]);
  });

  it("never goes over Graph's limits: no second above 200 requests for a tenant, no 429", async () => {
    h.sim.control.createTenant({
      name: "northwind",
      sizes: {
        users: 30,
        chatsPerUser: 4,
        messagesPerChat: 60,
        teams: 1,
        channelsPerTeam: 1,
        messagesPerChannel: 10,
      },
    });
    const sim = h.sim.control.getTenant("northwind");
    const tenantId = await h.addTenant(sim.id);
    h.sim.control.resetCounters();
    const exportId = await h.startExport({
      tenantId,
      scope: "tenant",
      options: { pageSize: 5, hostedContents: false },
    });
    expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });

    const counters = h.sim.control.counters();
    const peak = Object.entries(counters.peaks.appTenant).find(([key]) => key.endsWith(sim.id))?.[1];
    expect(peak).toBeDefined();
    expect(peak?.attempted).toBeLessThanOrEqual(200);
    // The limiter, not Graph, was the binding constraint: Capstan ran close to the limit.
    expect(peak?.attempted).toBeGreaterThan(150);
    expect(counters.throttled.byTenant[sim.id] ?? 0).toBe(0);
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } });
    expect((await storedState(h.db, tenantId)).versions).toEqual(truthState(truth).current);
  });

  it("tells the account when its monthly message budget reaches 80% and 100%", async () => {
    const sim = h.sim.control.createTenant({
      name: "budgeted",
      sizes: { users: 3, chatsPerUser: 2, messagesPerChat: 40 },
    });
    const account = await h.db.account.create({ data: { name: "Budgeted ISV", monthlyMessageBudget: 60 } });
    const tenant = await h.db.tenant.create({
      data: { accountId: account.id, entraTenantId: sim.id, model: "B", status: "active" },
    });
    const created = await h.db.$transaction((tx) =>
      createExportWithTasks(tx, {
        accountId: account.id,
        tenantId: tenant.id,
        scope: "tenant",
        targetId: null,
        options: {},
      }),
    );
    await h.queue.addBulk(
      created.taskIds.map((taskId) => ({ name: "exportTask", data: { taskId }, opts: { jobId: taskId } })),
    );
    expect(await h.waitForExport(created.export.id)).toMatchObject({ status: "completed" });
    const events = (await outboxEvents(h.db, account.id)).filter((e) => e.type === "usage.threshold_reached");
    expect(events.map((e) => [e.data.limitKind, e.data.thresholdPercent, e.data.tenantId])).toEqual([
      ["budget", 80, null],
      ["budget", 100, null],
    ]);
  });

  it("splits a large target into time shards that run in parallel, and stores the same set", async () => {
    h.sim.control.createTenant({
      name: "sharded",
      sizes: { users: 4, chatsPerUser: 3, messagesPerChat: 80 },
    });
    const sim = h.sim.control.getTenant("sharded");
    const tenantId = await h.addTenant(sim.id);
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const exportId = await h.startExport({
      tenantId,
      scope: "user",
      targetId: user.id,
      options: { shards: 4, window: { from: new Date(Date.now() - 100 * 86_400_000).toISOString() } },
    });
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
    const tasks = await h.db.exportTask.findMany({ where: { exportId }, orderBy: { shard: "asc" } });
    expect(tasks).toHaveLength(4);
    expect(tasks.every((t) => t.messagesSeen > 0)).toBe(true);
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { userId: user.id } });
    expect((await storedState(h.db, tenantId)).versions).toEqual(truthState(truth).current);
  });
});
