import { hostedContentRefs } from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containerKey, createHarness, type Harness, storedState, truthState } from "./helpers";

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  await h.startWorker();
});
afterAll(async () => h?.close());

describe("hosted contents no <img> points at", () => {
  it("lists the hosted contents of messages whose attachments say they have some, and stores every one", async () => {
    const sim = h.sim.control.createTenant({
      name: "cards",
      sizes: {
        users: 4,
        chatsPerUser: 2,
        messagesPerChat: 40,
        teams: 1,
        channelsPerTeam: 2,
        messagesPerChannel: 40,
        hostedCardShare: 0.2,
      },
    });
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant" });
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });

    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } });
    const expected = truthState(truth);
    const stored = await storedState(h.db, tenantId);
    expect(stored.versions).toEqual(expected.current);
    expect(stored.hosted).toEqual(expected.hosted);

    // Many of them are named by no <img> of the stored bodies: only the listing found them.
    const versions = await h.db.messageVersion.findMany({ where: { tenantId }, select: { raw: true } });
    const inline = new Set(
      versions.flatMap((v) => {
        const m = v.raw as Parameters<typeof hostedContentRefs>[0];
        return hostedContentRefs(m).map((r) => r.id);
      }),
    );
    const onlyListed = truth.hostedContents.filter((k) => !inline.has(k.hostedContentId));
    expect(onlyListed.length).toBeGreaterThan(10);
    // One listing per card message, each found its card's image; nothing failed.
    const listings = await h.db.messageHostedListing.findMany({ where: { tenantId } });
    expect(listings.every((l) => l.listedAt !== null && l.error === null && (l.found ?? 0) >= 1)).toBe(true);
    expect(new Set(listings.map((l) => `${l.containerId}|${l.messageId}`))).toEqual(
      new Set(onlyListed.map((k) => `${containerKey(k)}|${k.messageId}`)),
    );
    const tasks = await h.db.exportTask.findMany({ where: { exportId } });
    expect(tasks.reduce((n, t) => n + t.hostedContents, 0)).toBe(truth.counts.hostedContents);
  });
});
