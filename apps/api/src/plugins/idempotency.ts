import { createHash } from "node:crypto";
import { secretBoxFromConfig } from "@capstan/webhooks";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { idempotencyRepository } from "../repositories/idempotency";
import { callerOf } from "./auth";
import { HttpProblem } from "./errors";

declare module "fastify" {
  interface FastifyRequest {
    idempotencyRecordId: string | null;
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Idempotency-Key on POST (inside the scope that registers it): the first answer (2xx or 4xx) is stored
 * with a fingerprint of the request and replayed to every retry; the same key with another request is
 * refused with 422, and a retry while the first is still running gets 409. 5xx answers are not kept.
 */
export default fp(
  async function idempotency(app: FastifyInstance) {
    const repo = idempotencyRepository(app.db, secretBoxFromConfig(app.config));
    app.decorateRequest("idempotencyRecordId", null);

    app.addHook("preHandler", async (request, reply) => {
      if (request.method !== "POST") return;
      const key = request.headers["idempotency-key"];
      if (key === undefined) return;
      if (typeof key !== "string" || !KEY_PATTERN.test(key)) {
        throw new HttpProblem(
          400,
          "idempotency_key_invalid",
          "Bad Request",
          "Idempotency-Key must be 1 to 255 printable ASCII characters",
        );
      }
      const caller = callerOf(request);
      const fingerprint = createHash("sha256")
        .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
        .digest("hex");
      const start = await repo.begin(caller.account.id, key, fingerprint, app.config.IDEMPOTENCY_TTL_SECONDS);
      switch (start.kind) {
        case "started":
          request.idempotencyRecordId = start.recordId;
          return;
        case "replay":
          reply.header("idempotent-replayed", "true");
          if (start.contentType) reply.header("content-type", start.contentType);
          // Already serialized: skip the response schema's serializer.
          return reply
            .code(start.status)
            .serializer((payload: unknown) => payload as string)
            .send(start.body);
        case "mismatch":
          throw new HttpProblem(
            422,
            "idempotency_key_reused",
            "Unprocessable Content",
            "This Idempotency-Key was used with a different request",
          );
        case "in_progress":
          throw new HttpProblem(
            409,
            "idempotency_request_in_progress",
            "Conflict",
            "A request with this Idempotency-Key is still being processed; retry later",
          );
      }
    });

    app.addHook("onSend", async (request, reply, payload) => {
      const recordId = request.idempotencyRecordId;
      if (!recordId) return payload;
      request.idempotencyRecordId = null;
      if (reply.statusCode >= 500 || typeof payload !== "string") {
        await repo.abandon(recordId);
      } else {
        const type = reply.getHeader("content-type");
        await repo.complete(recordId, reply.statusCode, payload, typeof type === "string" ? type : null);
      }
      return payload;
    });
  },
  { name: "idempotency", dependencies: ["db", "auth"] },
);
