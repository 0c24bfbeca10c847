import type { GroundTruth } from "@capstan/graph-sim";
import { eventually } from "@capstan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containerKey, createHarness, type Harness } from "./helpers";

// Graph as public threads report it: silent deletions keep the etag and lastModifiedDateTime of the version
// before them, and reactions keep the etag. Capstan must still end with every version and every deletion.

let h: Harness;

beforeAll(async () => {
  h = await createHarness(
    { quirks: { silentDeleteKeepsEtag: true, reactionKeepsEtag: true } },
    { RATE_LIMIT_HEADROOM: "0.15" },
  );
  await h.startWorker();
});
afterAll(async () => h?.close());

const DAY_MS = 86_400_000;
const small = {
  users: 4,
  chatsPerUser: 2,
  messagesPerChat: 40,
  teams: 1,
  channelsPerTeam: 2,
  messagesPerChannel: 30,
  historyDays: 30,
};

/** A version as both sides can name it: etag alone does not tell same-etag versions apart. */
const versionKey = (
  containerId: string,
  messageId: string,
  etag: string,
  lm: Date | string | null,
  deleted: boolean,
) => `${containerId}|${messageId}|${etag}|${lm ? new Date(lm).toISOString() : ""}|${deleted}`;

function truthKeys(truth: GroundTruth) {
  const key = (v: GroundTruth["current"][number]) =>
    versionKey(containerKey(v), v.messageId, v.etag, v.lastModifiedDateTime, v.deleted);
  return {
    current: new Set(truth.current.map(key)),
    allVersions: new Set(truth.allVersions.map(key)),
    deletions: new Set(
      truth.deletions.map((d) => `${containerKey({ ...d, ...teamOf(truth, d) })}|${d.messageId}`),
    ),
  };
}

/** Deletion keys carry no team id: take it from the message's current version. */
function teamOf(truth: GroundTruth, d: { containerId: string; messageId: string }) {
  const v = truth.current.find((c) => c.containerId === d.containerId && c.messageId === d.messageId);
  return v?.teamId ? { teamId: v.teamId } : {};
}

async function storedKeys(tenantId: string) {
  const versions = await h.db.messageVersion.findMany({ where: { tenantId } });
  const current = await h.db.message.findMany({ where: { tenantId } });
  return {
    count: versions.length,
    versions: new Set(
      versions.map((v) =>
        versionKey(v.containerId, v.messageId, v.etag, v.lastModifiedDateTime, v.deletedDateTime !== null),
      ),
    ),
    current: new Set(
      current.map((m) =>
        versionKey(m.containerId, m.messageId, m.etag, m.lastModifiedDateTime, m.deletedDateTime !== null),
      ),
    ),
    deletions: new Set(
      current.filter((m) => m.deletedDateTime).map((m) => `${m.containerId}|${m.messageId}`),
    ),
  };
}

