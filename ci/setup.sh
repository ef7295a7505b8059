#!/usr/bin/env bash
# Installs the Debian packages crossfoot builds with, when any is missing. Safe to run often.
set -euo pipefail

# nodejs (with its npm) runs the test-side tools of tests/node (ci/setup-node.sh); chromium is the real
# browser the HTML report is tested in. libzip, pugixml and libxml2 read Word and HTML drafts;
# fast_float and zlib read datasets; zsh checks the zsh completion; iso-codes lists the ISO 4217
# currencies.
packages=(cmake g++ make pkg-config libboost-dev libtomlplusplus-dev libfmt-dev libgtest-dev
  libbenchmark-dev nlohmann-json3-dev clang-14 libclang-rt-14-dev nodejs chromium
  libzip-dev libpugixml-dev libxml2-dev libfast-float-dev zlib1g-dev zsh iso-codes)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ci/setup.sh: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi
