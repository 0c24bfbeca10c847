import { createHash } from "node:crypto";
import { type GraphChatMessage, recordUsage, storeHostedContent, storeMessagePage } from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestAccount, type TestApp } from "./helpers";

// The export API over what a worker stores: the storage functions are the worker's own, so the answers
// here are what an ISV sees after a real export.

let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;
let tenantId: string;
let otherTenantId: string;

const CHAT = "19:chat-1@thread.v2";
const TEAM = "team-1";
const CHANNEL = "19:channel-1@thread.tacv2";

function chatMessage(
  id: string,
  from: string,
  etag: string,
  minutes: number,
  extra: Partial<GraphChatMessage> = {},
) {
  return {
    id,
    etag,
    chatId: CHAT,
    messageType: "message",
    createdDateTime: new Date(Date.UTC(2026, 10, 1, 10, minutes)).toISOString(),
    lastModifiedDateTime: new Date(Date.UTC(2026, 10, 1, 10, minutes)).toISOString(),
    deletedDateTime: null,
    from: { user: { id: from } },
    body: { contentType: "html", content: `hello ${id}` },
    ...extra,
  } as GraphChatMessage;
}

const post = (url: string, payload?: Record<string, unknown>, who: TestAccount = acme) =>
  t.app.inject({ method: "POST", url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
const get = (url: string, who: TestAccount = acme) => t.app.inject({ method: "GET", url, headers: who.auth });

beforeAll(async () => {
  t = await buildTestApp();
  acme = await createAccount(t.app, "Acme");
  globex = await createAccount(t.app, "Globex");
  tenantId = (await createActiveTenant(t.app, acme.accountId, "aaaaaaaa-0000-4000-8000-000000000001")).id;
  otherTenantId = (await createActiveTenant(t.app, globex.accountId, "bbbbbbbb-0000-4000-8000-000000000002"))
    .id;
});
afterAll(async () => t?.close());

describe("starting exports", () => {
  it("starts user, team and whole-tenant exports with their tasks", async () => {
    const user = await post(`/v1/tenants/${tenantId}/exports`, {
      scope: "user",
      userId: "u-1",
      options: { shards: 3, window: { from: "2026-01-01T00:00:00Z", to: "2026-04-01T00:00:00Z" } },
    });
    expect(user.statusCode).toBe(202);
    expect(user.json()).toMatchObject({
      scope: "user",
      targetId: "u-1",
      status: "queued",
      progress: { tasksTotal: 3 },
    });
    const team = await post(`/v1/tenants/${tenantId}/exports`, { scope: "team", teamId: TEAM });
    expect(team.json()).toMatchObject({ scope: "team", targetId: TEAM, progress: { tasksTotal: 1 } });
    const whole = await post(`/v1/tenants/${tenantId}/exports`, {
      scope: "tenant",
      options: { chatDedup: true },
    });
    expect(whole.json()).toMatchObject({ scope: "tenant", targetId: null, options: { chatDedup: true } });
    const tasks = await get(`/v1/exports/${whole.json().id}/tasks`);
    expect(tasks.json().data.map((x: { kind: string }) => x.kind)).toEqual(["tenant_enumerate"]);
  });

  it("refuses options Graph cannot honour, storing nothing", async () => {
    const before = await t.app.db.export.count();
    for (const options of [
      { pageSize: 51 },
      { window: { from: "2026-05-01T00:00:00Z", to: "2026-04-01T00:00:00Z" } },
      { shards: 0 },
      { unknown: true },
    ]) {
      const res = await post(`/v1/tenants/${tenantId}/exports`, { scope: "tenant", options });
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toMatch(/problem\+json/);
    }
    expect(await post(`/v1/tenants/${tenantId}/exports`, { scope: "team" }).then((r) => r.statusCode)).toBe(
      400,
    );
    expect(await t.app.db.export.count()).toBe(before);
  });

  it("lists exports newest first, filtered and paged", async () => {
    const first = await get("/v1/exports?limit=2");
    expect(first.json().data).toHaveLength(2);
    const second = await get(`/v1/exports?limit=2&cursor=${first.json().nextCursor}`);
    const ids = [...first.json().data, ...second.json().data].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect((await get("/v1/exports?status=completed")).json().data).toHaveLength(0);
    expect((await get("/v1/exports", globex)).json().data).toHaveLength(0);
  });
});

describe("progress, results and the archive", () => {
  let exportId: string;
  let sha256: string;

  beforeAll(async () => {
    const created = await post(`/v1/tenants/${tenantId}/exports`, { scope: "user", userId: "u-1" });
    exportId = created.json().id;
    const [task] = await t.app.db.exportTask.findMany({ where: { exportId } });
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex");
    sha256 = createHash("sha256").update(png).digest("hex");
    await t.app.db.$transaction(async (tx) => {
      const messages = [
        chatMessage("1", "u-1", "e1", 1, {
          body: {
            content: `<img src="https://graph.microsoft.com/v1.0/chats/${CHAT}/messages/1/hostedContents/hc-1/$value">`,
          },
        }),
        chatMessage("2", "u-2", "e2", 2),
        chatMessage("2", "u-2", "e2b", 3), // an edit: a second version
        chatMessage("3", "u-1", "e3", 4, { body: { content: "" } }), // deleted, empty body
        {
          ...chatMessage("4", "u-3", "e4", 5),
          chatId: null,
          channelIdentity: { teamId: TEAM, channelId: CHANNEL },
        } as GraphChatMessage,
      ];
      const stored = await storeMessagePage(tx, { tenantId, exportId, taskId: task!.id, messages });
      await tx.exportTask.update({
        where: { id: task!.id },
        data: { status: "running", pagesFetched: 1, messagesSeen: 5, messagesStored: stored.newExportRows },
      });
      await tx.export.update({ where: { id: exportId }, data: { status: "running", startedAt: new Date() } });
      await storeHostedContent(
        tx,
        { tenantId, containerId: CHAT, messageId: "1", hostedContentId: "hc-1" },
        { sha256, contentType: "image/png", bytes: png },
      );
      await recordUsage(tx, tenantId, "B", { requests: 3, messages: 5, bytes: 4096, throttled: 1 });
    });
  });

  it("shows progress summed from the tasks", async () => {
    const view = (await get(`/v1/exports/${exportId}`)).json();
    expect(view).toMatchObject({
      status: "running",
      progress: { tasksTotal: 1, tasksDone: 0, pagesFetched: 1, messagesSeen: 5, messagesStored: 5 },
    });
    expect(view.progress.tasksByStatus).toEqual({ running: 1 });
  });

  it("pages through the export's versions and streams the same set as NDJSON", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/v1/exports/${exportId}/messages?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.statusCode).toBe(200);
      for (const m of res.json().data) seen.push(`${m.containerId}|${m.messageId}|${m.etag}`);
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    const stream = await get(`/v1/exports/${exportId}/messages.ndjson`);
    expect(stream.headers["content-type"]).toMatch(/application\/x-ndjson/);
    const lines = stream.body
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((m) => `${m.containerId}|${m.messageId}|${m.etag}`)).toEqual(seen);
    expect(lines.find((m) => m.messageId === "3").deletedDateTime).not.toBeNull();
  });

  it("filters the tenant archive by sender, chat, team, channel, time and deletion", async () => {
    const ids = async (query: string) =>
      (await get(`/v1/tenants/${tenantId}/messages?${query}`))
        .json()
        .data.map((m: { messageId: string }) => m.messageId);
    expect(await ids("")).toEqual(["1", "2", "3", "4"]);
    expect(await ids("userId=u-1")).toEqual(["1", "3"]);
    expect(await ids(`chatId=${encodeURIComponent(CHAT)}`)).toEqual(["1", "2", "3"]);
    expect(await ids(`teamId=${TEAM}&channelId=${encodeURIComponent(CHANNEL)}`)).toEqual(["4"]);
    expect(await ids("from=2026-11-01T10:03:00Z&to=2026-11-01T10:05:00Z")).toEqual(["2", "3"]);
    expect(await ids("includeDeleted=false")).toEqual(["1", "2", "4"]);
    const current = (await get(`/v1/tenants/${tenantId}/messages?userId=u-2`)).json().data[0];
    expect(current.etag).toBe("e2b");
    const withImage = (await get(`/v1/tenants/${tenantId}/messages?userId=u-1`)).json().data[0];
    expect(withImage.hostedContents).toEqual([
      { hostedContentId: "hc-1", sha256, downloadUrl: `/v1/tenants/${tenantId}/hosted-contents/${sha256}` },
    ]);
    const streamed = await get(`/v1/tenants/${tenantId}/messages.ndjson?userId=u-1`);
    expect(streamed.body.trim().split("\n")).toHaveLength(2);
    expect((await get(`/v1/tenants/${tenantId}/messages`, globex)).statusCode).toBe(404);
  });

  it("downloads a hosted content only for a tenant that uses it", async () => {
    const res = await get(`/v1/tenants/${tenantId}/hosted-contents/${sha256}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(createHash("sha256").update(res.rawPayload).digest("hex")).toBe(sha256);
    expect((await get(`/v1/tenants/${otherTenantId}/hosted-contents/${sha256}`, globex)).statusCode).toBe(
      404,
    );
    expect((await get(`/v1/tenants/${tenantId}/hosted-contents/not-a-hash`)).statusCode).toBe(400);
  });

  it("reports usage and the legacy-billing estimate", async () => {
    const usage = (await get(`/v1/tenants/${tenantId}/usage`)).json();
    expect(usage).toMatchObject({ model: "B", requests: 3, messages: 5, bytes: 4096, throttled: 1 });
    expect(usage.estimatedCostUsd).toBe(0); // 5 × $0.00075, rounded to cents
    expect((await get(`/v1/tenants/${tenantId}/usage?month=2026-13`)).statusCode).toBe(400);
  });

  it("cancels a running export once, and redrives dead tasks", async () => {
    const cancelled = await post(`/v1/exports/${exportId}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe("cancelled");
    expect((await t.app.db.exportTask.findFirstOrThrow({ where: { exportId } })).status).toBe("cancelled");
    expect((await post(`/v1/exports/${exportId}/cancel`)).statusCode).toBe(409);

    const other = (await post(`/v1/tenants/${tenantId}/exports`, { scope: "user", userId: "u-9" })).json().id;
    await t.app.db.exportTask.updateMany({
      where: { exportId: other },
      data: { status: "dead", error: "gave up" },
    });
    await t.app.db.export.update({ where: { id: other }, data: { status: "failed" } });
    const redriven = await post(`/v1/exports/${other}/redrive`);
    expect(redriven.json()).toEqual({ redriven: 1 });
    expect((await t.app.db.exportTask.findFirstOrThrow({ where: { exportId: other } })).status).toBe(
      "pending",
    );
    expect((await get(`/v1/exports/${other}`)).json().status).toBe("running");
    const dead = await get(`/v1/exports/${other}/tasks?status=dead`);
    expect(dead.json().data).toHaveLength(0);
  });
});

describe("continuous export schedule", () => {
  it("creates, reads, replaces and deletes a tenant's schedule", async () => {
    const put = (payload: Record<string, unknown>) =>
      t.app.inject({ method: "PUT", url: `/v1/tenants/${tenantId}/schedule`, headers: acme.auth, payload });
    const created = await put({ intervalSeconds: 900, overlapSeconds: 1800 });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ intervalSeconds: 900, overlapSeconds: 1800, enabled: true });
    expect((await put({ intervalSeconds: 900, enabled: false })).json()).toMatchObject({ enabled: false });
    expect((await get(`/v1/tenants/${tenantId}/schedule`)).json()).toMatchObject({ overlapSeconds: 3600 });
    expect((await put({ intervalSeconds: 5 })).statusCode).toBe(400);
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/v1/tenants/${tenantId}/schedule`,
      headers: acme.auth,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(`/v1/tenants/${tenantId}/schedule`)).statusCode).toBe(404);
  });
});
