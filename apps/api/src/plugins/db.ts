import { createDb, type Db } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
  }
}

export default fp(
  async function db(app: FastifyInstance) {
    const client = createDb({
      databaseUrl: app.config.DATABASE_URL,
      maxConnections: app.config.DATABASE_POOL_SIZE,
    });
    app.decorate("db", client);
    app.addHook("onClose", async () => client.$disconnect());
  },
  { name: "db", dependencies: ["config"] },
);
