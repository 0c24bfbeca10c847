import { randomUUID } from "node:crypto";
import { WEBHOOK_EVENT_TYPES, webhookEventSchemas } from "@capstan/contracts";
import { createDb, type Db, withTransaction } from "@capstan/db";
import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  disableEndpoint,
  emitEvent,
  emitExportEvent,
  emitTenantEvent,
  emitUsageThresholds,
  endpointSecretBinding,
  generateSigningSecret,
  SecretBox,
} from "../src/index";

let env: TestEnvironment;
let db: Db;
let accountId: string;
let otherAccountId: string;
const box = new SecretBox(Buffer.alloc(32, 1));

async function addEndpoint(account: string, events: string[], enabled = true) {
  const id = randomUUID();
  return db.webhookEndpoint.create({
    data: {
      id,
      accountId: account,
      url: `https://hooks.partner.example/${id}`,
      events,
      enabled,
      secretCiphertext: box.encrypt(generateSigningSecret(), endpointSecretBinding(id)),
    },
  });
}

beforeAll(async () => {
  env = await createTestEnvironment();
  db = createDb({ databaseUrl: env.databaseUrl, maxConnections: 4 });
  accountId = (await db.account.create({ data: { name: "Partner" } })).id;
  otherAccountId = (await db.account.create({ data: { name: "Someone else" } })).id;
});
afterAll(async () => {
  await db?.$disconnect();
  await env?.cleanup();
});

