import { randomBytes } from "node:crypto";
import {
  deleteRedisKeys,
  ensureTemplateDatabase,
  resolveServices,
  type Services,
  withDatabase,
} from "@capstan/testing";
import pg from "pg";

/** A database and a Redis key prefix of one Capstan stack's own, removed again by `cleanup`. */
export interface BenchDatabase {
  databaseUrl: string;
  name: string;
  redisUrl: string;
  redisPrefix: string;
  cleanup(): Promise<void>;
}

let services: Services | undefined;

/**
 * PostgreSQL and Redis as tests find them (DATABASE_URL / REDIS_URL, containers, or the local servers);
 * under vitest, the ones its global setup already found.
 */
export async function benchServices(): Promise<Services> {
  const fromTests = process.env.CAPSTAN_TEST_DATABASE_URL;
  const redisFromTests = process.env.CAPSTAN_TEST_REDIS_URL;
  if (!services && fromTests && redisFromTests) {
    services = {
      databaseUrl: fromTests,
      redisUrl: redisFromTests,
      source: "environment",
      stop: async () => {},
    };
  }
  services ??= await resolveServices();
  return services;
}

async function admin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database migrated with the committed migrations. `prisma migrate deploy` runs once per migration
 * set into a template database (the one the tests share); each bench database is a copy of it, which takes
 * milliseconds instead of a migration run per stack.
 */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const { databaseUrl: serverUrl, redisUrl } = await benchServices();
  // Looked up each time: the template's name follows the migrations, which may change between two stacks.
  const template = await ensureTemplateDatabase(serverUrl);
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const name = `capstan_bench_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${suffix}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const redisPrefix = `capstan-bench-${suffix}`;
  let cleaned = false;
  const db: BenchDatabase = {
    databaseUrl: withDatabase(serverUrl, name),
    name,
    redisUrl,
    redisPrefix,
    async cleanup() {
      if (cleaned) return;
      cleaned = true;
      await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(
        () => {},
      );
      await deleteRedisKeys(redisUrl, redisPrefix).catch(() => {});
    },
  };
  return db;
}

/** Drops bench databases left behind by runs that were killed (older than `olderThanMs`). */
export async function dropStaleBenchDatabases(olderThanMs = 6 * 3_600_000): Promise<void> {
  const { databaseUrl: serverUrl } = await benchServices();
  await admin(serverUrl, async (c) => {
    const r = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'capstan_bench_%'",
    );
    for (const { datname } of r.rows) {
      const stamp = /_([0-9a-z]+)_[0-9a-f]{6}$/.exec(datname)?.[1];
      const created = stamp ? Number.parseInt(stamp, 36) : Number.NaN;
      if (Number.isFinite(created) && created < Date.now() - olderThanMs) {
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
      }
    }
  });
}
