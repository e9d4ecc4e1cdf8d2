#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: installs what the tests need, builds with
# warnings as errors, checks the infra, runs every test. The tests start Azurite themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v ffmpeg >/dev/null 2>&1 || need_apt+=(ffmpeg)
if ((${#need_apt[@]})); then
  echo "== installing ${need_apt[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

echo "== npm ci (Azurite, pinned by package-lock.json)"
npm ci --no-audit --no-fund --loglevel=error

echo "== build"
dotnet build YouTubeDownloader.slnx -c Release -nologo -clp:ErrorsOnly

if [ -x scripts/check-infra.sh ]; then
  echo "== infra"
  scripts/check-infra.sh
fi

# The recorded YouTube responses live outside the repo (third-party data); use them when present.
if [ -z "${YOUTUBE_FIXTURES:-}" ] && [ -d ../shared/fixtures/youtube ]; then
  export YOUTUBE_FIXTURES="$(cd ../shared/fixtures/youtube && pwd)"
fi
if [ -z "${YOUTUBE_SEARCH_FIXTURES:-}" ] && [ -d ../shared/fixtures/youtube-search ]; then
  export YOUTUBE_SEARCH_FIXTURES="$(cd ../shared/fixtures/youtube-search && pwd)"
fi
if [ -z "${YOUTUBE_PLAYLIST_FIXTURES:-}" ] && [ -d ../shared/fixtures/youtube-playlists ]; then
  export YOUTUBE_PLAYLIST_FIXTURES="$(cd ../shared/fixtures/youtube-playlists && pwd)"
fi
if [ -z "${YOUTUBE_PLAYER_FIXTURES:-}" ] && [ -d ../shared/fixtures/youtube-players ]; then
  export YOUTUBE_PLAYER_FIXTURES="$(cd ../shared/fixtures/youtube-players && pwd)"
fi

# The real Functions host (built from source; Core Tools cannot be installed here) runs the app from outside,
# over HTTP. Its suite runs where the launcher is; elsewhere (a plain clone) it is not part of the run.
if [ -z "${FUNCTIONS_HOST_LAUNCHER:-}" ] && [ -f ../shared/tools/functions-host/start-host.sh ]; then
  export FUNCTIONS_HOST_LAUNCHER="$(cd ../shared/tools/functions-host && pwd)/start-host.sh"
fi

echo "== test"
dotnet test Functions.Tests -c Release --no-build --nologo --logger "console;verbosity=normal" "$@"

if [ -n "${FUNCTIONS_HOST_LAUNCHER:-}" ]; then
  echo "== test on the real Functions host ($FUNCTIONS_HOST_LAUNCHER)"
  # detailed: the scenarios print their figures (time to recover, peak memory) for the log
  dotnet test Functions.HostTests -c Release --no-build --nologo --logger "console;verbosity=detailed" "$@"
else
  echo "== no Functions host launcher (FUNCTIONS_HOST_LAUNCHER or ../shared/tools/functions-host): real-host suite not run"
fi
