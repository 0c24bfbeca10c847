import { dropStaleTestDatabases, ensureTemplateDatabase } from "./database";
import { resolveServices, ServicesUnavailableError } from "./services";

/**
 * Vitest global setup: finds real PostgreSQL and Redis once, builds the migrated template database,
 * and hands both to the test workers through the environment (they are forked after this runs).
 */
export default async function setup() {
  let services: Awaited<ReturnType<typeof resolveServices>>;
  try {
    services = await resolveServices();
  } catch (error) {
    if (error instanceof ServicesUnavailableError) {
      // One clear line instead of a stack trace.
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(1);
    }
    throw error;
  }
  process.env.CAPSTAN_TEST_DATABASE_URL = services.databaseUrl;
  process.env.CAPSTAN_TEST_REDIS_URL = services.redisUrl;
  await dropStaleTestDatabases(services.databaseUrl);
  process.env.CAPSTAN_TEST_TEMPLATE_DB = await ensureTemplateDatabase(services.databaseUrl);
  return async () => {
    await services.stop();
  };
}
