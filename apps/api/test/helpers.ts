import type { Writable } from "node:stream";
import { type Config, loadConfig } from "@capstan/config";
import type { ApiScope } from "@capstan/contracts";
import { createTestEnvironment, type TestEnvironment } from "@capstan/testing";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app";

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  env: TestEnvironment;
  close(): Promise<void>;
}

export interface BuildTestAppOptions {
  /** A stream that receives every log line (JSON), at the given level. */
  logStream?: Writable;
  logLevel?: string;
}

/** The real API on a database and Redis prefix of this test file's own. */
export async function buildTestApp(
  overrides: Record<string, string> = {},
  options: BuildTestAppOptions = {},
): Promise<TestApp> {
  const env = await createTestEnvironment();
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_PREFIX: env.redisPrefix,
    AZURE_CLIENT_SECRET: "test-secret",
    OPS_TOKEN: "test-ops-token-0123456789",
    ...overrides,
  });
  const app = await buildApp({
    config,
    logger: options.logStream ? { level: options.logLevel ?? "info", stream: options.logStream } : false,
  });
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

export interface TestAccount {
  accountId: string;
  keyId: string;
  apiKey: string;
  /** Headers that authenticate as this account's key. */
  auth: { authorization: string };
}

/** An account with one API key (all scopes unless told), made the way the ops routes make them. */
export async function createAccount(
  app: FastifyInstance,
  name = "Test ISV",
  scopes: ApiScope[] = ["read", "write", "admin"],
): Promise<TestAccount> {
  const account = await app.accountsRepository.createAccount(name, "test");
  return addKey(app, account.id, scopes);
}

/** Another key of an existing account. */
export async function addKey(
  app: FastifyInstance,
  accountId: string,
  scopes: ApiScope[],
): Promise<TestAccount> {
  const key = await app.accountsRepository.createKey(accountId, { scopes }, "test");
  return { accountId, keyId: key.id, apiKey: key.key, auth: { authorization: `Bearer ${key.key}` } };
}

/** An active tenant of the account, as if consent had happened (for tests about other things). */
export async function createActiveTenant(
  app: FastifyInstance,
  accountId: string,
  entraTenantId: string,
  model: "A" | "B" | "evaluation" = "B",
) {
  return app.db.tenant.create({
    data: { accountId, entraTenantId, model, status: "active", consentedAt: new Date() },
  });
}
