import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addKey,
  buildTestApp,
  createAccount,
  createActiveTenant,
  type TestAccount,
  type TestApp,
} from "./helpers";

// Tenants: creation, payment model and its history, offboarding, purge.

let t: TestApp;
let acme: TestAccount;

const call = (
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
  auth = acme.auth,
) =>
  t.app.inject({
    method,
    url,
    headers: auth,
    ...(payload ? { payload: payload as Record<string, unknown> } : {}),
  });

const ATTESTATION = { purpose: "compliance", attestedBy: "dpo@acme.example" };

beforeAll(async () => {
  t = await buildTestApp();
  acme = await createAccount(t.app, "Acme");
});
afterAll(async () => t?.close());

describe("creating tenants", () => {
  it("validates the body with the shared zod schema", async () => {
    const missing = await call("POST", "/v1/tenants", {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: "validation_failed" });
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toContain("model");
    const badModel = await call("POST", "/v1/tenants", { model: "C" });
    expect(badModel.statusCode).toBe(400);
    const badUrl = await call("POST", "/v1/tenants", { model: "B", returnUrl: "javascript:alert(1)" });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().errors[0].path).toBe("returnUrl");
  });

  it("needs an attestation for model A", async () => {
    const res = await call("POST", "/v1/tenants", { model: "A" });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        path: "attestation",
        message: expect.stringContaining("security and compliance"),
      }),
    ]);
    const bad = await call("POST", "/v1/tenants", {
      model: "A",
      attestation: { purpose: "marketing", attestedBy: "x" },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await call("POST", "/v1/tenants", { model: "A", attestation: ATTESTATION });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      model: "A",
      modelAttestation: ATTESTATION,
      graphModelParameter: "A",
      status: "pending_consent",
      entraTenantId: null,
    });
    expect(ok.headers.location).toBe(`/v1/tenants/${ok.json().id}`);
  });

  it("records the tenant's cloud at onboarding; its consent URL names that cloud's Entra ID and Graph", async () => {
    const global = await call("POST", "/v1/tenants", { model: "B" });
    expect(global.json().cloud).toBe("global");
    expect(new URL(global.json().consentUrl).searchParams.get("scope")).toBe(
      "https://graph.microsoft.com/.default",
    );
    for (const [cloud, login, graph] of [
      ["usGovL4", "login.microsoftonline.us", "graph.microsoft.us"],
      ["usGovL5", "login.microsoftonline.us", "dod-graph.microsoft.us"],
      ["china", "login.partner.microsoftonline.cn", "microsoftgraph.chinacloudapi.cn"],
    ] as const) {
      const res = await call("POST", "/v1/tenants", { model: "B", cloud });
      expect(res.statusCode).toBe(201);
      expect(res.json().cloud).toBe(cloud);
      const url = new URL(res.json().consentUrl);
      expect(url.origin).toBe(`https://${login}`);
      expect(url.pathname).toBe("/organizations/v2.0/adminconsent");
      expect(url.searchParams.get("scope")).toBe(`https://${graph}/.default`);
      expect((await call("GET", `/v1/tenants/${res.json().id}`)).json().cloud).toBe(cloud);
    }
    expect((await call("POST", "/v1/tenants", { model: "B", cloud: "mars" })).statusCode).toBe(400);
  });

  it("lists the account's tenants, filtered by status, page by page", async () => {
    const account = await createAccount(t.app, "Lister");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await call("POST", "/v1/tenants", { model: "evaluation" }, account.auth)).json().id);
    const active = await createActiveTenant(t.app, account.accountId, randomUUID());
    const first = await call("GET", "/v1/tenants?limit=2", undefined, account.auth);
    expect(first.json().data).toHaveLength(2);
    expect(first.json().data[0].id).toBe(active.id);
    const second = await call(
      "GET",
      `/v1/tenants?limit=2&cursor=${first.json().nextCursor}`,
      undefined,
      account.auth,
    );
    expect(second.json().data.map((x: { id: string }) => x.id)).toEqual([ids[1], ids[0]]);
    expect(second.json().nextCursor).toBeNull();
    const onlyActive = await call("GET", "/v1/tenants?status=active", undefined, account.auth);
    expect(onlyActive.json().data.map((x: { id: string }) => x.id)).toEqual([active.id]);
    expect(onlyActive.json().data[0].graphModelParameter).toBe("B");
  });
});

