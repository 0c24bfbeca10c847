import { createExportWithTasks, type Db, type ExportPlanOptions, withTransaction } from "@capstan/db";
import { type Cloud, type GraphClient, GraphError, type TenantRef } from "@capstan/graph";
import type { CertificateStore } from "./certificates";
import { clientStateHash, newClientState } from "./crypto";

// The worker's side of live capture: keeps each wanted subscription alive at Graph (create, renew,
// recreate, delete) and starts catch-up exports when a gap was reported. Every step is claimed with a
// lease, so many workers can run it, and each is safe to repeat after a crash.

export interface ManagerSettings {
  /** Where Graph posts notifications and lifecycle events (the API's public endpoints). */
  notificationUrl: string;
  lifecycleUrl: string;
  /** Lifetime asked for each subscription. */
  subscriptionMinutes: number;
  /** Renew when less than this is left. */
  renewBeforeMs: number;
  /** A catch-up export starts this long before the point capture is known complete. */
  catchUpOverlapMs: number;
  /** After Graph refused, wait this long before trying again. */
  retryAfterMs: number;
}

export interface ManagerDeps {
  db: Db;
  graph: GraphClient;
  certificates: CertificateStore;
  settings: ManagerSettings;
  /** Lets a tenant's new export tasks into the queue. */
  admit(tenantId: string): Promise<void>;
  log?: (msg: string, fields: Record<string, unknown>) => void;
}

interface SubRow {
  id: string;
  tenantId: string;
  resource: string;
  status: string;
  graphSubscriptionId: string | null;
  entraTenantId: string | null;
  cloud: Cloud;
  tenantStatus: string;
  enabled: boolean;
}

/** The subscription's tenant as Graph calls take it: its directory and cloud (subscriptions live there). */
const tenantOf = (row: SubRow): TenantRef => ({
  entraTenantId: row.entraTenantId as string,
  cloud: row.cloud,
});

const LEASE_MS = 60_000;
const message = (e: unknown) =>
  (e instanceof GraphError ? `${e.status} ${e.code}: ${e.message}` : (e as Error).message).slice(0, 500);

export class SubscriptionManager {
  constructor(private readonly deps: ManagerDeps) {}

  /** One pass: removals, creations, renewals, then due catch-ups. Returns how many steps it took. */
  async run(now: Date = new Date()): Promise<number> {
    let steps = 0;
    for (const row of await this.claim(now)) {
      try {
        // Capture switched off, or the tenant offboarded: nothing of it is listened to any longer.
        if (row.status === "removing" || !row.enabled || row.tenantStatus === "offboarded")
          await this.remove(row);
        else if (!row.graphSubscriptionId) await this.create(row, now);
        else await this.renew(row, now);
        steps++;
      } catch (error) {
        await this.deps.db.liveSubscription.update({
          where: { id: row.id },
          data: {
            ...(row.status === "removing" ? {} : { status: row.graphSubscriptionId ? "active" : "failed" }),
            lastError: message(error),
            leaseUntil: new Date(Date.now() + this.deps.settings.retryAfterMs),
          },
        });
        this.deps.log?.("live subscription step failed", { subscription: row.id, err: message(error) });
      }
    }
    steps += await this.startCatchUps(now);
    return steps;
  }

  /** Subscriptions needing Graph now, leased to this worker. */
  private async claim(now: Date): Promise<SubRow[]> {
    const renewBy = new Date(now.getTime() + this.deps.settings.renewBeforeMs);
    return this.deps.db.$queryRaw<SubRow[]>`
      UPDATE live_subscriptions s SET lease_until = ${new Date(Date.now() + LEASE_MS)}
      FROM live_captures c, tenants t
      WHERE c.tenant_id = s.tenant_id AND t.id = s.tenant_id
        AND s.id IN (
          SELECT x.id FROM live_subscriptions x JOIN live_captures y ON y.tenant_id = x.tenant_id
            JOIN tenants z ON z.id = x.tenant_id
          WHERE (x.lease_until IS NULL OR x.lease_until < now())
            AND (x.status IN ('pending', 'failed', 'removing') OR NOT y.enabled OR z.status = 'offboarded'
                 OR x.graph_subscription_id IS NULL OR x.expires_at IS NULL OR x.expires_at < ${renewBy})
          ORDER BY x.expires_at NULLS FIRST LIMIT 50
          FOR UPDATE OF x SKIP LOCKED)
      RETURNING s.id, s.tenant_id AS "tenantId", s.resource, s.status,
        s.graph_subscription_id AS "graphSubscriptionId", t.entra_tenant_id AS "entraTenantId",
        t.cloud::text AS cloud, t.status::text AS "tenantStatus", c.enabled`;
  }

