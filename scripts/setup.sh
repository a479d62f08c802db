#!/usr/bin/env bash
# Installs what the two commands need on a fresh machine: the npm packages pinned by package-lock.json (Azurite, the
# manifest validator, the web front end's toolchain), Chromium from Debian's packages for the browser tests (never a
# downloaded browser), and the built web front end (web/dist) when its sources are newer than the build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ] || [ ! -x node_modules/.bin/vite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» npm ci (Azurite, manifest tools and the web front end, pinned by package-lock.json)"
  # EBADENGINE notes (Azurite declares Node 22 but runs on 20) are not problems a newcomer must read.
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "» apt-get install chromium (Debian's package, for the browser tests)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi

# --deps-only: the caller builds the web front end itself (scripts/test.sh builds it while .NET builds).
if [ "${1:-}" = "--deps-only" ]; then exit 0; fi

if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/vite.config.ts web/package.json -newer web/dist/index.html -print -quit)" ]; then
  echo "» npm run build -w web (the Teams tab pages, into web/dist)"
  npm run build -w web --silent
fi
