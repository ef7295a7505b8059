#!/bin/sh
# crossfoot's check of one generated cube (gen_trade.py cube N FILE), the JSON report on stdout.
here=$(cd "$(dirname "$0")" && pwd)
exec "${CROSSFOOT:-$here/../../../build/release/crossfoot}" check "$1" --spec "$here/cube.toml" --format json
