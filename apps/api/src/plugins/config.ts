import type { Config } from "@capstan/config";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
  }
}

export default fp(
  async function config(app: FastifyInstance, options: { config: Config }) {
    app.decorate("config", options.config);
  },
  { name: "config" },
);
