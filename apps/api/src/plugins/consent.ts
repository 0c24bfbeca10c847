import type { ConsentLink } from "@capstan/contracts";
import { Prisma, resumePausedTasks, type Tenant } from "@capstan/db";
import { missingRoles, TokenError, tokenRoles } from "@capstan/graph";
import { emitTenantEvent } from "@capstan/webhooks";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { audit } from "../repositories/audit";
import { tenantOffboarded } from "../repositories/tenants";
import { HttpProblem } from "./errors";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CallbackParams {
  state?: string | undefined;
  tenant?: string | undefined;
  admin_consent?: string | undefined;
  error?: string | undefined;
  error_description?: string | undefined;
}

/** What the callback ends with: the tenant it concerned (when the state named one) and a problem or not. */
export type ConsentResult =
  | { ok: true; tenant: Tenant }
  | { ok: false; tenant: Tenant | null; problem: HttpProblem };

export interface VerifyOutcome {
  tenant: Tenant;
  tokenOk: boolean;
  reason: string | null;
}

export interface ConsentService {
  /** A fresh, single-use admin consent URL for the tenant. */
  link(tenant: Tenant): Promise<ConsentLink>;
  /** Handles Microsoft's redirect: state, outcome, Entra tenant, token proof. Never throws a problem. */
  complete(params: CallbackParams, requestId: string): Promise<ConsentResult>;
  /**
   * Asks Entra ID for a fresh token now: consent still there (active), gone (consent_revoked), or there
   * without every role exports need (consent_incomplete, the roles named).
   */
  verify(tenant: Tenant, actor: string, requestId: string): Promise<VerifyOutcome>;
}

declare module "fastify" {
  interface FastifyInstance {
    consent: ConsentService;
  }
}

const incompleteReason = (missing: string[]) =>
  `The admin's consent lacks ${missing.join(", ")}: exports need every one of them. Ask the admin to consent again.`;

