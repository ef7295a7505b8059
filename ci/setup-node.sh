#!/usr/bin/env bash
# Installs the test-side npm tools of tests/node/package.json (exact versions from its lock file)
# into build/node_modules, when the lock file changed since the last install. Nothing here is
# needed to build crossfoot; the browser and validator tests need it. Other test-side tools go
# into the same package.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null; then
  echo "ci/setup-node.sh: npm is missing (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
mkdir -p build
stamp=build/node_modules/.crossfoot-lock
if [ -f "$stamp" ] && cmp -s tests/node/package-lock.json "$stamp"; then
  exit 0
fi
cp tests/node/package.json tests/node/package-lock.json build/
echo "ci/setup-node.sh: installing the test-side npm tools into build/node_modules" >&2
(cd build && npm ci --no-audit --no-fund --loglevel=error >&2)
# npm does not run install scripts by default; the SARIF multitool's only makes it executable.
chmod u+x build/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
cp tests/node/package-lock.json "$stamp"
