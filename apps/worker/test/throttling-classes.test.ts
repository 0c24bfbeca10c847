import { DEMO_APP } from "@capstan/graph-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, storedState, truthState } from "./helpers";

// Graph's per-class and per-team limits are on in the simulator (its defaults) and in Capstan's limiter (its
// defaults): a team sharded 8 ways and a tenant heavy with hosted contents finish exactly, without one 429.

let h: Harness;

beforeAll(async () => {
  // The simulator and the worker share this process and two cores with the rest of the suite: a wider
  // headroom absorbs event-loop stalls that would bunch a one-token bucket's calls (the bench measures 8%).
  h = await createHarness({}, { RATE_LIMIT_HEADROOM: "0.15" });
  await h.startWorker();
});
afterAll(async () => h?.close());

describe("throttling classes", () => {
  it("a team exported in 8 shards stays under 4 requests/s for the team: no 429, every message", async () => {
    const sim = h.sim.control.createTenant({
      name: "sharded",
      sizes: { users: 4, chatsPerUser: 1, teams: 1, channelsPerTeam: 2, messagesPerChannel: 60 },
    });
    const team = h.sim.control.listTeams(sim.id)[0]!;
    const tenantId = await h.addTenant(sim.id);
    h.sim.control.resetCounters();
    const exportId = await h.startExport({
      tenantId,
      scope: "team",
      targetId: team.id,
      options: { shards: 8, pageSize: 10 },
    });
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
    const counters = h.sim.control.counters();
    expect(counters.throttled.byTenant[sim.id] ?? 0).toBe(0);
    const peak = counters.peaks.appTenantTeam[`${DEMO_APP.clientId}/${sim.id}/${team.id}`];
    expect(peak?.attempted).toBeLessThanOrEqual(4);
    expect(peak?.attempted).toBeGreaterThanOrEqual(3);
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { teamId: team.id } });
    const stored = await storedState(h.db, tenantId);
    expect(stored.versions).toEqual(truthState(truth).current);
    expect(stored.hosted).toEqual(truthState(truth).hosted);
  });

  it("a user heavy with hosted contents stays under 20 requests/s for them: no 429, every one", async () => {
    const sim = h.sim.control.createTenant({
      name: "pictures",
      sizes: { users: 3, chatsPerUser: 2, messagesPerChat: 60, teams: 0, hostedCardShare: 0.5 },
    });
    const user = h.sim.control.listUsers(sim.id)[0]!;
    const tenantId = await h.addTenant(sim.id);
    h.sim.control.resetCounters();
    const exportId = await h.startExport({ tenantId, scope: "user", targetId: user.id });
    expect(await h.waitForExport(exportId)).toMatchObject({ status: "completed" });
    const counters = h.sim.control.counters();
    expect(counters.throttled.byTenant[sim.id] ?? 0).toBe(0);
    const peak = counters.peaks.appTenant[`${DEMO_APP.clientId}/${sim.id}#message`];
    expect(peak?.attempted).toBeLessThanOrEqual(20);
    expect(peak?.attempted).toBeGreaterThanOrEqual(14);
    const truth = h.sim.control.groundTruth({ tenant: sim.id, scope: { userId: user.id } });
    expect(truth.counts.hostedContents).toBeGreaterThan(40);
    const stored = await storedState(h.db, tenantId);
    expect(stored.versions).toEqual(truthState(truth).current);
    expect(stored.hosted).toEqual(truthState(truth).hosted);
  });
});
