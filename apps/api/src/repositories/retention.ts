import { applyRetentionPolicy, type Db, type RetentionPolicy, type RetentionRun } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { audit } from "./audit";
import { decodeCursor, encodeCursor } from "./cursor";

const policyView = (p: RetentionPolicy) => ({
  id: p.id,
  tenantId: p.tenantId,
  name: p.name,
  basis: p.basis,
  keepDays: p.keepDays,
  enabled: p.enabled,
  nextRunAt: p.nextRunAt.toISOString(),
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

export const runView = (r: RetentionRun) => ({
  id: r.id,
  policyId: r.policyId,
  tenantId: r.tenantId,
  status: r.status,
  cutoff: r.cutoff.toISOString(),
  messages: r.messages,
  versions: r.versions,
  held: r.held,
  error: r.error,
  startedAt: r.startedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/** Newest-first keyset page over (time, id). */
function keyset<T extends { id: string }>(rows: T[], limit: number, at: (r: T) => Date) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    page,
    nextCursor: rows.length > limit && last ? encodeCursor([at(last).toISOString(), last.id]) : null,
  };
}

function afterKey(cursor: string | undefined, field: "createdAt" | "startedAt") {
  const key = decodeCursor(cursor, 2, ["timestamp", "uuid"]);
  if (!key) return {};
  const at = new Date(key[0] as string);
  return { OR: [{ [field]: { lt: at } }, { [field]: at, id: { lt: key[1] as string } }] };
}

interface Who {
  accountId: string;
  actor: string;
  requestId: string;
}

/** Retention policies of an account's tenants, and their runs. */
export function retentionRepository(db: Db) {
  return {
    async create(
      tenantId: string,
      body: { name: string; basis: "created" | "deleted"; keepDays: number; enabled: boolean },
      who: Who,
    ) {
      return db.$transaction(async (tx) => {
        const p = await tx.retentionPolicy.create({ data: { ...body, tenantId, accountId: who.accountId } });
        await audit(tx, {
          accountId: who.accountId,
          actor: who.actor,
          action: "retention_policy.created",
          targetType: "retention_policy",
          targetId: p.id,
          data: { tenantId, ...body },
          requestId: who.requestId,
        });
        return policyView(p);
      });
    },

    async list(accountId: string, tenantId: string, q: { cursor?: string | undefined; limit: number }) {
      const rows = await db.retentionPolicy.findMany({
        where: { accountId, tenantId, ...afterKey(q.cursor, "createdAt") },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: q.limit + 1,
      });
      const { page, nextCursor } = keyset(rows, q.limit, (r) => r.createdAt);
      return { data: page.map(policyView), nextCursor };
    },

    async get(accountId: string, policyId: string) {
      const p = await db.retentionPolicy.findFirst({ where: { id: policyId, accountId } });
      return p ? policyView(p) : null;
    },

    async update(
      policyId: string,
      body: { name?: string | undefined; keepDays?: number | undefined; enabled?: boolean | undefined },
      who: Who,
    ) {
      const found = await db.retentionPolicy.findFirst({ where: { id: policyId, accountId: who.accountId } });
      if (!found) return null;
      const data = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      return db.$transaction(async (tx) => {
        const p = await tx.retentionPolicy.update({ where: { id: policyId }, data });
        await audit(tx, {
          accountId: who.accountId,
          actor: who.actor,
          action: "retention_policy.updated",
          targetType: "retention_policy",
          targetId: p.id,
          data: { tenantId: p.tenantId, before: policyView(found), changes: data },
          requestId: who.requestId,
        });
        return policyView(p);
      });
    },

    /** Applies the policy now (as the worker would) and answers the run. */
    async runNow(accountId: string, policyId: string) {
      const p = await db.retentionPolicy.findFirst({ where: { id: policyId, accountId } });
      if (!p) return null;
      const result = await applyRetentionPolicy(db, p.id);
      if (!result) return null;
      return runView(await db.retentionRun.findUniqueOrThrow({ where: { id: result.runId } }));
    },

    async runs(accountId: string, policyId: string, q: { cursor?: string | undefined; limit: number }) {
      const p = await db.retentionPolicy.findFirst({
        where: { id: policyId, accountId },
        select: { id: true },
      });
      if (!p) return null;
      const rows = await db.retentionRun.findMany({
        where: { policyId, accountId, ...afterKey(q.cursor, "startedAt") },
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        take: q.limit + 1,
      });
      const { page, nextCursor } = keyset(rows, q.limit, (r) => r.startedAt);
      return { data: page.map(runView), nextCursor };
    },
  };
}

declare module "fastify" {
  interface FastifyInstance {
    retentionRepository: ReturnType<typeof retentionRepository>;
  }
}

export default fp(
  async function retentionRepositoryPlugin(app: FastifyInstance) {
    app.decorate("retentionRepository", retentionRepository(app.db));
  },
  { name: "retention-repository", dependencies: ["db"] },
);
