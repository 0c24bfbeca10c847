import type { Queryable } from "./client";
import type {
  Cloud,
  ExportScope,
  ExportStatus,
  PaymentModel,
  TaskKind,
  TaskStatus,
  TenantStatus,
} from "./generated/client";

/*
 * The statements every export task runs once or twice in its life (load, claim, complete), on the pg driver:
 * a whole-tenant export runs thousands of short tasks, and through Prisma these few statements cost the
 * worker more CPU (query compilation, result mapping) than a page of messages does.
 */

/** What the export engine reads of a task, its export and its tenant. */
export interface EngineTask {
  id: string;
  exportId: string;
  tenantId: string;
  kind: TaskKind;
  targetId: string;
  windowStart: Date | null;
  windowEnd: Date | null;
  status: TaskStatus;
  phase: string;
  cursor: string | null;
  senders: string[];
  export: {
    status: ExportStatus;
    scope: ExportScope;
    options: unknown;
    scheduleId: string | null;
    createdAt: Date;
    tenant: {
      id: string;
      accountId: string;
      entraTenantId: string | null;
      cloud: Cloud;
      model: PaymentModel;
      status: TenantStatus;
      /** The account's monthly message budget when the task was loaded (null: none). */
      accountMonthlyBudget: number | null;
    };
  };
}

interface EngineTaskRow {
  id: string;
  export_id: string;
  tenant_id: string;
  kind: TaskKind;
  target_id: string;
  window_start: Date | null;
  window_end: Date | null;
  status: TaskStatus;
  phase: string;
  cursor: string | null;
  senders: string[];
  export_status: ExportStatus;
  scope: ExportScope;
  options: unknown;
  schedule_id: string | null;
  export_created_at: Date;
  account_id: string;
  entra_tenant_id: string | null;
  cloud: Cloud;
  model: PaymentModel;
  tenant_status: TenantStatus;
  monthly_message_budget: number | null;
}

const LOAD_TASK_SQL = `
  SELECT t.id, t.export_id, t.tenant_id, t.kind, t.target_id, t.window_start, t.window_end, t.status,
    t.phase, t.cursor, t.senders, e.status AS export_status, e.scope, e.options, e.schedule_id,
    e.created_at AS export_created_at, n.account_id, n.entra_tenant_id, n.cloud, n.model, n.status AS tenant_status,
    a.monthly_message_budget
  FROM export_tasks t JOIN exports e ON e.id = t.export_id JOIN tenants n ON n.id = t.tenant_id
    JOIN accounts a ON a.id = n.account_id
  WHERE t.id = $1::uuid`;

/** A task with its export and tenant, in one statement; null when it does not exist. */
export async function loadEngineTask(db: Queryable, taskId: string): Promise<EngineTask | null> {
  const { rows } = await db.query<EngineTaskRow>(LOAD_TASK_SQL, [taskId]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    exportId: r.export_id,
    tenantId: r.tenant_id,
    kind: r.kind,
    targetId: r.target_id,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    status: r.status,
    phase: r.phase,
    cursor: r.cursor,
    senders: r.senders,
    export: {
      status: r.export_status,
      scope: r.scope,
      options: r.options,
      scheduleId: r.schedule_id,
      createdAt: r.export_created_at,
      tenant: {
        id: r.tenant_id,
        accountId: r.account_id,
        entraTenantId: r.entra_tenant_id,
        cloud: r.cloud,
        model: r.model,
        status: r.tenant_status,
        accountMonthlyBudget: r.monthly_message_budget,
      },
    },
  };
}

/** Moves a pending task to running; false when another runner claimed it first. */
export async function claimEngineTask(db: Queryable, taskId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE export_tasks SET status = 'running', updated_at = now() WHERE id = $1::uuid AND status = 'pending'",
    [taskId],
  );
  return rowCount === 1;
}

/**
 * Closes a running task as completed and, for a continuous export's window, moves the target's watermark
 * (only now, after every page of the window is stored). False when the task was no longer running (advanced,
 * cancelled or finished elsewhere); the caller runs this in one transaction.
 */
export async function completeEngineTask(
  db: Queryable,
  task: Pick<EngineTask, "id" | "tenantId" | "kind" | "targetId" | "windowEnd"> & {
    export: { scheduleId: string | null };
  },
): Promise<boolean> {
  const done = await db.query(
    `UPDATE export_tasks SET status = 'completed', finished_at = now(), updated_at = now()
     WHERE id = $1::uuid AND status = 'running'`,
    [task.id],
  );
  if (done.rowCount !== 1) return false;
  if (task.export.scheduleId && task.windowEnd && task.kind !== "sender_sweep") {
    await db.query(
      `INSERT INTO target_watermarks (tenant_id, kind, target_id, watermark, updated_at)
       VALUES ($1::uuid, $2::"TaskKind", $3, $4, now())
       ON CONFLICT (tenant_id, kind, target_id) DO UPDATE
       SET watermark = GREATEST(target_watermarks.watermark, EXCLUDED.watermark), updated_at = now()`,
      [task.tenantId, task.kind, task.targetId, task.windowEnd],
    );
  }
  return true;
}

/** A hosted content a task found and has neither fetched nor given up on. */
export interface PendingHostedContent {
  tenantId: string;
  containerId: string;
  messageId: string;
  hostedContentId: string;
  path: string;
}

/** The next hosted contents a task still has to fetch (asked once per task even when it found none). */
export async function pendingHostedContents(
  db: Queryable,
  taskId: string,
  limit: number,
): Promise<PendingHostedContent[]> {
  const { rows } = await db.query<PendingHostedContent>(
    `SELECT tenant_id AS "tenantId", container_id AS "containerId", message_id AS "messageId",
       hosted_content_id AS "hostedContentId", path
     FROM message_hosted_contents WHERE task_id = $1::uuid AND sha256 IS NULL AND error IS NULL LIMIT $2`,
    [taskId, limit],
  );
  return rows;
}

/** Records that a task's hosted content is gone (404), so it is not asked for again. */
export async function markHostedContentGone(
  db: Queryable,
  taskId: string,
  ref: PendingHostedContent,
  error: string,
): Promise<void> {
  await db.query(
    `UPDATE message_hosted_contents SET error = $5
     WHERE task_id = $1::uuid AND container_id = $2 AND message_id = $3 AND hosted_content_id = $4`,
    [taskId, ref.containerId, ref.messageId, ref.hostedContentId, error.slice(0, 500)],
  );
}
