import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./packages/db/src/migrate-adapter";

// The schema reads env("DATABASE_URL"); generation needs no database, so a default keeps it working offline.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/capstan";
const databaseUrl = process.env.DATABASE_URL;

// Prisma's Wasm schema engine talks to Postgres through the pg driver adapter, so migrations run offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "prisma", "schema"),
  migrations: { path: path.join(import.meta.dirname, "prisma", "migrations") },
  async adapter() {
    return createMigrationAdapter(databaseUrl);
  },
});
