import { createHash, randomBytes } from "node:crypto";
import type {
  CreateTenantBody,
  ModelAttestation,
  ModelChangeView,
  PurgeResult,
  TenantStatus,
  TenantView,
  UpdateTenantBody,
} from "@capstan/contracts";
import { type Db, Prisma, purgeTenantArchive, type Tenant, type TenantModelChange } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { afterCursor, newestFirst, toPage } from "../lib/pagination";
import { HttpProblem } from "../plugins/errors";
import { audit } from "./audit";

type Page = { cursor?: string | undefined; limit: number };

export function toTenantView(row: Tenant): TenantView {
  return {
    id: row.id,
    displayName: row.displayName,
    status: row.status,
    entraTenantId: row.entraTenantId,
    model: row.model,
    cloud: row.cloud,
    modelAttestation: (row.modelAttestation as ModelAttestation | null) ?? null,
    graphModelParameter: row.model === "evaluation" ? null : row.model,
    returnUrl: row.returnUrl,
    consentedAt: row.consentedAt?.toISOString() ?? null,
    consentError: row.consentError,
    missingRoles: row.missingRoles,
    offboardedAt: row.offboardedAt?.toISOString() ?? null,
    purgedAt: row.purgedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toModelChangeView(row: TenantModelChange): ModelChangeView {
  return {
    id: row.id,
    tenantId: row.tenantId,
    fromModel: row.fromModel,
    toModel: row.toModel,
    attestation: (row.attestation as ModelAttestation | null) ?? null,
    changedBy: row.changedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export const tenantOffboarded = () =>
  new HttpProblem(
    409,
    "tenant_offboarded",
    "Conflict",
    "the tenant is offboarded; nothing about it can change",
  );

export function hashState(state: string): string {
  return createHash("sha256").update(state).digest("hex");
}

export type ConsumedState =
  | { ok: true; accountId: string; tenantId: string }
  | { ok: false; reason: "invalid" | "expired" | "used" };

const PURGE_BATCH = 5_000;

/** Tenants of an account: every query names the account. */
export function tenantsRepository(db: Db) {
  /** The tenant when it belongs to the account, else null (the caller answers 404 either way). */
  const find = (accountId: string, tenantId: string) =>
    db.tenant.findFirst({ where: { id: tenantId, accountId } });

  /** Runs DELETE … LIMIT n until nothing is left; returns the rows deleted. */
  async function deleteInBatches(statement: (batch: number) => Prisma.Sql): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await db.$executeRaw(statement(PURGE_BATCH));
      total += n;
      if (n < PURGE_BATCH) return total;
    }
  }

  return {
    find,

    async create(accountId: string, body: CreateTenantBody, actor: string, requestId?: string) {
      return db.$transaction(async (tx) => {
        const attestation = body.model === "A" ? (body.attestation ?? null) : null;
        const tenant = await tx.tenant.create({
          data: {
            accountId,
            model: body.model,
            cloud: body.cloud ?? "global",
            displayName: body.displayName ?? null,
            returnUrl: body.returnUrl ?? null,
            modelAttestation: attestation ?? Prisma.DbNull,
          },
        });
        await tx.tenantModelChange.create({
          data: {
            accountId,
            tenantId: tenant.id,
            fromModel: null,
            toModel: body.model,
            attestation: attestation ?? Prisma.DbNull,
            changedBy: actor,
          },
        });
        await audit(tx, {
          accountId,
          actor,
          action: "tenant.created",
          targetType: "tenant",
          targetId: tenant.id,
          data: { model: body.model },
          requestId,
        });
        return tenant;
      });
    },

    async list(accountId: string, { status, cursor, limit }: Page & { status?: TenantStatus | undefined }) {
      const rows = await db.tenant.findMany({
        where: { accountId, ...(status ? { status } : {}), ...afterCursor(cursor) },
        orderBy: newestFirst,
        take: limit + 1,
      });
      return toPage(rows, limit, toTenantView);
    },

    /** Changes the display name, return URL or payment model; a model change is recorded. */
    async update(
      accountId: string,
      tenantId: string,
      body: UpdateTenantBody,
      actor: string,
      requestId?: string,
    ): Promise<Tenant | null> {
      return db.$transaction(async (tx) => {
        const [current] = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM tenants WHERE id = ${tenantId}::uuid AND account_id = ${accountId}::uuid FOR UPDATE`;
        if (!current) return null;
        const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } });
        if (tenant.status === "offboarded") throw tenantOffboarded();
        const data: Prisma.TenantUpdateInput = {};
        if (body.displayName !== undefined) data.displayName = body.displayName;
        if (body.returnUrl !== undefined) data.returnUrl = body.returnUrl;
        const model = body.model ?? tenant.model;
        if (model === "A" && body.attestation) data.modelAttestation = body.attestation;
        if (model !== "A") data.modelAttestation = Prisma.DbNull;
        if (body.model && body.model !== tenant.model) {
          data.model = body.model;
          await tx.tenantModelChange.create({
            data: {
              accountId,
              tenantId,
              fromModel: tenant.model,
              toModel: body.model,
              attestation: body.model === "A" && body.attestation ? body.attestation : Prisma.DbNull,
              changedBy: actor,
            },
          });
          await audit(tx, {
            accountId,
            actor,
            action: "tenant.model_changed",
            targetType: "tenant",
            targetId: tenantId,
            data: { from: tenant.model, to: body.model },
            requestId,
          });
        } else if (model === "A" && body.attestation) {
          await audit(tx, {
            accountId,
            actor,
            action: "tenant.attestation_updated",
            targetType: "tenant",
            targetId: tenantId,
            data: { purpose: body.attestation.purpose },
            requestId,
          });
        }
        return tx.tenant.update({ where: { id: tenantId }, data });
      });
    },

    async modelChanges(accountId: string, tenantId: string, { cursor, limit }: Page) {
      const rows = await db.tenantModelChange.findMany({
        where: { accountId, tenantId, ...afterCursor(cursor) },
        orderBy: newestFirst,
        take: limit + 1,
      });
      return toPage(rows, limit, toModelChangeView);
    },

    /**
     * Offboards: no new exports, open exports are cancelled, the archive stays until a purge.
     * Idempotent; null when the account has no such tenant.
     */
    async offboard(accountId: string, tenantId: string, actor: string, requestId?: string) {
      return db.$transaction(async (tx) => {
        const tenant = await tx.tenant.findFirst({ where: { id: tenantId, accountId } });
        if (!tenant) return null;
        if (tenant.status === "offboarded") return tenant;
        const now = new Date();
        const cancelled = await tx.export.updateMany({
          where: { tenantId, accountId, status: { in: ["queued", "running"] } },
          data: { status: "cancelled", finishedAt: now, error: "tenant offboarded" },
        });
        await tx.exportTask.updateMany({
          where: { tenantId, status: { in: ["pending", "running", "paused"] } },
          data: { status: "cancelled", finishedAt: now },
        });
        await tx.exportSchedule.updateMany({ where: { tenantId }, data: { enabled: false } });
        await tx.consentState.updateMany({
          where: { tenantId, consumedAt: null },
          data: { consumedAt: now },
        });
        const updated = await tx.tenant.update({
          where: { id: tenantId },
          data: { status: "offboarded", offboardedAt: now },
        });
        await audit(tx, {
          accountId,
          actor,
          action: "tenant.offboarded",
          targetType: "tenant",
          targetId: tenantId,
          data: { previousStatus: tenant.status, exportsCancelled: cancelled.count },
          requestId,
        });
        return updated;
      });
    },

    /**
     * Deletes every archived message, version, hosted content and export of an offboarded tenant, in
     * batches (re-running finishes an interrupted purge), then frees its Entra tenant id. Audited.
     */
    async purge(tenant: Tenant, actor: string, requestId?: string): Promise<PurgeResult> {
      const id = tenant.id;
      const deleted: Record<string, number> = {};
      // Bytes shared with another tenant's message stay; bytes only this tenant referenced go.
      deleted.hostedContents = await db.$executeRaw`
        DELETE FROM hosted_contents h
        WHERE h.sha256 IN (SELECT DISTINCT sha256 FROM message_hosted_contents WHERE tenant_id = ${id}::uuid AND sha256 IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM message_hosted_contents o WHERE o.sha256 = h.sha256 AND o.tenant_id <> ${id}::uuid)`;
      deleted.hostedContentRefs = await deleteInBatches(
        (n) => Prisma.sql`DELETE FROM message_hosted_contents WHERE ctid IN (
          SELECT ctid FROM message_hosted_contents WHERE tenant_id = ${id}::uuid LIMIT ${n})`,
      );
      deleted.hostedContentListings = await deleteInBatches(
        (n) => Prisma.sql`DELETE FROM message_hosted_listings WHERE ctid IN (
          SELECT ctid FROM message_hosted_listings WHERE tenant_id = ${id}::uuid LIMIT ${n})`,
      );
      deleted.exportMessages = await deleteInBatches(
        (n) => Prisma.sql`DELETE FROM export_messages WHERE ctid IN (
          SELECT em.ctid FROM export_messages em JOIN exports e ON e.id = em.export_id
          WHERE e.tenant_id = ${id}::uuid LIMIT ${n})`,
      );
      deleted.messages = await deleteInBatches(
        (n) => Prisma.sql`DELETE FROM messages WHERE ctid IN (
          SELECT ctid FROM messages WHERE tenant_id = ${id}::uuid LIMIT ${n})`,
      );
      deleted.messageVersions = await deleteInBatches(
        (n) => Prisma.sql`DELETE FROM message_versions WHERE ctid IN (
          SELECT ctid FROM message_versions WHERE tenant_id = ${id}::uuid LIMIT ${n})`,
      );
      deleted.watermarks = (await db.targetWatermark.deleteMany({ where: { tenantId: id } })).count;
      Object.assign(deleted, await purgeTenantArchive(db, id));
      const purgedAt = new Date();
      await db.$transaction(async (tx) => {
        // Export tasks go with their exports (on delete cascade).
        deleted.exports = (await tx.export.deleteMany({ where: { tenantId: id } })).count;
        deleted.schedules = (await tx.exportSchedule.deleteMany({ where: { tenantId: id } })).count;
        await tx.tenant.update({ where: { id }, data: { purgedAt, entraTenantId: null } });
        await audit(tx, {
          accountId: tenant.accountId,
          actor,
          action: "tenant.purged",
          targetType: "tenant",
          targetId: id,
          data: { entraTenantId: tenant.entraTenantId, deleted },
          requestId,
        });
      });
      return { tenantId: id, purgedAt: purgedAt.toISOString(), deleted };
    },

    /** A fresh consent state for the tenant: the value goes into the URL, only its hash is stored. */
    async createConsentState(accountId: string, tenantId: string, ttlSeconds: number) {
      const state = randomBytes(32).toString("base64url");
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      await db.consentState.create({
        data: { accountId, tenantId, stateHash: hashState(state), expiresAt },
      });
      return { state, expiresAt };
    },

    /** Uses up a state exactly once: of two callbacks racing with the same state, one wins. */
    async consumeConsentState(state: string): Promise<ConsumedState> {
      const row = await db.consentState.findUnique({ where: { stateHash: hashState(state) } });
      if (!row) return { ok: false, reason: "invalid" };
      const now = new Date();
      const won = await db.consentState.updateMany({
        where: { id: row.id, consumedAt: null, expiresAt: { gt: now } },
        data: { consumedAt: now },
      });
      if (won.count === 1) return { ok: true, accountId: row.accountId, tenantId: row.tenantId };
      const again = await db.consentState.findUniqueOrThrow({ where: { id: row.id } });
      return { ok: false, reason: again.consumedAt ? "used" : "expired" };
    },
  };
}

export type TenantsRepository = ReturnType<typeof tenantsRepository>;

declare module "fastify" {
  interface FastifyInstance {
    tenantsRepository: TenantsRepository;
  }
}

export default fp(
  async function tenantsRepositoryPlugin(app: FastifyInstance) {
    app.decorate("tenantsRepository", tenantsRepository(app.db));
  },
  { name: "tenants-repository", dependencies: ["db"] },
);
