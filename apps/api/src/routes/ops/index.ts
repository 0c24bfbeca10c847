import type { FastifyInstance } from "fastify";
import { documentAuth } from "../docs";
import opsAccountRoutes from "./accounts";

/** Operator routes: only the ops token opens them (API keys never do). */
export default async function ops(app: FastifyInstance) {
  app.addHook("onRoute", (route) => documentAuth(route, "opsToken"));
  app.addHook("onRequest", app.authenticateOps);
  await app.register(opsAccountRoutes);
}
