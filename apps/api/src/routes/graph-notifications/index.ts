import { Problem } from "@capstan/contracts";
import {
  InboxFull,
  LifecycleBatch,
  NotificationBatch,
  type ReceiveResult,
  ValidationKeysUnavailable,
} from "@capstan/live";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../../plugins/errors";

const Query = z.object({
  validationToken: z.string().max(1000).optional().describe("Sent by Graph when a subscription is created"),
});
const Accepted = z.object({
  accepted: z.number().int().describe("Notifications verified and queued"),
  refused: z
    .number()
    .int()
    .describe("Notifications refused (unknown subscription, clientState, validation token, signature)"),
});

/**
 * Where Microsoft Graph delivers change notifications and lifecycle events. No API key: each notification
 * proves itself (a subscription Capstan holds, its clientState, a signature over data only our certificate
 * opens). Verified notifications are queued durably and answered 202 at once; the worker archives them.
 */
const graphNotificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const answer = (reply: FastifyReply, result: ReceiveResult) => {
    if (result.accepted === 0) {
      app.log.warn({ refused: result.refused }, "graph notifications refused");
      throw new HttpProblem(403, "notification_refused", "Forbidden", "no notification could be verified");
    }
    if (result.refused.length > 0) app.log.warn({ refused: result.refused }, "graph notifications refused");
    return reply.code(202).send({ accepted: result.accepted, refused: result.refused.length });
  };
  const validation = (reply: FastifyReply, token: string) =>
    // Graph checks the URL by asking for its token back, as plain text, within 10 seconds.
    reply.code(200).type("text/plain; charset=utf-8").send(token);
  const busy = (reply: FastifyReply, error: unknown) => {
    if (error instanceof ValidationKeysUnavailable) {
      // The tokens cannot be checked now (Entra ID's keys unreachable): Graph retries the delivery.
      app.log.warn({ err: error.message }, "validation token keys unavailable");
      reply.header("retry-after", "5");
      throw new HttpProblem(
        503,
        "identity_unavailable",
        "Service Unavailable",
        "notifications cannot be verified right now; retry later",
      );
    }
    if (!(error instanceof InboxFull)) throw error;
    reply.header("retry-after", "5");
    throw new HttpProblem(
      503,
      "inbox_full",
      "Service Unavailable",
      "too many notifications waiting; retry later",
    );
  };
  const responses = {
    200: z.string().describe("The validationToken, echoed"),
    202: Accepted,
    400: Problem,
    403: Problem,
    503: Problem,
  };

  app.post(
    "/notifications",
    {
      schema: {
        tags: ["graph"],
        operationId: "receiveGraphNotifications",
        summary: "Change notifications from Microsoft Graph (for Graph, not for API clients)",
        security: [],
        querystring: Query,
        body: z.union([NotificationBatch, z.literal("")]).optional(),
        response: responses,
      },
    },
    async (request, reply) => {
      if (request.query.validationToken !== undefined)
        return validation(reply, request.query.validationToken);
      if (!request.body)
        throw new HttpProblem(400, "bad_request", "Bad Request", "a notification batch is required");
      try {
        return answer(reply, await app.liveReceiver.receive(request.body));
      } catch (error) {
        return busy(reply, error);
      }
    },
  );

  app.post(
    "/lifecycle",
    {
      schema: {
        tags: ["graph"],
        operationId: "receiveGraphLifecycleEvents",
        summary: "Subscription lifecycle events from Microsoft Graph (for Graph, not for API clients)",
        security: [],
        querystring: Query,
        body: z.union([LifecycleBatch, z.literal("")]).optional(),
        response: responses,
      },
    },
    async (request, reply) => {
      if (request.query.validationToken !== undefined)
        return validation(reply, request.query.validationToken);
      if (!request.body)
        throw new HttpProblem(400, "bad_request", "Bad Request", "a lifecycle batch is required");
      return answer(reply, await app.liveReceiver.receiveLifecycle(request.body));
    },
  );
};

export default graphNotificationRoutes;
