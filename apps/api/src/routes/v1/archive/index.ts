import type { FastifyInstance } from "fastify";
import bundleRoutes from "./bundles";
import evidenceRoutes from "./evidence";
import historyRoutes from "./history";
import holdRoutes from "./holds";
import retentionRoutes from "./retention";
import searchRoutes from "./search";

/** The compliance archive: history and conversations, search, tamper evidence, legal holds, retention, export bundles. */
export default async function complianceArchiveRoutes(app: FastifyInstance) {
  await app.register(historyRoutes);
  await app.register(searchRoutes);
  await app.register(evidenceRoutes);
  await app.register(holdRoutes);
  await app.register(retentionRoutes);
  await app.register(bundleRoutes);
}