describe("silent deletions and reactions that keep the etag", () => {
  it("records every deletion through the sweep and keeps every reaction version, storing nothing twice", async () => {
    const sim = h.sim.control.createTenant({ name: "silent", sizes: small });
    const tenantId = await h.addTenant(sim.id);
    const schedule = await h.db.exportSchedule.create({
      data: {
        accountId: h.accountId,
        tenantId,
        intervalSeconds: 3600,
        overlapSeconds: 600,
        sweepDays: 21,
        sweepIntervalSeconds: 3600,
        nextRunAt: new Date(),
      },
    });
    let last: string | null = null;
    const run = async () => {
      await h.db.exportSchedule.update({ where: { id: schedule.id }, data: { nextRunAt: new Date() } });
      const id = await eventually(
        async () => {
          const s = await h.db.exportSchedule.findUniqueOrThrow({ where: { id: schedule.id } });
          return s.lastExportId && s.lastExportId !== last ? s.lastExportId : undefined;
        },
        { what: "a scheduled run" },
      );
      last = id;
      expect(await h.waitForExport(id)).toMatchObject({ status: "completed" });
      const tasks = await h.db.exportTask.findMany({
        where: { exportId: id, kind: { not: "tenant_enumerate" } },
      });
      return { id, tasks, versionsNew: tasks.reduce((n, t) => n + t.versionsNew, 0) };
    };
    const truth = () => truthKeys(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));

    // Run 1: everything (and a sweep by definition). Generated history already holds silent deletions.
    await run();
    let expected = truth();
    let stored = await storedKeys(tenantId);
    expect(stored.versions).toEqual(expected.current);
    expect(stored.deletions).toEqual(expected.deletions);

    // Changes to recent messages, as people make them.
    const recent = await h.db.message.findMany({
      where: {
        tenantId,
        deletedDateTime: null,
        messageType: "message",
        chatId: { not: null },
        lastModifiedDateTime: { gt: new Date(Date.now() - 20 * DAY_MS) },
      },
      orderBy: { messageId: "asc" },
      take: 4,
    });
    expect(recent.length).toBe(4);
    type Row = (typeof recent)[number];
    const [a, b, c, d] = recent as [Row, Row, Row, Row];
    const ref = (m: { chatId: string | null }) => ({ chatId: m.chatId as string });
    const likedA = h.sim.control.reactToMessage(sim.id, ref(a), a.messageId, { reactionType: "like" });
    const likedB = h.sim.control.reactToMessage(sim.id, ref(b), b.messageId, { reactionType: "heart" });
    expect(likedA.etag).toBe(a.etag);
    const gone = h.sim.control.deleteMessage(sim.id, ref(c), c.messageId, { shape: "emptyBody" });
    expect(gone.lastModifiedDateTime).toBe(c.lastModifiedDateTime?.toISOString());
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const chatId = h.sim.control.listChats(sim.id, user.id)[0]!.id;
    const posted = h.sim.control.postMessage(
      sim.id,
      { chatId },
      { fromUserId: user.id, content: "short-lived" },
    );

    // Run 2, not a sweep: the reactions (their lastModifiedDateTime moved) and the new message arrive; the
    // silent deletion does not, as no window from the watermark returns it.
    const run2 = await run();
    expect(run2.tasks.every((t) => t.windowStart && t.windowStart > new Date(Date.now() - DAY_MS))).toBe(
      true,
    );
    stored = await storedKeys(tenantId);
    expect(stored.versions).toContain(
      versionKey(a.containerId, a.messageId, a.etag, likedA.lastModifiedDateTime, false),
    );
    expect(stored.versions).toContain(
      versionKey(b.containerId, b.messageId, b.etag, likedB.lastModifiedDateTime, false),
    );
    expect(stored.current).toContain(
      versionKey(a.containerId, a.messageId, a.etag, likedA.lastModifiedDateTime, false),
    );
    expect(stored.deletions).not.toContain(`${c.containerId}|${c.messageId}`);

    // More silent deletions (one of a reacted message, one of the new one) and one with deletedDateTime.
    h.sim.control.deleteMessage(sim.id, ref(a), a.messageId, { shape: "emptyBody" });
    h.sim.control.deleteMessage(sim.id, { chatId }, posted.id, { shape: "emptyBody" });
    h.sim.control.deleteMessage(sim.id, ref(d), d.messageId, { shape: "deletedDateTime" });

    // Run 3 is a sweep (the last one is an interval ago): every target reads its last 21 days again.
    await h.db.exportSchedule.update({
      where: { id: schedule.id },
      data: { lastSweepAt: new Date(Date.now() - 2 * 3600_000) },
    });
    const run3 = await run();
    for (const t of run3.tasks) {
      expect(t.windowStart?.getTime()).toBeLessThanOrEqual(Date.now() - 21 * DAY_MS + 60_000);
    }
    expected = truth();
    stored = await storedKeys(tenantId);
    expect(stored.deletions).toEqual(expected.deletions);
    for (const m of [a, c, d]) expect(stored.deletions).toContain(`${m.containerId}|${m.messageId}`);
    expect(stored.deletions).toContain(`${chatId}|${posted.id}`);
    expect(stored.current).toEqual(expected.current);
    // Every version Graph showed is kept (the reactions under the old etag included), and only those.
    expect(stored.versions).toEqual(expected.allVersions);
    expect(stored.count).toBe(expected.allVersions.size);
    const ofA = await h.db.messageVersion.findMany({ where: { tenantId, messageId: a.messageId } });
    expect(ofA.map((v) => v.etag)).toEqual([a.etag, a.etag, a.etag]);

    // Another sweep right away stores nothing twice.
    await h.db.exportSchedule.update({ where: { id: schedule.id }, data: { lastSweepAt: null } });
    const run4 = await run();
    expect(run4.versionsNew).toBe(0);
    expect(run4.tasks.reduce((n, t) => n + t.messagesSeen, 0)).toBeGreaterThan(0);
    expect((await storedKeys(tenantId)).count).toBe(expected.allVersions.size);
  });
});
