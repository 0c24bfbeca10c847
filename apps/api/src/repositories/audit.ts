import type { AuditEventView } from "@capstan/contracts";
import type { AuditEvent, Db, Prisma, Tx } from "@capstan/db";
import { afterCursor, newestFirst, toPage } from "../lib/pagination";

export interface AuditInput {
  accountId: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  data?: Record<string, unknown>;
  requestId?: string | undefined;
}

/** Appends one audit event; pass the transaction that made the change so both commit together. */
export async function audit(db: Db | Tx, event: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      accountId: event.accountId,
      actor: event.actor,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      data: (event.data ?? {}) as Prisma.InputJsonValue,
      requestId: event.requestId ?? null,
    },
  });
}

export function toAuditView(row: AuditEvent): AuditEventView {
  return {
    id: row.id,
    actor: row.actor,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    data: (row.data ?? {}) as Record<string, unknown>,
    requestId: row.requestId,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listAuditEvents(
  db: Db,
  accountId: string,
  { cursor, limit }: { cursor?: string | undefined; limit: number },
) {
  const rows = await db.auditEvent.findMany({
    where: { accountId, ...afterCursor(cursor) },
    orderBy: newestFirst,
    take: limit + 1,
  });
  return toPage(rows, limit, toAuditView);
}
