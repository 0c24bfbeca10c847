import type { Problem } from "@capstan/contracts";
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

/** Every failure leaves as RFC 9457 problem+json; clients never see a stack trace. */
export default fp(async function errors(app: FastifyInstance) {
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
