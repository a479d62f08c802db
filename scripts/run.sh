#!/usr/bin/env bash
# The product locally: Azurite, the Microsoft 365 emulator, the Functions API and a seeded demo tenant.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec dotnet run --project functions/Mentoring.LocalHost -- "$@"
