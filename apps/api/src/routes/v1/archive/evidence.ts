import { LedgerHeadView, Problem, Uuid, VerificationView, VerifyQuery } from "@capstan/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountIdOf } from "../../../plugins/account-scope";
import { HttpProblem, notFound } from "../../../plugins/errors";

const problems = { 400: Problem, 401: Problem, 404: Problem };
const tenantParams = z.object({ tenantId: Uuid });

/** Most entries one verification request re-derives; longer chains are verified range by range. */
const MAX_VERIFY_SPAN = 1_000_000n;

/** Tamper evidence: the tenant's signed hash-chain head, and verification of a range against the archive. */
const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.archiveRepository;

  app.get(
    "/tenants/:tenantId/ledger",
    {
      schema: {
        operationId: "getLedgerHead",
        tags: ["archive"],
        summary: "The tenant's hash-chain head, signed",
        description:
          "Every stored message version has a ledger entry whose content hash is chained per tenant. Keep " +
          "the signed head: a later verification that reaches this position must end in the same chain hash.",
        params: tenantParams,
        response: { 200: LedgerHeadView, ...problems },
      },
    },
    async (request) => {
      const head = await repo.ledger(accountIdOf(request), request.params.tenantId);
      if (!head) throw notFound("tenant");
      return head;
    },
  );

  app.get(
    "/tenants/:tenantId/ledger/verify",
    {
      schema: {
        operationId: "verifyLedger",
        tags: ["archive"],
        summary: "Verify a range of the tenant's hash chain against the archive",
        description:
          "Hashes each version again, checks that a version no longer stored was deleted by a recorded " +
          "retention run, and recomputes every chain link. The result is signed. At most 1,000,000 entries " +
          "per request.",
        params: tenantParams,
        querystring: VerifyQuery,
        response: { 200: VerificationView, ...problems },
      },
    },
    async (request) => {
      const { fromPosition, toPosition } = request.query;
      if (fromPosition !== undefined && toPosition !== undefined && toPosition < fromPosition) {
        throw new HttpProblem(400, "invalid_range", "Bad Request", "toPosition is before fromPosition");
      }
      const from = fromPosition ?? 1n;
      if (toPosition !== undefined && toPosition - from >= MAX_VERIFY_SPAN) {
        throw new HttpProblem(
          400,
          "range_too_large",
          "Bad Request",
          "verify at most 1,000,000 entries at once",
        );
      }
      const range = {
        ...(fromPosition !== undefined ? { from: fromPosition } : {}),
        ...(toPosition !== undefined ? { to: toPosition } : {}),
      };
      const result = await repo.verify(accountIdOf(request), request.params.tenantId, range);
      if (!result) throw notFound("tenant");
      return result;
    },
  );
};

export default evidenceRoutes;
