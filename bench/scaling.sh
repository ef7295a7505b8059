#!/usr/bin/env bash
# Whether `extract` and `check` scale linearly: each runs on inputs of 1x, 4x and 16x a base
# size under /usr/bin/time, and the table gives wall seconds, CPU seconds (user + system), peak
# RSS, the cost per unit of input (CPU microseconds and bytes of peak memory per input byte for
# extract, per rule instance for check) and the CPU time ratio to 1x (4 and 16 mean linear).
# CPU time, not wall time, is compared: on a shared machine the wall time measures the others'
# load as much as crossfoot. docs/limits.md quotes a run.
# Usage: bench/scaling.sh [BASE]   (BASE: paragraphs of the 1x draft and figure groups of the
#                                   1x figures file; default 20000; docs/limits.md used 4000,
#                                   a few minutes in all)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-20000}"
cmake --build build/release -j2 --target crossfoot >&2
bin="$PWD/build/release/crossfoot"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A draft of N paragraphs in the shape of a trade release (sentences with levels, growth rates
# and shares), a pipe table every 50 paragraphs, and one long line of claims per 200.
make_draft() {
  awk -v n="$1" 'BEGIN {
    for (i = 0; i < n; i++) {
      printf "Exports of region %d rose %d.%d%% year on year to EUR %d.%d million in March, ", i, i % 17, i % 10, 100 + i % 900, i % 10
      printf "while imports fell %d.%d%% to EUR %d million; the surplus was EUR %d.%d million.\n\n", i % 13, i % 10, 80 + i % 700, 20 + i % 200, i % 10
      if (i % 50 == 49) {
        print "| product | 2023 | 2024 | change |"; print "|---|---:|---:|---:|"
        for (r = 0; r < 8; r++) printf "| product %d | %d.%d | %d.%d | %d.%d%% |\n", r, 100 + r * i % 900, r, 110 + r * i % 900, r, r, i % 10
        print ""
      }
      if (i % 200 == 199) {
        for (r = 0; r < 100; r++) printf "Item %d stood at %d thousand tonnes. ", r, 10 + r * i % 5000
        print "\n"
      }
    }
  }' >"$2"
}

# A figures file of N groups, each with exports, imports and total, and three rules over
# every group: 3N rule instances. With FAILING=1 one group in 1,000 has a total 5 too high,
# so the failures (and their diagnoses) grow with the input.
make_figures() {
  awk -v n="$1" -v failing="$4" 'BEGIN {
    for (i = 0; i < n; i++) {
      e = 100 + i % 900; m = 80 + i % 700
      printf "[r%d]\nexports = \"EUR %d.5 million\"\nimports = \"EUR %d.25 million\"\ntotal = \"EUR %d.75 million\"\n\n", i, e, m, e + m + (failing && i % 1000 == 0 ? 5 : 0)
    }
  }' >"$2"
  cat >"$3" <<'RULES'
rule sum: for each R: R.total == R.exports + R.imports
rule part: for each R: R.exports <= R.total
rule imports_part: for each R: R.imports <= R.total
RULES
}

measure() {  # -> "wall_seconds cpu_seconds peak_kB"
  local stats="$work/time"
  /usr/bin/time -f '%e %U %S %M' -o "$stats" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$stats" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}

# The runs: extract, then check in four variants: failures growing with the input (one
# group in 1,000) with the JSON report, the same without diagnosis, and every instance
# passing with the JSON and with the text report. Each line: "name failing? check arguments".
check_runs=(
  "check-failing 1 --format json"
  "check-failing-no-diagnose 1 --format json --no-diagnose"
  "check-passing-json 0 --format json"
  "check-passing-text 0 --format text"
)

printf '%-26s %5s %10s %12s %7s %7s %9s %12s %12s %10s %7s\n' run scale input_MB units wall_s cpu_s peak_MB us_per_unit bytes_per_unit report_kB ratio
row() {  # name scale input_bytes units wall cpu kB report_bytes first_cpu
  awk -v c="$1" -v sc="$2" -v ib="$3" -v u="$4" -v w="$5" -v s="$6" -v kb="$7" -v rb="$8" -v f="$9" 'BEGIN {
    printf "%-26s %4dx %10.1f %12d %7.2f %7.2f %9.0f %12.3f %12.1f %10.1f %7.2f\n", c, sc, ib / 1048576, u, w, s, kb / 1024, s * 1e6 / u, kb * 1024 / u, rb / 1024, (f > 0 ? s / f : 0)
  }'
}

first=""
for scale in 1 4 16; do
  n=$((base * scale))
  make_draft "$n" "$work/d.md"
  input_bytes=$(stat -c %s "$work/d.md")
  read -r w s kb <<<"$(measure "$bin" extract "$work/d.md" --max-input-size 4G --output "$work/out.toml")"
  [ -n "$first" ] || first=$s
  row extract "$scale" "$input_bytes" "$input_bytes" "$w" "$s" "$kb" "$(stat -c %s "$work/out.toml")" "$first"
done
for run in "${check_runs[@]}"; do
  read -r name failing args <<<"$run"
  first=""
  for scale in 1 4 16; do
    n=$((base * scale))
    make_figures "$n" "$work/f.toml" "$work/r.rules" "$failing"
    input_bytes=$(stat -c %s "$work/f.toml")
    # shellcheck disable=SC2086
    read -r w s kb <<<"$(measure "$bin" check "$work/f.toml" --rules "$work/r.rules" --max-input-size 4G $args --output "$work/out")"
    [ -n "$first" ] || first=$s
    row "$name" "$scale" "$input_bytes" "$((3 * n))" "$w" "$s" "$kb" "$(stat -c %s "$work/out")" "$first"
  done
done
echo "units: input bytes for extract, rule instances for check; report_kB: the output written"
