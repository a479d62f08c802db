# Sourced by test.sh and bench.sh: starts a throw-away Azurite unless one already listens on 10002, and stops it when the
# calling script exits (an Azurite someone else started is left alone).
azurite_pid=""
if ! (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null; then
  data="$(mktemp -d)"
  echo "» starting Azurite (data in $data)"
  node_modules/.bin/azurite --silent --disableTelemetry --skipApiVersionCheck --loose --location "$data" \
    --blobPort 10000 --queuePort 10001 --tablePort 10002 > "$data/azurite.log" 2>&1 &
  azurite_pid=$!
  stop_azurite() {
    local status=$?
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
    rm -rf "$data"
    exit "$status"
  }
  trap stop_azurite EXIT
  for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null && break; sleep 0.2; done
fi
