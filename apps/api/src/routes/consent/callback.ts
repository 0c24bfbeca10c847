import { ConsentCallbackQuery, ConsentOutcome, Problem } from "@capstan/contracts";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ConsentResult } from "../../plugins/consent";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;
}

const wantsHtml = (request: FastifyRequest) => {
  const accept = request.headers.accept ?? "";
  return accept.includes("text/html") && !accept.startsWith("application/json");
};

/**
 * Where Microsoft sends the customer's admin after the consent page. No API key: the single-use state,
 * bound to the account and tenant it was made for, is what ties this request to them.
 */
const consentCallbackRoutes: FastifyPluginAsyncZod = async (app) => {
  // No key here: limited per client address.
  app.addHook("onRequest", app.requestLimit("consent-callback"));

  app.get(
    "/consent/callback",
    {
      schema: {
        operationId: "consentCallback",
        tags: ["consent"],
        summary: "Admin consent redirect target (for Microsoft, not for API clients)",
        description:
          "Checks the state (single use, expiring, bound to account and tenant), records the Entra tenant id, " +
          "proves the consent by getting a token for that tenant, marks the tenant active, and redirects " +
          "(303) to the tenant's returnUrl with `tenantId`, `outcome` (active or error) and, on error, `code`. " +
          "Without a returnUrl it answers itself: 200, or the problem. Failures whose state is unknown, " +
          "expired or used are answered here and never redirected.",
        security: [],
        querystring: ConsentCallbackQuery,
        response: {
          200: ConsentOutcome,
          400: Problem,
          403: Problem,
          409: Problem,
          410: Problem,
          503: Problem,
        },
      },
    },
    async (request, reply) => {
      const result = await app.consent.complete(request.query, request.id);
      request.log.info(
        {
          tenantId: result.tenant?.id ?? null,
          outcome: result.ok ? "active" : "error",
          ...(result.ok ? {} : { code: result.problem.code }),
        },
        "admin consent callback",
      );
      return respond(request, reply, result, app.config.CONSENT_DEFAULT_RETURN_URL);
    },
  );
};

function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  result: ConsentResult,
  defaultReturnUrl: string | undefined,
) {
  const returnUrl = result.tenant ? (result.tenant.returnUrl ?? defaultReturnUrl) : undefined;
  if (result.tenant && returnUrl) {
    const target = new URL(returnUrl);
    target.searchParams.set("tenantId", result.tenant.id);
    target.searchParams.set("outcome", result.ok ? "active" : "error");
    if (!result.ok) target.searchParams.set("code", result.problem.code);
    return reply.redirect(target.toString(), 303);
  }
  if (!result.ok) {
    if (wantsHtml(request)) {
      return reply
        .status(result.problem.status)
        .type("text/html; charset=utf-8")
        .serializer((p: unknown) => p as string)
        .send(page("Consent was not completed", result.problem.detail ?? result.problem.title));
    }
    throw result.problem;
  }
  const body = {
    tenantId: result.tenant.id,
    outcome: "active" as const,
    status: result.tenant.status,
    entraTenantId: result.tenant.entraTenantId as string,
  };
  if (wantsHtml(request)) {
    return reply
      .type("text/html; charset=utf-8")
      .serializer((p: unknown) => p as string)
      .send(page("Consent recorded", "Thank you. You can close this window."));
  }
  return body;
}

export default consentCallbackRoutes;
