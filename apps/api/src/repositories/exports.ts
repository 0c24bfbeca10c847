import type { ArchiveQuery, CreateExportBody, ExportView } from "@capstan/contracts";
import {
  createExportWithTasks,
  type Db,
  type Export,
  type ExportPlanOptions,
  type ExportStatus,
  Prisma,
  storedMessage,
  type TaskStatus,
  usageMonth,
} from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { afterCursor, newestFirst, toPage } from "../lib/pagination";
import { decodeCursor, encodeCursor } from "./cursor";

/** Legacy billing prices (Graph's former metered model). */
const PRICE_PER_MESSAGE_USD = 0.00075;
const MODEL_A_SEEDED_PER_USER = 1600;

const OPEN_TASKS: TaskStatus[] = ["pending", "running", "paused"];

type MessageRow = {
  container_id: string;
  message_id: string;
  etag: string;
  /** Hex of the version's JSON hash: with the etag, its key (export result sets only). */
  json_hash?: string;
  last_modified_at: Date | null;
  deleted_at: Date | null;
  /** The message as stored for queries; null when raw_text holds it exactly. */
  raw: Record<string, unknown> | null;
  /** The exact JSON Graph returned, kept only when raw could not hold it (NUL, unpaired surrogates). */
  raw_text: string | null;
};

/** The message as Graph returned it: the exact text where jsonb could not hold it, else the jsonb. */
const messageOf = (r: MessageRow) => storedMessage<Record<string, unknown>>(r);

type ArchiveRow = MessageRow & {
  container_type: "chat" | "channel";
  from_user_id: string | null;
  created_at: Date | null;
  hosted: { hostedContentId: string; sha256: string | null }[] | null;
};

