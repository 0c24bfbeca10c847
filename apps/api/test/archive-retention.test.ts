import {
  applyDueRetention,
  applyRetentionPolicy,
  chainTenant,
  type GraphChatMessage,
  lockTenantHolds,
  pgPoolOf,
  storeMessagePage,
} from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addKey,
  buildTestApp,
  createAccount,
  createActiveTenant,
  type TestAccount,
  type TestApp,
} from "./helpers";

// Legal holds and retention: defensible, audited deletions that never touch held messages.

let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;

function msg(
  chatId: string,
  id: string,
  created: string,
  from: string,
  extra: Partial<GraphChatMessage> = {},
) {
  return {
    id,
    etag: "1",
    chatId,
    messageType: "message",
    createdDateTime: created,
    lastModifiedDateTime: created,
    from: { user: { id: from } },
    body: { contentType: "html", content: `<p>${id}</p>` },
    ...extra,
  } as GraphChatMessage;
}

/** A tenant of Acme's with an export to store pages under. */
async function tenantWith(messages: GraphChatMessage[][]) {
  const tenant = await createActiveTenant(t.app, acme.accountId, crypto.randomUUID());
  const exp = await t.app.db.export.create({
    data: { accountId: acme.accountId, tenantId: tenant.id, scope: "tenant", options: {} },
  });
  const task = await t.app.db.exportTask.create({
    data: { exportId: exp.id, tenantId: tenant.id, kind: "user_chats", targetId: "u" },
  });
  for (const page of messages) {
    await t.app.db.$transaction((tx) =>
      storeMessagePage(tx, { tenantId: tenant.id, exportId: exp.id, taskId: task.id, messages: page }),
    );
  }
  return tenant.id;
}

const post = (account: TestAccount, url: string, payload: Record<string, unknown> = {}) =>
  t.app.inject({ method: "POST", url, headers: account.auth, payload });
const get = (account: TestAccount, url: string) =>
  t.app.inject({ method: "GET", url, headers: account.auth });

async function remaining(tenantId: string) {
  const rows = await pgPoolOf(t.app.db).query<{ message_id: string }>(
    "SELECT message_id FROM messages WHERE tenant_id = $1 ORDER BY message_id",
    [tenantId],
  );
  return rows.rows.map((r) => r.message_id);
}

const OLD = "2020-03-01T10:00:00.000Z";
const RECENT = new Date(Date.now() - 24 * 3600 * 1000).toISOString();

beforeAll(async () => {
  t = await buildTestApp();
  acme = await createAccount(t.app, "Acme");
  globex = await createAccount(t.app, "Globex");
});
afterAll(async () => t?.close());

