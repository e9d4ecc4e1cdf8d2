#!/usr/bin/env bash
# Serves the API locally on http://localhost:${FUNCTIONS_PORT:-7071}: starts Azurite (pinned by package-lock.json, data
# in .azurite/), builds the app, and runs it on an Azure Functions host:
#   1. Azure Functions Core Tools (`func start`) when `func` is on PATH;
#   2. else the host launcher named by FUNCTIONS_HOST_LAUNCHER, or ../shared/tools/functions-host/start-host.sh;
#   3. else Core Tools v4 installed with npm into .tools/ (git-ignored), then `func start`.
# Settings come from Functions/local.settings.json (written from local.settings.sample.json when missing); variables
# set in the environment win. AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT / AZURITE_TABLE_PORT move Azurite off
# 10000-10002 (the storage connection strings then follow). Ctrl+C stops the host and Azurite.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${FUNCTIONS_PORT:-7071}
BLOB_PORT=${AZURITE_BLOB_PORT:-10000}
QUEUE_PORT=${AZURITE_QUEUE_PORT:-10001}
TABLE_PORT=${AZURITE_TABLE_PORT:-10002}
say() { echo "[start-local] $*" >&2; }

# --- which host ----------------------------------------------------------------------------------------------------
FUNC=""
LAUNCHER=""
if command -v func >/dev/null 2>&1; then
  FUNC=$(command -v func)
elif [ -n "${FUNCTIONS_HOST_LAUNCHER:-}" ]; then
  LAUNCHER=$FUNCTIONS_HOST_LAUNCHER
elif [ -f ../shared/tools/functions-host/start-host.sh ]; then
  LAUNCHER=$(cd ../shared/tools/functions-host && pwd)/start-host.sh
elif [ -x .tools/node_modules/.bin/func ]; then
  FUNC=$ROOT/.tools/node_modules/.bin/func
else
  say "Azure Functions Core Tools are not installed; installing azure-functions-core-tools@4 with npm into .tools/"
  npm install --prefix .tools --no-audit --no-fund --loglevel=error azure-functions-core-tools@4 \
    || { say "could not install Core Tools (they download their binaries from a CDN); install them yourself: https://learn.microsoft.com/azure/azure-functions/functions-run-local"; exit 1; }
  FUNC=$ROOT/.tools/node_modules/.bin/func
fi

# --- storage -------------------------------------------------------------------------------------------------------
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error

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
# --skipApiVersionCheck: the Blob SDK speaks a newer service version than Azurite 3.37 knows.
node_modules/.bin/azurite --silent --skipApiVersionCheck --location .azurite --debug .azurite/debug.log \
  --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" \
  --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" &
AZURITE_PID=$!
trap 'kill $AZURITE_PID 2>/dev/null || true' EXIT
for port in "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT"; do
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
done
say "Azurite running (pid $AZURITE_PID) on 127.0.0.1:$BLOB_PORT-$TABLE_PORT, data in .azurite/"

# --- the app -------------------------------------------------------------------------------------------------------
if [ -n "$LAUNCHER" ]; then
  say "building the app (Release)"
  dotnet build Functions -c Release -nologo -clp:ErrorsOnly
  say "serving on http://localhost:$PORT with the Functions host launcher $LAUNCHER"
  "$LAUNCHER" Functions/bin/Release/net10.0 "$PORT"
else
  say "serving on http://localhost:$PORT with $FUNC"
  cd Functions
  "$FUNC" start --port "$PORT"
fi
