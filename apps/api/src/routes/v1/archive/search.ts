import { Problem, pageOf, SearchHitView, SearchQuery, Uuid } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../../plugins/account-scope";
import { HttpProblem, notFound } from "../../../plugins/errors";
import { EmptySearchError } from "../../../repositories/archive";

/** Full-text search across a tenant's archive, combined with the archive's filters. */
const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.archiveRepository;

  app.get(
    "/tenants/:tenantId/search",
    {
      schema: {
        operationId: "searchMessages",
        tags: ["archive"],
        summary: "Search a tenant's messages: words in bodies and attachment names, with filters",
        description:
          "Finds messages any of whose stored versions contain the words (HTML stripped; subjects and " +
          "attachment names included), filtered by sender, participant, chat, team or channel, creation time, " +
          "deletion and hosted contents. Newest first by creation; each hit is the current version.",
        params: z.object({ tenantId: Uuid }),
        querystring: SearchQuery,
        response: { 200: pageOf(SearchHitView), 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => {
      try {
        const page = await repo.search(accountIdOf(request), request.params.tenantId, request.query);
        if (!page) throw notFound("tenant");
        return page;
      } catch (error) {
        if (error instanceof EmptySearchError) {
          throw new HttpProblem(400, "search_query_empty", "Bad Request", "q has no words to search for");
        }
        throw error;
      }
    },
  );
};

export default searchRoutes;
