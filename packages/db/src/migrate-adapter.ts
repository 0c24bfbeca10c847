import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Postgres catalog columns of type `name` (OID 19) and `"char"` (OID 18) reach Prisma's Wasm schema engine
// through the pg driver adapter, which cannot map them (prisma/prisma#27403). They are plain text, so in the
// migration process (and only there: prisma.config.ts loads this) every pg client reports them as text.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelCatalogColumns<T>(result: T): T {
  for (const field of (result as QueryResultLike).fields ?? []) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

let patched = false;
function relabelInThisProcess(): void {
  if (patched) return;
  patched = true;
  // Pools answer plain queries themselves; transactions go through a checked-out client.
  for (const proto of [pg.Pool.prototype, pg.Client.prototype] as {
    query: (...args: unknown[]) => unknown;
  }[]) {
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const out = original.apply(this, args);
      return out instanceof Promise ? out.then(relabelCatalogColumns) : out;
    };
  }
}

/**
 * A driver adapter for `prisma migrate deploy` that works with Prisma's offline Wasm schema engine.
 * New migrations are written without a database (scripts/new-migration.sh), so no shadow database is needed.
 */
export function createMigrationAdapter(connectionString: string): PrismaPg {
  relabelInThisProcess();
  const url = new URL(connectionString);
  return new PrismaPg({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || "postgres"),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    max: 2,
  });
}
