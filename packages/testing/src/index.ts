import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { createTestDatabase, type TestDatabase } from "./database";

export {
  createTestDatabase,
  ensureTemplateDatabase,
  migrateDeploy,
  REPO_ROOT,
  withDatabase,
} from "./database";
export { resolveServices, type Services, ServicesUnavailableError } from "./services";

export interface TestEnvironment {
  databaseUrl: string;
  redisUrl: string;
  /** Redis key prefix of this test file alone: queues, buckets and caches never meet another file's. */
  redisPrefix: string;
  /** Deletes the database and every Redis key of this file. */
  cleanup(): Promise<void>;
}

/**
 * A database and a Redis key prefix of the calling test file's own. Needs the global setup of
 * @capstan/testing/global-setup in the vitest config.
 */
export async function createTestEnvironment(): Promise<TestEnvironment> {
  const serverUrl = process.env.CAPSTAN_TEST_DATABASE_URL;
  const redisUrl = process.env.CAPSTAN_TEST_REDIS_URL;
  const template = process.env.CAPSTAN_TEST_TEMPLATE_DB;
  if (!serverUrl || !redisUrl || !template) {
    throw new Error(
      "test services are not set up: run tests through vitest with @capstan/testing/global-setup",
    );
  }
  const db: TestDatabase = await createTestDatabase(serverUrl, template);
  const redisPrefix = `capstan-test-${randomBytes(5).toString("hex")}`;
  return {
    databaseUrl: db.url,
    redisUrl,
    redisPrefix,
    async cleanup() {
      await db.drop();
      await deleteRedisKeys(redisUrl, redisPrefix);
    },
  };
}

/** Removes every key of a prefix: "prefix:…" (queues) and "{prefix:…}…" (the limiter's hash-tagged keys). */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    // Keys are either "prefix:…" or hash-tagged "{prefix:…}…".
    for (const pattern of [`${prefix}:*`, `{${prefix}:*`]) {
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 500);
        cursor = next;
        if (keys.length > 0) await redis.unlink(...keys);
      } while (cursor !== "0");
    }
  } finally {
    redis.disconnect();
  }
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 100, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Runs teardown steps in order, each given at most `stepMs`: a step still pending then is reported on stderr
 * by name and left behind, so a hung close (a client stuck reconnecting after a fault test) names itself
 * instead of timing out the whole hook anonymously, and the steps after it still run.
 */
export async function teardown(
  steps: [label: string, step: (() => Promise<unknown>) | undefined][],
  stepMs = 20_000,
): Promise<void> {
  for (const [label, step] of steps) {
    if (!step) continue;
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      step().then(
        () => "done",
        (error: Error) => `failed: ${error.message}`,
      ),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`still pending after ${stepMs} ms; going on`), stepMs);
      }),
    ]).finally(() => clearTimeout(timer));
    if (outcome !== "done") process.stderr.write(`[teardown] ${label}: ${outcome}\n`);
  }
}
