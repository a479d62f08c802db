#!/usr/bin/env bash
# The newcomer's first hour, measured: clones the repository, runs the README's first command (scripts/run.sh) and prints the
# seconds until its banner and until the Teams client answers. Usage: benchmarks/first-screen.sh [repository, default: this one]
set -u
source_repo="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
work="$(mktemp -d)"
start=$(date +%s)
git clone -q "$source_repo" "$work/repo" && cd "$work/repo"
scripts/run.sh > "$work/run.log" 2>&1 &
pid=$!
until grep -q "MentoringAddin is running" "$work/run.log"; do
  sleep 1
  kill -0 $pid 2>/dev/null || { echo "run.sh stopped:"; tail -20 "$work/run.log"; exit 1; }
done
banner=$(( $(date +%s) - start ))
url=$(grep -o "http://[^ ]*/teams/?user=[^ ]*" "$work/run.log" | head -1)
until curl -sf "$url" > /dev/null; do sleep 1; done
echo "banner after ${banner} s; the Teams client answered after $(( $(date +%s) - start )) s ($url)"
pkill -P $pid; kill $pid 2>/dev/null; wait 2>/dev/null
rm -rf "$work"