const clip = (text: string, n = 1000) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** Admin consent round trip: URL with a bound state → Microsoft → callback → token through MSAL → active. */
export default fp(
  async function consent(app: FastifyInstance) {
    const { db, config } = app;
    const repo = app.tenantsRepository;
    const ACTOR = "consent_callback";

    /**
     * Records a failed attempt; an active tenant stays active unless consent is provably gone. Partners hear
     * of it in the same transaction: tenant.consent_failed for a failed consent (`error` given), or
     * tenant.consent_revoked when an active tenant's consent turned out to be gone.
     */
    async function recordFailure(
      tenant: Tenant,
      actor: string,
      action: string,
      reason: string,
      requestId: string,
      nextStatus?: Tenant["status"],
      error?: { code: string; description: string | null },
    ): Promise<Tenant> {
      const status =
        nextStatus ??
        (tenant.status === "pending_consent" || tenant.status === "consent_failed"
          ? "consent_failed"
          : tenant.status);
      return db.$transaction(async (tx) => {
        const updated = await tx.tenant.update({
          where: { id: tenant.id },
          data: { status, consentError: clip(reason) },
        });
        await audit(tx, {
          accountId: tenant.accountId,
          actor,
          action,
          targetType: "tenant",
          targetId: tenant.id,
          data: { reason: clip(reason, 300), status },
          requestId,
        });
        if (status === "consent_revoked" && tenant.status !== "consent_revoked") {
          await emitTenantEvent(tx, tenant.id, "tenant.consent_revoked", {
            reason: clip(reason),
            detectedAt: new Date().toISOString(),
          });
        } else if (error) {
          await emitTenantEvent(tx, tenant.id, "tenant.consent_failed", {
            error: { code: clip(error.code, 100), description: error.description && clip(error.description) },
          });
        }
        return updated;
      });
    }

    /** Consent is proven: the tenant becomes active and work paused for lack of consent resumes. */
    async function activate(tenant: Tenant, entraTenantId: string, actor: string, requestId: string) {
      const { updated, resumed } = await db.$transaction(async (tx) => {
        const updated = await tx.tenant.update({
          where: { id: tenant.id },
          data: {
            status: "active",
            entraTenantId,
            consentedAt: new Date(),
            consentError: null,
            missingRoles: [],
          },
        });
        await emitTenantEvent(tx, tenant.id, "tenant.consented", {
          consentedAt: (updated.consentedAt as Date).toISOString(),
        });
        // Work the workers paused for lack of consent goes back to pending.
        const resumed = await resumePausedTasks(tx, tenant.id);
        await audit(tx, {
          accountId: tenant.accountId,
          actor,
          action: "tenant.consent_granted",
          targetType: "tenant",
          targetId: tenant.id,
          data: { entraTenantId, previousStatus: tenant.status, tasksResumed: resumed.length },
          requestId,
        });
        return { updated, resumed };
      });
      // The reconciler would find them too; admitting now saves its interval.
      if (resumed.length > 0) await app.queues.admit(tenant.id).catch(() => {});
      return updated;
    }

    /**
     * Entra ID issued a token, but without every role exports need: the tenant is consent_incomplete with the
     * missing roles named, and partners hear of it as a failed consent (code consent_incomplete).
     */
    async function markIncomplete(
      tenant: Tenant,
      entraTenantId: string,
      missing: string[],
      actor: string,
      requestId: string,
    ): Promise<Tenant> {
      const reason = incompleteReason(missing);
      return db.$transaction(async (tx) => {
        const updated = await tx.tenant.update({
          where: { id: tenant.id },
          data: {
            status: "consent_incomplete",
            entraTenantId,
            consentedAt: new Date(),
            consentError: reason,
            missingRoles: missing,
          },
        });
        await audit(tx, {
          accountId: tenant.accountId,
          actor,
          action: "tenant.consent_incomplete",
          targetType: "tenant",
          targetId: tenant.id,
          data: { entraTenantId, missingRoles: missing, previousStatus: tenant.status },
          requestId,
        });
        if (tenant.status !== "consent_incomplete" || tenant.missingRoles.join() !== missing.join()) {
          await emitTenantEvent(tx, tenant.id, "tenant.consent_failed", {
            error: { code: "consent_incomplete", description: reason },
          });
        }
        return updated;
      });
    }

    const fail = (tenant: Tenant | null, status: number, code: string, title: string, detail: string) =>
      ({ ok: false, tenant, problem: new HttpProblem(status, code, title, detail) }) as const;

    app.decorate<ConsentService>("consent", {
      async link(tenant) {
        if (tenant.status === "offboarded") throw tenantOffboarded();
        const { state, expiresAt } = await repo.createConsentState(
          tenant.accountId,
          tenant.id,
          config.CONSENT_STATE_TTL_SECONDS,
        );
        return {
          consentUrl: app.identity.consentUrl(state, tenant.entraTenantId, tenant.cloud),
          consentUrlExpiresAt: expiresAt.toISOString(),
        };
      },

      async complete(params, requestId) {
        if (!params.state) {
          return fail(null, 400, "consent_state_invalid", "Bad Request", "The callback carries no state");
        }
        const consumed = await repo.consumeConsentState(params.state);
        if (!consumed.ok) {
          if (consumed.reason === "expired") {
            return fail(
              null,
              410,
              "consent_state_expired",
              "Gone",
              "This consent link has expired; ask for a fresh consent URL",
            );
          }
          if (consumed.reason === "used") {
            return fail(null, 409, "consent_state_used", "Conflict", "This consent link was already used");
          }
          return fail(
            null,
            400,
            "consent_state_invalid",
            "Bad Request",
            "The state is not one Capstan issued",
          );
        }
        const tenant = await repo.find(consumed.accountId, consumed.tenantId);
        if (!tenant) {
          return fail(
            null,
            400,
            "consent_state_invalid",
            "Bad Request",
            "The state is not one Capstan issued",
          );
        }
        if (tenant.status === "offboarded") {
          return fail(tenant, 409, "tenant_offboarded", "Conflict", "The tenant was offboarded");
        }

        if (params.error) {
          const reason = `${params.error}: ${params.error_description ?? "no description"}`;
          const updated = await recordFailure(
            tenant,
            ACTOR,
            "tenant.consent_declined",
            reason,
            requestId,
            undefined,
            {
              code: params.error,
              description: params.error_description ?? null,
            },
          );
          return fail(
            updated,
            403,
            "consent_declined",
            "Forbidden",
            `The administrator did not grant consent (${clip(params.error, 100)})`,
          );
        }

        const entraTenantId = params.tenant?.toLowerCase();
        if (params.admin_consent?.toLowerCase() !== "true" || !entraTenantId || !GUID.test(entraTenantId)) {
          const updated = await recordFailure(
            tenant,
            ACTOR,
            "tenant.consent_failed",
            "callback_invalid: Microsoft's answer had neither admin_consent=True with a tenant id nor an error",
            requestId,
            undefined,
            {
              code: "callback_invalid",
              description: "Microsoft's answer had neither admin_consent=True with a tenant id nor an error",
            },
          );
          return fail(
            updated,
            400,
            "consent_callback_invalid",
            "Bad Request",
            "The callback must carry admin_consent=True and the tenant id, or an error",
          );
        }

        if (tenant.entraTenantId && tenant.entraTenantId !== entraTenantId) {
          const updated = await recordFailure(
            tenant,
            ACTOR,
            "tenant.consent_failed",
            `entra_tenant_mismatch: consent came from directory ${entraTenantId}, not ${tenant.entraTenantId}`,
            requestId,
            undefined,
            {
              code: "entra_tenant_mismatch",
              description: "An administrator of another Microsoft 365 tenant answered this consent link",
            },
          );
          return fail(
            updated,
            409,
            "entra_tenant_mismatch",
            "Conflict",
            "An administrator of another Microsoft 365 tenant answered this consent link",
          );
        }

        const holder = await db.tenant.findFirst({
          where: { entraTenantId, NOT: { id: tenant.id } },
          select: { id: true, accountId: true },
        });
        const alreadyOnboarded = async () => {
          const sameAccount = holder?.accountId === tenant.accountId;
          const updated = await recordFailure(
            tenant,
            ACTOR,
            "tenant.consent_failed",
            `tenant_already_onboarded: directory ${entraTenantId} is onboarded ${sameAccount ? `as tenant ${holder?.id}` : "by another account"}`,
            requestId,
            undefined,
            {
              code: "tenant_already_onboarded",
              description: "This Microsoft 365 tenant is already onboarded in Capstan",
            },
          );
          return fail(
            updated,
            409,
            "tenant_already_onboarded",
            "Conflict",
            sameAccount
              ? `This Microsoft 365 tenant is already onboarded as tenant ${holder?.id}`
              : "This Microsoft 365 tenant is already onboarded by another Capstan account",
          );
        };
        if (holder) return alreadyOnboarded();

        // The proof: Entra ID issues Capstan's app a token for this tenant only if consent is in place.
        let accessToken: string;
        try {
          accessToken = await app.identity
            .tokens()
            .getToken({ entraTenantId, cloud: tenant.cloud }, { fresh: true });
        } catch (error) {
          if (error instanceof HttpProblem) return { ok: false, tenant, problem: error };
          if (!(error instanceof TokenError)) throw error;
          const revoked = tenant.status === "active" && error.reason === "consent_missing";
          const updated = await recordFailure(
            tenant,
            ACTOR,
            "tenant.consent_failed",
            `${error.reason}: ${error.detail}`,
            requestId,
            revoked ? "consent_revoked" : undefined,
            { code: error.reason, description: error.detail },
          );
          return error.reason === "unavailable"
            ? fail(
                updated,
                503,
                "identity_unavailable",
                "Service Unavailable",
                "Entra ID could not be reached to confirm the consent; ask for a fresh consent URL and retry",
              )
            : fail(
                updated,
                403,
                "consent_token_refused",
                "Forbidden",
                `Entra ID refused a token for the tenant (${error.reason})`,
              );
        }

        // The token's roles are what the admin granted: a tenant missing one cannot be exported completely.
        const missing = missingRoles(tokenRoles(accessToken));
        try {
          if (missing.length > 0) {
            const updated = await markIncomplete(tenant, entraTenantId, missing, ACTOR, requestId);
            return fail(updated, 403, "consent_incomplete", "Forbidden", incompleteReason(missing));
          }
          return { ok: true, tenant: await activate(tenant, entraTenantId, ACTOR, requestId) };
        } catch (error) {
          // Another account's callback for the same directory won the race.
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
            return alreadyOnboarded();
          }
          throw error;
        }
      },

      async verify(tenant, actor, requestId) {
        if (tenant.status === "offboarded") throw tenantOffboarded();
        if (!tenant.entraTenantId) {
          throw new HttpProblem(
            409,
            "tenant_not_consented",
            "Conflict",
            "No administrator has consented for this tenant yet; send one its consent URL",
          );
        }
        let accessToken: string;
        try {
          accessToken = await app.identity
            .tokens()
            .getToken({ entraTenantId: tenant.entraTenantId, cloud: tenant.cloud }, { fresh: true });
        } catch (error) {
          if (!(error instanceof TokenError)) throw error;
          const reason = `${error.reason}: ${error.detail}`;
          const gone = error.reason === "consent_missing";
          const updated = await recordFailure(
            tenant,
            actor,
            "tenant.verification_failed",
            reason,
            requestId,
            gone && tenant.status === "active" ? "consent_revoked" : tenant.status,
          );
          return { tenant: updated, tokenOk: false, reason };
        }
        const missing = missingRoles(tokenRoles(accessToken));
        if (missing.length > 0) {
          const updated = await markIncomplete(tenant, tenant.entraTenantId, missing, actor, requestId);
          return { tenant: updated, tokenOk: true, reason: incompleteReason(missing) };
        }
        const updated =
          tenant.status === "active" && !tenant.consentError
            ? tenant
            : await activate(tenant, tenant.entraTenantId, actor, requestId);
        return { tenant: updated, tokenOk: true, reason: null };
      },
    });
  },
  { name: "consent", dependencies: ["db", "identity", "tenants-repository", "queues"] },
);
