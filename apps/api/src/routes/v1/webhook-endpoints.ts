import {
  AccountNotificationView,
  CreateWebhookEndpointBody,
  CursorQuery,
  Problem,
  pageOf,
  QueuedDeliveries,
  RedeliverBody,
  ReplayBody,
  UpdateWebhookEndpointBody,
  Uuid,
  WebhookAttemptListQuery,
  WebhookAttemptView,
  WebhookEndpointCreated,
  WebhookEndpointView,
  WebhookEventListQuery,
  WebhookEventView,
  WebhookSecretRotated,
} from "@capstan/contracts";
import { EndpointDisabledError, TargetRefused } from "@capstan/webhooks";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../plugins/auth";
import { HttpProblem, notFound } from "../../plugins/errors";
import { EndpointLimitError } from "../../repositories/webhooks";

const problems = { 400: Problem, 404: Problem };
const EndpointParams = z.object({ endpointId: Uuid });
const EventParams = z.object({ eventId: Uuid });

/** A URL deliveries would refuse is refused here already, with the reason. */
function refusedUrl(error: unknown): never {
  if (error instanceof TargetRefused) {
    throw new HttpProblem(422, "webhook_url_refused", "Unprocessable Content", `url: ${error.message}`);
  }
  if (error instanceof EndpointLimitError) {
    throw new HttpProblem(409, "webhook_endpoint_limit", "Conflict", error.message);
  }
  throw error;
}

function disabledConflict(error: unknown): never {
  if (error instanceof EndpointDisabledError) {
    throw new HttpProblem(409, "webhook_endpoint_disabled", "Conflict", error.message);
  }
  throw error;
}

/**
 * Partner webhooks: endpoints (admin scope to manage, read to look), the events sent, the log of every
 * delivery attempt, redelivery and replay, and the notifications Capstan leaves for the account.
 */
