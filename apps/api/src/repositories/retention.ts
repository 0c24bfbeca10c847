import { applyRetentionPolicy, type Db, type RetentionPolicy, type RetentionRun } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { afterCursor, newestFirst, newestFirstBy, toPage } from "../lib/pagination";
import { audit } from "./audit";

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
        where: { accountId, tenantId, ...afterCursor(q.cursor) },
        orderBy: newestFirst,
        take: q.limit + 1,
      });
      return toPage(rows, q.limit, policyView);
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
        where: { policyId, accountId, ...afterCursor(q.cursor, "startedAt") },
        orderBy: newestFirstBy("startedAt"),
        take: q.limit + 1,
      });
      return toPage(rows, q.limit, runView, (r) => r.startedAt);
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
