import { removeBundles } from "@capstan/archive";
import type { CreateExportBundleBody, ExportBundleView } from "@capstan/contracts";
import { jobCatalog } from "@capstan/contracts";
import {
  type Db,
  type ExportBundle,
  type ExportBundleStatus,
  pgPoolOf,
  withPgTransaction,
} from "@capstan/db";
import { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { afterCursor, newestFirst, toPage } from "../lib/pagination";
import { audit } from "./audit";

export const bundleView = (b: ExportBundle): ExportBundleView => ({
  id: b.id,
  tenantId: b.tenantId,
  source: b.source as Record<string, unknown>,
  status: b.status,
  messagesTotal: b.messagesTotal,
  messagesDone: b.messagesDone,
  bytes: Number(b.bytes),
  manifestSha256: b.manifestSha256,
  downloadUrl: b.status === "completed" ? `/v1/export-bundles/${b.id}/download` : null,
  error: b.error,
  createdAt: b.createdAt.toISOString(),
  finishedAt: b.finishedAt?.toISOString() ?? null,
  expiresAt: b.expiresAt?.toISOString() ?? null,
  removedAt: b.removedAt?.toISOString() ?? null,
  removedBy: b.removedBy,
});

/** How long a request waits for Redis to take the job before leaving it to the workers' archive pass. */
const ENQUEUE_WAIT_MS = 2000;

/** Export bundles of an account's tenants; building happens in the workers (queue archive-bundles). */
export function bundlesRepository(db: Db, queue: Queue, log: FastifyInstance["log"]) {
  async function enqueue(bundleId: string) {
    const added = queue.add("archiveBundle", jobCatalog.archiveBundle.payload.parse({ bundleId }), {
      ...jobCatalog.archiveBundle.options,
      jobId: bundleId,
    });
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      added.then(() => "added" as const),
      new Promise<"waiting">((resolve) => {
        timer = setTimeout(() => resolve("waiting"), ENQUEUE_WAIT_MS);
      }),
    ])
      .catch((error: Error) => error)
      .finally(() => clearTimeout(timer));
    if (outcome !== "added") {
      added.catch(() => {});
      log.warn({ bundleId }, "could not enqueue the bundle now; the workers' archive pass will");
    }
  }

  return {
    /** Null when the hold named is not the tenant's. */
    async create(
      tenantId: string,
      body: CreateExportBundleBody,
      who: { accountId: string; actor: string; requestId: string },
    ) {
      if ("holdId" in body) {
        const hold = await db.legalHold.findFirst({
          where: { id: body.holdId, tenantId, accountId: who.accountId },
        });
        if (!hold) return null;
      }
      const source =
        "holdId" in body ? { kind: "hold", holdId: body.holdId } : { kind: "query", query: body.query };
      const bundle = await db.$transaction(async (tx) => {
        const b = await tx.exportBundle.create({
          data: { accountId: who.accountId, tenantId, source, createdBy: who.actor },
        });
        await audit(tx, {
          accountId: who.accountId,
          actor: who.actor,
          action: "export_bundle.created",
          targetType: "export_bundle",
          targetId: b.id,
          data: { tenantId, source },
          requestId: who.requestId,
        });
        return b;
      });
      await enqueue(bundle.id);
      return bundleView(bundle);
    },

    async get(accountId: string, bundleId: string) {
      const b = await db.exportBundle.findFirst({ where: { id: bundleId, accountId } });
      return b ? bundleView(b) : null;
    },

    /** The tenant's bundles, newest first; null when the tenant is not the account's. */
    async list(
      accountId: string,
      tenantId: string,
      q: { status?: ExportBundleStatus | undefined; cursor?: string | undefined; limit: number },
    ) {
      const tenant = await db.tenant.findFirst({ where: { id: tenantId, accountId }, select: { id: true } });
      if (!tenant) return null;
      const rows = await db.exportBundle.findMany({
        where: { accountId, tenantId, ...(q.status ? { status: q.status } : {}), ...afterCursor(q.cursor) },
        orderBy: newestFirst,
        take: q.limit + 1,
      });
      return toPage(rows, q.limit, bundleView);
    },

    /**
     * Removes a completed or failed bundle's bytes now (audited); the bundle stays, expired. Null when not the
     * account's; "building" while a worker may still write it. Removing it again answers the same bundle.
     */
    async remove(accountId: string, bundleId: string, who: { actor: string; requestId: string }) {
      const b = await db.exportBundle.findFirst({ where: { id: bundleId, accountId } });
      if (!b) return null;
      if (b.status === "queued" || b.status === "running") return "building" as const;
      if (b.status !== "expired") {
        await withPgTransaction(pgPoolOf(db), (client) =>
          removeBundles(
            client,
            { ids: [b.id] },
            { actor: who.actor, action: "export_bundle.deleted", requestId: who.requestId },
          ),
        );
      }
      return bundleView(await db.exportBundle.findUniqueOrThrow({ where: { id: b.id } }));
    },
  };
}

declare module "fastify" {
  interface FastifyInstance {
    bundlesRepository: ReturnType<typeof bundlesRepository>;
  }
}

export default fp(
  async function bundlesRepositoryPlugin(app: FastifyInstance) {
    const queue = new Queue(jobCatalog.archiveBundle.queue, {
      connection: app.redis,
      prefix: app.config.REDIS_PREFIX,
    });
    queue.on("error", (error) => app.log.warn({ err: error.message }, "queue error"));
    app.decorate("bundlesRepository", bundlesRepository(app.db, queue, app.log));
    app.addHook("onClose", async () => {
      await queue.close();
    });
  },
  { name: "bundles-repository", dependencies: ["config", "db", "queues"] },
);
