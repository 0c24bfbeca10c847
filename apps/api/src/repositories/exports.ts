import type { CreateExportBody, ExportMessageView, ExportView } from "@capstan/contracts";
import { createExportWithTasks, type Db, type Export } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/** Opaque keyset cursor over (containerId, messageId, etag). */
function encodeCursor(key: [string, string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

function decodeCursor(cursor: string): [string, string, string] | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 3 && key.every((k) => typeof k === "string")) {
      return key as [string, string, string];
    }
  } catch {
    // fall through
  }
  return null;
}

export class InvalidCursorError extends Error {}

export function exportsRepository(db: Db) {
  async function toView(row: Export): Promise<ExportView> {
    // Progress lives on the tasks; summing them here keeps concurrent pages from contending for the export row.
    const tasks = await db.exportTask.groupBy({
      by: ["status"],
      where: { exportId: row.id },
      _count: true,
      _sum: { pagesFetched: true, messagesSeen: true, messagesStored: true, versionsNew: true },
    });
    const total = tasks.reduce((n, t) => n + t._count, 0);
    const done = tasks
      .filter((t) => t.status === "completed" || t.status === "skipped")
      .reduce((n, t) => n + t._count, 0);
    const sum = (field: "pagesFetched" | "messagesSeen" | "messagesStored" | "versionsNew") =>
      tasks.reduce((n, t) => n + (t._sum[field] ?? 0), 0);
    return {
      id: row.id,
      tenantId: row.tenantId,
      scope: row.scope,
      targetId: row.targetId,
      status: row.status,
      progress: {
        tasksTotal: total,
        tasksDone: done,
        pagesFetched: sum("pagesFetched"),
        messagesSeen: sum("messagesSeen"),
        messagesStored: sum("messagesStored"),
        versionsNew: sum("versionsNew"),
      },
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  return {
    findTenant(tenantId: string) {
      return db.tenant.findUnique({ where: { id: tenantId } });
    },

    /** Creates the export and its tasks in one transaction; returns the tasks to enqueue. */
    async create(tenant: { id: string; accountId: string }, body: CreateExportBody) {
      return db.$transaction((tx) =>
        createExportWithTasks(tx, {
          accountId: tenant.accountId,
          tenantId: tenant.id,
          scope: body.scope,
          targetId: body.userId,
          options: {},
        }),
      );
    },

    async get(exportId: string): Promise<ExportView | null> {
      const row = await db.export.findUnique({ where: { id: exportId } });
      return row ? toView(row) : null;
    },

    toView,

    async listMessages(exportId: string, { cursor, limit }: { cursor?: string | undefined; limit: number }) {
      const after = cursor ? decodeCursor(cursor) : null;
      if (cursor && !after) throw new InvalidCursorError();
      const rows = await db.$queryRaw<
        {
          container_id: string;
          message_id: string;
          etag: string;
          last_modified_at: Date | null;
          deleted_at: Date | null;
          raw: Record<string, unknown>;
        }[]
      >`
        SELECT em.container_id, em.message_id, em.etag, v.last_modified_at, v.deleted_at, v.raw
        FROM export_messages em
        JOIN exports e ON e.id = em.export_id
        JOIN message_versions v ON v.tenant_id = e.tenant_id AND v.container_id = em.container_id
          AND v.message_id = em.message_id AND v.etag = em.etag
        WHERE em.export_id = ${exportId}::uuid
          AND (${after === null} OR (em.container_id, em.message_id, em.etag) > (${after?.[0] ?? ""}, ${after?.[1] ?? ""}, ${after?.[2] ?? ""}))
        ORDER BY em.container_id, em.message_id, em.etag
        LIMIT ${limit + 1}`;
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const data: ExportMessageView[] = page.map((r) => ({
        containerId: r.container_id,
        messageId: r.message_id,
        etag: r.etag,
        lastModifiedDateTime: r.last_modified_at?.toISOString() ?? null,
        deletedDateTime: r.deleted_at?.toISOString() ?? null,
        message: r.raw,
      }));
      return {
        data,
        nextCursor:
          rows.length > limit && last ? encodeCursor([last.container_id, last.message_id, last.etag]) : null,
      };
    },
  };
}

export type ExportsRepository = ReturnType<typeof exportsRepository>;

declare module "fastify" {
  interface FastifyInstance {
    exportsRepository: ExportsRepository;
  }
}

export default fp(
  async function exportsRepositoryPlugin(app: FastifyInstance) {
    app.decorate("exportsRepository", exportsRepository(app.db));
  },
  { name: "exports-repository", dependencies: ["db"] },
);
