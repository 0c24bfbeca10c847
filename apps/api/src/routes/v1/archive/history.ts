import {
  ContainerId,
  ConversationContextHistoryView,
  ConversationQuery,
  ConversationView,
  HistoryQuery,
  MessageHistoryView,
  MessageParams,
  Problem,
  Uuid,
} from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../../plugins/account-scope";
import { notFound } from "../../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };

/** A message's versions over time, a chat or channel as a conversation, and its context. */
const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.archiveRepository;

  app.get(
    "/tenants/:tenantId/messages/:containerId/:messageId/versions",
    {
      schema: {
        operationId: "listMessageVersions",
        tags: ["archive"],
        summary: "Every stored version of a message, oldest first",
        description:
          "Edits, reaction changes, deletion and policy violations, each version as Graph returned it, with " +
          "when Capstan first saw it, what it changed from the version before, and its ledger entry. " +
          "`containerId` is the chat id, or `{teamId}/{channelId}` with the slash URL-encoded (%2F).",
        params: MessageParams,
        querystring: HistoryQuery,
        response: { 200: MessageHistoryView, ...problems },
      },
    },
    async (request) => {
      const { tenantId, containerId, messageId } = request.params;
      const history = await repo.history(
        accountIdOf(request),
        tenantId,
        containerId,
        messageId,
        request.query,
      );
      if (!history) throw notFound("message");
      return history;
    },
  );

  app.get(
    "/tenants/:tenantId/conversations/:containerId",
    {
      schema: {
        operationId: "getConversation",
        tags: ["archive"],
        summary: "A chat or channel in time order, replies under the message they answer",
        description:
          "Top-level messages oldest first (by creation), each with its replies (channel threads); current " +
          "versions. `containerId` is the chat id, or `{teamId}/{channelId}` with the slash URL-encoded (%2F).",
        params: z.object({ tenantId: Uuid, containerId: ContainerId }),
        querystring: ConversationQuery,
        response: { 200: ConversationView, ...problems },
      },
    },
    async (request) => {
      const { tenantId, containerId } = request.params;
      const conversation = await repo.conversation(
        accountIdOf(request),
        tenantId,
        containerId,
        request.query,
      );
      if (!conversation) throw notFound("conversation");
      return conversation;
    },
  );

  app.get(
    "/tenants/:tenantId/conversations/:containerId/context",
    {
      schema: {
        operationId: "getConversationContext",
        tags: ["archive"],
        summary: "A chat's or channel's context: topic, type and members, or team and channel names",
        description:
          "As of the last capture (exports capture it once per chat and team per run), with every distinct " +
          "context it had before, oldest first; members carry the directory's display name and UPN as of that " +
          "capture. `containerId` is the chat id, or `{teamId}/{channelId}` with the slash URL-encoded (%2F). " +
          "404 when no export captured it.",
        params: z.object({ tenantId: Uuid, containerId: ContainerId }),
        response: { 200: ConversationContextHistoryView, ...problems },
      },
    },
    async (request) => {
      const { tenantId, containerId } = request.params;
      const context = await repo.conversationContext(accountIdOf(request), tenantId, containerId);
      if (!context) throw notFound("conversation context");
      return context;
    },
  );
};

export default historyRoutes;
