import { DEMO_APP, GRAPH_ROLES } from "@capstan/graph-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, storedState, truthState } from "./helpers";

let h: Harness;

beforeAll(async () => {
  h = await createHarness({}, { TASK_MAX_ATTEMPTS: "2", TASK_BACKOFF_MS: "50" });
  await h.startWorker();
});
afterAll(async () => h?.close());

const sizes = {
  users: 8,
  chatsPerUser: 3,
  messagesPerChat: 20,
  teams: 1,
  channelsPerTeam: 2,
  messagesPerChannel: 20,
  guests: 0,
  deletedUsers: 0,
};

/** Two users no chat has only each other (or themselves) in: every chat of theirs has a reachable member. */
function pickUnreachable(tenant: string): [string, string] {
  const users = h.sim.control.listUsers(tenant).map((u) => u.id);
  for (const a of users)
    for (const b of users) {
      if (a === b) continue;
      const chats = [...h.sim.control.listChats(tenant, a), ...h.sim.control.listChats(tenant, b)];
      if (chats.length > 0 && chats.every((c) => c.memberIds.some((m) => m !== a && m !== b))) return [a, b];
    }
  throw new Error("no pair of users with reachable chats");
}

describe("per-target errors", () => {
  it("skips a user without a Teams licence (403) or a mailbox (404) with its reason, and still exports every message", async () => {
    const sim = h.sim.control.createTenant({ name: "unreachable", sizes });
    const [unlicensed, noMailbox] = pickUnreachable(sim.id);
    h.sim.control.configureTenant(sim.id, {
      userAccess: { [unlicensed]: "noTeamsLicense", [noMailbox]: "noMailbox" },
    });
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant" });
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });

    const tasks = await h.db.exportTask.findMany({ where: { exportId } });
    const byTarget = (id: string) => tasks.filter((t) => t.targetId === id && t.kind === "user_chats");
    expect(byTarget(unlicensed).map((t) => t.status)).toEqual(["skipped"]);
    expect(byTarget(unlicensed)[0]?.error).toMatch(/403 .*Failed to get license information/);
    expect(byTarget(noMailbox).map((t) => t.status)).toEqual(["skipped"]);
    expect(byTarget(noMailbox)[0]?.error).toMatch(/404 .*MailboxNotEnabledForRESTAPI/);
    expect(tasks.filter((t) => t.status === "paused" || t.status === "failed")).toEqual([]);
    expect((await h.db.tenant.findUniqueOrThrow({ where: { id: tenantId } })).status).toBe("active");

    // Their own messages came from the other participants' listings (unlisted senders, swept).
    const unlisted = await h.db.unlistedSender.findMany({ where: { tenantId } });
    expect(new Map(unlisted.map((u) => [u.userId, u.reason]))).toEqual(
      new Map([
        [unlicensed, "unreachable"],
        [noMailbox, "gone"],
      ]),
    );
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } });
    const stored = await storedState(h.db, tenantId);
    const expected = truthState(truth);
    expect(stored.versions).toEqual(expected.current);
    expect(stored.hosted).toEqual(expected.hosted);
  });

  it("pauses, naming the role, when the consent lacks Chat.Read.All: no target is skipped for it", async () => {
    const sim = h.sim.control.createTenant({ name: "noChatRole", sizes });
    h.sim.control.grantConsent(
      sim.id,
      DEMO_APP.clientId,
      GRAPH_ROLES.filter((r) => r !== "Chat.Read.All"),
    );
    const tenantId = await h.addTenant(sim.id);
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const exportId = await h.startExport({ tenantId, scope: "user", targetId: user.id });
    const { eventually } = await import("@capstan/testing");
    const task = await eventually(
      async () => {
        const [t] = await h.db.exportTask.findMany({ where: { exportId } });
        return t?.status === "paused" ? t : undefined;
      },
      { timeoutMs: 20_000, what: "the task to pause" },
    );
    expect(task.error).toMatch(/lacks Chat\.Read\.All/);
    expect((await h.db.export.findUniqueOrThrow({ where: { id: exportId } })).status).toBe("running");
  });
});
