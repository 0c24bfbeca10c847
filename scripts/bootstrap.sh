#!/usr/bin/env bash
# Sourced by the other scripts: brings Node.js 24, the pinned pnpm and the dependencies, whatever is missing.
# Installs nothing system-wide: Node 24 and pnpm go to $CAPSTAN_TOOLS (default ~/.local/node24).
set -euo pipefail
CAPSTAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CAPSTAN_TOOLS="${CAPSTAN_TOOLS:-$HOME/.local/node24}"
export PATH="$CAPSTAN_TOOLS/bin:$PATH"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" != "24" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "Capstan needs Node.js (any version with npm) to bring in Node.js 24: install Node.js first." >&2
    exit 1
  fi
  echo "› installing Node.js 24 into $CAPSTAN_TOOLS (from the npm registry)"
  npm install --global --prefix "$CAPSTAN_TOOLS" --no-fund --no-audit node@24 >/dev/null
  hash -r
fi

pnpm_wanted="$(node -p 'require(process.argv[1]).packageManager.split("@")[1]' "$CAPSTAN_ROOT/package.json")"
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_wanted" ]; then
  echo "› installing pnpm $pnpm_wanted into $CAPSTAN_TOOLS"
  npm install --global --prefix "$CAPSTAN_TOOLS" --no-fund --no-audit "pnpm@$pnpm_wanted" >/dev/null
  hash -r
fi

cd "$CAPSTAN_ROOT"
pnpm install --frozen-lockfile --reporter=silent
# The Prisma client is generated, not committed; its chatter is shown only when it fails.
if ! generate_log="$(pnpm --silent --filter @capstan/db generate 2>&1)"; then
  echo "$generate_log" >&2
  exit 1
fi