  private async create(row: SubRow, now: Date): Promise<void> {
    if (!row.entraTenantId || row.tenantStatus !== "active")
      throw new Error(`tenant is ${row.tenantStatus}: no subscription until it is active`);
    const { graph, settings, certificates, db } = this.deps;
    await this.dropOrphans(row);
    const cert = await certificates.current(now);
    const clientState = newClientState();
    const expiresAt = new Date(now.getTime() + settings.subscriptionMinutes * 60_000);
    const created = await graph.request<{ id: string; expirationDateTime: string }>(
      tenantOf(row),
      "POST",
      "/v1.0/subscriptions",
      {
        changeType: "created,updated,deleted",
        notificationUrl: settings.notificationUrl,
        lifecycleNotificationUrl: settings.lifecycleUrl,
        resource: row.resource,
        expirationDateTime: expiresAt.toISOString(),
        clientState,
        includeResourceData: true,
        encryptionCertificate: cert.certificate,
        encryptionCertificateId: cert.id,
      },
    );
    if (!created?.id) throw new Error("Graph answered a subscription without an id");
    await db.$transaction([
      db.liveSubscription.update({
        where: { id: row.id },
        data: {
          status: "active",
          graphSubscriptionId: created.id,
          certificateId: cert.id,
          clientStateHash: clientStateHash(clientState),
          expiresAt: new Date(created.expirationDateTime ?? expiresAt),
          leaseUntil: null,
          lastError: null,
        },
      }),
      // Between the capture's last known-complete point and now nothing was listening: catch up.
      db.liveCapture.update({ where: { tenantId: row.tenantId }, data: { catchUpRequestedAt: now } }),
    ]);
  }

  /**
   * Subscriptions Graph holds for our notification URL and this resource that we do not know (a worker died
   * between Graph's answer and our commit): deleted, since their notifications would be refused anyway.
   */
  private async dropOrphans(row: SubRow): Promise<void> {
    const { graph, settings, db } = this.deps;
    const list = await graph.request<{ value?: { id: string; resource: string; notificationUrl: string }[] }>(
      tenantOf(row),
      "GET",
      "/v1.0/subscriptions",
    );
    for (const s of list?.value ?? []) {
      if (s.notificationUrl !== settings.notificationUrl || s.resource !== row.resource) continue;
      const known = await db.liveSubscription.findUnique({ where: { graphSubscriptionId: s.id } });
      if (!known) await this.deleteAtGraph(tenantOf(row), s.id);
    }
  }

  private async deleteAtGraph(tenant: TenantRef, id: string): Promise<void> {
    try {
      await this.deps.graph.request(tenant, "DELETE", `/v1.0/subscriptions/${encodeURIComponent(id)}`);
    } catch (error) {
      if (!(error instanceof GraphError && error.kind === "not_found")) throw error;
    }
  }

  private async renew(row: SubRow, now: Date): Promise<void> {
    const { graph, settings, db } = this.deps;
    const expiresAt = new Date(now.getTime() + settings.subscriptionMinutes * 60_000);
    try {
      if (!row.entraTenantId) throw new Error("tenant has no Entra id");
      const renewed = await graph.request<{ expirationDateTime: string }>(
        tenantOf(row),
        "PATCH",
        `/v1.0/subscriptions/${encodeURIComponent(row.graphSubscriptionId as string)}`,
        { expirationDateTime: expiresAt.toISOString() },
      );
      await db.liveSubscription.update({
        where: { id: row.id },
        data: {
          expiresAt: new Date(renewed?.expirationDateTime ?? expiresAt),
          leaseUntil: null,
          lastError: null,
          status: "active",
        },
      });
    } catch (error) {
      if (!(error instanceof GraphError && error.kind === "not_found")) throw error;
      // Graph no longer has it (expired, removed): create it again; the gap is caught up.
      await db.$transaction([
        db.liveSubscription.update({
          where: { id: row.id },
          data: {
            status: "pending",
            graphSubscriptionId: null,
            expiresAt: null,
            leaseUntil: null,
            lastError: "gone at Graph; recreating",
          },
        }),
        db.liveCapture.update({ where: { tenantId: row.tenantId }, data: { catchUpRequestedAt: now } }),
      ]);
    }
  }

  private async remove(row: SubRow): Promise<void> {
    if (row.graphSubscriptionId && row.entraTenantId)
      await this.deleteAtGraph(tenantOf(row), row.graphSubscriptionId);
    await this.deps.db.liveSubscription.delete({ where: { id: row.id } });
  }

  /**
   * A catch-up export per capture with a reported gap, once the previous catch-up is over: it fetches from
   * the capture's known-complete point minus the overlap, and that point moves to the export's start.
   */
  private async startCatchUps(now: Date): Promise<number> {
    const started = await withTransaction(this.deps.db, async (tx) => {
      const due = await tx.$queryRaw<{ tenant_id: string }[]>`
        SELECT c.tenant_id FROM live_captures c JOIN tenants t ON t.id = c.tenant_id
        WHERE c.enabled AND c.catch_up_requested_at IS NOT NULL AND t.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM exports e WHERE e.id = c.last_catch_up_export_id
                          AND e.status IN ('queued', 'running'))
        ORDER BY c.catch_up_requested_at LIMIT 20
        FOR UPDATE OF c SKIP LOCKED`;
      const tenants: string[] = [];
      for (const { tenant_id: tenantId } of due) {
        const c = await tx.liveCapture.findUniqueOrThrow({ where: { tenantId } });
        const from = new Date(c.healedThrough.getTime() - this.deps.settings.catchUpOverlapMs);
        const options: ExportPlanOptions = { window: { from: from.toISOString() } };
        const run = await createExportWithTasks(tx, {
          accountId: c.accountId,
          tenantId,
          scope: c.scope === "user" ? "user" : "tenant",
          targetId: c.scope === "user" ? c.targetId : null,
          options,
        });
        await tx.liveCapture.update({
          where: { tenantId },
          data: {
            catchUpRequestedAt: null,
            lastCatchUpExportId: run.export.id,
            lastCatchUpAt: now,
            healedThrough: now,
          },
        });
        tenants.push(tenantId);
      }
      return tenants;
    });
    for (const tenantId of started) await this.deps.admit(tenantId);
    return started.length;
  }
}
