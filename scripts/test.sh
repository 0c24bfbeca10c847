#!/usr/bin/env bash
# Runs every check: types, lint, and every test against real PostgreSQL and Redis.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
# The ops dashboard's browser tests drive Debian's chromium (Playwright's own browser download cannot work
# offline); brought in when missing and this machine can install packages.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "› installing chromium (for the dashboard's browser tests)"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
echo "› typecheck"
pnpm --silent turbo run typecheck --output-logs=errors-only
echo "› lint"
pnpm --silent exec biome check .
echo "› api contract (generated client up to date, OpenAPI document lint-clean)"
pnpm --silent exec tsx scripts/openapi.ts check
# Offline and pinned: no telemetry, no update check (also `telemetry: off` in redocly.yaml).
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  pnpm --silent exec redocly lint packages/client/openapi.json --config redocly.yaml --format stylish
echo "› tests"
results="$(mktemp)"
status=0
pnpm --silent exec vitest run --reporter=default --reporter=json --outputFile.json="$results" "$@" || status=$?
# One closing line any CI can read: "N passed, N failed".
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results" 2>/dev/null || true
rm -f "$results"
exit "$status"
