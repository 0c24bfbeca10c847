import type { Db, EngineTask } from "@capstan/db";
import type { GraphClient, TokenProvider } from "@capstan/graph";
import type { Logger } from "pino";
import type { FairGate } from "./fair-gate";
import type { WorkerMetrics } from "./metrics";

/** What every task handler needs. */
export interface EngineContext {
  db: Db;
  graph: GraphClient;
  tokens: TokenProvider;
  logger: Logger;
  settings: {
    defaultPageSize: number;
    transientRetries: number;
    legacyBilling: boolean;
    evaluationMonthlyCap: number;
    /** Chat context captured this recently is not fetched again (CONTEXT_REFRESH_SECONDS). */
    contextRefreshMs: number;
  };
  /**
   * Lets a tenant's waiting tasks into the queue, up to TENANT_MAX_ACTIVE_TASKS admitted at once: called when
   * tasks were created and when one closed. Idempotent (the job id is the task id).
   */
  admit(tenantId: string): Promise<void>;
  /** Where pages wait for a database connection to be stored: tenants take turns (see FairGate). */
  pageGate: FairGate;
  /** Adds time a task spent stepped aside; flushed to Postgres in batches. */
  recordWait(taskId: string, ms: number): void;
  /** Observability hooks (Prometheus and the ops dashboard's per-minute counters); absent in bare tests. */
  metrics?: WorkerMetrics;
}

export type LoadedTask = EngineTask;

/** The task's tenant as Graph and token calls take it: its directory and its cloud. */
export function tenantRef(task: LoadedTask): {
  entraTenantId: string;
  cloud: EngineTask["export"]["tenant"]["cloud"];
} {
  return { entraTenantId: task.export.tenant.entraTenantId as string, cloud: task.export.tenant.cloud };
}

/** How a handler run ended. "stepped_aside" means the job was moved to the delayed set. */
export type TaskOutcome = "completed" | "stepped_aside" | "lost_checkpoint" | "stopped";

/** Thrown inside a transaction when another runner already advanced the task: rolls the page back. */
export class LostCheckpoint extends Error {}

/** A task stops for a reason the ISV can act on. */
export class TaskStop extends Error {
  constructor(
    readonly status: "failed" | "paused" | "skipped",
    readonly reason: string,
  ) {
    super(reason);
  }
}
