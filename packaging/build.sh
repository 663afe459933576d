#!/usr/bin/env bash
# Build the one-dir desktop app with PyInstaller into dist/recstudio/, then smoke-start the
# frozen binary offscreen: it must show its main window and exit 0 (issue 7).
#   bash packaging/build.sh            # uses .venv (made by packaging/bootstrap.sh) or $PYTHON
#   PYTHON=/path/to/python bash packaging/build.sh
# Needs: the package installed in that Python and PyInstaller (pip install -e ".[packaging]").
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
if [ ! -x "$PYTHON" ]; then
  echo "build: no Python at $PYTHON (run: bash packaging/bootstrap.sh, or set PYTHON)" >&2
  exit 2
fi
if ! "$PYTHON" -c "import PyInstaller" >/dev/null 2>&1; then
  echo "build: installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install -q --disable-pip-version-check "pyinstaller>=6"
fi

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/recstudio.spec
built=$(date +%s)

app=dist/recstudio/recstudio
[ -x "$app" ] || { echo "build: $app was not produced" >&2; exit 1; }

# Smoke test: offscreen platform (no display needed), private user directories so the
# frozen app never reads or writes the builder's settings, and a hard timeout.
smoke_home=$(mktemp -d)
trap 'rm -rf "$smoke_home"' EXIT
set +e
QT_QPA_PLATFORM=offscreen RECSTUDIO_HOME="$smoke_home" \
  PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  timeout 120 "$app" --smoke
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
  echo "build: smoke start of $app failed (exit $rc)" >&2
  exit 1
fi
# the frozen CLI and the shipped examples work too
QT_QPA_PLATFORM=offscreen RECSTUDIO_HOME="$smoke_home" \
  "$app" validate dist/recstudio/_internal/resources/examples/mix-interview.recstudio.json \
  --endpoint start >/dev/null 2>&1 \
  || { echo "build: frozen 'recstudio validate' on the example failed" >&2; exit 1; }
done_at=$(date +%s)

size=$(du -sh dist/recstudio | cut -f1)
echo "build: dist/recstudio ($size) built in $((built - start)) s; smoke start passed" \
     "in $((done_at - built)) s"
