#!/usr/bin/env bash
# Every test: unit, Azurite, emulator and API tiers. Starts a throw-away Azurite and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

azurite_pid=""
if ! (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null; then
  data="$(mktemp -d)"
  echo "» starting Azurite (data in $data)"
  node_modules/.bin/azurite --silent --skipApiVersionCheck --loose --location "$data" \
    --blobPort 10000 --queuePort 10001 --tablePort 10002 > "$data/azurite.log" 2>&1 &
  azurite_pid=$!
  trap 'kill $azurite_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null && break; sleep 0.2; done
fi

echo "» dotnet build"
dotnet build MentoringAddin.sln -c Release -nologo -clp:ErrorsOnly
echo "» dotnet test"
dotnet test MentoringAddin.sln -c Release --no-build -nologo --logger "console;verbosity=minimal"
