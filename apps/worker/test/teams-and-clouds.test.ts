import { enqueueExportTasks } from "@capstan/contracts";
import { admitTasks, createExportWithTasks, createTargetTasks } from "@capstan/db";
import { DEMO_APP } from "@capstan/graph-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, storedState, truthState } from "./helpers";

// Every team (older teams the groups filter misses, deleted teams), retained messages, and tenants of the
// national clouds, each held to the simulator's ground truth.

let h: Harness;
const HOSTS = [
  "login.microsoftonline.us",
  "graph.microsoft.us",
  "dod-graph.microsoft.us",
  "login.partner.microsoftonline.cn",
  "microsoftgraph.chinacloudapi.cn",
];

beforeAll(async () => {
  h = await createHarness({}, { WORKER_CONCURRENCY: "16" });
  // National clouds' hosts reached under the simulator: only base URLs differ from production.
  await h.startWorker({
    CLOUD_HOST_BASE_URLS: HOSTS.map((host) => `${host}=${h.sim.url}/${host}`).join(","),
  });
});
afterAll(async () => h?.close());

const SIZES = {
  users: 8,
  chatsPerUser: 2,
  messagesPerChat: 8,
  teams: 2,
  channelsPerTeam: 2,
  messagesPerChannel: 15,
  extraGroups: 1,
  guests: 0,
  deletedUsers: 0,
};

async function targets(exportId: string, kind: "team_channels" | "deleted_team_channels") {
  const tasks = await h.db.exportTask.findMany({ where: { exportId, kind }, select: { targetId: true } });
  return tasks.map((t) => t.targetId).sort();
}

describe("every team", () => {
  it("a whole-tenant export includes older teams and the deleted teams Graph keeps, exactly", async () => {
    h.sim.control.createTenant({ name: "classic", sizes: { ...SIZES, legacyTeams: 2, deletedTeams: 2 } });
    const sim = h.sim.control.getTenant("classic");
    const teams = h.sim.control.listTeams(sim.id);
    // One more deleted 31 days ago: Graph no longer keeps it, so neither lists nor exports it.
    const dropped = teams.find((t) => !t.legacy && !t.deletedDateTime)!;
    h.sim.control.deleteTeam(sim.id, dropped.id, new Date(Date.now() - 31 * 86_400_000).toISOString());
    const live = teams.filter((t) => !t.deletedDateTime && t.id !== dropped.id);
    const deleted = teams.filter((t) => t.deletedDateTime);
    expect(live.filter((t) => t.legacy)).toHaveLength(2);

    const truth = truthState(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));
    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant" });
    expect(await h.waitForExport(exportId, 90_000)).toMatchObject({ status: "completed" });

    // The groups filter and /teams both list the newer teams: one task each all the same.
    expect(await targets(exportId, "team_channels")).toEqual(live.map((t) => t.id).sort());
    expect(await targets(exportId, "deleted_team_channels")).toEqual(deleted.map((t) => t.id).sort());
    const stored = await storedState(h.db, tenantId);
    expect(stored.versions).toEqual(truth.current);
    expect(stored.deletions).toEqual(truth.deletions);
    const containers = new Set([...stored.versions].map((k) => k.split("/")[0]));
    for (const t of [...live.filter((x) => x.legacy), ...deleted]) expect(containers).toContain(t.id);
    expect(containers).not.toContain(dropped.id);
  });

  it("a deleted team whose listing answers 404 is a skipped target with its reason", async () => {
    h.sim.control.createTenant({ name: "purged", sizes: { ...SIZES, deletedTeams: 1 } });
    const sim = h.sim.control.getTenant("purged");
    const gone = h.sim.control.listTeams(sim.id).find((t) => !t.deletedDateTime)!;
    h.sim.control.deleteTeam(sim.id, gone.id, new Date(Date.now() - 31 * 86_400_000).toISOString());
    const tenantId = await h.addTenant(sim.id);
    // As if /teamwork/deletedTeams had listed the team just before Graph dropped it.
    const exportId = await h.db.$transaction(async (tx) => {
      const created = await createExportWithTasks(tx, {
        accountId: h.accountId,
        tenantId,
        scope: "tenant",
        targetId: null,
        options: {},
      });
      await createTargetTasks(tx, {
        exportId: created.export.id,
        tenantId,
        kind: "deleted_team_channels",
        targetIds: [gone.id],
        windows: () => [{ start: null, end: null }],
      });
      return created.export.id;
    });
    await enqueueExportTasks(h.queue, await admitTasks(h.db, tenantId, 64), h.config);
    expect(await h.waitForExport(exportId, 90_000)).toMatchObject({ status: "completed" });
    const task = await h.db.exportTask.findFirstOrThrow({
      where: { exportId, kind: "deleted_team_channels", targetId: gone.id },
    });
    expect(task.status).toBe("skipped");
    expect(task.error).toMatch(/404 for deleted team .*no longer keeps it/);
    const kept = await h.db.exportTask.findMany({ where: { exportId, kind: "deleted_team_channels" } });
    expect(kept.filter((t) => t.status === "completed")).toHaveLength(1);
  });
});

