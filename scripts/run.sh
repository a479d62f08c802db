#!/usr/bin/env bash
# The product locally: Azurite, the Microsoft 365 emulator, the Functions API and a seeded demo tenant.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# NuGet's NU1603 notes (the package mirror serves a nearby version) are not problems a newcomer must read: build quietly first.
dotnet build functions/Mentoring.LocalHost -nologo -v quiet -clp:ErrorsOnly
exec dotnet run --no-build --project functions/Mentoring.LocalHost -- "$@"
