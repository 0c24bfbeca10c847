import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_IDENTITY_TYPES, EXTERNAL_USER_TYPES } from "../src/data";
import type { Simulator, TenantSummary } from "../src/index";
import type { Json } from "./helpers";
import { drain, getToken, graph, key, startSim, vkey } from "./helpers";

// Senders outside GET /users: external participants, app senders, guests, deleted and removed users.

let sim: Simulator;
let url: string;
let token: string;
let tenant: TenantSummary;
/** Unfiltered export of every listed user, by user id. */
const exports = new Map<string, Json[]>();

const gam = (userId: string, filter?: string) =>
  `/v1.0/users/${userId}/chats/getAllMessages?$top=50${filter ? `&$filter=${encodeURIComponent(filter)}` : ""}`;

async function listAll(path: string): Promise<Json[]> {
  const out: Json[] = [];
  let next: string | undefined = path;
  while (next) {
    const r = await graph(url, token, next);
    expect(r.status).toBe(200);
    out.push(...r.body.value);
    next = r.body["@odata.nextLink"];
  }
  return out;
}

/** The exporter's "fetch each message once" filter for one listed user. */
function fetchOnceFilter(self: string, deletedIds: string[]): string {
  return [
    `from/user/id eq '${self}'`,
    "messageType eq 'systemEventMessage'",
    ...APP_IDENTITY_TYPES.map((t) => `from/application/applicationIdentityType eq '${t}'`),
    ...EXTERNAL_USER_TYPES.map((t) => `from/user/userIdentityType eq '${t}'`),
    ...deletedIds.map((id) => `from/user/id eq '${id}'`),
  ].join(" or ");
}

async function fetchOnce(): Promise<Set<string>> {
  const listed = await listAll("/v1.0/users?$select=id,userType&$top=999");
  const deleted = await listAll("/v1.0/directory/deletedItems/microsoft.graph.user?$select=id&$top=999");
  const got = new Set<string>();
  for (const u of listed) {
    const d = await drain(
      url,
      token,
      gam(
        u.id,
        fetchOnceFilter(
          u.id,
          deleted.map((x: Json) => x.id),
        ),
      ),
    );
    for (const m of d.items) got.add(key(m));
  }
  return got;
}

const chatTruth = () =>
  new Set(
    sim.control
      .groundTruth({ tenant: tenant.id, scope: { tenant: true } })
      .current.filter((v) => v.containerType === "chat")
      .map(vkey),
  );

beforeAll(async () => {
  ({ sim, url } = await startSim());
  tenant = sim.control.createTenant({
    name: "outsiders",
    sizes: { users: 60, chatsPerUser: 6, messagesPerChat: 60, teams: 1, externalShare: 0.06 },
    limits: { perAppTenantRps: 0 },
  });
  sim.control.configure({ limits: { perAppRps: 0 } });
  token = await getToken(url, tenant.id);
  for (const u of sim.control.listUsers(tenant.id))
    exports.set(u.id, (await drain(url, token, gam(u.id))).items);
});
afterAll(() => sim.close());

describe("sizes", () => {
  it("defaults guests / deletedUsers from users and reports the counts", () => {
    expect(tenant.sizes).toMatchObject({ users: 60, guests: 1, deletedUsers: 1, externalShare: 0.06 });
    expect(tenant.counts.users).toBe(61);
    expect(tenant.counts.guests).toBe(1);
    expect(tenant.counts.deletedUsers).toBe(1);
    expect(tenant.counts.externalParticipants).toBeGreaterThanOrEqual(EXTERNAL_USER_TYPES.length);
  });

  it("keeps the share of external senders modest", () => {
    const seen = new Map<string, Json>();
    for (const items of exports.values()) for (const m of items) seen.set(key(m), m);
    const all = [...seen.values()].filter((m) => m.messageType === "message");
    const ext = all.filter((m) => m.from?.user && m.from.user.userIdentityType !== "aadUser");
    expect(ext.length / all.length).toBeGreaterThan(0.02);
    expect(ext.length / all.length).toBeLessThan(0.12);
  });
});

