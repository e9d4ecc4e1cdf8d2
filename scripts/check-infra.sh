#!/usr/bin/env bash
# Checks the deployment templates offline: restores the pinned Bicep CLI from NuGet
# (infra/tools/BicepCli.csproj), then `bicep build` and `bicep lint` infra/main.bicep with the
# rules in infra/bicepconfig.json. Any diagnostic at all (error, warning or info) fails the check:
# a clean template builds and lints silently.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=infra/tools/BicepCli.csproj
template=infra/main.bicep
# The one pinned version lives in the restore project.
version="$(sed -n 's/.*Azure\.Bicep\.CommandLine\.linux-x64" Version="\[\([^]]*\)\]".*/\1/p' "$tools")"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if ! dotnet restore "$tools" -nologo >"$out/restore.log" 2>&1; then
  echo "check-infra: restoring the Bicep CLI ($tools) failed:" >&2
  cat "$out/restore.log" >&2
  exit 1
fi
packages="$(dotnet msbuild "$tools" -nologo -getProperty:NuGetPackageRoot)"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [ ! -f "$bicep" ]; then
  echo "check-infra: Bicep CLI not found at $bicep after restore" >&2
  exit 1
fi
[ -x "$bicep" ] || chmod +x "$bicep"

failed=0
run() { # run <step> <bicep args...>: fails on a non-zero exit or on any output
  local step="$1"; shift
  local log="$out/$step.log" rc=0
  "$bicep" "$@" >"$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] || [ -s "$log" ]; then
    echo "check-infra: bicep $step failed (exit $rc, $(grep -ciE 'warning' "$log" || true) warning line(s), $(grep -ciE 'error' "$log" || true) error line(s)):" >&2
    cat "$log" >&2
    failed=1
  fi
}

run build build "$template" --outfile "$out/main.json"
run lint lint "$template"

if [ "$failed" -ne 0 ]; then
  exit 1
fi

files=$(find infra -name '*.bicep' | wc -l)
echo "infra OK: bicep $version build + lint of $template ($files .bicep files): 0 errors, 0 warnings"
