#!/usr/bin/env bash
# Runs every check: types, lint, and every test against real PostgreSQL and Redis.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
echo "› typecheck"
pnpm --silent turbo run typecheck --output-logs=errors-only
echo "› lint"
pnpm --silent exec biome check .
echo "› tests"
pnpm --silent exec vitest run "$@"
