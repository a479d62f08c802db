#!/usr/bin/env bash
# The benchmarks: storage round trips and latency of the circle reads, Graph requests and wall time of scheduling.
# Prints ratios against baselines measured in the same run (see benchmarks/README.md). Extra arguments go to the program,
# e.g. scripts/bench.sh --iterations 1000 --circles 200. `scripts/bench.sh --web-only` measures the web pages alone: JavaScript
# (gzip) and time until content shows (ratio to a blank page) for every section's deep link, the side panel and the task pane
# (`--web-iterations N` fresh contexts per page, 5 by default). Starts a throw-away Azurite (unless one runs) and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/azurite.sh
dotnet run -c Release --project benchmarks/Mentoring.Benchmarks -- "$@"