describe("retention with legal holds", () => {
  it("deletes what the policy covers, keeps what a hold covers, records and audits every deletion", async () => {
    const tenantId = await tenantWith([
      [
        msg("19:held", "a1", OLD, "alice"),
        msg("19:held", "a2", OLD, "bob"),
        msg("19:free", "b1", OLD, "bob"),
      ],
      [msg("19:free", "b1", OLD, "bob", { etag: "2", lastModifiedDateTime: "2020-03-02T00:00:00.000Z" })],
      [msg("19:free", "b2", RECENT, "bob"), msg("19:free", "b3", OLD, "carol")],
    ]);
    const hold = await post(acme, `/v1/tenants/${tenantId}/legal-holds`, {
      scope: "chat",
      chatId: "19:held",
      name: "Matter 42",
      reason: "litigation",
    });
    expect(hold.statusCode, hold.body).toBe(201);
    expect(hold.json()).toMatchObject({ status: "active", criteria: { chatId: "19:held" } });
    expect((await get(acme, `/v1/legal-holds/${hold.json().id}`)).json().messages).toBe(2);

    const policy = await post(acme, `/v1/tenants/${tenantId}/retention-policies`, {
      name: "one year",
      basis: "created",
      keepDays: 365,
    });
    expect(policy.statusCode, policy.body).toBe(201);
    const run = await post(acme, `/v1/retention-policies/${policy.json().id}/run`);
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ status: "completed", messages: 2, versions: 3, held: 2 });
    expect(await remaining(tenantId)).toEqual(["a1", "a2", "b2"]);

    // What, when, under which policy and run: one record per deleted version, with the hash the ledger has.
    const deletions = await t.app.db.archiveDeletion.findMany({
      where: { tenantId },
      orderBy: { id: "asc" },
    });
    expect(deletions.map((d) => [d.messageId, d.etag])).toEqual([
      ["b1", "1"],
      ["b1", "2"],
      ["b3", "1"],
    ]);
    expect(new Set(deletions.map((d) => d.runId))).toEqual(new Set([run.json().id]));
    expect(deletions.every((d) => d.policyId === policy.json().id)).toBe(true);
    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { accountId: acme.accountId, action: "retention.applied", targetId: policy.json().id },
    });
    expect(audit.data).toMatchObject({ runId: run.json().id, messages: 2, versions: 3, held: 2 });
    expect(
      await t.app.db.exportMessage.count({
        where: { messageId: { in: ["b1", "b3"] }, containerId: "19:free" },
      }),
    ).toBe(0);

    // The chain still verifies: a version that is gone by a recorded deletion is no tampering.
    await chainTenant(t.app.db, tenantId);
    const verified = (await get(acme, `/v1/tenants/${tenantId}/ledger/verify`)).json();
    expect(verified).toMatchObject({ ok: true, entries: 6, deletedByRetention: 3, failures: [] });

    // Released, the hold keeps nothing: the next run deletes the rest of what the policy covers.
    const released = await post(acme, `/v1/legal-holds/${hold.json().id}/release`);
    expect(released.json()).toMatchObject({
      status: "released",
      releasedBy: expect.stringMatching(/^api_key:/),
    });
    expect((await post(acme, `/v1/legal-holds/${hold.json().id}/release`)).json().releasedAt).toBe(
      released.json().releasedAt,
    );
    const second = (await post(acme, `/v1/retention-policies/${policy.json().id}/run`)).json();
    expect(second).toMatchObject({ messages: 2, held: 0 });
    expect(await remaining(tenantId)).toEqual(["b2"]);
    const runs = (await get(acme, `/v1/retention-policies/${policy.json().id}/runs`)).json();
    expect(runs.data.map((r: { id: string }) => r.id)).toEqual([second.id, run.json().id]);
  });

  it("a user hold keeps what the user sent and the chats the user wrote in; a query hold its matches", async () => {
    const tenantId = await tenantWith([
      [
        msg("19:with-dana", "d1", OLD, "dana"),
        msg("19:with-dana", "d2", OLD, "erin"),
        msg("19:without", "x1", OLD, "erin"),
        msg("19:without", "x2", "2020-06-01T00:00:00.000Z", "erin"),
        msg("19:other", "y1", OLD, "erin"),
      ],
    ]);
    await post(acme, `/v1/tenants/${tenantId}/legal-holds`, { scope: "user", userId: "dana", name: "Dana" });
    await post(acme, `/v1/tenants/${tenantId}/legal-holds`, {
      scope: "query",
      name: "June",
      query: { chatId: "19:without", from: "2020-05-01T00:00:00Z" },
    });
    const policy = (
      await post(acme, `/v1/tenants/${tenantId}/retention-policies`, {
        name: "y",
        basis: "created",
        keepDays: 30,
      })
    ).json();
    const run = await applyRetentionPolicy(t.app.db, policy.id);
    expect(run).toMatchObject({ messages: 2, held: 3 });
    expect(await remaining(tenantId)).toEqual(["d1", "d2", "x2"]);
  });

  it("a deletion-based policy deletes only messages deleted in Teams long enough ago", async () => {
    const tenantId = await tenantWith([
      [
        msg("19:c", "gone", OLD, "f", { deletedDateTime: "2020-04-01T00:00:00.000Z", body: { content: "" } }),
        msg("19:c", "recent-gone", OLD, "f", { deletedDateTime: RECENT, body: { content: "" } }),
        msg("19:c", "kept", OLD, "f"),
      ],
    ]);
    const policy = (
      await post(acme, `/v1/tenants/${tenantId}/retention-policies`, {
        name: "d",
        basis: "deleted",
        keepDays: 7,
      })
    ).json();
    expect(await applyRetentionPolicy(t.app.db, policy.id)).toMatchObject({ messages: 1, held: 0 });
    expect(await remaining(tenantId)).toEqual(["kept", "recent-gone"]);
  });

  it("a hold placed while a run is going is honoured by that run", async () => {
    const tenantId = await tenantWith([[msg("19:race", "r1", OLD, "g"), msg("19:race", "r2", OLD, "g")]]);
    const policy = await t.app.db.retentionPolicy.create({
      data: { accountId: acme.accountId, tenantId, name: "race", basis: "created", keepDays: 1 },
    });
    // A hold being created holds the tenant's hold lock until it commits; the run's batch waits for it.
    const client = await pgPoolOf(t.app.db).connect();
    try {
      await client.query("BEGIN");
      await lockTenantHolds(client, tenantId);
      const running = applyRetentionPolicy(t.app.db, policy.id);
      await new Promise((r) => setTimeout(r, 300));
      await client.query(
        `INSERT INTO legal_holds (id, account_id, tenant_id, name, scope, criteria, created_by)
         VALUES (gen_random_uuid(), $1, $2, 'late', 'tenant', '{}', 'test')`,
        [acme.accountId, tenantId],
      );
      await client.query("COMMIT");
      expect(await running).toMatchObject({ messages: 0 });
    } finally {
      client.release();
    }
    expect(await remaining(tenantId)).toEqual(["r1", "r2"]);
  });

  it("the worker's pass applies due policies once per period, enabled ones only", async () => {
    const tenantId = await tenantWith([[msg("19:w", "w1", OLD, "h")]]);
    const off = await t.app.db.retentionPolicy.create({
      data: {
        accountId: acme.accountId,
        tenantId,
        name: "off",
        basis: "created",
        keepDays: 1,
        enabled: false,
      },
    });
    expect((await applyDueRetention(t.app.db)).some((r) => r.policyId === off.id)).toBe(false);
    expect(await remaining(tenantId)).toEqual(["w1"]);
    const on = await t.app.db.retentionPolicy.create({
      data: { accountId: acme.accountId, tenantId, name: "on", basis: "created", keepDays: 1 },
    });
    expect((await applyDueRetention(t.app.db)).filter((r) => r.policyId === on.id)).toHaveLength(1);
    expect((await applyDueRetention(t.app.db)).filter((r) => r.policyId === on.id)).toHaveLength(0);
    expect(await remaining(tenantId)).toEqual([]);
  });

  it("refuses to purge a tenant under an active hold", async () => {
    const tenant = await t.app.db.tenant.create({
      data: { accountId: acme.accountId, model: "B", status: "offboarded", offboardedAt: new Date() },
    });
    await post(acme, `/v1/tenants/${tenant.id}/legal-holds`, { scope: "tenant", name: "all" });
    const res = await post(acme, `/v1/tenants/${tenant.id}/purge`, { confirm: tenant.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("tenant_under_legal_hold");
  });
});