describe("identity types", () => {
  const all = () => {
    const seen = new Map<string, { m: Json; users: string[] }>();
    for (const [u, items] of exports)
      for (const m of items) {
        const k = key(m);
        const e = seen.get(k) ?? { m, users: [] };
        e.users.push(u);
        seen.set(k, e);
      }
    return [...seen.values()];
  };

  it.each(EXTERNAL_USER_TYPES)("from/user/userIdentityType eq '%s' matches exactly", async (type) => {
    const hits = all().filter((x) => x.m.from?.user?.userIdentityType === type);
    expect(hits.length).toBeGreaterThan(0);
    const user = hits[0]!.users[0]!;
    const want = exports.get(user)!.filter((m) => m.from?.user?.userIdentityType === type);
    const got = await drain(url, token, gam(user, `from/user/userIdentityType eq '${type}'`));
    expect(new Set(got.items.map(key))).toEqual(new Set(want.map(key)));
    const u = want[0]!.from.user;
    expect(u["@odata.type"]).toBe("#microsoft.graph.teamworkUserIdentity");
    expect(typeof u.id).toBe("string");
    expect(u.id).not.toMatch(/^8:/);
    if (type === "federatedUser") {
      expect(u.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(u.tenantId).not.toBe(tenant.id);
    }
    // The same sender by id.
    const byId = await drain(url, token, gam(user, `from/user/id eq '${u.id}'`));
    expect(byId.items.length).toBeGreaterThan(0);
    for (const m of byId.items) expect(m.from.user.id).toBe(u.id);
  });

  it.each(APP_IDENTITY_TYPES)(
    "from/application/applicationIdentityType eq '%s' matches exactly",
    async (type) => {
      const hits = all().filter((x) => x.m.from?.application?.applicationIdentityType === type);
      expect(hits.length).toBeGreaterThan(0);
      const user = hits[0]!.users[0]!;
      const want = exports.get(user)!.filter((m) => m.from?.application?.applicationIdentityType === type);
      const got = await drain(url, token, gam(user, `from/application/applicationIdentityType eq '${type}'`));
      expect(new Set(got.items.map(key))).toEqual(new Set(want.map(key)));
      for (const m of got.items) expect(m.from.user).toBeNull();
    },
  );
});

describe("guests", () => {
  it("are listed in GET /users with userType Guest when selected", async () => {
    const users = await listAll("/v1.0/users?$select=id,userType,userPrincipalName&$top=999");
    expect(users).toHaveLength(61);
    const guests = users.filter((u) => u.userType === "Guest");
    expect(guests).toHaveLength(1);
    expect(guests[0].userPrincipalName).toMatch(/^[a-z.0-9]+_[a-z.]+#EXT#@outsiders\.onmicrosoft\.com$/);
    expect(users.filter((u) => u.userType === "Member")).toHaveLength(60);
    const one = await graph(url, token, `/v1.0/users/${guests[0].id}?$select=id,userType`);
    expect(one.body.userType).toBe("Guest");
    const plain = await graph(url, token, "/v1.0/users?$top=999");
    expect(plain.body.value[0].userType).toBeUndefined();
  });

  it("export their own chats like any user, as aadUser senders", async () => {
    const guest = sim.control.listUsers(tenant.id).find((u) => u.userType === "Guest")!;
    expect(guest.chatCount).toBeGreaterThan(0);
    const mine = exports.get(guest.id)!;
    const own = mine.filter((m) => m.from?.user?.id === guest.id);
    expect(own.length).toBeGreaterThan(0);
    for (const m of own) expect(m.from.user.userIdentityType).toBe("aadUser");
    const truth = sim.control.groundTruth({ tenant: tenant.id, scope: { userId: guest.id } });
    expect(new Set(mine.map(key))).toEqual(new Set(truth.current.map(vkey)));
  });
});

describe("deleted users", () => {
  it("are listed by directory/deletedItems/microsoft.graph.user with $select, $top and nextLink", async () => {
    const deleted = sim.control.listDeletedUsers(tenant.id);
    expect(deleted).toHaveLength(1);
    const r = await graph(
      url,
      token,
      "/v1.0/directory/deletedItems/microsoft.graph.user?$select=id,displayName,deletedDateTime",
    );
    expect(r.status).toBe(200);
    expect(r.body["@odata.context"]).toContain("directory/deletedItems/microsoft.graph.user");
    expect(r.body.value).toEqual([
      {
        id: deleted[0]!.id,
        displayName: deleted[0]!.displayName,
        deletedDateTime: deleted[0]!.deletedDateTime,
      },
    ]);
    const full = await graph(url, token, "/v1.0/directory/deletedItems/microsoft.graph.user");
    expect(full.body.value[0].userPrincipalName).toBe(
      `${deleted[0]!.id.replace(/-/g, "")}${deleted[0]!.userPrincipalName}`,
    );
    const big = await graph(url, token, "/v1.0/directory/deletedItems/microsoft.graph.user?$top=1000");
    expect(big.status).toBe(400);
    const users = await listAll("/v1.0/users?$top=999");
    expect(users.some((u) => u.id === deleted[0]!.id)).toBe(false);
  });

  it("answer 404 on getAllMessages and /users/{id}; their messages stay visible through others", async () => {
    const del = sim.control.listDeletedUsers(tenant.id)[0]!;
    const r = await graph(url, token, gam(del.id));
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("Request_ResourceNotFound");
    expect((await graph(url, token, `/v1.0/users/${del.id}`)).status).toBe(404);
    const theirs = [...exports.values()].flat().filter((m) => m.from?.user?.id === del.id);
    expect(theirs.length).toBeGreaterThan(0);
    const truth = chatTruth();
    for (const m of theirs) expect(truth.has(key(m))).toBe(true);
  });
});

describe("fetch once", () => {
  it("the union of every listed user's filtered export equals tenant ground truth", async () => {
    const truth = chatTruth();
    const got = await fetchOnce();
    expect(got.size).toBe(truth.size);
    expect(got).toEqual(truth);
    // Without the deleted ids the deleted user's messages would be missed.
    const unfiltered = new Set([...exports.values()].flat().map(key));
    expect(unfiltered).toEqual(truth);
  });

  it("a user removed mid-export moves to deletedItems, answers 404, and stays in ground truth", async () => {
    const before = chatTruth();
    const listed = new Set(sim.control.listUsers(tenant.id).map((u) => u.id));
    const victim = sim.control
      .listUsers(tenant.id)
      .find(
        (u) =>
          u.userType === "Member" &&
          u.chatCount > 2 &&
          sim.control
            .listChats(tenant.id, u.id)
            .every((c) => c.memberIds.some((m) => m !== u.id && listed.has(m))),
      )!;
    const res = await fetch(`${url}/_sim/tenants/${tenant.id}/users/${victim.id}/delete`, { method: "POST" });
    expect(res.status).toBe(200);
    const info = (await res.json()) as Json;
    expect(info.deletedDateTime).not.toBeNull();
    const again = await fetch(`${url}/_sim/tenants/${tenant.id}/users/${victim.id}/delete`, {
      method: "POST",
    });
    expect(again.status).toBe(409);

    expect((await graph(url, token, gam(victim.id))).status).toBe(404);
    const users = await listAll("/v1.0/users?$select=id&$top=999");
    expect(users).toHaveLength(60);
    expect(users.some((u) => u.id === victim.id)).toBe(false);
    const deleted = await listAll("/v1.0/directory/deletedItems/microsoft.graph.user?$select=id&$top=1");
    expect(deleted.map((u) => u.id)).toContain(victim.id);
    expect(sim.control.getTenant(tenant.id).counts.deletedUsers).toBe(2);

    // Every chat of the victim still has another listed member: ground truth is unchanged.
    expect(chatTruth()).toEqual(before);
    const theirs = exports.get(victim.id)!.filter((m) => m.from?.user?.id === victim.id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(await fetchOnce()).toEqual(before);
  });

  it("a chat whose last listed member is removed leaves tenant ground truth", async () => {
    const lonely = sim.control
      .listUsers(tenant.id)
      .flatMap((u) => sim.control.listChats(tenant.id, u.id).map((c) => ({ u, c })))
      .find(({ c }) => c.memberIds.length === 1 && c.externalIds.length === 1);
    expect(lonely).toBeDefined();
    const { u, c } = lonely!;
    const before = chatTruth();
    expect([...before].some((k) => k.startsWith(`${c.id}|`))).toBe(true);
    sim.control.deleteUser(tenant.id, u.id);
    const after = chatTruth();
    expect([...after].some((k) => k.startsWith(`${c.id}|`))).toBe(false);
    expect(await fetchOnce()).toEqual(after);
  });
});
