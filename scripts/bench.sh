#!/usr/bin/env bash
# The benchmarks: storage round trips and latency of the circle reads, Graph requests and wall time of scheduling.
# Prints ratios against baselines measured in the same run (see benchmarks/README.md). Extra arguments go to the program,
# e.g. scripts/bench.sh --iterations 1000 --circles 200. Starts a throw-away Azurite (unless one runs) and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/azurite.sh
dotnet run -c Release --project benchmarks/Mentoring.Benchmarks -- "$@"