describe("hold and policy requests", () => {
  it("answer bad input with problems, missing scopes with 403, and other accounts with 404", async () => {
    const tenantId = await tenantWith([]);
    const base = `/v1/tenants/${tenantId}`;
    for (const payload of [
      { scope: "user", name: "no user" },
      { scope: "query", name: "empty", query: {} },
      { scope: "everything", name: "x" },
      { scope: "tenant", name: "" },
    ]) {
      const res = await post(acme, `${base}/legal-holds`, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
    expect(
      (await post(acme, `${base}/retention-policies`, { name: "x", basis: "created", keepDays: 0 }))
        .statusCode,
    ).toBe(400);
    const policy = (
      await post(acme, `${base}/retention-policies`, { name: "p", basis: "created", keepDays: 9 })
    ).json();
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/v1/retention-policies/${policy.id}`,
      headers: acme.auth,
      payload: {},
    });
    expect(patch.statusCode).toBe(400);

    const writer = await addKey(t.app, acme.accountId, ["read", "write"]);
    const hold = await post(writer, `${base}/legal-holds`, { scope: "tenant", name: "w" });
    expect(hold.statusCode).toBe(201);
    expect((await post(writer, `/v1/legal-holds/${hold.json().id}/release`)).statusCode).toBe(403);
    expect(
      (await post(writer, `${base}/retention-policies`, { name: "p", basis: "created", keepDays: 9 }))
        .statusCode,
    ).toBe(403);
    expect((await get(globex, `/v1/legal-holds/${hold.json().id}`)).statusCode).toBe(404);
    expect((await get(globex, `${base}/legal-holds`)).statusCode).toBe(404);

    const audit = await t.app.db.auditEvent.findMany({
      where: { accountId: acme.accountId, targetId: { in: [hold.json().id, policy.id] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["legal_hold.created", "retention_policy.created"]);
  });
});
