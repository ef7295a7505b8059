#!/usr/bin/env bash
# The main job: audit the 2023 customs briefing. Extra arguments go to `crossfoot check`.
set -uo pipefail
cd "$(dirname "$0")/.."
ci/build.sh release >/dev/null || exit 2
exec build/release/crossfoot check fixtures/gacc-2023/figures.toml "$@"
