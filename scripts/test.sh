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

echo "== test"
dotnet test YouTubeDownloader.slnx -c Release --no-build --nologo --logger "console;verbosity=normal" "$@"
