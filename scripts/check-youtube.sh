#!/usr/bin/env bash
# Which YouTube clients work right now, from this machine: for each configured client, whether the player answered,
# how many formats are usable, whether the player's challenges were needed and solved (player id, time), and whether
# the first 64 KiB of the chosen stream download. Exit status 0 when at least one client works.
#
#   scripts/check-youtube.sh [VIDEO_ID] [--set KEY=VALUE]...
#
# Settings are the app's (docs/youtube.md), from the environment or --set, e.g.
#   YouTube__PoTokenProvider__BaseAddress=http://localhost:4416 scripts/check-youtube.sh
#   scripts/check-youtube.sh dQw4w9WgXcQ --set YouTube:ClientOrder:0=TVHTML5
# Cookies (YouTube__Cookies) are read like the app reads them and are never printed.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project Benchmarks -- check-youtube "$@"
