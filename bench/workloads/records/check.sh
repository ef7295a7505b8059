#!/bin/sh
# crossfoot's check of the records workload: bench/workloads/records/check.sh DATA.csv
exec "${CROSSFOOT:-$(dirname "$0")/../../../build/release/crossfoot}" check "$1" --spec "$(dirname "$0")/records.toml" --format json
