import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");

/** Replaces the database name of a Postgres URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A name that changes whenever a migration changes, so a stale template is never reused. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const dir of readdirSync(MIGRATIONS_DIR).sort()) {
    if (dir.endsWith(".toml")) continue;
    hash.update(dir);
    hash.update(readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 12);
}

/** Applies the committed migrations with `prisma migrate deploy`, exactly as production does. */
export function migrateDeploy(databaseUrl: string): void {
  execFileSync("pnpm", ["--silent", "--filter", "@capstan/db", "migrate:deploy"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/**
 * A database holding the migrated schema, built once per migration set; test databases are copied
 * from it with CREATE DATABASE … TEMPLATE, which takes milliseconds instead of a migration run.
 */
export async function ensureTemplateDatabase(serverUrl: string): Promise<string> {
  const name = `capstan_tpl_${migrationsHash()}`;
  const exists = await admin(serverUrl, async (c) => {
    const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate", [name]);
    return r.rowCount === 1;
  });
  if (exists) return name;
  const building = `${name}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${building}"`));
  migrateDeploy(withDatabase(serverUrl, building));
  await admin(serverUrl, async (c) => {
    // Another run may have finished the same template meanwhile; the first one wins.
    const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (r.rowCount === 0) {
      await c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      await c.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true`);
    } else {
      await c.query(`DROP DATABASE "${building}" WITH (FORCE)`);
    }
  });
  return name;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(serverUrl: string, template: string): Promise<TestDatabase> {
  const name = `capstan_t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: withDatabase(serverUrl, name),
    name,
    drop: () =>
      admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/** Drops test databases left behind by runs that crashed (older than an hour). */
export async function dropStaleTestDatabases(serverUrl: string): Promise<void> {
  await admin(serverUrl, async (c) => {
    const r = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'capstan_t_%'",
    );
    const hourAgo = Date.now() - 3_600_000;
    for (const { datname } of r.rows) {
      const created = Number.parseInt(datname.split("_")[2] ?? "", 36);
      if (Number.isFinite(created) && created < hourAgo) {
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
  });
}
