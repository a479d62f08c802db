#!/usr/bin/env bash
# Installs what the two commands need on a fresh machine: the npm packages pinned by package-lock.json (Azurite).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» npm ci (Azurite and the front-end tools, pinned by package-lock.json)"
  npm ci --no-audit --no-fund
fi
