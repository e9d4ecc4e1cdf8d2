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

# Independent parts run side by side (TEST_SIDE_BY_SIDE=0: one after the other): npm ci and the infra check wait on
# the network and the disk more than on the CPU, the build on the CPU; later the unit suite and the real-host suite,
# whose scenarios mostly wait on throttled transfers and host start-ups. Each part's log is printed whole when it ends,
# with its wall time.
# The suites start many in-process apps and hosts side by side; each would take inotify instances (128 per user on
# many machines) for configuration reloads the tests never use.
export DOTNET_USE_POLLING_FILE_WATCHER=1

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
side_by_side="${TEST_SIDE_BY_SIDE:-1}"
pids=() names=()
part() { # part <name> <command...>: runs it (in the background when side by side), its output to its log
  local name="$1"; shift
  if [ "$side_by_side" = 1 ]; then
    local log="$logs/${#names[@]}"
    ( start=$SECONDS; rc=0; "$@" >"$log.log" 2>&1 || rc=$?; echo "$((SECONDS - start))" >"$log.time"; exit $rc ) &
    pids+=("$!") names+=("$name")
  else
    echo "== $name"
    local start=$SECONDS rc=0
    "$@" || rc=$?
    echo "== $name: $((SECONDS - start)) s"
    [ "$rc" -eq 0 ] || exit "$rc"
  fi
}
join_parts() { # waits for the parts started side by side; prints each log; fails if any failed
  local failed=0 i rc
  for i in "${!pids[@]}"; do
    rc=0; wait "${pids[$i]}" || rc=$?
    echo "== ${names[$i]} ($(cat "$logs/$i.time" 2>/dev/null || echo '?') s, exit $rc)"
    cat "$logs/$i.log"
    [ "$rc" -eq 0 ] || failed=1
  done
  pids=() names=()
  [ "$failed" -eq 0 ] || exit 1
}

part "npm ci (Azurite, pinned by package-lock.json)" npm ci --no-audit --no-fund --loglevel=error
if [ -x scripts/check-infra.sh ]; then
  part infra scripts/check-infra.sh
fi
part build dotnet build YouTubeDownloader.slnx -c Release -nologo -clp:ErrorsOnly
join_parts

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

part test dotnet test Functions.Tests -c Release --no-build --nologo --logger "console;verbosity=normal" "$@"
if [ -n "${FUNCTIONS_HOST_LAUNCHER:-}" ]; then
  # detailed: the scenarios print their figures (time to recover, peak memory) for the log
  part "test on the real Functions host ($FUNCTIONS_HOST_LAUNCHER)" \
    dotnet test Functions.HostTests -c Release --no-build --nologo --logger "console;verbosity=detailed" "$@"
else
  echo "== no Functions host launcher (FUNCTIONS_HOST_LAUNCHER or ../shared/tools/functions-host): real-host suite not run"
fi
join_parts
