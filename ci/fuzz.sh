#!/usr/bin/env bash
# Builds the extract fuzz target with clang (libFuzzer, ASan, UBSan) in build/fuzz and runs it
# for a bounded time on a seed corpus made from the fixtures. Usage: ci/fuzz.sh [SECONDS]
# (default 60). A crash leaves its input in build/fuzz/crashes/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
build=build/fuzz
ci/setup.sh
cc="$(command -v clang || command -v clang-14)"
cxx="$(command -v clang++ || command -v clang++-14)"
CC="$cc" CXX="$cxx" cmake -S . -B "$build" -DCROSSFOOT_FUZZ=ON -DCROSSFOOT_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target extract_fuzz

seeds="$build/seeds"
corpus="$build/corpus"
mkdir -p "$seeds" "$corpus" "$build/crashes"
i=0
for f in fixtures/extract/*/draft.md fixtures/drafts/*/draft.md fixtures/golden/extract-*/draft.md \
  ../shared/corpus/*.txt; do
  [ -f "$f" ] || continue
  cp "$f" "$seeds/seed-$i"
  i=$((i + 1))
done

"$build/extract_fuzz" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$build/crashes/" -print_final_stats=1 "$corpus" "$seeds"
