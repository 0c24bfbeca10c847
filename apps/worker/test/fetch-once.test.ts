import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, storedState, truthState } from "./helpers";

// Whole-tenant exports fetch each chat message once (chatFetch "once", the default): every user's listing asks
// for the user's own messages and for what no listed user sent. These tests hold that to the simulator's
// ground truth with every kind of sender outside the directory, guests, deleted users and a user removed
// while the export runs.

let h: Harness;

beforeAll(async () => {
  // Two open tasks per tenant at a time, so a user can be removed while other listings are already done.
  h = await createHarness({}, { TENANT_MAX_ACTIVE_TASKS: "2", WORKER_CONCURRENCY: "16" });
  await h.startWorker();
});
afterAll(async () => h?.close());

const SIZES = {
  users: 60,
  chatsPerUser: 3,
  messagesPerChat: 12,
  teams: 1,
  channelsPerTeam: 1,
  messagesPerChannel: 10,
  guests: 3,
  deletedUsers: 2,
};

async function seen(exportId: string): Promise<number> {
  const sum = await h.db.exportTask.aggregate({ where: { exportId }, _sum: { messagesSeen: true } });
  return sum._sum.messagesSeen ?? 0;
}

/** Stored versions' sender kinds: userIdentityType or applicationIdentityType, and system events. */
async function senderKinds(tenantId: string): Promise<Set<string>> {
  const rows = await h.db.$queryRaw<{ kind: string }[]>`
    SELECT DISTINCT coalesce(raw->'from'->'user'->>'userIdentityType',
                             raw->'from'->'application'->>'applicationIdentityType', raw->>'messageType') AS kind
    FROM message_versions WHERE tenant_id = ${tenantId}::uuid`;
  return new Set(rows.map((r) => r.kind));
}

describe("fetch-once whole-tenant exports", () => {
  it("store exactly the ground truth, senders outside the directory included, at a fraction of the fetches", async () => {
    h.sim.control.createTenant({ name: "outsiders", sizes: SIZES });
    const sim = h.sim.control.getTenant("outsiders");
    const truth = truthState(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));

    const onceTenant = await h.addTenant(sim.id);
    const once = await h.startExport({ tenantId: onceTenant, scope: "tenant" });
    expect(await h.waitForExport(once, 90_000)).toMatchObject({ status: "completed" });
    const stored = await storedState(h.db, onceTenant);
    expect(stored.versions).toEqual(truth.current);
    expect(stored.deletions).toEqual(truth.deletions);
    const kinds = await senderKinds(onceTenant);
    for (const kind of [
      "aadUser",
      "systemEventMessage",
      "bot",
      "anonymousGuest",
      "federatedUser",
      "personalMicrosoftAccountUser",
      "phoneUser",
    ]) {
      expect(kinds, `a message from ${kind}`).toContain(kind);
    }
    // The deleted users were listed first and named by every listing.
    const unlisted = await h.db.unlistedSender.findMany({ where: { tenantId: onceTenant } });
    expect(unlisted.filter((u) => u.reason === "deleted")).toHaveLength(SIZES.deletedUsers);

    await h.db.tenant.update({
      where: { id: onceTenant },
      data: { entraTenantId: null, status: "offboarded" },
    });
    const allTenant = await h.addTenant(sim.id);
    const all = await h.startExport({
      tenantId: allTenant,
      scope: "tenant",
      options: { chatFetch: "perParticipant" },
    });
    expect(await h.waitForExport(all, 90_000)).toMatchObject({ status: "completed" });
    expect((await storedState(h.db, allTenant)).versions).toEqual(truth.current);
    expect(await seen(once)).toBeLessThan((await seen(all)) * 0.6);
    await h.db.tenant.update({
      where: { id: allTenant },
      data: { entraTenantId: null, status: "offboarded" },
    });
  });

  it("sweeps the listings built before a user was removed mid-export, and ends exact", async () => {
    h.sim.control.createTenant({ name: "leaver", sizes: { ...SIZES, deletedUsers: 0 } });
    const sim = h.sim.control.getTenant("leaver");
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { hostedContents: false } });

    // Once some listings are done, remove a user whose listing has not started.
    let leaver: string | undefined;
    for (let i = 0; i < 400 && !leaver; i++) {
      const done = await h.db.exportTask.count({
        where: { exportId, kind: "user_chats", status: "completed" },
      });
      if (done > 0) {
        const waiting = await h.db.exportTask.findFirst({
          where: { exportId, kind: "user_chats", status: "pending", admittedAt: null },
          orderBy: { createdAt: "desc" },
        });
        leaver = waiting?.targetId;
      }
      if (!leaver) await new Promise((r) => setTimeout(r, 25));
    }
    expect(leaver).toBeDefined();
    h.sim.control.deleteUser(sim.id, leaver as string);
    // Every chat with a listed participant, the removed user's messages in them included.
    const truth = truthState(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));

    expect(await h.waitForExport(exportId, 90_000)).toMatchObject({ status: "completed" });
    const tasks = await h.db.exportTask.findMany({ where: { exportId } });
    expect(tasks.find((t) => t.targetId === leaver && t.kind === "user_chats")?.status).toBe("skipped");
    const sweeps = tasks.filter((t) => t.kind === "sender_sweep");
    expect(sweeps.length).toBeGreaterThan(0);
    expect(sweeps.every((t) => t.senders.includes(leaver as string) && t.status === "completed")).toBe(true);
    expect((await storedState(h.db, tenantId)).versions).toEqual(truth.current);
    expect(
      await h.db.unlistedSender.findUnique({
        where: { tenantId_userId: { tenantId, userId: leaver as string } },
      }),
    ).toMatchObject({ reason: "gone" });
  });
});
