import { resumePausedTasks } from "@capstan/db";
import { DEMO_APP } from "@capstan/graph-sim";
import { eventually } from "@capstan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, outboxEvents, storedState, truthState, waitForPages } from "./helpers";

let h: Harness;

beforeAll(async () => {
  h = await createHarness(
    {},
    {
      LEGACY_BILLING: "true",
      EVALUATION_MONTHLY_CAP: "100",
      TASK_MAX_ATTEMPTS: "2",
      TASK_BACKOFF_MS: "50",
      GRAPH_TRANSIENT_RETRIES: "0",
      // The simulator and the worker share this process and two cores with the rest of the suite: a wider
      // headroom absorbs event-loop stalls that would bunch a one-token bucket's calls (the bench measures 8%).
      RATE_LIMIT_HEADROOM: "0.15",
    },
  );
  await h.startWorker();
});
afterAll(async () => h?.close());

const small = {
  users: 5,
  chatsPerUser: 2,
  messagesPerChat: 20,
  teams: 1,
  channelsPerTeam: 2,
  messagesPerChannel: 20,
};

async function tasksOf(exportId: string) {
  return h.db.exportTask.findMany({ where: { exportId }, orderBy: { createdAt: "asc" } });
}

describe("continuous export", () => {
  it("runs on schedule from each target's watermark minus the overlap and catches edits, reactions, deletions and new messages", async () => {
    const sim = h.sim.control.createTenant({ name: "contin", sizes: small });
    const tenantId = await h.addTenant(sim.id);
    const schedule = await h.db.exportSchedule.create({
      data: {
        accountId: h.accountId,
        tenantId,
        intervalSeconds: 3600,
        overlapSeconds: 600,
        nextRunAt: new Date(),
      },
    });
    const run1 = await eventually(
      async () =>
        (await h.db.exportSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).lastExportId ??
        undefined,
      { what: "the first scheduled run" },
    );
    expect(await h.waitForExport(run1)).toMatchObject({ status: "completed" });
    const first = truthState(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));
    expect((await storedState(h.db, tenantId)).versions).toEqual(first.current);
    const marks = await h.db.targetWatermark.findMany({ where: { tenantId } });
    const run1Row = await h.db.export.findUniqueOrThrow({ where: { id: run1 } });
    expect(marks.length).toBeGreaterThan(5);
    for (const mark of marks) expect(mark.watermark).toEqual(run1Row.createdAt);

    // While nothing runs, people edit, react, delete and post.
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const chat = h.sim.control.listChats(sim.id, user.id)[0]!;
    const team = h.sim.control.listTeams(sim.id)[0]!;
    const channelRef = { teamId: team.id, channelId: team.channels[0]!.id };
    const chatMessages = await h.db.message.findMany({
      where: { tenantId, containerId: chat.id, deletedDateTime: null, messageType: "message" },
      take: 3,
    });
    expect(chatMessages.length).toBe(3);
    h.sim.control.editMessage(sim.id, { chatId: chat.id }, chatMessages[0]!.messageId, {
      content: "edited ✏️",
    });
    h.sim.control.reactToMessage(sim.id, { chatId: chat.id }, chatMessages[1]!.messageId, {
      reactionType: "like",
    });
    h.sim.control.deleteMessage(sim.id, { chatId: chat.id }, chatMessages[2]!.messageId, {
      shape: "emptyBody",
    });
    const posted = h.sim.control.postMessage(
      sim.id,
      { chatId: chat.id },
      { content: "new after run 1", images: 1 },
    );
    h.sim.control.postMessage(sim.id, channelRef, { content: "channel post after run 1" });

    await h.db.exportSchedule.update({ where: { id: schedule.id }, data: { nextRunAt: new Date() } });
    const run2 = await eventually(
      async () => {
        const id = (await h.db.exportSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).lastExportId;
        return id && id !== run1 ? id : undefined;
      },
      { what: "the second scheduled run" },
    );
    expect(await h.waitForExport(run2)).toMatchObject({ status: "completed" });

    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } });
    const expected = truthState(truth);
    const stored = await storedState(h.db, tenantId);
    expect(stored.current).toEqual(expected.current);
    expect(stored.deletions).toEqual(expected.deletions);
    expect(stored.hosted).toEqual(expected.hosted);
    for (const version of stored.versions) expect(expected.allVersions).toContain(version);
    // Every version of the edited message was kept: the original and the edit.
    const edited = await h.db.messageVersion.count({
      where: { tenantId, messageId: chatMessages[0]!.messageId },
    });
    expect(edited).toBe(2);
    expect(stored.current).toContain(`${chat.id}|${posted.id}|${posted.etag}`);

    // Run 2 asked Graph only for the window since run 1 (minus the overlap), not for everything again.
    const run2Tasks = (await tasksOf(run2)).filter((t) => t.kind !== "tenant_enumerate");
    for (const task of run2Tasks) {
      expect(task.windowStart).toEqual(new Date(run1Row.createdAt.getTime() - 600_000));
    }
    const run2Messages = run2Tasks.reduce((n, t) => n + t.messagesSeen, 0);
    const run1Messages = (await tasksOf(run1)).reduce((n, t) => n + t.messagesSeen, 0);
    expect(run2Messages).toBeLessThan(run1Messages / 4);
  });
});

