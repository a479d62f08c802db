#!/usr/bin/env bash
# Every test: unit, Azurite, emulator and API tiers. Starts a throw-away Azurite and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --deps-only

# The web front end (web/dist, for the browser tests) builds while .NET builds: neither needs the other.
web_build_log="$(mktemp)"
npm run build -w web --silent > "$web_build_log" 2>&1 &
web_build_pid=$!

# The front end's pure modules (plurals, catalogs, series planning, field errors, the one-file export): seconds, no browser.
echo "» web unit tests (node --test)"
npm run test:unit -w web --silent

. scripts/azurite.sh

# The browser tests are the longest project (about 8 of the suite's minutes): they are built first and start as soon as the
# front end is built, on one core, while the rest is built and the other projects run one after the other on the other.
echo "» dotnet build tests/Mentoring.Web.Tests (and npm run build -w web alongside)"
dotnet build tests/Mentoring.Web.Tests -c Release -nologo -clp:ErrorsOnly
if ! wait "$web_build_pid"; then cat "$web_build_log"; echo "npm run build -w web failed"; exit 1; fi
rm -f "$web_build_log"
echo "» dotnet test: the browser tests (Mentoring.Web.Tests, output below when they end) alongside the other projects"
web_log="$(mktemp)"
dotnet test tests/Mentoring.Web.Tests -c Release --no-build -nologo --logger "console;verbosity=minimal" > "$web_log" 2>&1 &
web_pid=$!
# Every other project (the solution filter leaves the browser tests out: their binaries are in use).
echo "» dotnet build tests/without-browser-tests.slnf"
if ! dotnet build tests/without-browser-tests.slnf -c Release -nologo -clp:ErrorsOnly; then kill "$web_pid"; exit 1; fi
status=0
for project in tests/*/; do
  [ "$project" = "tests/Mentoring.Web.Tests/" ] && continue
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=minimal" || status=1
done
web_status=0
wait "$web_pid" || web_status=1
echo "» Mentoring.Web.Tests"
cat "$web_log"
rm -f "$web_log"
exit $(( status | web_status ))
