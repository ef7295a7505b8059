#!/usr/bin/env bash
# Installs the benchmark-only npm peers (DuckDB's Node API) from bench/node/package.json and its
# lock into build/bench-node/node_modules. Not needed by CI or the tests. Safe to run often: it
# reinstalls only when the lock changed. Prints the node_modules folder (for NODE_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=build/bench-node
mkdir -p "$dest"
if ! cmp -s bench/node/package-lock.json "$dest/package-lock.json" || [ ! -d "$dest/node_modules" ]; then
  cp bench/node/package.json bench/node/package-lock.json "$dest/"
  (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
echo "$PWD/$dest/node_modules"