describe("failures an ISV can act on", () => {
  it("pauses the tenant's work when admin consent is revoked mid-export", async () => {
    const sim = h.sim.control.createTenant({
      name: "revoked",
      sizes: small,
      faults: { latency: { ms: 30, jitterMs: 10, rate: 1 } },
    });
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { pageSize: 5 } });
    await waitForPages(h.db, exportId, 5);
    h.sim.control.revokeConsent(sim.id, DEMO_APP.clientId);

    const tenant = await eventually(
      async () => {
        const t = await h.db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
        return t.status === "consent_revoked" ? t : undefined;
      },
      { what: "the tenant to be marked consent_revoked" },
    );
    expect(tenant.status).toBe("consent_revoked");
    await eventually(async () => {
      const open = await h.db.exportTask.count({
        where: { exportId, status: { in: ["pending", "running"] } },
      });
      return open === 0 ? true : undefined;
    });
    const paused = await h.db.exportTask.findMany({ where: { exportId, status: "paused" } });
    expect(paused.length).toBeGreaterThan(0);
    expect(paused[0]?.error).toMatch(/consent/i);
    const revokedEvents = (await outboxEvents(h.db, h.accountId)).filter(
      (e) => e.type === "tenant.consent_revoked" && (e.data.tenant as { id: string }).id === tenantId,
    );
    expect(revokedEvents).toHaveLength(1);
    expect((await h.db.export.findUniqueOrThrow({ where: { id: exportId } })).status).toBe("running");

    // The admin consents again: the paused work resumes where it stopped and completes.
    h.sim.control.grantConsent(sim.id, DEMO_APP.clientId);
    const resumed = await h.db.$transaction(async (tx) => {
      await tx.tenant.update({
        where: { id: tenantId },
        data: { status: "active", consentedAt: new Date() },
      });
      return resumePausedTasks(tx, tenantId);
    });
    expect(resumed.length).toBe(paused.length);
    await h.queue.addBulk(
      resumed.map((id) => ({ name: "exportTask", data: { taskId: id }, opts: { jobId: `resume-${id}` } })),
    );
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } });
    expect((await storedState(h.db, tenantId)).versions).toEqual(truthState(truth).current);
  });

  it("fails a Model A export of an unlicensed user with Graph's 402 explained", async () => {
    const sim = h.sim.control.createTenant({
      name: "unlicensed",
      sizes: small,
      defaultLicenses: [],
      legacyBilling: { enabled: true },
    });
    const tenantId = await h.addTenant(sim.id, "A");
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const exportId = await h.startExport({ tenantId, scope: "user", targetId: user.id });
    const result = await h.waitForExport(exportId);
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/402/);
    expect(result.error).toMatch(/E5-class licence/);
  });

  it("stops an evaluation-mode tenant at its monthly cap before Microsoft would", async () => {
    const sim = h.sim.control.createTenant({ name: "evaluating", sizes: { ...small, messagesPerChat: 60 } });
    const tenantId = await h.addTenant(sim.id, "evaluation");
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { userId: user.id } });
    expect(truth.counts.current).toBeGreaterThan(150);
    const exportId = await h.startExport({
      tenantId,
      scope: "user",
      targetId: user.id,
      options: { pageSize: 20 },
    });
    const result = await h.waitForExport(exportId);
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/Evaluation capacity reached/);
    const billed = h.sim.control.counters().messagesReturned.byTenant[sim.id] ?? 0;
    expect(billed).toBeGreaterThanOrEqual(100);
    expect(billed).toBeLessThan(120);

    // The account heard about it: 80% and 100% of the cap, then the failure.
    const events = (await outboxEvents(h.db, h.accountId)).filter(
      (e) => e.type === "usage.threshold_reached" && e.data.tenantId === tenantId,
    );
    expect(events.map((e) => e.data.thresholdPercent)).toEqual([80, 100]);
    const failed = (await outboxEvents(h.db, h.accountId)).filter(
      (e) => e.type === "export.failed" && (e.data.export as { id: string }).id === exportId,
    );
    expect(failed).toHaveLength(1);
  });

  it("skips and records a target that is gone (404) and still completes", async () => {
    const sim = h.sim.control.createTenant({ name: "gone", sizes: small });
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({
      tenantId,
      scope: "user",
      targetId: "99999999-9999-4999-8999-999999999999",
    });
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
    const [task] = await tasksOf(exportId);
    expect(task?.status).toBe("skipped");
    expect(task?.error).toMatch(/404/);
  });

  it("dead-letters a task that keeps failing, and a redrive finishes it", async () => {
    const sim = h.sim.control.createTenant({ name: "broken", sizes: small, faults: { error500: 1 } });
    const tenantId = await h.addTenant(sim.id);
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const exportId = await h.startExport({ tenantId, scope: "user", targetId: user.id });
    const result = await h.waitForExport(exportId);
    expect(result.status).toBe("failed");
    const [task] = await tasksOf(exportId);
    expect(task?.status).toBe("dead");
    expect(task?.error).toMatch(/Gave up after 2 attempts/);

    h.sim.control.configureTenant(sim.id, { faults: { error500: 0 } });
    await h.db.exportTask.update({
      where: { id: task!.id },
      data: { status: "pending", error: null, failures: 0 },
    });
    await h.db.export.update({
      where: { id: exportId },
      data: { status: "running", error: null, finishedAt: null },
    });
    await h.queue.remove(task!.id);
    await h.queue.add("exportTask", { taskId: task!.id }, { jobId: task!.id });
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { userId: user.id } });
    expect((await storedState(h.db, tenantId)).versions).toEqual(truthState(truth).current);
  });

  it("a cancelled export stops at its next page", async () => {
    const sim = h.sim.control.createTenant({
      name: "cancelled",
      sizes: small,
      faults: { latency: { ms: 40, jitterMs: 10, rate: 1 } },
    });
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { pageSize: 5 } });
    await waitForPages(h.db, exportId, 3);
    await h.db.export.update({
      where: { id: exportId },
      data: { status: "cancelled", finishedAt: new Date() },
    });
    await h.db.exportTask.updateMany({
      where: { exportId, status: { in: ["pending", "running", "paused"] } },
      data: { status: "cancelled" },
    });
    const pagesAtCancel = (await tasksOf(exportId)).reduce((n, t) => n + t.pagesFetched, 0);
    await new Promise((r) => setTimeout(r, 1000));
    const pagesLater = (await tasksOf(exportId)).reduce((n, t) => n + t.pagesFetched, 0);
    // Pages in flight at the moment of cancelling are discarded, not stored.
    expect(pagesLater).toBe(pagesAtCancel);
    expect((await h.db.export.findUniqueOrThrow({ where: { id: exportId } })).status).toBe("cancelled");
  });
});

