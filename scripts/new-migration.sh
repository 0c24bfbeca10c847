#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema changes made since the last
# migration without touching any database's tables: it diffs prisma/.migrated-schema (the schema as of the
# last migration) against prisma/schema, then records the new state. Prisma's engine still opens a
# connection, so a PostgreSQL server must answer; its maintenance database is enough.
set -euo pipefail
name="${1:?usage: scripts/new-migration.sh <snake_case_name>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp)"
(cd "$root/packages/db" && DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}" pnpm exec prisma migrate diff --config "$root/prisma.config.ts" \
  --from-schema-datamodel "$root/prisma/.migrated-schema" --to-schema-datamodel "$root/prisma/schema" \
  --script -o "$out" >/dev/null)
if ! grep -v '^--' "$out" | grep -q '[A-Za-z]'; then
  rm -f "$out"
  echo "no schema changes since the last migration"
  exit 0
fi
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
mv "$out" "$dir/migration.sql"
rm -f "$root"/prisma/.migrated-schema/*.prisma
cp "$root"/prisma/schema/*.prisma "$root/prisma/.migrated-schema/"
echo "wrote ${dir#"$root/"}/migration.sql"
