import { randomUUID } from "node:crypto";
import type { Socket } from "node:net";
import type { Problem } from "@capstan/contracts";
import { isDatabaseUnavailable } from "@capstan/db";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { InvalidCursorError } from "../repositories/cursor";

/** An error a route throws on purpose; it becomes a problem+json answer with its status and code. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what: string) =>
  new HttpProblem(404, "not_found", "Not Found", `${what} was not found`);

function send(reply: FastifyReply, request: FastifyRequest, problem: Omit<Problem, "type" | "requestId">) {
  const body: Problem = {
    type: `https://capstan.dev/problems/${problem.code}`,
    ...problem,
    instance: request.url.split("?")[0],
    requestId: request.id,
  };
  return reply.status(problem.status).type("application/problem+json").send(body);
}

/**
 * Fastify's router refusals that never reach the error handler (a path parameter over 100 characters, a
 * URL that does not decode): problem+json like everything else. The URL is not echoed.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  return send(reply, request, {
    status,
    code: (error.code ?? "bad_request").toLowerCase().replace(/^fst_err_/, ""),
    title: status === 414 ? "URI Too Long" : "Bad Request",
    detail: status === 414 ? "A path parameter is too long" : "The request URL is malformed",
  });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over 16 KiB, broken framing, control
 * characters): answered as problem+json on the raw socket, then the connection is closed.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket) {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const [status, code, title, detail] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "request_timeout", "Request Timeout", "The request did not arrive in time"]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [
            431,
            "header_fields_too_large",
            "Request Header Fields Too Large",
            "The request's headers are too large",
          ]
        : [400, "malformed_request", "Bad Request", "The request is not valid HTTP/1.1"];
  const requestId = randomUUID();
  const body = JSON.stringify({
    type: `https://capstan.dev/problems/${code}`,
    title,
    status,
    code,
    detail,
    requestId,
  });
  this.log.debug({ reqId: requestId, code: error.code }, "malformed request refused");
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** A NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what Postgres text cannot store.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a parsed body, query or params holds text Postgres cannot store: NUL, or an unpaired surrogate. */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return UNSTORABLE.test(value);
  if (depth > 64 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => hasUnstorableText(v, depth + 1));
  return Object.entries(value).some(
    ([k, v]) => hasUnstorableText(k, depth + 1) || hasUnstorableText(v, depth + 1),
  );
}

/** Every failure leaves as RFC 9457 problem+json; clients never see a stack trace. */
export default fp(async function errors(app: FastifyInstance) {
  // Postgres text and jsonb cannot hold NUL characters or unpaired UTF-16 surrogates (a JSON body can carry
  // both as escapes): refused here as bad input, instead of failing in the database as a 500.
  app.addHook("preValidation", async (request) => {
    if (
      hasUnstorableText(request.params) ||
      hasUnstorableText(request.query) ||
      hasUnstorableText(request.body)
    ) {
      throw new HttpProblem(
        400,
        "invalid_characters",
        "Bad Request",
        "Text must not contain NUL characters or unpaired UTF-16 surrogates",
      );
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return send(reply, request, {
        status: error.status,
        code: error.code,
        title: error.title,
        ...(error.detail ? { detail: error.detail } : {}),
      });
    }
    if (error instanceof InvalidCursorError) {
      return send(reply, request, {
        status: 400,
        code: "invalid_cursor",
        title: "Bad Request",
        detail: "cursor is not one this API issued",
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(reply, request, {
        status: 400,
        code: "validation_failed",
        title: "Bad Request",
        detail: `The request ${error.validationContext ?? "input"} is invalid`,
        errors: error.validation.map((v) => ({
          path: (v.instancePath || "/").replace(/^\//, "").replaceAll("/", ".") || "(root)",
          message: v.message ?? "invalid",
        })),
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own 4xx: malformed JSON, wrong content type, body too large…
      return send(reply, request, {
        status,
        code: (error.code ?? "bad_request").toLowerCase().replace(/^fst_err_/, ""),
        title:
          status === 413 ? "Payload Too Large" : status === 415 ? "Unsupported Media Type" : "Bad Request",
        detail: error.message,
      });
    }
    if (isDatabaseUnavailable(error)) {
      // Postgres is restarting or unreachable: nothing is wrong with the request, retrying later works.
      request.log.warn({ err: { message: error.message, code: error.code } }, "database unavailable");
      reply.header("retry-after", "5");
      return send(reply, request, {
        status: 503,
        code: "database_unavailable",
        title: "Service Unavailable",
        detail: "The database cannot be reached right now; retry in a few seconds.",
      });
    }
    request.log.error({ err: error }, "unhandled error");
    return send(reply, request, {
      status: 500,
      code: "internal_error",
      title: "Internal Server Error",
      detail: "Something went wrong on our side; the request id identifies it in our logs.",
    });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, {
      status: 404,
      code: "route_not_found",
      title: "Not Found",
      detail: `No route ${request.method} ${request.url.split("?")[0]}`,
    }),
  );
});
