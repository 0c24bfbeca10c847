import { afterEach, describe, expect, it } from "vitest";
import type { Simulator } from "../src/index";
import { DEMO_TENANT, drain, getToken, graph, key, startSim, vkey } from "./helpers";

let sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});
async function start(opts: Parameters<typeof startSim>[0] = {}) {
  const s = await startSim(opts);
  sims.push(s.sim);
  return { ...s, token: await getToken(s.url) };
}
const demo = `/v1.0/users/${DEMO_TENANT.demoUserId}/chats/getAllMessages`;
const truthKeys = (sim: Simulator) =>
  new Set(
    sim.control
      .groundTruth({ tenant: DEMO_TENANT.tenantId, scope: { userId: DEMO_TENANT.demoUserId } })
      .current.map(vkey),
  );

describe("fault switches", () => {
  it("latency: fixed ms + jitter on Graph routes (global option and per tenant)", async () => {
    const { sim, url, token } = await start({ latencyMs: 120, jitterMs: 30 });
    let t0 = performance.now();
    expect((await graph(url, token, "/v1.0/users?$top=1")).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(115);
    sim.control.configure({ faults: { latency: { ms: 0, jitterMs: 0 } } });
    sim.control.configureTenant("contoso", { faults: { latency: { ms: 200, jitterMs: 0, rate: 1 } } });
    t0 = performance.now();
    await graph(url, token, "/v1.0/users?$top=1");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
    expect(sim.control.getConfig().faults.latency.ms).toBe(0);
  });

  it("500 / 503 / 504 at rate 1, and a seeded, repeatable sequence at rate 0.5", async () => {
    const { sim, url, token } = await start();
    for (const [kind, status] of [
      ["error500", 500],
      ["error503", 503],
      ["error504", 504],
    ] as const) {
      sim.control.configure({ faults: { error500: 0, error503: 0, error504: 0, [kind]: 1 } });
      const r = await graph(url, token, "/v1.0/users?$top=1");
      expect(r.status).toBe(status);
      expect(r.body.error.innerError["request-id"]).toBe(r.headers.get("request-id"));
    }
    expect(sim.control.counters().faults.byKind).toMatchObject({ error500: 1, error503: 1, error504: 1 });
    const seq = async () => {
      const s = await start({ faults: { error503: 0.5 } });
      const out: number[] = [];
      for (let i = 0; i < 30; i++) out.push((await graph(s.url, s.token, "/v1.0/users?$top=1")).status);
      return out;
    };
    const [a, b] = [await seq(), await seq()];
    expect(a).toEqual(b);
    expect(a).toContain(503);
    expect(a).toContain(200);
  });

  it("skiptoken500: only requests carrying a $skiptoken fail; retries complete the export", async () => {
    const { sim, url, token } = await start({ faults: { skiptoken500: 1 } });
    const p1 = await graph(url, token, `${demo}?$top=50`);
    expect(p1.status).toBe(200);
    const p2 = await graph(url, token, p1.body["@odata.nextLink"]);
    expect(p2.status).toBe(500);
    sim.control.configure({ faults: { skiptoken500: 0.4 } });
    const all = await drain(url, token, `${demo}?$top=50`);
    expect(all.retries).toBeGreaterThan(0);
    expect(new Set(all.items.map(key))).toEqual(truthKeys(sim));
    expect(sim.control.counters().faults.byKind.skiptoken500).toBe(all.retries + 1);
  });

  it("shortPage: fewer than $top items with a nextLink, never losing items", async () => {
    const { sim, url, token } = await start({ faults: { shortPage: 0.5 } });
    const all = await drain(url, token, `${demo}?$top=50`);
    expect(all.shortPages).toBeGreaterThan(0);
    expect(all.items.length).toBe(new Set(all.items.map(key)).size);
    expect(new Set(all.items.map(key))).toEqual(truthKeys(sim));
  });

  it("duplicate: the same message repeated on two pages", async () => {
    const { sim, url, token } = await start({ faults: { duplicate: 0.6 } });
    const all = await drain(url, token, `${demo}?$top=50`);
    const unique = new Set(all.items.map(key));
    expect(all.items.length).toBeGreaterThan(unique.size);
    expect(unique).toEqual(truthKeys(sim));
    expect(sim.control.counters().faults.byKind.duplicate).toBe(all.items.length - unique.size);
  });

  it("reset: the connection is destroyed without an answer", async () => {
    const { sim, url, token } = await start();
    sim.control.configureTenant("contoso", { faults: { reset: 1 } });
    await expect(graph(url, token, "/v1.0/users")).rejects.toThrow();
    expect(sim.control.counters().faults.byKind.reset).toBe(1);
    // identity and control routes are never faulted
    expect(await getToken(url)).toMatch(/^ey/);
    expect((await fetch(`${url}/_sim/health`)).status).toBe(200);
  });

  it("hang: never answers until the client gives up; close() ends hung requests", async () => {
    const { sim, url, token } = await start({ faults: { hang: 1 } });
    await expect(graph(url, token, "/v1.0/users", { signal: AbortSignal.timeout(200) })).rejects.toThrow(
      /abort|timeout/i,
    );
    const pending = graph(url, token, "/v1.0/users").then(
      () => "answered",
      () => "failed",
    );
    await new Promise((r) => setTimeout(r, 50));
    await sim.close();
    sims = sims.filter((s) => s !== sim);
    expect(await pending).toBe("failed");
  });

  it("tenant settings override global ones", async () => {
    const { sim, url, token } = await start({ faults: { error503: 1 } });
    expect((await graph(url, token, "/v1.0/users?$top=1")).status).toBe(503);
    sim.control.configureTenant("contoso", { faults: { error503: 0 } });
    expect((await graph(url, token, "/v1.0/users?$top=1")).status).toBe(200);
    const other = sim.control.createTenant({ name: "other", sizes: { users: 2, teams: 0 } });
    expect((await graph(url, await getToken(url, other.id), "/v1.0/users?$top=1")).status).toBe(503);
    expect(sim.control.counters().faults.byTenant[other.id]).toBe(1);
  });
});
