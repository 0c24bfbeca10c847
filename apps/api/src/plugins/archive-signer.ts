import { type ArchiveSigner, archiveSignerFromConfig } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    /** The Ed25519 key archive attestations are signed with (ARCHIVE_SIGNING_KEY). */
    archiveSigner: ArchiveSigner;
  }
}

export default fp(
  async function archiveSignerPlugin(app: FastifyInstance) {
    app.decorate("archiveSigner", archiveSignerFromConfig(app.config));
  },
  { name: "archive-signer", dependencies: ["config"] },
);