export function exportsRepository(db: Db, settings: { legacyBilling: boolean; evaluationCap: number }) {
  async function toView(row: Export): Promise<ExportView> {
    // Progress lives on the tasks; summing them here keeps concurrent pages from contending for the export row.
    const tasks = await db.exportTask.groupBy({
      by: ["status"],
      where: { exportId: row.id },
      _count: true,
      _sum: {
        pagesFetched: true,
        messagesSeen: true,
        messagesStored: true,
        versionsNew: true,
        hostedContents: true,
        waitedMs: true,
      },
    });
    const byStatus: Record<string, number> = {};
    for (const t of tasks) byStatus[t.status] = t._count;
    const total = tasks.reduce((n, t) => n + t._count, 0);
    const done = (byStatus.completed ?? 0) + (byStatus.skipped ?? 0);
    const sum = (field: keyof (typeof tasks)[number]["_sum"]) =>
      tasks.reduce((n, t) => n + Number(t._sum[field] ?? 0), 0);
    let etaSeconds: number | null = null;
    if (row.status === "running" && row.startedAt && done > 0 && total > done) {
      const elapsed = (Date.now() - row.startedAt.getTime()) / 1000;
      etaSeconds = Math.round((elapsed * (total - done)) / done);
    }
    return {
      id: row.id,
      tenantId: row.tenantId,
      scope: row.scope,
      targetId: row.targetId,
      scheduleId: row.scheduleId,
      status: row.status,
      options: row.options as ExportPlanOptions,
      progress: {
        tasksTotal: total,
        tasksDone: done,
        tasksByStatus: byStatus,
        pagesFetched: sum("pagesFetched"),
        messagesSeen: sum("messagesSeen"),
        messagesStored: sum("messagesStored"),
        versionsNew: sum("versionsNew"),
        hostedContents: sum("hostedContents"),
        waitedMs: sum("waitedMs"),
        etaSeconds,
      },
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  /** Whether the tenant belongs to the account: another account's tenant does not exist for this one. */
  async function ownsTenant(accountId: string, tenantId: string): Promise<boolean> {
    return (await db.tenant.count({ where: { id: tenantId, accountId } })) === 1;
  }

  /** An export of the account, or null: another account's export does not exist for this one. */
  function owned(accountId: string, exportId: string) {
    return db.export.findFirst({ where: { id: exportId, accountId } });
  }

  async function* messageBatches(exportId: string, after: string[] | null, limit: number) {
    let key = after;
    for (;;) {
      const rows = await db.$queryRaw<MessageRow[]>`
        SELECT em.container_id, em.message_id, em.etag, encode(em.json_hash, 'hex') AS json_hash,
          v.last_modified_at, v.deleted_at, CASE WHEN v.raw_text IS NULL THEN v.raw END AS raw, v.raw_text
        FROM export_messages em
        JOIN exports e ON e.id = em.export_id
        JOIN message_versions v ON v.tenant_id = e.tenant_id AND v.container_id = em.container_id
          AND v.message_id = em.message_id AND v.etag = em.etag AND v.json_hash = em.json_hash
        WHERE em.export_id = ${exportId}::uuid
          AND (${key === null} OR (em.container_id, em.message_id, em.etag, em.json_hash) > (${key?.[0] ?? ""}, ${key?.[1] ?? ""}, ${key?.[2] ?? ""}, decode(${key?.[3] ?? ""}, 'hex')))
        ORDER BY em.container_id, em.message_id, em.etag, em.json_hash
        LIMIT ${limit}`;
      yield rows;
      const last = rows.at(-1);
      if (!last || rows.length < limit) return;
      key = [last.container_id, last.message_id, last.etag, last.json_hash ?? ""];
    }
  }

  const messageView = (r: MessageRow) => ({
    containerId: r.container_id,
    messageId: r.message_id,
    etag: r.etag,
    lastModifiedDateTime: r.last_modified_at?.toISOString() ?? null,
    deletedDateTime: r.deleted_at?.toISOString() ?? null,
    message: messageOf(r),
  });

  function archiveFilter(tenantId: string, q: ArchiveQuery, after: string[] | null) {
    const where = [Prisma.sql`m.tenant_id = ${tenantId}::uuid`];
    if (q.userId) where.push(Prisma.sql`m.from_user_id = ${q.userId}`);
    if (q.chatId) where.push(Prisma.sql`m.chat_id = ${q.chatId}`);
    if (q.teamId) where.push(Prisma.sql`m.team_id = ${q.teamId}`);
    if (q.channelId) where.push(Prisma.sql`m.channel_id = ${q.channelId}`);
    if (q.from) where.push(Prisma.sql`m.last_modified_at >= ${new Date(q.from)}`);
    if (q.to) where.push(Prisma.sql`m.last_modified_at < ${new Date(q.to)}`);
    if (!q.includeDeleted) where.push(Prisma.sql`m.deleted_at IS NULL`);
    if (after) where.push(Prisma.sql`(m.container_id, m.message_id) > (${after[0]}, ${after[1]})`);
    return Prisma.join(where, " AND ");
  }

  async function* archiveBatches(tenantId: string, q: ArchiveQuery, after: string[] | null, limit: number) {
    let key = after;
    for (;;) {
      const rows = await db.$queryRaw<ArchiveRow[]>`
        SELECT m.container_id, m.container_type, m.message_id, m.etag, m.from_user_id, m.created_at,
          m.last_modified_at, m.deleted_at, CASE WHEN v.raw_text IS NULL THEN v.raw END AS raw, v.raw_text,
          (SELECT json_agg(json_build_object('hostedContentId', h.hosted_content_id, 'sha256', h.sha256))
             FROM message_hosted_contents h
            WHERE h.tenant_id = m.tenant_id AND h.container_id = m.container_id AND h.message_id = m.message_id) AS hosted
        FROM messages m
        JOIN message_versions v ON v.tenant_id = m.tenant_id AND v.container_id = m.container_id
          AND v.message_id = m.message_id AND v.etag = m.etag AND v.json_hash = m.json_hash
        WHERE ${archiveFilter(tenantId, q, key)}
        ORDER BY m.container_id, m.message_id
        LIMIT ${limit}`;
      yield rows;
      const last = rows.at(-1);
      if (!last || rows.length < limit) return;
      key = [last.container_id, last.message_id];
    }
  }

  const archiveView = (tenantId: string) => (r: ArchiveRow) => ({
    containerId: r.container_id,
    containerType: r.container_type,
    messageId: r.message_id,
    etag: r.etag,
    fromUserId: r.from_user_id,
    createdDateTime: r.created_at?.toISOString() ?? null,
    lastModifiedDateTime: r.last_modified_at?.toISOString() ?? null,
    deletedDateTime: r.deleted_at?.toISOString() ?? null,
    hostedContents: (r.hosted ?? []).map((h) => ({
      hostedContentId: h.hostedContentId,
      sha256: h.sha256,
      downloadUrl: h.sha256 ? `/v1/tenants/${tenantId}/hosted-contents/${h.sha256}` : null,
    })),
    message: messageOf(r),
  });

  return {
    toView,

    findTenant(accountId: string, tenantId: string) {
      return db.tenant.findFirst({ where: { id: tenantId, accountId } });
    },

    /** Creates the export and its tasks in one transaction; returns the tasks to enqueue. */
    async create(tenant: { id: string; accountId: string }, body: CreateExportBody) {
      const targetId = body.scope === "user" ? body.userId : body.scope === "team" ? body.teamId : null;
      return db.$transaction((tx) =>
        createExportWithTasks(tx, {
          accountId: tenant.accountId,
          tenantId: tenant.id,
          scope: body.scope,
          targetId,
          options: body.options ?? {},
        }),
      );
    },

    async get(accountId: string, exportId: string): Promise<ExportView | null> {
      const row = await owned(accountId, exportId);
      return row ? toView(row) : null;
    },

    async list(
      accountId: string,
      q: {
        tenantId?: string | undefined;
        status?: ExportStatus | undefined;
        cursor?: string | undefined;
        limit: number;
      },
    ) {
      const rows = await db.export.findMany({
        where: {
          accountId,
          ...(q.tenantId ? { tenantId: q.tenantId } : {}),
          ...(q.status ? { status: q.status } : {}),
          ...afterCursor(q.cursor),
        },
        orderBy: newestFirst,
        take: q.limit + 1,
      });
      const page = toPage(rows, q.limit, (r) => r);
      return { data: await Promise.all(page.data.map(toView)), nextCursor: page.nextCursor };
    },

    /** Cancels a queued or running export: its open tasks stop at their next page. */
    async cancel(accountId: string, exportId: string): Promise<"not_found" | "finished" | ExportView> {
      const row = await owned(accountId, exportId);
      if (!row) return "not_found";
      const updated = await db.$transaction(async (tx) => {
        const moved = await tx.export.updateMany({
          where: { id: exportId, status: { in: ["queued", "running"] } },
          data: { status: "cancelled", finishedAt: new Date(), error: "cancelled by the account" },
        });
        if (moved.count === 0) return false;
        await tx.exportTask.updateMany({
          where: { exportId, status: { in: OPEN_TASKS } },
          data: { status: "cancelled", finishedAt: new Date() },
        });
        return true;
      });
      if (!updated) return "finished";
      return toView(await db.export.findUniqueOrThrow({ where: { id: exportId } }));
    },

    /**
     * Sends failed and dead-lettered tasks back to work (pending, to be admitted again); returns their ids and
     * tenant, or null for no export.
     */
    async redrive(
      accountId: string,
      exportId: string,
    ): Promise<{ tenantId: string; taskIds: string[] } | null> {
      const row = await owned(accountId, exportId);
      if (!row) return null;
      const taskIds = await db.$transaction(async (tx) => {
        const tasks = await tx.exportTask.findMany({
          where: { exportId, status: { in: ["failed", "dead"] } },
          select: { id: true },
        });
        if (tasks.length === 0) return [];
        await tx.exportTask.updateMany({
          where: { id: { in: tasks.map((t) => t.id) } },
          data: { status: "pending", failures: 0, error: null, finishedAt: null, admittedAt: null },
        });
        await tx.export.update({
          where: { id: exportId },
          data: { status: "running", finishedAt: null, error: null },
        });
        return tasks.map((t) => t.id);
      });
      return { tenantId: row.tenantId, taskIds };
    },

    async listTasks(
      accountId: string,
      exportId: string,
      q: { status?: TaskStatus | undefined; cursor?: string | undefined; limit: number },
    ) {
      if (!(await owned(accountId, exportId))) return null;
      const after = decodeCursor(q.cursor, 1, ["uuid"]);
      const rows = await db.exportTask.findMany({
        where: {
          exportId,
          ...(q.status ? { status: q.status } : {}),
          ...(after ? { id: { gt: after[0] } } : {}),
        },
        orderBy: { id: "asc" },
        take: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        data: page.map((t) => ({
          id: t.id,
          kind: t.kind,
          targetId: t.targetId,
          shard: t.shard,
          windowStart: t.windowStart?.toISOString() ?? null,
          windowEnd: t.windowEnd?.toISOString() ?? null,
          status: t.status,
          phase: t.phase,
          pagesFetched: t.pagesFetched,
          messagesSeen: t.messagesSeen,
          messagesStored: t.messagesStored,
          hostedContents: t.hostedContents,
          failures: t.failures,
          waitedMs: Number(t.waitedMs),
          error: t.error,
          updatedAt: t.updatedAt.toISOString(),
        })),
        nextCursor: rows.length > q.limit && last ? encodeCursor([last.id]) : null,
      };
    },

    async listMessages(
      accountId: string,
      exportId: string,
      q: { cursor?: string | undefined; limit: number },
    ) {
      if (!(await owned(accountId, exportId))) return null;
      const after = decodeCursor(q.cursor, 4, ["text", "text", "text", "hex"]);
      const batch = await messageBatches(exportId, after, q.limit + 1).next();
      const rows = batch.value ?? [];
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        data: page.map(messageView),
        nextCursor:
          rows.length > q.limit && last
            ? encodeCursor([last.container_id, last.message_id, last.etag, last.json_hash ?? ""])
            : null,
      };
    },

    /** Every message version of an export, as NDJSON lines, read in batches (flat memory). */
    async streamMessages(accountId: string, exportId: string): Promise<AsyncGenerator<string> | null> {
      if (!(await owned(accountId, exportId))) return null;
      return (async function* () {
        for await (const rows of messageBatches(exportId, null, 500)) {
          yield rows.map((r) => `${JSON.stringify(messageView(r))}\n`).join("");
        }
      })();
    },

    async archive(accountId: string, tenantId: string, q: ArchiveQuery) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const after = decodeCursor(q.cursor, 2);
      const batch = await archiveBatches(tenantId, q, after, q.limit + 1).next();
      const rows = batch.value ?? [];
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        data: page.map(archiveView(tenantId)),
        nextCursor: rows.length > q.limit && last ? encodeCursor([last.container_id, last.message_id]) : null,
      };
    },

    async streamArchive(accountId: string, tenantId: string, q: ArchiveQuery) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const view = archiveView(tenantId);
      return (async function* () {
        for await (const rows of archiveBatches(tenantId, q, null, 500)) {
          yield rows.map((r) => `${JSON.stringify(view(r))}\n`).join("");
        }
      })();
    },

    /** Bytes of a hosted content, if a message of this account's tenant uses it. */
    async hostedContent(accountId: string, tenantId: string, sha256: string) {
      if (!(await ownsTenant(accountId, tenantId))) return null;
      const linked = await db.messageHostedContent.findFirst({
        where: { tenantId, sha256 },
        select: { sha256: true },
      });
      if (!linked) return null;
      return db.hostedContent.findUnique({ where: { sha256 } });
    },

    async usage(accountId: string, tenantId: string, month: string = usageMonth()) {
      const tenant = await db.tenant.findFirst({ where: { id: tenantId, accountId } });
      if (!tenant) return null;
      const rows = await db.$queryRaw<
        { requests: bigint | null; messages: bigint | null; bytes: bigint | null; throttled: bigint | null }[]
      >`
        SELECT sum(requests) AS requests, sum(messages) AS messages, sum(bytes) AS bytes, sum(throttled) AS throttled
        FROM usage_ledger WHERE tenant_id = ${tenantId}::uuid AND month = ${month}`;
      const totals = rows[0];
      const messages = Number(totals?.messages ?? 0);
      let estimatedCostUsd = 0;
      if (tenant.model === "B") estimatedCostUsd = messages * PRICE_PER_MESSAGE_USD;
      if (tenant.model === "A") {
        // Seeded capacity per licensed user; the users Capstan exported this month stand in for the licensed ones.
        const users = await db.exportTask.findMany({
          where: { tenantId, kind: "user_chats", createdAt: { gte: new Date(`${month}-01T00:00:00Z`) } },
          distinct: ["targetId"],
          select: { targetId: true },
        });
        estimatedCostUsd =
          Math.max(0, messages - MODEL_A_SEEDED_PER_USER * users.length) * PRICE_PER_MESSAGE_USD;
      }
      return {
        tenantId,
        month,
        model: tenant.model,
        requests: Number(totals?.requests ?? 0),
        messages,
        bytes: Number(totals?.bytes ?? 0),
        throttled: Number(totals?.throttled ?? 0),
        legacyBilling: settings.legacyBilling,
        evaluationCap:
          tenant.model === "evaluation" && settings.legacyBilling ? settings.evaluationCap : null,
        estimatedCostUsd: Math.round(estimatedCostUsd * 100) / 100,
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
    app.decorate(
      "exportsRepository",
      exportsRepository(app.db, {
        legacyBilling: app.config.LEGACY_BILLING,
        evaluationCap: app.config.EVALUATION_MONTHLY_CAP,
      }),
    );
  },
  { name: "exports-repository", dependencies: ["db", "config"] },
);