describe("emitEvent: the transactional outbox", () => {
  it("writes the event and one delivery per enabled, subscribed endpoint of the account", async () => {
    const all = await addEndpoint(accountId, ["*"]);
    const exports = await addEndpoint(accountId, ["export.completed", "export.failed"]);
    await addEndpoint(accountId, ["tenant.consented"]);
    await addEndpoint(accountId, ["export.completed"], false);
    await addEndpoint(otherAccountId, ["*"]);

    const exportId = randomUUID();
    const emitted = await withTransaction(db, (tx) =>
      emitEvent(tx, {
        accountId,
        type: "export.failed",
        data: {
          export: {
            id: exportId,
            tenantId: randomUUID(),
            scope: "user",
            targetId: "user-1",
            scheduleId: null,
            status: "failed",
            createdAt: new Date().toISOString(),
            startedAt: null,
            finishedAt: new Date().toISOString(),
          },
          summary: {
            tasksTotal: 1,
            tasksCompleted: 0,
            tasksFailed: 1,
            messagesStored: 0,
            versionsNew: 0,
            hostedContents: 0,
          },
          error: "1 task(s) failed",
        },
      }),
    );
    expect(emitted?.deliveries).toBe(2);
    const event = await db.webhookEvent.findUniqueOrThrow({ where: { id: emitted?.eventId } });
    const body = JSON.parse(event.body);
    expect(body).toMatchObject({ id: event.id, type: "export.failed", version: 1, accountId });
    expect(webhookEventSchemas["export.failed"].parse(body).data.export.id).toBe(exportId);
    const deliveries = await db.webhookDelivery.findMany({ where: { eventId: event.id } });
    expect(deliveries.map((d) => d.endpointId).sort()).toEqual([all.id, exports.id].sort());
    expect(deliveries.every((d) => d.status === "pending" && d.nextAttemptAt !== null)).toBe(true);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const before = await db.webhookEvent.count();
    await expect(
      withTransaction(db, async (tx) => {
        await emitEvent(tx, {
          accountId,
          type: "export.started",
          data: {
            export: {
              id: randomUUID(),
              tenantId: randomUUID(),
              scope: "tenant",
              targetId: null,
              scheduleId: null,
              status: "running",
              createdAt: new Date().toISOString(),
              startedAt: new Date().toISOString(),
              finishedAt: null,
            },
          },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.webhookEvent.count()).toBe(before);
  });

  it("refuses a payload that does not match its schema", async () => {
    await expect(
      withTransaction(db, (tx) =>
        emitEvent(tx, {
          accountId,
          type: "tenant.consented",
          // @ts-expect-error a wrong payload on purpose
          data: { tenant: { id: "not-a-uuid" } },
        }),
      ),
    ).rejects.toThrow();
  });

  it("records an event once per dedupe key", async () => {
    const input = {
      accountId,
      type: "usage.threshold_reached" as const,
      data: {
        tenantId: null,
        period: "2026-11",
        metric: "messages" as const,
        limitKind: "budget" as const,
        limit: 10,
        used: 8,
        thresholdPercent: 80 as const,
      },
      dedupeKey: "once",
    };
    const first = await withTransaction(db, (tx) => emitEvent(tx, input));
    const second = await withTransaction(db, (tx) => emitEvent(tx, input));
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(await db.webhookEvent.count({ where: { accountId, dedupeKey: "once" } })).toBe(1);
  });
});

describe("payload builders for the onboarding and export paths", () => {
  it("emitTenantEvent and emitExportEvent read the rows as the transaction sees them", async () => {
    const tenant = await db.tenant.create({
      data: { accountId, model: "B", status: "active", entraTenantId: randomUUID(), displayName: "Contoso" },
    });
    const consentedAt = new Date().toISOString();
    const consented = await withTransaction(db, (tx) =>
      emitTenantEvent(tx, tenant.id, "tenant.consented", { consentedAt }),
    );
    const consentEvent = await db.webhookEvent.findUniqueOrThrow({ where: { id: consented?.eventId } });
    expect(JSON.parse(consentEvent.body).data).toEqual({
      consentedAt,
      tenant: {
        id: tenant.id,
        entraTenantId: tenant.entraTenantId,
        displayName: "Contoso",
        model: "B",
        status: "active",
      },
    });

    const exp = await db.export.create({
      data: { accountId, tenantId: tenant.id, scope: "user", targetId: "u1", status: "completed" },
    });
    await db.exportTask.createMany({
      data: [
        {
          exportId: exp.id,
          tenantId: tenant.id,
          kind: "user_chats",
          targetId: "u1",
          status: "completed",
          messagesStored: 7,
          versionsNew: 5,
        },
        {
          exportId: exp.id,
          tenantId: tenant.id,
          kind: "user_chats",
          targetId: "u1",
          shard: 1,
          status: "skipped",
        },
      ],
    });
    const done = await withTransaction(db, (tx) => emitExportEvent(tx, exp.id, "export.completed", {}));
    const again = await withTransaction(db, (tx) => emitExportEvent(tx, exp.id, "export.completed", {}));
    expect(again).toBeNull(); // the same transition is reported once
    const body = JSON.parse((await db.webhookEvent.findUniqueOrThrow({ where: { id: done?.eventId } })).body);
    expect(webhookEventSchemas["export.completed"].parse(body).data).toMatchObject({
      export: { id: exp.id, status: "completed", targetId: "u1" },
      summary: { tasksTotal: 2, tasksCompleted: 2, tasksFailed: 0, messagesStored: 7, versionsNew: 5 },
    });
  });

  it("emitUsageThresholds fires 80% and 100% once each", async () => {
    const tenantId = randomUUID();
    const base = { accountId, tenantId, period: "2026-11", limitKind: "evaluation_cap" as const, limit: 500 };
    const run = (used: number, previousUsed?: number) =>
      withTransaction(db, (tx) =>
        emitUsageThresholds(tx, { ...base, used, ...(previousUsed !== undefined ? { previousUsed } : {}) }),
      );
    expect(await run(100)).toEqual([]);
    expect(await run(420, 100)).toEqual([80]);
    expect(await run(450)).toEqual([]); // 80% again: already told
    expect(await run(510, 450)).toEqual([100]);
    expect(await run(600)).toEqual([]);
    const events = await db.webhookEvent.findMany({
      where: { accountId, type: "usage.threshold_reached", dedupeKey: { startsWith: `usage:${tenantId}` } },
    });
    expect(events.map((e) => JSON.parse(e.body).data.thresholdPercent).sort()).toEqual([100, 80]);
  });

  it("has a schema and a version for every event type", () => {
    for (const type of WEBHOOK_EVENT_TYPES) expect(webhookEventSchemas[type]).toBeDefined();
  });
});

describe("disableEndpoint", () => {
  it("cancels pending deliveries, tells the account's other endpoints and records a notification", async () => {
    const account = (await db.account.create({ data: { name: "Disabling" } })).id;
    const failing = await addEndpoint(account, ["*"]);
    const other = await addEndpoint(account, ["webhook_endpoint.disabled"]);
    await withTransaction(db, (tx) =>
      emitEvent(tx, {
        accountId: account,
        type: "tenant.consent_failed",
        data: {
          tenant: {
            id: randomUUID(),
            entraTenantId: null,
            displayName: null,
            model: "A",
            status: "consent_failed",
          },
          error: { code: "access_denied", description: "The admin declined" },
        },
      }),
    );
    const changed = await withTransaction(db, (tx) =>
      disableEndpoint(tx, failing.id, { code: "gone", reason: "it answered 410 Gone." }),
    );
    expect(changed).toBe(true);
    expect(
      await withTransaction(db, (tx) => disableEndpoint(tx, failing.id, { code: "gone", reason: "x" })),
    ).toBe(false);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } });
    expect(row).toMatchObject({
      enabled: false,
      disabledCode: "gone",
      disabledReason: "it answered 410 Gone.",
    });
    expect(await db.webhookDelivery.count({ where: { endpointId: failing.id, status: "pending" } })).toBe(0);
    const told = await db.webhookDelivery.findMany({
      where: { endpointId: other.id },
      include: { event: true },
    });
    expect(told.map((d) => d.event.type)).toEqual(["webhook_endpoint.disabled"]);
    expect(JSON.parse(told[0]?.event.body as string).data).toMatchObject({
      endpoint: { id: failing.id, url: failing.url },
      code: "gone",
    });
    const notes = await db.accountNotification.findMany({ where: { accountId: account } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ type: "webhook_endpoint.disabled" });
  });
});
