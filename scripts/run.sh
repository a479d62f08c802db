#!/usr/bin/env bash
# The product locally: Azurite, the Microsoft 365 emulator, the Functions API and a seeded demo tenant.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# NuGet's NU1603 notes (the package mirror serves a nearby version) are not problems a newcomer must read: build quietly first.
if ! build_output=$(dotnet build functions/Mentoring.LocalHost -nologo -v quiet 2>&1); then
  echo "$build_output" | grep -v NU1603
  exit 1
fi
exec dotnet run --no-build --project functions/Mentoring.LocalHost -- "$@"
