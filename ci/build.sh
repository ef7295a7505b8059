#!/usr/bin/env bash
# Configures and builds crossfoot into build/<variant> (release or sanitize). Incremental.
# Usage: ci/build.sh [release|sanitize] [TARGET...] (no target: everything).
set -euo pipefail
cd "$(dirname "$0")/.."
variant=${1:-release}
case "$variant" in
  release) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo) ;;
  sanitize) flags=(-DCMAKE_BUILD_TYPE=Debug -DCROSSFOOT_SANITIZE=ON -DCROSSFOOT_BENCH=OFF) ;;
  *) echo "usage: ci/build.sh [release|sanitize] [TARGET...]" >&2; exit 2 ;;
esac
ci/setup.sh
# A compiler cache, when the machine has one, makes rebuilds across clones cheap; CI has none.
if command -v ccache >/dev/null; then flags+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "build/$variant" "${flags[@]}" -DCROSSFOOT_WERROR=ON >/dev/null
targets=("${@:2}")
cmake --build "build/$variant" -j2 ${targets[@]:+--target "${targets[@]}"} >&2
