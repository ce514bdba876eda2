#!/usr/bin/env bash
# Downloads the wheels of Sverka's base install, its build backend and PyInstaller into a
# local folder (default ~/.cache/sverka-build/wheelhouse), so that the install tests
# (tests/test_install.py, tests/test_bundle_smoke.py) build throwaway venvs, a pipx install
# and the bundle offline. scripts/test.sh runs it; a re-run with the same pyproject.toml is
# instant. Prints the folder. `--check` only says (exit 1) whether it is current: the tests
# use it, as they must not download anything. `--mt` also fills "$WH/mt" (below); `--check-mt`
# checks both.
set -euo pipefail
cd "$(dirname "$0")/.."
WH=${SVERKA_WHEELHOUSE:-${XDG_CACHE_HOME:-$HOME/.cache}/sverka-build/wheelhouse}
PY=${PYTHON:-python3}
mkdir -p "$WH"
want=$( (cat pyproject.toml packaging/requirements.py packaging/build-requirements.txt scripts/wheelhouse.sh; "$PY" -VV) \
        | sha256sum | cut -c1-16)
case "${1:-}" in
  --check) mode=check ;;
  --mt) mode=mt ;;
  --check-mt) mode=check-mt ;;
  *) mode=base ;;
esac
if [ "$(cat "$WH/.stamp" 2>/dev/null)" != "$want" ]; then
  if [ "$mode" = check ] || [ "$mode" = check-mt ]; then
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
# 2. With --mt: the `mt` extra's wheels and the CPU build of torch in "$WH/mt", for the test of
# `pipx install ".[mt]"` (torch chosen as scripts/setup.sh chooses it: a local +cpu wheel, else
# PyTorch's CPU index; never PyPI's CUDA build). Kept apart: ~1 GB the base tests do not need.
if [ "$mode" = mt ] || [ "$mode" = check-mt ]; then
  TORCH=${TORCH:-torch==2.13.0+cpu}
  TORCH_INDEX_URL=${TORCH_INDEX_URL-https://download.pytorch.org/whl/cpu}
  MT="$WH/mt"
  want_mt=$( (echo "$want $TORCH $TORCH_INDEX_URL") | sha256sum | cut -c1-16)
  if [ "$(cat "$MT/.stamp" 2>/dev/null)" != "$want_mt" ]; then
    if [ "$mode" = check-mt ]; then
      echo "wheelhouse: $MT is missing or out of date (run scripts/wheelhouse.sh --mt)" >&2
      exit 1
    fi
    echo "wheelhouse: downloading the mt extra and $TORCH into $MT" >&2
    mkdir -p "$MT"
    mapfile -t mt_reqs < <("$PY" packaging/requirements.py mt)
    "$PY" -m pip wheel -q -w "$MT" "$TORCH" 2>/dev/null \
      || { [ -n "$TORCH_INDEX_URL" ] && "$PY" -m pip wheel -q -w "$MT" --extra-index-url "$TORCH_INDEX_URL" "$TORCH"; } \
      || { echo "wheelhouse: cannot get $TORCH (set TORCH and TORCH_INDEX_URL: see scripts/setup.sh)" >&2; exit 1; }
    # torch pinned here too, or the resolver takes the newest (CUDA) torch for stanza.
    "$PY" -m pip wheel -q -w "$MT" --find-links "$MT" --find-links "$WH" "$TORCH" "${mt_reqs[@]}" \
      2> >(grep -v "^WARNING: Location" >&2)
    # The base install's wheels are in "$WH" already (the test finds both folders).
    for whl in "$WH"/*.whl; do rm -f "$MT/$(basename "$whl")"; done
    echo "$want_mt" > "$MT/.stamp"
  fi
  echo "$MT"
  exit 0
fi
echo "$WH"
