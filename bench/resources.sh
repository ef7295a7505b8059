#!/usr/bin/env bash
# Time and peak memory of crossfoot on issue 10's hostile inputs (tests/e2e/hostile_cases.hpp),
# measured with /usr/bin/time, one line per case: seconds, peak RSS, exit status and whether
# the exit is one the case allows. Optionally the same for another binary (an older build) for
# a before/after table.
# Usage: bench/resources.sh [SCALE] [OTHER_BINARY]     (release build in build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-1}"
other="${2:-}"
limit=120  # seconds before a case counts as a hang
cmake --build build/release -j2 --target crossfoot crossfoot_hostile_inputs >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
build/release/bench/crossfoot_hostile_inputs "$work" "$scale" >"$work/cases.tsv"

measure() {  # binary args -> "seconds peak_MB exit"
  local binary="$1" args="$2" stats
  stats="$(mktemp)"
  # shellcheck disable=SC2086
  (cd "$work" && ulimit -v 8388608 && /usr/bin/time -f '%e %M %x' -o "$stats" \
    timeout -k 5 "$limit" "$binary" $args </dev/null >/dev/null 2>&1) || true
  # The last line: /usr/bin/time puts "Command exited with non-zero status N" before it.
  read -r seconds kb code < <(tail -n 1 "$stats") || true
  rm -f "$stats"
  [ "${code:-}" = 124 ] && seconds=">$limit"
  printf '%s %s %s' "${seconds:-?}" "$(( ${kb:-0} / 1024 ))" "${code:-?}"
}

printf '%-26s %9s %8s %5s %4s' case seconds peak_MB exit ok
[ -n "$other" ] && printf '   | %9s %8s %5s' before peak_MB exit
printf '\n'
while IFS=$'\t' read -r name exits args; do
  read -r s m x <<<"$(measure "$PWD/build/release/crossfoot" "$args")"
  ok=no
  [[ ",$exits," == *",$x,"* ]] && ok=yes
  printf '%-26s %9s %8s %5s %4s' "$name" "$s" "$m" "$x" "$ok"
  if [ -n "$other" ]; then
    read -r s m x <<<"$(measure "$other" "$args")"
    printf '   | %9s %8s %5s' "$s" "$m" "$x"
  fi
  printf '\n'
done <"$work/cases.tsv"
