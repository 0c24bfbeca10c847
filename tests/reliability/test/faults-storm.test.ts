import { randomUUID } from "node:crypto";
import { storedMessage } from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../apps/worker/test/helpers";
import { LONG, prng, report, seedFor, trials } from "../src/env";
import { expectGroundTruth } from "../src/truth";

// Graph fault storms: every fault the simulator has, switched on at once, on several tenants exported in
// parallel, with Graph throttling them far below Capstan's limiter (with and without Retry-After).

let h: Harness;

const FAULT_KINDS = [
  "error500",
  "error503",
  "error504",
  "skiptoken500",
  "shortPage",
  "duplicate",
  "reset",
  "hang",
] as const;

beforeAll(async () => {
  h = await createHarness(
    {},
    {
      // A hung request is given up after a second, then retried.
      GRAPH_REQUEST_TIMEOUT_MS: "1000",
      TASK_BACKOFF_MS: "200",
      WORKER_CONCURRENCY: "48",
    },
  );
  await h.startWorker();
});
afterAll(async () => h?.close());

describe("Graph fault storm", () => {
  it("every simulator fault at once, on tenants exported in parallel: each ends at exactly ground truth", {
    timeout: LONG ? 3_600_000 : 150_000,
  }, async () => {
    const seed = seedFor("fault storm");
    const rnd = prng(seed);
    const storms = trials(1, 5);
    const tenantsPerStorm = trials(3, 4);
    h.sim.control.resetCounters();
    let exported = 0;
    let messages = 0;
    for (let storm = 0; storm < storms; storm++) {
      const runs: { simId: string; tenantId: string; exportId: string }[] = [];
      for (let t = 0; t < tenantsPerStorm; t++) {
        const rate = (lo: number, hi: number) => Math.round((lo + rnd.next() * (hi - lo)) * 1000) / 1000;
        const sim = h.sim.control.createTenant({
          name: `storm-${storm}-${t}-${randomUUID().slice(0, 6)}`,
          sizes: {
            users: LONG ? 10 : 5,
            chatsPerUser: 3,
            messagesPerChat: 25,
            teams: 2,
            channelsPerTeam: 2,
            messagesPerChannel: 25,
          },
          faults: {
            latency: { ms: 3, jitterMs: 15, rate: 1 },
            error500: rate(0.02, 0.05),
            error503: rate(0.02, 0.05),
            error504: rate(0.02, 0.04),
            skiptoken500: rate(0.05, 0.1),
            shortPage: rate(0.1, 0.3),
            duplicate: rate(0.1, 0.3),
            reset: rate(0.02, 0.04),
            hang: rate(0.01, 0.02),
          },
          limits: {
            // One bucket for every endpoint (no classes), below even the hosted-content and team paces of
            // Capstan's limiter: Graph throttles.
            classThrottle: false,
            perAppTenantRps: rnd.int(8, 14),
            // Every other tenant is throttled without Retry-After: Capstan backs off on its own.
            omitRetryAfter: t % 2 === 1,
            teamChannelThrottle: true,
            teamChannelRps: rnd.int(10, 20),
          },
        });
        const tenantId = await h.addTenant(sim.id);
        const exportId = await h.startExport({
          tenantId,
          scope: "tenant",
          options: { pageSize: rnd.int(3, 8) },
        });
        runs.push({ simId: sim.id, tenantId, exportId });
      }
      for (const run of runs) {
        expect(await h.waitForExport(run.exportId, 150_000)).toMatchObject({ status: "completed" });
        messages += (await expectGroundTruth(h.db, h.sim, run.simId, run.tenantId)).versions;
        exported++;
      }
    }
    const counters = h.sim.control.counters();
    // The storm really happened: every kind of fault was served, and Graph throttled.
    for (const kind of FAULT_KINDS) expect(counters.faults.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    expect(counters.throttled.total).toBeGreaterThan(0);
    const faults = FAULT_KINDS.map((k) => `${k} ${counters.faults.byKind[k] ?? 0}`).join(", ");
    await report(
      "faults",
      "Graph fault storm: every simulator fault at once + throttling (with and without Retry-After)",
      exported,
      `${storms} storm(s), ${exported} tenant exports, ${messages} messages, all at exactly ground truth; ${counters.requests.total} Graph requests, ${counters.faults.total} faults (${faults}), ${counters.throttled.total} 429s`,
    );
  });
});

describe("Graph feeds garbage", () => {
  it("messages with NUL, unpaired surrogates, markup, huge and odd text are all exported; nothing is lost", {
    timeout: 120_000,
  }, async () => {
    const sim = h.sim.control.createTenant({
      name: `garbage-${randomUUID().slice(0, 6)}`,
      sizes: {
        users: 3,
        chatsPerUser: 2,
        messagesPerChat: 5,
        teams: 1,
        channelsPerTeam: 1,
        messagesPerChannel: 5,
      },
    });
    const user = h.sim.control.listUsers(sim.id)[0] as { id: string };
    const chat = h.sim.control.listChats(sim.id, user.id)[0] as { id: string };
    const team = h.sim.control.listTeams(sim.id)[0] as { id: string; channels: { id: string }[] };
    const channel = { teamId: team.id, channelId: (team.channels[0] as { id: string }).id };
    const contents = [
      "a NUL \u0000 in the middle",
      "an unpaired high surrogate \ud800 here",
      "an unpaired low surrogate \udc00 here",
      "<script>alert(1)</script><img src=x onerror=alert(1)>",
      "'; DROP TABLE messages; --",
      "\u202eRTL override and emoji 😀👍🏽 and combining e\u0301",
      "x".repeat(200_000),
      "\u001b[31mANSI\u001b[0m and \r\n line breaks \t tabs",
      '{"looks":"like json"}',
    ];
    const posted: { content: string; id: string; containerId: string }[] = [];
    for (const [i, content] of contents.entries()) {
      const ref = i % 2 === 0 ? { chatId: chat.id } : channel;
      const m = h.sim.control.postMessage(sim.id, ref, { content, contentType: "text" });
      posted.push({
        content,
        id: m.id,
        containerId: i % 2 === 0 ? chat.id : `${team.id}/${channel.channelId}`,
      });
    }
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant" });
    expect(await h.waitForExport(exportId, 90_000)).toMatchObject({ status: "completed" });
    const stored = await expectGroundTruth(h.db, h.sim, sim.id, tenantId);
    // Every content is kept exactly as Graph sent it: NUL and unpaired surrogates in the original text beside
    // the jsonb copy (which holds U+FFFD), the rest in the jsonb itself.
    for (const p of posted) {
      const [row] = await h.db.$queryRaw<{ raw: unknown; raw_text: string | null }[]>`
        SELECT v.raw, v.raw_text FROM messages m JOIN message_versions v USING (tenant_id, container_id, message_id, etag)
        WHERE m.tenant_id = ${tenantId}::uuid AND m.container_id = ${p.containerId} AND m.message_id = ${p.id}`;
      expect(row).toBeDefined();
      const body = storedMessage<{ body: { content: string } }>(row as NonNullable<typeof row>).body.content;
      expect(body).toBe(p.content);
    }
    await report(
      "bad input",
      "Graph feeds garbage: message content with NUL, unpaired surrogates, markup, SQL, 200 KB, control characters",
      contents.length,
      `export completed at exactly ground truth (${stored.versions} messages); content stored exactly, NUL and unpaired surrogates included (original text beside the jsonb copy)`,
    );
  });
});
