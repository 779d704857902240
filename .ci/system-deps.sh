#!/usr/bin/env bash
# Install the Debian packages listed in .ci/debian-packages.txt that are missing.
# Needs root (CI and these machines run as root); elsewhere it says what to install.
set -euo pipefail
cd "$(dirname "$0")"
mapfile -t pkgs < <(grep -v '^\s*#' debian-packages.txt | grep -v '^\s*$' || true)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: not root; please install: ${missing[*]} (tests that need them are skipped)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
