import type { FastifyInstance } from "fastify";
import evidenceRoutes from "./evidence";
import historyRoutes from "./history";
import holdRoutes from "./holds";
import retentionRoutes from "./retention";

/** The compliance archive: history and conversations, tamper evidence, legal holds, retention. */
export default async function complianceArchiveRoutes(app: FastifyInstance) {
  await app.register(historyRoutes);
  await app.register(evidenceRoutes);
  await app.register(holdRoutes);
  await app.register(retentionRoutes);
}
