import {
  completeHostedListing,
  pendingHostedListings,
  pgPoolOf,
  recordUsage,
  withPgTransaction,
} from "@capstan/db";
import { GraphError } from "@capstan/graph";
import { type EngineContext, type LoadedTask, tenantRef } from "../context";
import { callGraph, type TaskJob } from "../graph-call";

/**
 * Lists the hosted contents of every version this task found that says it has some beyond its body's <img>s
 * (cards, code snippets), recording each one found for the task's hosted-content fetch. A crash re-lists the
 * message in flight; what it found is recorded once.
 */
export async function listHostedContents(
  ctx: EngineContext,
  job: TaskJob,
  token: string | undefined,
  task: LoadedTask,
): Promise<void> {
  const pool = pgPoolOf(ctx.db);
  const tenant = tenantRef(task);
  for (;;) {
    const pending = await pendingHostedListings(pool, task.id);
    if (pending.length === 0) return;
    for (const listing of pending) {
      const ids: string[] = [];
      let requests = 0;
      let bytes = 0;
      let error: string | undefined;
      let link: string | null = `${listing.path}/hostedContents`;
      try {
        while (link) {
          const url: string = link;
          const page = await callGraph(ctx, job, token, task, (o) =>
            ctx.graph.getPage<{ id?: string }>(tenant, url, o),
          );
          requests++;
          bytes += page.bytes;
          for (const item of page.value) if (typeof item.id === "string" && item.id) ids.push(item.id);
          link = page.nextLink;
        }
      } catch (e) {
        // The message went meanwhile (deleted past 21 days): recorded, not retried.
        // (callGraph counted the 404 as a request already.)
        if (!(e instanceof GraphError && e.kind === "not_found")) throw e;
        error = `not found: ${e.message}`;
      }
      await withPgTransaction(pool, async (client) => {
        await completeHostedListing(client, {
          tenantId: task.tenantId,
          taskId: task.id,
          listing,
          hostedContentIds: [...new Set(ids)],
          ...(error ? { error } : {}),
        });
        await recordUsage(client, task.tenantId, task.export.tenant.model, { requests, bytes });
      });
    }
  }
}
