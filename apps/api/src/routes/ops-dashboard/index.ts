import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { HttpProblem } from "../../plugins/errors";
import { opsArchivePage } from "./archive";
import { html } from "./html";
import { deny, loginPage, sendPage } from "./layout";
import { livePage } from "./live";
import { type OpsContext, opsPages } from "./pages";
import { mountQueues } from "./queues";
import {
  clearSessionCookie,
  csrfToken,
  csrfValid,
  isOpsToken,
  newSession,
  readSession,
  safeNext,
  sameOrigin,
  sessionKey,
  setSessionCookie,
} from "./session";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Dashboard routes reachable without an ops session (only the sign-in form's target). */
    opsPublic?: boolean;
  }
}

/** Sign-in attempts per address and minute. */
const LOGIN_ATTEMPTS_PER_MINUTE = 20;

/**
 * The ops dashboard under /ops (the JSON operator API stays at /ops/v1): server-rendered pages behind an
 * ops sign-in (session cookie), bull-board under /ops/queues. API keys never open any of it: every route
 * but the sign-in form's target answers 401 without a valid session cookie, whatever else is sent.
 */
export default async function opsDashboard(app: FastifyInstance) {
  const config = app.config;
  const key = sessionKey(config);
  // The cookie key is never used without OPS_TOKEN (no session can be made then); any value does.
  await app.register(cookie, { secret: key ?? Buffer.from("ops sign-in disabled: OPS_TOKEN is unset") });
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  app.decorateRequest("opsSession", null);

  const contextOf = (request: FastifyRequest): OpsContext => {
    const session = request.opsSession;
    if (!session || !key) throw new HttpProblem(401, "ops_unauthorized", "Unauthorized", "Sign in first");
    return {
      session,
      csrf: csrfToken(key, session),
      canWrite: config.OPS_DASHBOARD_WRITES && session.role === "write",
    };
  };

  const refuse = (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split("?")[0] ?? "";
    if (url.startsWith("/ops/queues/api") || request.method !== "GET") {
      return deny(
        request,
        reply,
        401,
        "ops_unauthorized",
        "Sign in to the ops dashboard at /ops/ with the ops token; API keys do not open it.",
      );
    }
    return sendPage(reply, 401, loginPage(safeNext(request.url)));
  };

  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD" && !sameOrigin(request, config)) {
      return deny(request, reply, 403, "cross_site_request", "Cross-site requests are refused.");
    }
    if (request.routeOptions.config.opsPublic) return;
    const session = key ? readSession(request) : null;
    if (!session) return refuse(request, reply);
    request.opsSession = session;
  });

  // Forms that act carry the session's CSRF token (bull-board's own API calls rely on SameSite=Strict and
  // the same-origin check above).
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST" || request.routeOptions.config.opsPublic) return;
    if ((request.url.split("?")[0] ?? "").startsWith("/ops/queues/")) return;
    const session = request.opsSession;
    const given = (request.body as Record<string, unknown> | null | undefined)?._csrf;
    if (!key || !session || !csrfValid(key, session, given)) {
      return deny(
        request,
        reply,
        403,
        "csrf_failed",
        "The form is stale or came from elsewhere; reload the page.",
      );
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = 500;
    let detail = "Something went wrong on our side; the request id identifies it in the logs.";
    if (error instanceof HttpProblem) {
      status = error.status;
      detail = error.detail ?? error.title;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      detail = `The ${error.validationContext ?? "request"} is invalid: ${error.validation
        .map((v) => `${(v.instancePath || "/").slice(1) || "(root)"} ${v.message ?? "invalid"}`)
        .join("; ")}`;
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      detail = error.message;
    } else {
      request.log.error({ err: error }, "ops dashboard error");
    }
    if (status === 401 && !request.opsSession) return refuse(request, reply);
    const session = request.opsSession;
    return sendPage(reply, status, {
      title: status === 404 ? "Not found" : status === 403 ? "Not allowed" : `Error ${status}`,
      session,
      ...(session && key
        ? { csrf: csrfToken(key, session), canWrite: config.OPS_DASHBOARD_WRITES && session.role === "write" }
        : {}),
      body: html`<div class="notice bad" data-testid="error">${detail}</div><p class="muted">Request id <code>${request.id}</code> · <a href="/ops/">Overview</a></p>`,
    });
  });

  app.post(
    "/login",
    {
      schema: { hide: true },
      config: { opsPublic: true },
      onRequest: app.requestLimit("ops-sign-in", {
        max: LOGIN_ATTEMPTS_PER_MINUTE,
        timeWindow: 60_000,
        keyGenerator: (request) => `ops-login:${request.ip}`,
      }),
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const next = safeNext(body.next);
      if (!key) {
        return sendPage(reply, 401, loginPage(next, "Sign-in is off: OPS_TOKEN is not set on this server."));
      }
      if (!isOpsToken(config, body.token)) {
        request.log.warn("ops sign-in refused");
        return sendPage(reply, 401, loginPage(next, "That is not the ops token."));
      }
      const session = newSession(config);
      setSessionCookie(reply, config, session);
      request.log.info({ role: session.role }, "ops signed in");
      return reply.redirect(next, 303);
    },
  );

  app.post("/logout", { schema: { hide: true } }, async (_request, reply) => {
    clearSessionCookie(reply, config);
    return reply.redirect("/ops/", 303);
  });

  await app.register(opsPages(contextOf));
  await app.register(opsArchivePage(contextOf));
  await app.register(livePage(contextOf));
  await mountQueues(app, { queue: app.opsStats.queue, writable: config.OPS_DASHBOARD_WRITES });
}
