#!/usr/bin/env bash
# Runs the service locally: Azurite (pinned by package-lock.json) in the background, then `func start`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v func >/dev/null 2>&1; then
  cat >&2 <<'MSG'
Azure Functions Core Tools (`func`, v4) are not installed. Install them, then run this again:
  npm install -g azure-functions-core-tools@4      (or see https://learn.microsoft.com/azure/azure-functions/functions-run-local)
MSG
  exit 1
fi

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error

if [ ! -f Functions/local.settings.json ]; then
  cp local.settings.sample.json Functions/local.settings.json
  echo "Wrote Functions/local.settings.json from local.settings.sample.json"
fi

mkdir -p .azurite
# --skipApiVersionCheck: the Blob SDK speaks a newer service version than Azurite 3.37 knows.
node_modules/.bin/azurite --silent --skipApiVersionCheck --location .azurite --debug .azurite/debug.log \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 &
AZURITE_PID=$!
trap 'kill $AZURITE_PID 2>/dev/null || true' EXIT
echo "Azurite running (pid $AZURITE_PID), data in .azurite/"

cd Functions
func start
