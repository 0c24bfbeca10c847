import { randomUUID } from "node:crypto";
import { createDb, type Db } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, waitForPages } from "../../../apps/worker/test/helpers";
import { LONG, prng, report, seedFor, sleep, trials } from "../src/env";
import { expectProblem } from "../src/problems";
import { type ProxiedStack, startBehindProxy } from "../src/proxied-stack";
import type { TcpProxy } from "../src/proxy";
import { expectGroundTruth } from "../src/truth";

// Postgres restarted mid-export. The real server is shared with every other test file, so it is never
// touched: Capstan (API and worker) reaches it through a TCP proxy that this file cuts and restores, which is
// what a restart looks like to clients (open connections die, new ones are refused, then it is back).

const OPS_TOKEN = "ops-token-for-postgres-faults";
let h: Harness;
let proxy: TcpProxy;
let proxiedUrl: string;
let app: FastifyInstance;
let auth: { authorization: string };

let stack: ProxiedStack | undefined;

beforeAll(async () => {
  stack = await startBehindProxy("postgres", { OPS_TOKEN });
  ({ h, proxy, proxiedUrl: proxiedUrl, app, auth } = stack);
});
afterAll(async () => stack?.close());

describe("the connection pool after a Postgres restart", () => {
  it("gives back every connection that died mid-transaction, so later queries never wait forever", async () => {
    const cycles = trials(5, 30);
    const db: Db = createDb({ databaseUrl: proxiedUrl, maxConnections: 3 });
    try {
      await db.account.count();
      for (let i = 0; i < cycles; i++) {
        // The pool is full of transactions (and plain queries) when Postgres goes away.
        const inFlight = [
          ...Array.from({ length: 3 }, () =>
            db.$transaction(async (tx) => {
              await tx.account.count();
              await sleep(300);
              return tx.account.count();
            }),
          ),
          db.$queryRaw`SELECT pg_sleep(0.3)`,
        ];
        setTimeout(() => void proxy.cut(), 100);
        const settled = await Promise.allSettled(inFlight);
        expect(settled.every((s) => s.status === "rejected")).toBe(true);
        await proxy.restore();
        // More queries than the pool has connections, each answered within seconds.
        const answered = await Promise.race([
          Promise.all(Array.from({ length: 6 }, () => db.account.count())).then(() => true),
          sleep(5000).then(() => false),
        ]);
        expect(answered, `cycle ${i}: the pool is stuck`).toBe(true);
      }
    } finally {
      await db.$disconnect();
    }
    await report(
      "faults",
      "Postgres cut with a full pool of transactions in flight",
      cycles,
      "pool recovered every time",
    );
  });
});

describe("Postgres restarted mid-export", () => {
  it("answers 503 problem+json meanwhile, never a stack trace, and the export ends at exactly ground truth", {
    timeout: LONG ? 1_800_000 : 120_000,
  }, async () => {
    const seed = seedFor("postgres restart");
    const rnd = prng(seed);
    const exportsToRun = trials(1, 3);
    const outagesPerExport = trials(2, 4);
    let outages = 0;
    let refused = 0;
    let callbacks = 0;
    const worker = await h.startWorker({ DATABASE_URL: proxiedUrl, TASK_BACKOFF_MS: "200" });
    try {
      for (let e = 0; e < exportsToRun; e++) {
        const simTenant = h.sim.control.createTenant({
          name: `pg-${e}-${randomUUID().slice(0, 6)}`,
          sizes: {
            users: 6,
            chatsPerUser: 3,
            messagesPerChat: 30,
            teams: 2,
            channelsPerTeam: 2,
            messagesPerChannel: 30,
          },
          faults: { latency: { ms: 10, jitterMs: 10, rate: 1 } },
        });
        const tenantId = await h.addTenant(simTenant.id);
        const started = await app.inject({
          method: "POST",
          url: `/v1/tenants/${tenantId}/exports`,
          headers: auth,
          payload: { scope: "tenant", options: { pageSize: 10 } },
        });
        expect(started.statusCode, started.body).toBe(202);
        const exportId: string = started.json().id;

        let pages = 0;
        for (let o = 0; o < outagesPerExport; o++) {
          pages += rnd.int(3, 12);
          await waitForPages(h.db, exportId, pages, 60_000);
          const row = await h.db.export.findUniqueOrThrow({ where: { id: exportId } });
          if (row.status !== "running" && row.status !== "queued") break;
          await proxy.cut();
          outages++;
          const until = Date.now() + rnd.int(1500, LONG ? 6000 : 2500);
          const idem = `retry-${randomUUID()}`;
          while (Date.now() < until) {
            for (const call of outageCalls(tenantId, exportId, idem)) {
              const res = await app.inject({ ...call, headers: { ...call.headers } });
              const body = expectProblem(res, 503, `${call.method} ${call.url}`);
              expect(body.code).toBe("database_unavailable");
              expect(res.headers["retry-after"]).toBe("5");
              expect(res.body).not.toContain(String(proxy.port));
              refused++;
              if (call.url.startsWith("/v1/consent")) callbacks++;
            }
            // No database needed: the process itself is alive.
            expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
            await sleep(100);
          }
          await proxy.restore();
          // Back at once: the first request after the restart is answered normally.
          const back = await app.inject({ method: "GET", url: `/v1/exports/${exportId}`, headers: auth });
          expect(back.statusCode, back.body).toBe(200);
          // The POST refused during the outage stored nothing: its retry starts the export once.
          const retried = await app.inject({
            method: "POST",
            url: `/v1/tenants/${tenantId}/exports`,
            headers: { ...auth, "idempotency-key": idem },
            payload: { scope: "user", userId: "nobody@example.com" },
          });
          expect(retried.statusCode, retried.body).toBe(202);
          expect(retried.headers["idempotent-replayed"]).toBeUndefined();
        }
        expect(await h.waitForExport(exportId, 120_000)).toMatchObject({ status: "completed" });
        await expectGroundTruth(h.db, h.sim, simTenant.id, tenantId);
      }
    } finally {
      await proxy.restore();
      await worker.close();
    }
    await report(
      "faults",
      "Postgres restarted mid-export (proxy cut), API hammered meanwhile",
      outages,
      `${exportsToRun} export(s) at exactly ground truth; ${refused} requests during outages all 503 problem+json (${callbacks} consent callbacks), none with internals`,
    );
  });
});

function outageCalls(tenantId: string, exportId: string, idem: string) {
  return [
    { method: "GET" as const, url: "/v1/account", headers: auth },
    { method: "GET" as const, url: "/v1/tenants?limit=5", headers: auth },
    { method: "GET" as const, url: `/v1/exports/${exportId}`, headers: auth },
    { method: "GET" as const, url: `/v1/exports/${exportId}/tasks`, headers: auth },
    { method: "GET" as const, url: `/v1/tenants/${tenantId}/messages?limit=5`, headers: auth },
    {
      method: "POST" as const,
      url: `/v1/tenants/${tenantId}/exports`,
      headers: { ...auth, "idempotency-key": idem },
      payload: { scope: "user", userId: "nobody@example.com" },
    },
    { method: "GET" as const, url: "/ops/v1/accounts", headers: { "x-ops-token": OPS_TOKEN } },
    { method: "GET" as const, url: `/v1/consent/callback?state=${randomUUID()}`, headers: {} },
  ];
}
