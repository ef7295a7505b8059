#!/usr/bin/env bash
# extract's CPU time and peak memory at 1x, 4x and 16x of four shapes of draft: claim-dense
# prose, the same prose as one line without full stops, numbers without full stops, and a
# Markdown table of many rows. Linear reading shows as a ratio near 4 per 4x, both for CPU time
# and for peak RSS, and as constant bytes of peak RSS per input byte.
#
#   bench/extract_scaling.sh [BASE_MB] [FORMAT]   # default 1 toml: inputs of 1, 4 and 16 MB
#   CROSSFOOT=/path/to/crossfoot bench/extract_scaling.sh ...   # another build (before/after)
#
# CPU time is user + system (/usr/bin/time): on a shared machine wall time says more about the
# load than about crossfoot. Needs the release build (ci/build.sh) and /usr/bin/time. Prints a
# Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
base_mb=${1:-1}
format=${2:-toml}
bin=${CROSSFOOT:-build/release/crossfoot}
[[ -x $bin ]] || { echo "build first: ci/build.sh" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" "$base_mb" <<'EOF'
import sys
out, base = sys.argv[1], float(sys.argv[2])
unit = ("Exports of machinery rose 5.1% to RMB 1.2 trillion, or 31.7% of all exports. Imports "
        "from the Compact slipped 1.8% to £88.6 billion, from £90.2 billion in 2023. ")
numbers = " ".join("rose %d.5%%" % (i % 90) for i in range(1000)) + " "
for k in (1, 4, 16):
    n = int(base * k * 1_000_000)
    prose = unit * (n // len(unit) + 1)
    open(f"{out}/prose-{k}.md", "w").write(prose[:n] + "\n")
    open(f"{out}/line-{k}.md", "w").write(prose[:n].replace(". ", "; ") + "\n")
    open(f"{out}/numbers-{k}.md", "w").write((numbers * (n // len(numbers) + 1))[:n] + "\n")
    rows = ["| Region | 2024 | 2023 |", "|---|---|---|"]
    size = 0
    i = 0
    while size < n:
        row = f"| Region {i} | €{i % 97 + 1}.4 billion | €{i % 89 + 1}.1 billion |"
        rows.append(row)
        size += len(row) + 1
        i += 1
    open(f"{out}/table-{k}.md", "w").write("\n".join(rows) + "\n")
EOF

# The peak of a run on a one-line draft: the binary, its lexicon and tables, whatever the input.
echo "Exports rose 5.1% to RMB 1.2 trillion." >"$dir/tiny.md"
/usr/bin/time -o "$dir/time" -f "%M" "$bin" extract "$dir/tiny.md" --output "$dir/out" \
  >/dev/null 2>&1 || true
base_kb=$(tail -1 "$dir/time")
echo "Peak RSS of a one-line draft: $((base_kb / 1024)) MB (format $format, $("$bin" --version))."
echo
echo "| shape | input | claims | CPU s | wall s | peak RSS | peak per input byte | above the one-line draft's, per input byte | CPU per 4x | peak per 4x |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for shape in prose line numbers table; do
  prev_cpu="" prev_kb=""
  for k in 1 4 16; do
    f=$dir/$shape-$k.md
    bytes=$(stat -c %s "$f")
    /usr/bin/time -o "$dir/time" -f "%e %U %S %M" "$bin" extract "$f" --format "$format" \
      --output "$dir/out" >/dev/null 2>&1 || true
    read -r secs user sys kb < <(tail -1 "$dir/time")
    if [[ $format == json ]]; then
      claims=$(grep -c '^      "written"' "$dir/out" || true)
    else
      claims=$(grep -c '^value = ' "$dir/out" || true)
    fi
    python3 -c "
b, s, u, sy, kb, n, kb0 = $bytes, $secs, $user, $sys, $kb, $claims, $base_kb
prev_cpu, prev_kb = '$prev_cpu', '$prev_kb'
cpu = u + sy
r_cpu = f'{cpu / float(prev_cpu):.1f}' if prev_cpu and float(prev_cpu) > 0 else ''
r_kb = f'{kb / float(prev_kb):.1f}' if prev_kb else ''
print(f'| $shape | {b / 1e6:.1f} MB | {n:,} | {cpu:.2f} | {s:.2f} | {kb / 1024:.0f} MB | {kb * 1024 / b:.1f} | {(kb - kb0) * 1024 / b:.1f} | {r_cpu} | {r_kb} |')"
    prev_cpu=$(python3 -c "print($user + $sys)") prev_kb=$kb
  done
done