describe("retained messages", () => {
  it("with retainedMessages a whole-tenant export ends with the retained ground truth", async () => {
    h.sim.control.createTenant({
      name: "retention",
      sizes: { ...SIZES, messagesPerChat: 30, messagesPerChannel: 30, historyDays: 120 },
      retentionPolicy: true,
    });
    const sim = h.sim.control.getTenant("retention");
    const retained = truthState(
      h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true }, retained: true }),
    );
    const visible = truthState(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));
    expect(retained.current.size).toBeGreaterThan(visible.current.size);

    const tenantId = await h.addTenant(sim.id);
    const exportId = await h.startExport({ tenantId, scope: "tenant", options: { retainedMessages: true } });
    expect(await h.waitForExport(exportId, 90_000)).toMatchObject({ status: "completed" });
    const stored = await storedState(h.db, tenantId);
    expect(stored.versions).toEqual(retained.current);
    expect(stored.deletions).toEqual(retained.deletions);
    const kinds = await h.db.exportTask.groupBy({ by: ["kind"], where: { exportId }, _count: true });
    expect(kinds.map((k) => k.kind).sort()).toEqual(
      ["team_channels", "team_retained", "tenant_enumerate", "user_chats", "user_retained"].sort(),
    );
  });
});

describe("national clouds", () => {
  /** The access token the workers cached for a tenant (MSAL's entry in Redis), decoded. */
  async function cachedClaims(cloud: string, entraTenantId: string) {
    const raw = await h.redis.get(`${h.env.redisPrefix}:msal:${DEMO_APP.clientId}:${cloud}:${entraTenantId}`);
    const cache = JSON.parse(raw as string) as {
      AccessToken: Record<string, { secret: string; target: string }>;
    };
    const entry = Object.values(cache.AccessToken)[0]!;
    const payload = JSON.parse(Buffer.from(entry.secret.split(".")[1]!, "base64url").toString("utf8"));
    return { aud: payload.aud as string, iss: payload.iss as string, scope: entry.target };
  }

  for (const [cloud, graph] of [
    ["usGovL4", "graph.microsoft.us"],
    ["china", "microsoftgraph.chinacloudapi.cn"],
  ] as const) {
    it(`exports a ${cloud} tenant exactly, with tokens for ${graph}`, async () => {
      h.sim.control.createTenant({ name: `cloud-${cloud}`, cloud, sizes: { ...SIZES, legacyTeams: 1 } });
      const sim = h.sim.control.getTenant(`cloud-${cloud}`);
      const truth = truthState(h.sim.control.groundTruth({ tenant: sim.id, scope: { tenant: true } }));
      const tenant = await h.db.tenant.create({
        data: { accountId: h.accountId, entraTenantId: sim.id, model: "B", status: "active", cloud },
      });
      const exportId = await h.startExport({ tenantId: tenant.id, scope: "tenant" });
      expect(await h.waitForExport(exportId, 90_000)).toMatchObject({ status: "completed" });
      expect((await storedState(h.db, tenant.id)).versions).toEqual(truth.current);
      const claims = await cachedClaims(cloud, sim.id);
      expect(claims.aud).toBe(`https://${graph}`);
      expect(claims.scope.toLowerCase()).toContain(`https://${graph}/.default`);
      // Hosted contents were fetched from the tenant's own Graph too (the body names that host).
      const hosted = await h.db.messageHostedContent.count({ where: { tenantId: tenant.id } });
      expect(hosted).toBe(truth.hosted.size);
      expect(truth.hosted.size).toBeGreaterThan(0);
    });
  }

  it("a tenant recorded in the wrong cloud is refused, and exports nothing", async () => {
    h.sim.control.createTenant({ name: "misfiled", cloud: "usGovL5", sizes: SIZES });
    const sim = h.sim.control.getTenant("misfiled");
    // Recorded as L4: Entra ID is the same, but L4's Graph is not its Graph.
    const tenant = await h.db.tenant.create({
      data: { accountId: h.accountId, entraTenantId: sim.id, model: "B", status: "active", cloud: "usGovL4" },
    });
    const exportId = await h.startExport({ tenantId: tenant.id, scope: "user", targetId: "anyone" });
    const task = await eventuallyStopped(exportId);
    expect(task.status).toBe("paused");
    expect(task.error).toMatch(/AADSTS500011/);
    expect(await h.db.messageVersion.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

async function eventuallyStopped(exportId: string) {
  for (let i = 0; i < 400; i++) {
    const task = await h.db.exportTask.findFirstOrThrow({ where: { exportId } });
    if (task.status !== "pending" && task.status !== "running") return task;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("task never stopped");
}