describe("payment model", () => {
  it("records every change: who, when, from, to; A needs an attestation", async () => {
    const id = (await call("POST", "/v1/tenants", { model: "evaluation", displayName: "Fabrikam" })).json()
      .id;
    const writer = await addKey(t.app, acme.accountId, ["write", "read"]);

    const noAttestation = await call("PATCH", `/v1/tenants/${id}`, { model: "A" }, writer.auth);
    expect(noAttestation.statusCode).toBe(400);
    expect(noAttestation.json().errors[0].path).toBe("attestation");

    const toA = await call(
      "PATCH",
      `/v1/tenants/${id}`,
      { model: "A", attestation: ATTESTATION },
      writer.auth,
    );
    expect(toA.statusCode).toBe(200);
    expect(toA.json()).toMatchObject({ model: "A", modelAttestation: ATTESTATION, graphModelParameter: "A" });

    const rename = await call("PATCH", `/v1/tenants/${id}`, {
      displayName: "Fabrikam Ltd",
      returnUrl: "https://isv.example/x",
    });
    expect(rename.json()).toMatchObject({
      model: "A",
      displayName: "Fabrikam Ltd",
      returnUrl: "https://isv.example/x",
    });

    const toB = await call("PATCH", `/v1/tenants/${id}`, { model: "B" });
    expect(toB.json()).toMatchObject({ model: "B", modelAttestation: null, graphModelParameter: "B" });
    const same = await call("PATCH", `/v1/tenants/${id}`, { model: "B" });
    expect(same.statusCode).toBe(200);

    const history = await call("GET", `/v1/tenants/${id}/model-changes`);
    expect(history.statusCode).toBe(200);
    const changes = history.json().data;
    expect(
      changes.map((c: { fromModel: string | null; toModel: string }) => [c.fromModel, c.toModel]),
    ).toEqual([
      ["A", "B"],
      ["evaluation", "A"],
      [null, "evaluation"],
    ]);
    expect(changes[1]).toMatchObject({ changedBy: `api_key:${writer.keyId}`, attestation: ATTESTATION });
    expect(changes[0].changedBy).toBe(`api_key:${acme.keyId}`);
    expect(Date.parse(changes[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(changes[1].createdAt));

    const audit = await t.app.db.auditEvent.findMany({
      where: { targetId: id, action: "tenant.model_changed" },
    });
    expect(audit).toHaveLength(2);
  });
});

describe("offboarding and purge", () => {
  async function seedArchive(tenantId: string, accountId: string, shared: string, own: string) {
    const db = t.app.db;
    const exp = await db.export.create({
      data: {
        accountId,
        tenantId,
        scope: "user",
        targetId: "u1",
        status: "running",
        tasks: { create: { tenantId, kind: "user_chats", targetId: "u1", status: "running" } },
      },
      include: { tasks: true },
    });
    for (const messageId of ["1", "2", "3"]) {
      await db.messageVersion.create({
        data: {
          tenantId,
          containerId: "19:chat",
          messageId,
          etag: "1",
          jsonHash: new Uint8Array(0),
          raw: { id: messageId },
        },
      });
      await db.message.create({
        data: {
          tenantId,
          containerId: "19:chat",
          messageId,
          containerType: "chat",
          etag: "1",
        },
      });
      await db.exportMessage.create({
        data: { exportId: exp.id, containerId: "19:chat", messageId, etag: "1" },
      });
    }
    for (const sha of [shared, own]) {
      await db.hostedContent.upsert({
        where: { sha256: sha },
        create: { sha256: sha, contentType: "image/png", size: 1, bytes: Buffer.from([1]) },
        update: {},
      });
      await db.messageHostedContent.create({
        data: {
          tenantId,
          containerId: "19:chat",
          messageId: "1",
          hostedContentId: sha,
          path: "/x",
          taskId: exp.tasks[0]!.id,
          sha256: sha,
        },
      });
    }
    await db.messageHostedListing.create({
      data: {
        tenantId,
        containerId: "19:chat",
        messageId: "2",
        etag: "1",
        path: "/v1.0/chats/19%3Achat/messages/2",
        taskId: exp.tasks[0]!.id,
      },
    });
    await db.exportSchedule.create({
      data: { accountId, tenantId, intervalSeconds: 3600, nextRunAt: new Date() },
    });
    return exp;
  }

  it("offboards: no new exports, open work cancelled, archive kept; then purge deletes it, audited", async () => {
    const entra = randomUUID();
    const tenant = await createActiveTenant(t.app, acme.accountId, entra);
    const neighbour = await createActiveTenant(t.app, acme.accountId, randomUUID());
    const exp = await seedArchive(tenant.id, acme.accountId, "a".repeat(64), "b".repeat(64));
    await seedArchive(neighbour.id, acme.accountId, "a".repeat(64), "c".repeat(64));

    // Purge before offboarding is refused, and needs admin and a confirmation.
    const early = await call("POST", `/v1/tenants/${tenant.id}/purge`, { confirm: tenant.id });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: "tenant_not_offboarded" });

    const off = await call("DELETE", `/v1/tenants/${tenant.id}`);
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ status: "offboarded", entraTenantId: entra });
    expect(off.json().offboardedAt).not.toBeNull();
    expect((await call("DELETE", `/v1/tenants/${tenant.id}`)).json().status).toBe("offboarded");

    const row = await t.app.db.export.findUniqueOrThrow({ where: { id: exp.id }, include: { tasks: true } });
    expect(row.status).toBe("cancelled");
    expect(row.tasks[0]?.status).toBe("cancelled");
    expect((await t.app.db.exportSchedule.findFirstOrThrow({ where: { tenantId: tenant.id } })).enabled).toBe(
      false,
    );
    const refused = await call("POST", `/v1/tenants/${tenant.id}/exports`, { scope: "user", userId: "u1" });
    expect(refused.statusCode).toBe(409);
    const patch = await call("PATCH", `/v1/tenants/${tenant.id}`, { model: "evaluation" });
    expect(patch.statusCode).toBe(409);
    expect(patch.json()).toMatchObject({ code: "tenant_offboarded" });
    // The archive is still there.
    expect(await t.app.db.messageVersion.count({ where: { tenantId: tenant.id } })).toBe(3);

    const writer = await addKey(t.app, acme.accountId, ["read", "write"]);
    expect(
      (await call("POST", `/v1/tenants/${tenant.id}/purge`, { confirm: tenant.id }, writer.auth)).statusCode,
    ).toBe(403);
    const unconfirmed = await call("POST", `/v1/tenants/${tenant.id}/purge`, { confirm: "yes" });
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json()).toMatchObject({ code: "purge_not_confirmed" });
    expect((await call("POST", `/v1/tenants/${tenant.id}/purge`, {})).statusCode).toBe(400);

    const purged = await call("POST", `/v1/tenants/${tenant.id}/purge`, { confirm: tenant.id });
    expect(purged.statusCode).toBe(200);
    expect(purged.json().deleted).toEqual({
      hostedContents: 1,
      hostedContentRefs: 2,
      hostedContentListings: 1,
      exportMessages: 3,
      messages: 3,
      messageVersions: 3,
      watermarks: 0,
      exportBundles: 0,
      archiveLedger: 3,
      archiveDeletions: 0,
      retentionRuns: 0,
      retentionPolicies: 0,
      legalHolds: 0,
      conversationContexts: 0,
      conversationContextHistory: 0,
      directoryUsers: 0,
      directoryUserHistory: 0,
      exports: 1,
      schedules: 1,
    });
    const db = t.app.db;
    expect(await db.messageVersion.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await db.message.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await db.export.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await db.exportTask.count({ where: { tenantId: tenant.id } })).toBe(0);
    // The neighbour keeps everything, the shared bytes included.
    expect(await db.messageVersion.count({ where: { tenantId: neighbour.id } })).toBe(3);
    expect(
      await db.hostedContent.count({ where: { sha256: { in: ["a".repeat(64), "c".repeat(64)] } } }),
    ).toBe(2);
    expect(await db.hostedContent.count({ where: { sha256: "b".repeat(64) } })).toBe(0);

    const after = (await call("GET", `/v1/tenants/${tenant.id}`)).json();
    expect(after).toMatchObject({ status: "offboarded", entraTenantId: null });
    expect(after.purgedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { targetId: tenant.id, action: "tenant.purged" },
    });
    expect(audit.actor).toBe(`api_key:${acme.keyId}`);
    expect(audit.data).toMatchObject({ entraTenantId: entra, deleted: { messageVersions: 3 } });
    const trail = await call("GET", "/v1/audit-events?limit=100");
    expect(
      trail.json().data.map((e: { action: string; targetId: string }) => `${e.action}:${e.targetId}`),
    ).toEqual(expect.arrayContaining([`tenant.offboarded:${tenant.id}`, `tenant.purged:${tenant.id}`]));

    // The directory is free again: another account can onboard it.
    const other = await createAccount(t.app, "Next owner");
    await expect(createActiveTenant(t.app, other.accountId, entra)).resolves.toMatchObject({
      entraTenantId: entra,
    });
  });
});
