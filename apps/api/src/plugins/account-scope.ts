import type { FastifyRequest } from "fastify";
import { HttpProblem } from "./errors";

/**
 * The account a request acts for, as set by API-key authentication. Every repository call takes it, so
 * another account's object is simply not found.
 */
export function accountIdOf(request: FastifyRequest): string {
  const account = (request as FastifyRequest & { account?: { id: string } }).account;
  if (!account) throw new HttpProblem(401, "unauthenticated", "Unauthorized", "an API key is required");
  return account.id;
}