const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.webhooksRepository;
  const who = (request: FastifyRequest) => ({ actor: callerOf(request).actor, requestId: request.id });
  const accountOf = (request: FastifyRequest) => callerOf(request).account.id;

  app.post(
    "/webhook-endpoints",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "createWebhookEndpoint",
        tags: ["webhooks"],
        summary: "Create a webhook endpoint",
        description:
          "Capstan POSTs the subscribed events to the URL, signed per Standard Webhooks. The response carries " +
          "the signing secret this once; Capstan keeps it only encrypted. The URL must be https and reach a " +
          "public address.",
        body: CreateWebhookEndpointBody,
        response: { 201: WebhookEndpointCreated, ...problems, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const created = await repo.create(accountOf(request), request.body, who(request)).catch(refusedUrl);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/webhook-endpoints",
    {
      schema: {
        operationId: "listWebhookEndpoints",
        tags: ["webhooks"],
        summary: "List webhook endpoints, newest first",
        querystring: CursorQuery,
        response: { 200: pageOf(WebhookEndpointView), 400: Problem },
      },
    },
    async (request) => repo.list(accountOf(request), request.query),
  );

  app.get(
    "/webhook-endpoints/:endpointId",
    {
      schema: {
        operationId: "getWebhookEndpoint",
        tags: ["webhooks"],
        summary: "Get a webhook endpoint",
        description: "A disabled endpoint says why in disabledCode and disabledReason.",
        params: EndpointParams,
        response: { 200: WebhookEndpointView, ...problems },
      },
    },
    async (request) => {
      const view = await repo.get(accountOf(request), request.params.endpointId);
      if (!view) throw notFound("webhook endpoint");
      return view;
    },
  );

  app.patch(
    "/webhook-endpoints/:endpointId",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "updateWebhookEndpoint",
        tags: ["webhooks"],
        summary: "Change a webhook endpoint's URL, events or description",
        params: EndpointParams,
        body: UpdateWebhookEndpointBody,
        response: { 200: WebhookEndpointView, ...problems, 422: Problem },
      },
    },
    async (request) => {
      const view = await repo
        .update(accountOf(request), request.params.endpointId, request.body, who(request))
        .catch(refusedUrl);
      if (!view) throw notFound("webhook endpoint");
      return view;
    },
  );

  app.delete(
    "/webhook-endpoints/:endpointId",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "deleteWebhookEndpoint",
        tags: ["webhooks"],
        summary: "Delete a webhook endpoint, its pending deliveries and its delivery log",
        params: EndpointParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      if (!(await repo.remove(accountOf(request), request.params.endpointId, who(request)))) {
        throw notFound("webhook endpoint");
      }
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/webhook-endpoints/:endpointId/disable",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "disableWebhookEndpoint",
        tags: ["webhooks"],
        summary: "Disable a webhook endpoint",
        description: "Its pending deliveries are cancelled; replay them after enabling it again.",
        params: EndpointParams,
        response: { 200: WebhookEndpointView, ...problems },
      },
    },
    async (request) => {
      const view = await repo.disable(accountOf(request), request.params.endpointId, who(request));
      if (!view) throw notFound("webhook endpoint");
      return view;
    },
  );

  app.post(
    "/webhook-endpoints/:endpointId/enable",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "enableWebhookEndpoint",
        tags: ["webhooks"],
        summary: "Enable a webhook endpoint again, with a clean failure record",
        params: EndpointParams,
        response: { 200: WebhookEndpointView, ...problems },
      },
    },
    async (request) => {
      const view = await repo.enable(accountOf(request), request.params.endpointId, who(request));
      if (!view) throw notFound("webhook endpoint");
      return view;
    },
  );

  app.post(
    "/webhook-endpoints/:endpointId/rotate-secret",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "rotateWebhookSecret",
        tags: ["webhooks"],
        summary: "Rotate a webhook endpoint's signing secret",
        description:
          "Returns the new secret this once. For 24 hours every delivery carries two signatures, under the " +
          "new and the old secret (`webhook-signature: v1,<new> v1,<old>`), so receivers can switch without a gap.",
        params: EndpointParams,
        response: { 200: WebhookSecretRotated, ...problems },
      },
    },
    async (request) => {
      const rotated = await repo.rotateSecret(accountOf(request), request.params.endpointId, who(request));
      if (!rotated) throw notFound("webhook endpoint");
      return rotated;
    },
  );

  app.get(
    "/webhook-endpoints/:endpointId/deliveries",
    {
      schema: {
        operationId: "listEndpointDeliveries",
        tags: ["webhooks"],
        summary: "The delivery log of an endpoint: every attempt, newest first",
        params: EndpointParams,
        querystring: WebhookAttemptListQuery,
        response: { 200: pageOf(WebhookAttemptView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.endpointAttempts(accountOf(request), request.params.endpointId, request.query);
      if (!page) throw notFound("webhook endpoint");
      return page;
    },
  );

  app.post(
    "/webhook-endpoints/:endpointId/replay",
    {
      schema: {
        operationId: "replayWebhookEvents",
        tags: ["webhooks"],
        summary: "Send an endpoint every event of its types since a time again",
        description:
          "Each event keeps its webhook-id, so receivers can tell what they already have. At most 10,000 " +
          "events, oldest first, per call.",
        params: EndpointParams,
        body: ReplayBody,
        response: { 202: QueuedDeliveries, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const result = await repo
        .replay(accountOf(request), request.params.endpointId, request.body, who(request))
        .catch(disabledConflict);
      if (!result) throw notFound("webhook endpoint");
      return reply.status(202).send(result);
    },
  );

  app.get(
    "/events",
    {
      schema: {
        operationId: "listWebhookEvents",
        tags: ["webhooks"],
        summary: "List the events Capstan emitted for the account, newest first",
        querystring: WebhookEventListQuery,
        response: { 200: pageOf(WebhookEventView), 400: Problem },
      },
    },
    async (request) => repo.listEvents(accountOf(request), request.query),
  );

  app.get(
    "/events/:eventId",
    {
      schema: {
        operationId: "getWebhookEvent",
        tags: ["webhooks"],
        summary: "Get an event: its payload and its delivery to each endpoint",
        params: EventParams,
        response: { 200: WebhookEventView, ...problems },
      },
    },
    async (request) => {
      const view = await repo.getEvent(accountOf(request), request.params.eventId);
      if (!view) throw notFound("event");
      return view;
    },
  );

  app.get(
    "/events/:eventId/deliveries",
    {
      schema: {
        operationId: "listEventDeliveries",
        tags: ["webhooks"],
        summary: "Every attempt to deliver an event, newest first",
        params: EventParams,
        querystring: WebhookAttemptListQuery,
        response: { 200: pageOf(WebhookAttemptView), ...problems },
      },
    },
    async (request) => {
      const page = await repo.eventAttempts(accountOf(request), request.params.eventId, request.query);
      if (!page) throw notFound("event");
      return page;
    },
  );

  app.post(
    "/events/:eventId/redeliver",
    {
      schema: {
        operationId: "redeliverWebhookEvent",
        tags: ["webhooks"],
        summary: "Send an event again",
        description:
          "To one endpoint, or to every enabled endpoint subscribed to its type, with a fresh retry schedule " +
          "and the same webhook-id.",
        params: EventParams,
        body: RedeliverBody.nullish(),
        response: { 202: QueuedDeliveries, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const result = await repo
        .redeliver(accountOf(request), request.params.eventId, request.body?.endpointId, who(request))
        .catch(disabledConflict);
      if (!result) throw notFound(request.body?.endpointId ? "event or webhook endpoint" : "event");
      return reply.status(202).send(result);
    },
  );

  app.get(
    "/notifications",
    {
      schema: {
        operationId: "listNotifications",
        tags: ["webhooks"],
        summary:
          "What Capstan did that the account must know, newest first (e.g. a webhook endpoint disabled)",
        querystring: CursorQuery,
        response: { 200: pageOf(AccountNotificationView), 400: Problem },
      },
    },
    async (request) => repo.listNotifications(accountOf(request), request.query),
  );
};

export default webhookRoutes;
