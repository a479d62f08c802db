#!/usr/bin/env bash
# Every test: unit, Azurite, emulator and API tiers. Starts a throw-away Azurite and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

. scripts/azurite.sh

echo "» dotnet build"
dotnet build MentoringAddin.sln -c Release -nologo -clp:ErrorsOnly
echo "» dotnet test"
dotnet test MentoringAddin.sln -c Release --no-build -nologo --logger "console;verbosity=minimal"