describe("fairness", () => {
  it("a tenant throttled by Graph does not slow an unthrottled one", async () => {
    // Graph allows the first tenant 3 requests a second: it is answered 429 with Retry-After again and again.
    const slowSim = h.sim.control.createTenant({
      name: "throttled",
      sizes: small,
      limits: { perAppTenantRps: 3 },
    });
    // Answered after 50 ms, the fast tenant's six tasks stay below its own bucket (200 requests/s), so
    // whatever they wait can only come from someone else's block.
    const fastSim = h.sim.control.createTenant({
      name: "unthrottled",
      sizes: small,
      faults: { latency: { ms: 50, jitterMs: 10, rate: 1 } },
    });
    const slow = await h.addTenant(slowSim.id);
    const fast = await h.addTenant(fastSim.id);
    // Without hosted contents: their own class (20 requests/s per tenant) would make a task wait for slots
    // of its own.
    const options = { pageSize: 5, hostedContents: false };
    const slowExport = await h.startExport({ tenantId: slow, scope: "tenant", options });
    await waitForPages(h.db, slowExport, 1);
    const fastExport = await h.startExport({ tenantId: fast, scope: "tenant", options });

    expect(await h.waitForExport(fastExport)).toMatchObject({ status: "completed" });
    const slowRow = await h.db.export.findUniqueOrThrow({ where: { id: slowExport } });
    expect(slowRow.status).toBe("running");
    const counters = h.sim.control.counters();
    expect(counters.throttled.byTenant[slowSim.id] ?? 0).toBeGreaterThan(0);
    expect(counters.throttled.byTenant[fastSim.id] ?? 0).toBe(0);
    // The fast tenant never waited on the slow tenant's block: a Retry-After is at least a second, so any
    // task held by one would have waited that long. (Its tasks do wait briefly for slots of their own bucket;
    // its team task waits for the team's 4 requests/s, so the users' tasks are the ones compared.)
    const fastWaits = await h.db.exportTask.aggregate({
      where: { exportId: fastExport, kind: "user_chats" },
      _max: { waitedMs: true },
    });
    expect(Number(fastWaits._max.waitedMs ?? 0)).toBeLessThan(1000);

    expect(await h.waitForExport(slowExport, 120_000)).toMatchObject({ status: "completed" });
    const truth = h.sim.control.groundTruth({ tenant: slowSim.id, scope: { tenant: true } });
    expect((await storedState(h.db, slow)).versions).toEqual(truthState(truth).current);
  }, 180_000);
});
