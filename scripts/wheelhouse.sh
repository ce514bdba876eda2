#!/usr/bin/env bash
# Downloads the wheels of Sverka's base install, its build backend and PyInstaller into a
# local folder (default ~/.cache/sverka-build/wheelhouse), so that the install tests
# (tests/test_install.py, tests/test_bundle_smoke.py) build throwaway venvs, a pipx install
# and the bundle offline. scripts/test.sh runs it; a re-run with the same pyproject.toml is
# instant. Prints the folder. `--check` only says (exit 1) whether it is current: the tests
# use it, as they must not download anything.
set -euo pipefail
cd "$(dirname "$0")/.."
WH=${SVERKA_WHEELHOUSE:-${XDG_CACHE_HOME:-$HOME/.cache}/sverka-build/wheelhouse}
PY=${PYTHON:-python3}
mkdir -p "$WH"
want=$( (cat pyproject.toml packaging/requirements.py packaging/build-requirements.txt scripts/wheelhouse.sh; "$PY" -VV) \
        | sha256sum | cut -c1-16)
if [ "$(cat "$WH/.stamp" 2>/dev/null)" != "$want" ]; then
  if [ "${1:-}" = "--check" ]; then
    echo "wheelhouse: $WH is missing or out of date (run scripts/wheelhouse.sh)" >&2
    exit 1
  fi
  echo "wheelhouse: downloading wheels into $WH" >&2
  mapfile -t reqs < <("$PY" packaging/requirements.py)
  build_backend=$("$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))')
  mapfile -t backend <<< "$build_backend"
  # `pip wheel`, not `download`: langdetect is a source release, and the tests install offline
  # without building anything; pip: pipx upgrades its own copy.
  "$PY" -m pip wheel -q -w "$WH" "${reqs[@]}" "${backend[@]}" pip $(grep -v '^#' packaging/build-requirements.txt) \
    2> >(grep -v "^WARNING: Location" >&2)
  echo "$want" > "$WH/.stamp"
fi
echo "$WH"
