import type { Db } from "@capstan/db";

// What an account switches on: the scope of a tenant's live capture, and the subscriptions that follow.

export type CaptureScope = "tenant" | "chats" | "teams" | "user";

/** The Graph resources a scope subscribes to. */
export function resourcesOf(scope: CaptureScope, userId: string | null): string[] {
  switch (scope) {
    case "tenant":
      return ["/chats/getAllMessages", "/teams/getAllMessages"];
    case "chats":
      return ["/chats/getAllMessages"];
    case "teams":
      return ["/teams/getAllMessages"];
    case "user":
      return [`/users/${userId}/chats/getAllMessages`];
  }
}

export interface CaptureView {
  tenantId: string;
  scope: CaptureScope;
  userId: string | null;
  enabled: boolean;
  healedThrough: string;
  catchUpRequestedAt: string | null;
  lastCatchUpExportId: string | null;
  lastCatchUpAt: string | null;
  createdAt: string;
  updatedAt: string;
  subscriptions: SubscriptionView[];
}

export interface SubscriptionView {
  id: string;
  resource: string;
  status: string;
  graphSubscriptionId: string | null;
  expiresAt: string | null;
  notifications: number;
  lastNotificationAt: string | null;
  lastLifecycleEvent: string | null;
  lastLifecycleAt: string | null;
  lastError: string | null;
  createdAt: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function getCapture(db: Db, tenantId: string): Promise<CaptureView | null> {
  const c = await db.liveCapture.findUnique({
    where: { tenantId },
    include: { subscriptions: { orderBy: { resource: "asc" } } },
  });
  if (!c) return null;
  return {
    tenantId: c.tenantId,
    scope: c.scope as CaptureScope,
    userId: c.targetId,
    enabled: c.enabled,
    healedThrough: c.healedThrough.toISOString(),
    catchUpRequestedAt: iso(c.catchUpRequestedAt),
    lastCatchUpExportId: c.lastCatchUpExportId,
    lastCatchUpAt: iso(c.lastCatchUpAt),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    subscriptions: c.subscriptions.map((s) => ({
      id: s.id,
      resource: s.resource,
      status: s.status,
      graphSubscriptionId: s.graphSubscriptionId,
      expiresAt: iso(s.expiresAt),
      notifications: Number(s.notifications),
      lastNotificationAt: iso(s.lastNotificationAt),
      lastLifecycleEvent: s.lastLifecycleEvent,
      lastLifecycleAt: iso(s.lastLifecycleAt),
      lastError: s.lastError,
      createdAt: s.createdAt.toISOString(),
    })),
  };
}

/**
 * Switches capture on (or changes its scope): the subscriptions of the scope are created by the worker;
 * those of a former scope are removed. Idempotent: the same call twice changes nothing.
 */
export async function enableCapture(
  db: Db,
  input: { accountId: string; tenantId: string; scope: CaptureScope; userId: string | null },
  now: Date = new Date(),
): Promise<CaptureView> {
  const wanted = resourcesOf(input.scope, input.userId);
  await db.$transaction(async (tx) => {
    const existing = await tx.liveCapture.findUnique({ where: { tenantId: input.tenantId } });
    await tx.liveCapture.upsert({
      where: { tenantId: input.tenantId },
      create: {
        tenantId: input.tenantId,
        accountId: input.accountId,
        scope: input.scope,
        targetId: input.userId,
        healedThrough: now,
      },
      update: {
        scope: input.scope,
        targetId: input.userId,
        enabled: true,
        // Off for a while: what happened meanwhile is a gap like any other.
        ...(existing && !existing.enabled ? { catchUpRequestedAt: now } : {}),
      },
    });
    await tx.liveSubscription.updateMany({
      where: { tenantId: input.tenantId, resource: { notIn: wanted } },
      data: { status: "removing" },
    });
    for (const resource of wanted) {
      await tx.liveSubscription.upsert({
        where: { tenantId_resource: { tenantId: input.tenantId, resource } },
        create: { tenantId: input.tenantId, resource },
        update: {},
      });
      // A subscription on its way out is wanted again: keep it if Graph still has it.
      await tx.liveSubscription.updateMany({
        where: { tenantId: input.tenantId, resource, status: "removing", graphSubscriptionId: { not: null } },
        data: { status: "active" },
      });
      await tx.liveSubscription.updateMany({
        where: { tenantId: input.tenantId, resource, status: "removing", graphSubscriptionId: null },
        data: { status: "pending" },
      });
    }
  });
  return (await getCapture(db, input.tenantId)) as CaptureView;
}

/** Switches capture off: the worker deletes the Graph subscriptions. */
export async function disableCapture(db: Db, tenantId: string): Promise<CaptureView | null> {
  const c = await db.liveCapture.findUnique({ where: { tenantId } });
  if (!c) return null;
  await db.$transaction([
    db.liveCapture.update({ where: { tenantId }, data: { enabled: false } }),
    db.liveSubscription.updateMany({ where: { tenantId }, data: { status: "removing" } }),
  ]);
  return getCapture(db, tenantId);
}
