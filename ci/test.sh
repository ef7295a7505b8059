#!/usr/bin/env bash
# Builds and runs the whole test suite; `ci/test.sh sanitize` does the same under ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
variant=${1:-release}
ci/build.sh "$variant"
ci/setup-node.sh
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir "build/$variant" --output-on-failure -j2
