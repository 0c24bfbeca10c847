import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admitTasks, createDb, type Db } from "../src/index";

let env: TestEnvironment;
let db: Db;

beforeAll(async () => {
  env = await createTestEnvironment();
  db = createDb({ databaseUrl: env.databaseUrl, maxConnections: 8 });
});
afterAll(async () => {
  await db?.$disconnect();
  await env?.cleanup();
});

async function tenantWithPending(tasks: number) {
  const account = await db.account.create({ data: { name: "Admission ISV" } });
  const tenant = await db.tenant.create({ data: { accountId: account.id, model: "B", status: "active" } });
  const exp = await db.export.create({
    data: { accountId: account.id, tenantId: tenant.id, scope: "tenant", options: {}, status: "running" },
  });
  for (let i = 0; i < tasks; i++) {
    await db.exportTask.create({
      data: { exportId: exp.id, tenantId: tenant.id, kind: "user_chats", targetId: `u${i}` },
    });
  }
  return tenant.id;
}

describe("admitTasks", () => {
  it("never admits more than the limit, however many admitters run at once", async () => {
    const tenantId = await tenantWithPending(40);
    const admitted = (
      await Promise.all(Array.from({ length: 24 }, () => admitTasks(db, tenantId, 5)))
    ).flat();
    expect(admitted).toHaveLength(5);
    expect(new Set(admitted).size).toBe(5);
    expect(await db.exportTask.count({ where: { tenantId, admittedAt: { not: null } } })).toBe(5);
  });

  it("admits the oldest waiting tasks as admitted ones finish", async () => {
    const tenantId = await tenantWithPending(4);
    const first = await admitTasks(db, tenantId, 2);
    expect(first).toHaveLength(2);
    expect(await admitTasks(db, tenantId, 2)).toEqual([]);
    await db.exportTask.update({ where: { id: first[0] as string }, data: { status: "completed" } });
    const next = await admitTasks(db, tenantId, 2);
    const oldestWaiting = await db.exportTask.findMany({
      where: { tenantId, id: { notIn: first } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 1,
    });
    expect(next).toEqual([oldestWaiting[0]?.id]);
  });

  it("refuses what is not a tenant id", async () => {
    await expect(admitTasks(db, "x'); DROP TABLE export_tasks; --", 2)).rejects.toThrow("not a tenant id");
  });
});
