#!/usr/bin/env bash
# Serves the API locally on http://localhost:${FUNCTIONS_PORT:-7071}: starts Azurite (pinned by package-lock.json, data
# in .azurite/), builds the app, and runs it on an Azure Functions host:
#   1. Azure Functions Core Tools (`func start`) when `func` is on PATH;
#   2. else the Functions host launcher named by FUNCTIONS_HOST_LAUNCHER (the open-source host, for machines where Core
#      Tools cannot be installed).
# Settings come from Functions/local.settings.json (written from local.settings.sample.json when missing); variables
# set in the environment win. AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT / AZURITE_TABLE_PORT move Azurite off
# 10000-10002 (the storage connection strings then follow). AZURITE_DEBUG=1 writes Azurite's debug log to
# .azurite/debug.log.
# SIGINT (Ctrl+C) or SIGTERM, from a terminal or anyone else, stops Azurite, the host and its worker, waits until they
# are gone, and exits.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${FUNCTIONS_PORT:-7071}
BLOB_PORT=${AZURITE_BLOB_PORT:-10000}
QUEUE_PORT=${AZURITE_QUEUE_PORT:-10001}
TABLE_PORT=${AZURITE_TABLE_PORT:-10002}
say() { echo "[start-local] $*" >&2; }

# --- stopping ------------------------------------------------------------------------------------------------------
# Every child runs in its own process group (setsid), so one signal to the group reaches the host's worker too and
# nothing is left holding a port; the script waits for each group to be gone.
GROUPS_STARTED=()
stop_all() {
  local group
  for group in "${GROUPS_STARTED[@]}"; do kill -TERM -- "-$group" 2>/dev/null || true; done
  for group in "${GROUPS_STARTED[@]}"; do
    for _ in $(seq 150); do kill -0 -- "-$group" 2>/dev/null || continue 2; sleep 0.1; done
    say "process group $group did not stop within 15 s; killing it"
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  GROUPS_STARTED=()
}
on_signal() {
  trap - INT TERM
  say "$1: stopping Azurite, the host and its worker"
  stop_all
  say "stopped"
  exit "$2"
}
trap 'on_signal SIGINT 130' INT
trap 'on_signal SIGTERM 143' TERM
trap stop_all EXIT

# Starts "$@" in a process group of its own; its pid (= the group's id) is in $STARTED.
start_group() {
  setsid "$@" &
  STARTED=$!
  GROUPS_STARTED+=("$STARTED")
}

# Runs a slow step in its own group and waits for it, so a signal meanwhile stops it at once.
run_step() {
  start_group "$@"
  local step=$STARTED status=0
  wait "$step" || status=$?
  local kept=() group
  for group in "${GROUPS_STARTED[@]}"; do [ "$group" = "$step" ] || kept+=("$group"); done
  GROUPS_STARTED=("${kept[@]}")
  return "$status"
}

# --- which host ----------------------------------------------------------------------------------------------------
FUNC=""
LAUNCHER=""
if command -v func >/dev/null 2>&1; then
  FUNC=$(command -v func)
elif [ -n "${FUNCTIONS_HOST_LAUNCHER:-}" ]; then
  [ -f "$FUNCTIONS_HOST_LAUNCHER" ] || { say "FUNCTIONS_HOST_LAUNCHER names $FUNCTIONS_HOST_LAUNCHER, which does not exist"; exit 1; }
  LAUNCHER=$(cd "$(dirname "$FUNCTIONS_HOST_LAUNCHER")" && pwd)/$(basename "$FUNCTIONS_HOST_LAUNCHER")
else
  say "no Azure Functions host found. Either:"
  say "  - install Azure Functions Core Tools v4 (puts 'func' on PATH):"
  say "      https://learn.microsoft.com/azure/azure-functions/functions-run-local"
  say "      e.g. npm install -g azure-functions-core-tools@4"
  say "  - or, where Core Tools cannot be installed, set FUNCTIONS_HOST_LAUNCHER to a launcher of the open-source"
  say "    Functions host (a script taking the app folder and the port, as 'func start' runs it)."
  exit 1
fi

# --- ports, before anything slow -----------------------------------------------------------------------------------
taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for entry in "API:$PORT:FUNCTIONS_PORT" "Azurite blob:$BLOB_PORT:AZURITE_BLOB_PORT" \
             "Azurite queue:$QUEUE_PORT:AZURITE_QUEUE_PORT" "Azurite table:$TABLE_PORT:AZURITE_TABLE_PORT"; do
  IFS=: read -r what port variable <<<"$entry"
  if taken "$port"; then
    holder=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'users:(([^)]*' | head -1 | sed 's/users:((//') || true
    say "port $port ($what) is already in use${holder:+ by $holder}: stop that process, or set $variable to another port"
    exit 1
  fi
done

# --- storage -------------------------------------------------------------------------------------------------------
if [ ! -x node_modules/.bin/azurite ]; then
  say "installing Azurite with npm ci (first run only; about a minute)"
  run_step npm ci --no-audit --no-fund --loglevel=error
fi

if [ ! -f Functions/local.settings.json ]; then
  cp local.settings.sample.json Functions/local.settings.json
  say "wrote Functions/local.settings.json from local.settings.sample.json"
fi

if [ "$BLOB_PORT$QUEUE_PORT$TABLE_PORT" != 100001000110002 ]; then
  # Azurite's well-known development account key (public, documented).
  KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
  STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
  export AzureWebJobsStorage=$STORAGE DownloadsStorage=$STORAGE
fi

mkdir -p .azurite
AZURITE_ARGS=(--silent --disableTelemetry --skipApiVersionCheck --location .azurite
  --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT"
  --tableHost 127.0.0.1 --tablePort "$TABLE_PORT")
# --skipApiVersionCheck: the Blob SDK speaks a newer service version than Azurite 3.37 knows.
[ "${AZURITE_DEBUG:-}" = 1 ] && AZURITE_ARGS+=(--debug .azurite/debug.log)
start_group node_modules/.bin/azurite "${AZURITE_ARGS[@]}"
AZURITE_PID=$STARTED
for port in "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT"; do
  for _ in $(seq 100); do taken "$port" && break; kill -0 "$AZURITE_PID" 2>/dev/null || { say "Azurite exited"; exit 1; }; sleep 0.1; done
done
say "Azurite running (pid $AZURITE_PID) on 127.0.0.1:$BLOB_PORT-$TABLE_PORT, data in .azurite/"

# --- the app -------------------------------------------------------------------------------------------------------
if [ -n "$LAUNCHER" ]; then
  say "building the app (dotnet build -c Release; a minute or two the first time)"
  run_step dotnet build Functions -c Release -nologo -clp:ErrorsOnly
  say "starting the Functions host launcher $LAUNCHER"
  start_group "$LAUNCHER" Functions/bin/Release/net10.0 "$PORT"
else
  say "starting Core Tools ($FUNC start; it builds the app first)"
  start_group bash -c 'cd Functions && exec "$0" start --port "$1"' "$FUNC" "$PORT"
fi
HOST_PID=$STARTED

# "serving" only once the API answers (the host listens before the worker has indexed the functions).
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/openapi.json"; do
  kill -0 "$HOST_PID" 2>/dev/null || { status=0; wait "$HOST_PID" || status=$?; say "the host exited (code $status) before serving"; exit 1; }
  sleep 0.5 &
  wait $! || true
done
say "serving on http://localhost:$PORT (Ctrl+C stops it)"
status=0
wait "$HOST_PID" || status=$?
say "the host exited (code $status)"
exit "$status"
