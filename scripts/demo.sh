#!/usr/bin/env bash
# Runs Capstan end to end on this machine: simulator, API and worker, one export, then stops.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
pnpm --silent exec tsx scripts/demo.ts "$@"
