#!/usr/bin/env bash
# Every test: unit, Azurite, emulator and API tiers. Starts a throw-away Azurite and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

# The front end's pure modules (plurals, catalogs, series planning, field errors, the one-file export): seconds, no browser.
echo "» web unit tests (node --test)"
npm run test:unit -w web --silent

. scripts/azurite.sh

echo "» dotnet build"
dotnet build MentoringAddin.sln -c Release -nologo -clp:ErrorsOnly
echo "» dotnet test"
dotnet test MentoringAddin.sln -c Release --no-build -nologo --logger "console;verbosity=minimal"
