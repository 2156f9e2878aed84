#!/usr/bin/env bash
# Run the test suite on Node 22: installs the `node@22` npm package (a Node binary published on
# the npm registry; no other download) into a temporary prefix and runs build + vitest with it.
# Usage: bash scripts/test-node22.sh [vitest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="$(mktemp -d "${TMPDIR:-/tmp}/fenjie-node22.XXXXXX")"
trap 'rm -rf "$prefix"' EXIT
npm install --no-save --no-audit --no-fund --prefix "$prefix" node@22 >/dev/null
node22="$prefix/node_modules/node/bin/node"
[ -x "$node22" ] || node22="$prefix/node_modules/.bin/node"
echo "test-node22: $("$node22" --version)"
# put Node 22 first on PATH so child processes (the CLI tests spawn process.execPath) use it too
export PATH="$(dirname "$(readlink -f "$node22")"):$PATH"
"$node22" node_modules/typescript/bin/tsc -p tsconfig.build.json
"$node22" node_modules/vitest/vitest.mjs run "$@"
