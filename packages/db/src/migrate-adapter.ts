import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Postgres catalog columns of type `name` (OID 19) and `"char"` (OID 18) reach Prisma's Wasm schema engine
// through the pg driver adapter, which cannot map them (prisma/prisma#27403). They are plain text, so the
// pool used by migrations reports them as text (OID 25). Application queries never use this pool.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelCatalogColumns<T>(result: T): T {
  for (const field of (result as QueryResultLike).fields ?? []) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function wrapQuery<Q extends { query: (...args: never[]) => unknown }>(target: Q): void {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(relabelCatalogColumns) : out;
  };
}

/** A driver adapter for `prisma migrate` that works with Prisma's offline Wasm schema engine. */
export function createMigrationAdapter(connectionString: string): PrismaPg {
  const pool = new pg.Pool({ connectionString, max: 2 });
  wrapQuery(pool);
  pool.on("connect", (client) => wrapQuery(client));
  return new PrismaPg(pool);
}
