#!/usr/bin/env bash
# crossfoot and DuckDB side by side on the same generated datasets, in one run.
#
#   bench/peers.sh [--data DIR] [--sizes "100000 1000000 5000000"] [--reporters 8]
#                  [--repeat N] [--only records|cube] [--no-build]
#
# Generates the workloads with ../shared/bench/gen_trade.py into DIR (default build/bench-data;
# never committed; files are reused while newer than the generator), runs each workload's
# bench/workloads/<name>/check.sh (crossfoot's full check, JSON report) and DuckDB's one query
# over the same CSV (../shared/bench/duckdb_records.js, bench/duckdb_cube.js) under
# /usr/bin/time -v, alternating the two N times (default 3) and keeping the median wall time and
# the largest peak RSS. Prints one table (rows, CSV MB, wall times, ratio, peak RSS), the
# per-rule counts of both (bench/counts.js), and whether each target of issue 8 is met. The
# load average before and after each workload says how busy the machine was.
#
# The ratio divides crossfoot's whole process (start to exit) by DuckDB's query alone (as the
# runner times it, without node's start-up and the instance's creation): the strict reading.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=$root/build/bench-data
sizes="100000 1000000 5000000"
reporters=8
repeat=3
only=all
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --reporters) reporters=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done
shared=${CROSSFOOT_SHARED:-$root/../shared}
gen=$shared/bench/gen_trade.py
[ -f "$gen" ] || { echo "peers.sh: $gen not found (../shared beside the clone)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "peers.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$data"
data=$(cd "$data" && pwd)

if [ "$build" = 1 ]; then "$root/ci/build.sh" release crossfoot >/dev/null 2>&1 || "$root/ci/build.sh" release crossfoot; fi
export CROSSFOOT=${CROSSFOOT:-$root/build/release/crossfoot}
NODE_PATH=$("$root/bench/setup-node.sh")
export NODE_PATH

# generate KIND N FILE: the generator's output, reused while newer than the generator.
generate() {
  if [ ! -s "$3" ] || [ "$gen" -nt "$3" ]; then
    echo "generating $3" >&2
    python3 "$gen" "$1" "$2" "$3.tmp.csv" && mv "$3.tmp.csv" "$3" && mv "$3.tmp.truth.csv" "${3%.csv}.truth.csv"
  fi
}

# measure OUT CMD...: runs CMD with stdout to OUT, prints "WALL_S RSS_KB CPU_S" (GNU time -v;
# CPU is user + system time of all threads: less sensitive than wall time to a busy machine).
measure() {
  local out=$1 tf
  shift
  tf=$(mktemp)
  if ! /usr/bin/time -v -o "$tf" "$@" >"$out" 2>"$out.err"; then
    # crossfoot exits 1 when it finds something: that is a result, not a failure
    if ! grep -q "Exit status: 1$" "$tf"; then
      echo "peers.sh: failed: $* (see $out.err)" >&2
      cat "$out.err" >&2
      rm -f "$tf"
      return 1
    fi
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s }
              /Maximum resident set size/ { r = $2 }
              /User time \(seconds\)|System time \(seconds\)/ { c += $2 }
              END { printf "%.3f %d %.3f\n", w, r, c }' "$tf"
  rm -f "$tf"
}

# Over a list of numbers ("-" when there is none: crossfoot not run).
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ a[NR] = $1 } END { print NR ? a[int((NR + 1) / 2)] : "-" }'; }
maxof() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ m = $1 } END { print NR ? m : "-" }'; }
spread() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ a[NR] = $1 } END { print NR ? a[1] ".." a[NR] : "-" }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

results=$data/peers-results.tsv
: >"$results"
printf 'machine: %s cores, %s; %s\n' "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)" "$("$CROSSFOOT" --version 2>/dev/null || echo crossfoot)"
printf 'DuckDB: @duckdb/node-api %s; repeats: %s (median wall, largest RSS)\n\n' \
  "$(node -p "require('@duckdb/node-api/package.json').version")" "$repeat"

# run_pair WORKLOAD LABEL CSV DUCKDB_SCRIPT [ARGS...]
run_pair() {
  local workload=$1 label=$2 csv=$3
  shift 3
  local a b c cf_w="" cf_r="" cf_c="" dq="" dw="" dr="" dc="" l0 l1 i m
  l0=$(load)
  local check=$root/bench/workloads/$workload/check.sh
  for i in $(seq "$repeat"); do
    if [ -x "$check" ]; then
      m=$(measure "$data/$label.crossfoot.json" "$check" "$csv")
      read -r a b c <<<"$m"
      cf_w="$cf_w $a"; cf_r="$cf_r $b"; cf_c="$cf_c $c"
    fi
    m=$(measure "$data/$label.duckdb.txt" node "$@" "$csv")
    read -r a b c <<<"$m"
    dw="$dw $a"; dr="$dr $b"; dc="$dc $c"
    dq="$dq $(sed -n 's/.*check_s=\([0-9.]*\).*/\1/p' "$data/$label.duckdb.txt")"
  done
  l1=$(load)
  local rows mb
  rows=$(($(wc -l <"$csv") - 1))
  mb=$(awk -v b="$(stat -c %s "$csv")" 'BEGIN { printf "%.1f", b / 1e6 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$workload" "$label" "$rows" "$mb" \
    "$(echo "$cf_w" | median)" "$(echo "$dq" | median)" "$(echo "$dw" | median)" \
    "$(echo "$cf_r" | maxof)" "$(echo "$dr" | maxof)" "$(echo "$cf_w" | spread)" "$(echo "$dq" | spread)" \
    "$l0" "$l1" "$(echo "$cf_c" | median)" "$(echo "$dc" | median)" >>"$results"
}

if [ "$only" != cube ]; then
  for n in $sizes; do
    f=$data/records_$n.csv
    generate records "$n" "$f"
    run_pair records "records_$n" "$f" "$shared/bench/duckdb_records.js"
  done
fi
if [ "$only" != records ]; then
  f=$data/cube_$reporters.csv
  generate cube "$reporters" "$f"
  run_pair cube "cube_$reporters" "$f" "$root/bench/duckdb_cube.js"
fi

node "$root/bench/peers_report.js" "$results" "$data"
