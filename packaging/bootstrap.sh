#!/usr/bin/env bash
# Prepare a checkout to run recstudio: system libraries Qt needs (Debian/Ubuntu), a virtual
# environment in .venv and the package installed editable.  Idempotent and quick when
# everything is already there, so README's commands and .ci/run can both start with it.
#   bash packaging/bootstrap.sh          # app only
#   bash packaging/bootstrap.sh --test   # app + test tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

# Qt 6 (even offscreen) links against these; a fresh Debian lacks several of them.
# python3-venv: Debian ships python3 without the venv module. curl: the export tests run
# the curl commands we generate.
debs=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
      libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
      libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libx11-xcb1 fonts-dejavu-core curl)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for d in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$d" 2>/dev/null | grep -q "install ok installed" || missing+=("$d")
  done
  # python3-venv is irrelevant when the interpreter already has a working venv module
  if python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    missing=("${missing[@]/python3-venv}")
  fi
  read -r -a missing <<< "${missing[*]}"
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "bootstrap: installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
log=$(mktemp)
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}" >"$log" 2>&1; then
  cat "$log"; rm -f "$log"; echo "bootstrap: pip install failed" >&2; exit 1
fi
rm -f "$log"

# Azurite (Microsoft's Azure Storage emulator, npm) for the Azure storage tests: kept
# inside .venv so a fresh clone gets it from the same command and nothing global changes.
azurite_version="3.37.0"
if [ -n "$extras" ] && command -v npm >/dev/null 2>&1 \
   && [ ! -x .venv/azurite/node_modules/.bin/azurite-blob ]; then
  echo "bootstrap: installing azurite $azurite_version (npm) into .venv/azurite"
  npm install --prefix .venv/azurite --no-audit --no-fund --loglevel=error \
    "azurite@$azurite_version" >/dev/null
fi
echo "bootstrap: ready (.venv)"
