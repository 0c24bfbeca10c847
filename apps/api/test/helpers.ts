import { type Config, loadConfig } from "@capstan/config";
import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app";

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  env: TestEnvironment;
  close(): Promise<void>;
}

/** The real API on a database and Redis prefix of this test file's own. */
export async function buildTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const env = await createTestEnvironment();
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_PREFIX: env.redisPrefix,
    AZURE_CLIENT_SECRET: "test-secret",
    ...overrides,
  });
  const app = await buildApp({ config, logger: false });
  await app.ready();
  return {
    app,
    config,
    env,
    async close() {
      await app.close();
      await env.cleanup();
    },
  };
}
