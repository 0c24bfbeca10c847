import { afterEach, describe, expect, it } from "vitest";
import type { Simulator } from "../src/index";
import type { Json } from "./helpers";
import { DEMO_APP, getToken, startSim } from "./helpers";

let sim: Simulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function burst(url: string, token: string, path: string, n: number) {
  return Promise.all(
    Array.from({ length: n }, () =>
      fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => ({
        status: r.status,
        retryAfter: r.headers.get("retry-after"),
        body: (await r.json()) as Json,
      })),
    ),
  );
}

describe("throttling", () => {
  it("250 requests within a second at a 200/s app+tenant limit → 429 TooManyRequests with Retry-After", async () => {
    const s = await startSim();
    sim = s.sim;
    // Every endpoint against the getAllMessages limits (the single-bucket model): /users stands for any call.
    const t = sim.control.createTenant({
      name: "busy",
      limits: { classThrottle: false },
      sizes: { users: 3, teams: 0 },
    });
    const token = await getToken(s.url, t.id);
    sim.control.resetCounters();
    const res = await burst(s.url, token, "/v1.0/users?$top=1", 250);
    const throttled = res.filter((r) => r.status === 429);
    // All 250 normally arrive within one second (then exactly 50 are refused); the peaks below hold regardless.
    expect(throttled.length).toBeGreaterThan(0);
    expect(res.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    expect(throttled[0]!.body.error).toMatchObject({
      code: "TooManyRequests",
      message: "Please retry again later.",
    });
    expect(throttled[0]!.body.error.innerError["request-id"]).toBeTruthy();
    expect(Number(throttled[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
    const c = sim.control.counters();
    expect(c.throttled.total).toBe(throttled.length);
    expect(c.throttled.byTenant[t.id]).toBe(throttled.length);
    const peak = c.peaks.appTenant[`${DEMO_APP.clientId}/${t.id}`]!;
    expect(peak.served).toBeLessThanOrEqual(200);
    expect(peak.attempted).toBeGreaterThan(200);
  });

  it("a throttled tenant does not slow another tenant of the same app", async () => {
    const s = await startSim();
    sim = s.sim;
    const a = sim.control.createTenant({ name: "noisy", sizes: { users: 3, teams: 0 } });
    sim.control.configure({ limits: { classThrottle: false } });
    const b = sim.control.createTenant({ name: "quiet", sizes: { users: 3, teams: 0 } });
    const [ta, tb] = [await getToken(s.url, a.id), await getToken(s.url, b.id)];
    const res = await burst(s.url, ta, "/v1.0/users?$top=1", 260);
    expect(res.some((r) => r.status === 429)).toBe(true);
    const other = await burst(s.url, tb, "/v1.0/users?$top=1", 20);
    expect(other.every((r) => r.status === 200)).toBe(true);
  });

  it("per-app limit across tenants (configurable globally) and per-tenant override", async () => {
    const s = await startSim({ limits: { perAppRps: 150, perAppTenantRps: 1000, classThrottle: false } });
    sim = s.sim;
    const a = sim.control.createTenant({ name: "one", sizes: { users: 3, teams: 0 } });
    const b = sim.control.createTenant({ name: "two", sizes: { users: 3, teams: 0 } });
    const [ta, tb] = [await getToken(s.url, a.id), await getToken(s.url, b.id)];
    const res = [
      ...(
        await Promise.all([
          burst(s.url, ta, "/v1.0/users?$top=1", 100),
          burst(s.url, tb, "/v1.0/users?$top=1", 100),
        ])
      ).flat(),
    ];
    expect(res.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    const c = sim.control.counters();
    expect(c.throttled.byScope.app).toBeGreaterThan(0);
    expect(c.throttled.byScope.appTenant).toBeUndefined();
    expect(c.peaks.app[DEMO_APP.clientId]!.served).toBeLessThanOrEqual(150);
    // tenant-level override
    sim.control.configure({ limits: { perAppRps: 0 } });
    const t = sim.control.createTenant({
      name: "tiny",
      limits: { perAppTenantRps: 10 },
      sizes: { users: 3, teams: 0 },
    });
    const tt = await getToken(s.url, t.id);
    const r2 = await burst(s.url, tt, "/v1.0/users?$top=1", 30);
    expect(r2.some((r) => r.status === 429)).toBe(true);
    expect(
      sim.control.counters().peaks.appTenant[`${DEMO_APP.clientId}/${t.id}`]!.served,
    ).toBeLessThanOrEqual(10);
  });

  it("omitRetryAfter switch sends 429 without Retry-After", async () => {
    const s = await startSim();
    sim = s.sim;
    const t = sim.control.createTenant({
      name: "noretry",
      limits: { perAppTenantRps: 5, omitRetryAfter: true, classThrottle: false },
      sizes: { users: 3, teams: 0 },
    });
    const token = await getToken(s.url, t.id);
    const res = await burst(s.url, token, "/v1.0/users?$top=1", 20);
    const throttled = res.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.every((r) => r.retryAfter === null)).toBe(true);
  });

  it("endpoint classes (on by default): one message and hosted contents 20/s, other GETs 30/s, each apart from getAllMessages", async () => {
    const s = await startSim();
    sim = s.sim;
    const t = sim.control.createTenant({
      name: "classes",
      limits: { fractionalRetryAfter: true },
      sizes: { users: 4, chatsPerUser: 2, messagesPerChat: 20, teams: 0 },
    });
    const token = await getToken(s.url, t.id);
    const user = sim.control.listUsers(t.id)[0]!;
    const chat = sim.control.listChats(t.id, user.id)[0]!;
    const page = await fetch(`${s.url}/v1.0/users/${user.id}/chats/getAllMessages?$top=1`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.json() as Promise<Json>);
    const messageId = page.value[0].id as string;
    await new Promise((r) => setTimeout(r, 1100));
    sim.control.resetCounters();
    const [one, hosted, users, all] = await Promise.all([
      burst(s.url, token, `/v1.0/chats/${encodeURIComponent(chat.id)}/messages/${messageId}`, 20),
      burst(
        s.url,
        token,
        `/v1.0/chats/${encodeURIComponent(chat.id)}/messages/${messageId}/hostedContents`,
        20,
      ),
      burst(s.url, token, "/v1.0/users?$top=1", 40),
      burst(s.url, token, `/v1.0/users/${user.id}/chats/getAllMessages?$top=1`, 40),
    ]);
    const ok = (rs: { status: number }[]) => rs.filter((r) => r.status === 200).length;
    // One message and hosted contents share the message class: 20 of the 40 pass.
    expect(ok(one) + ok(hosted)).toBe(20);
    expect(ok(users)).toBe(30);
    expect(ok(all)).toBe(40);
    const limited = [...one, ...hosted, ...users].filter((r) => r.status === 429);
    expect(limited.every((r) => /^\d+\.\d{3}$/.test(r.retryAfter ?? ""))).toBe(true);
    const c = sim.control.counters();
    expect(c.throttled.byScope).toEqual({ "appTenant#message": 20, "appTenant#other": 10 });
  });

  it("teamChannelThrottle switch: 4 requests/s per team on channel endpoints", async () => {
    const s = await startSim();
    sim = s.sim;
    const t = sim.control.createTenant({
      name: "teamy",
      limits: { teamChannelThrottle: true },
      sizes: { users: 5, teams: 2, messagesPerChannel: 20 },
    });
    const token = await getToken(s.url, t.id);
    const [team1, team2] = sim.control.listTeams(t.id);
    const [r1, r2, users] = await Promise.all([
      burst(s.url, token, `/v1.0/teams/${team1!.id}/channels/getAllMessages?$top=5`, 10),
      burst(s.url, token, `/v1.0/teams/${team2!.id}/channels`, 10),
      burst(s.url, token, "/v1.0/users?$top=1", 10),
    ]);
    expect(r1.some((r) => r.status === 429)).toBe(true);
    expect(r2.some((r) => r.status === 429)).toBe(true);
    expect(users.every((r) => r.status === 200)).toBe(true);
    const c = sim.control.counters();
    expect(c.throttled.byScope.team).toBe(r1.concat(r2).filter((r) => r.status === 429).length);
    for (const team of [team1!, team2!])
      expect(c.peaks.appTenantTeam[`${DEMO_APP.clientId}/${t.id}/${team.id}`]!.served).toBe(4);
  });
});
