#!/usr/bin/env bash
# Builds every libFuzzer target (fuzz/CMakeLists.txt) with clang, ASan and UBSan in build/fuzz
# and runs each for a bounded time on a seed corpus made from the fixtures.
# Usage: ci/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 45 seconds, every target)
# A crash leaves its input in build/fuzz/crashes/TARGET/ and fails the script; turn it into a
# regression test beside the reader's unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-45}"
shift || true
build=build/fuzz
ci/setup.sh
cc="$(command -v clang || command -v clang-14)"
cxx="$(command -v clang++ || command -v clang++-14)"
CC="$cc" CXX="$cxx" cmake -S . -B "$build" -DCROSSFOOT_FUZZ=ON -DCROSSFOOT_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

status=0
while read -r target globs; do
  [ -n "$target" ] || continue
  if [ $# -gt 0 ] && [[ " $* " != *" $target "* ]]; then continue; fi
  cmake --build "$build" -j2 --target "$target"
  seeds="$build/seeds/$target" corpus="$build/corpus/$target" crashes="$build/crashes/$target"
  mkdir -p "$seeds" "$corpus" "$crashes"
  i=0
  for glob in $globs; do
    for f in $glob; do
      [ -f "$f" ] || continue
      cp "$f" "$seeds/seed-$i"
      i=$((i + 1))
    done
  done
  echo "== $target: $i seeds, ${seconds}s"
  if ! "$build/$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" "$seeds"; then
    echo "crossfoot fuzz: $target failed; its input is in $crashes/" >&2
    status=1
  fi
done <"$build/fuzz-targets.txt"
exit $status
