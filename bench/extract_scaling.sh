#!/usr/bin/env bash
# extract's time and peak memory at 1x, 4x and 16x of four shapes of draft: claim-dense prose,
# the same prose as one line without full stops, numbers without full stops, and a Markdown
# table of many rows. Linear reading shows as constant MB/s and constant RSS per input MB.
#
#   bench/extract_scaling.sh [BASE_MB]     # default 1: inputs of 1, 4 and 16 MB
#
# Needs the release build (ci/build.sh) and /usr/bin/time. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
base_mb=${1:-1}
bin=build/release/crossfoot
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

echo "| shape | input | time | MB/s | peak RSS | RSS per input MB |"
echo "|---|---|---|---|---|---|"
for shape in prose line numbers table; do
  for k in 1 4 16; do
    f=$dir/$shape-$k.md
    mb=$(python3 -c "import os;print(os.path.getsize('$f')/1e6)")
    /usr/bin/time -o "$dir/time" -f "%e %M" "$bin" extract "$f" --output "$dir/out.toml" \
      >/dev/null 2>&1 || true
    read -r secs kb < <(tail -1 "$dir/time")
    python3 -c "
mb, s, kb = $mb, $secs, $kb
print(f'| {\"$shape\"} | {mb:.1f} MB | {s:.2f} s | {mb / max(s, 1e-3):.1f} | {kb / 1024:.0f} MB | {kb / 1024 / mb:.1f} |')"
  done
done
