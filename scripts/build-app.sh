#!/usr/bin/env bash
# Builds the one-folder app bundle dist/sverka/ (PyInstaller, packaging/sverka.spec):
#   dist/sverka/sverka        the command line (`sverka gui` opens the app)
#   dist/sverka/sverka-gui    the app (a link to the same executable)
#   dist/sverka/share/        .desktop entry, AppStream metainfo, icons
#   dist/sverka/install.sh    installs the bundle for the user (~/.local) or PREFIX=…
# It builds in its own venv with the base install and PyInstaller only (never the dev venv:
# no test stack or torch can slip in). Both the venv and finished bundles are cached under
# $SVERKA_BUILD_CACHE (default ~/.cache/sverka-build), keyed by a hash of their inputs, so
# a re-run with nothing changed takes seconds. Prints the bundle's path on stdout.
# Offline (as the tests run it): SVERKA_WHEELHOUSE=DIR installs from that folder only
# (scripts/wheelhouse.sh fills it).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
PYINSTALLER="$(grep -v "^#" packaging/build-requirements.txt)"
CACHE=${SVERKA_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sverka-build}
mkdir -p "$CACHE" dist
log() { echo "build-app: $*" >&2; }

pip_offline=()
if [ -n "${SVERKA_WHEELHOUSE:-}" ]; then
  pip_offline=(--no-index --find-links "$SVERKA_WHEELHOUSE")
fi

# 1. The build venv, keyed by the requirements and this script.
venv_key=$( (cat pyproject.toml packaging/requirements.py packaging/build-requirements.txt scripts/build-app.sh; "$PY" -VV) | sha256sum | cut -c1-12)
venv="$CACHE/venv-$venv_key"
if [ ! -f "$venv/.ready" ]; then
  log "creating the build venv $venv"
  rm -rf "$venv"
  "$PY" -m venv "$venv"
  mapfile -t reqs < <("$PY" packaging/requirements.py)
  "$venv/bin/python" -m pip install -q "${pip_offline[@]}" "${reqs[@]}" "$PYINSTALLER"
  touch "$venv/.ready"
  # Older build venvs are of no further use.
  find "$CACHE" -maxdepth 1 -name 'venv-*' ! -name "venv-$venv_key" -exec rm -rf {} +
fi

# 2. The bundle, keyed by everything that goes into it.
inputs=$( (cd desktop && find sverka -type f ! -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum
           cd .. && find resources packaging -type f ! -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum
           echo "$venv_key") | sha256sum | cut -c1-16)
bundle="$CACHE/bundle-$inputs/sverka"
if [ -f "dist/sverka/.build-inputs" ] && [ "$(cat dist/sverka/.build-inputs)" = "$inputs" ]; then
  log "dist/sverka is up to date"
  realpath dist/sverka
  exit 0
fi
if [ ! -f "$bundle/.build-inputs" ]; then
  log "running PyInstaller (a few minutes on 2 cores)"
  work="$CACHE/work-$inputs"
  rm -rf "$work" "$CACHE/bundle-$inputs"
  start=$(date +%s)
  "$venv/bin/pyinstaller" --noconfirm --log-level WARN --workpath "$work/build" --distpath "$work/dist" \
    packaging/sverka.spec >&2
  out="$work/dist/sverka"
  ln -s sverka "$out/sverka-gui"
  # What a desktop needs to list the app: entry, metainfo, icons (freedesktop layout).
  install -Dm644 packaging/io.github.sverka.Sverka.desktop "$out/share/applications/io.github.sverka.Sverka.desktop"
  install -Dm644 packaging/io.github.sverka.Sverka.metainfo.xml "$out/share/metainfo/io.github.sverka.Sverka.metainfo.xml"
  install -Dm644 resources/icons/sverka.svg "$out/share/icons/hicolor/scalable/apps/io.github.sverka.Sverka.svg"
  for png in resources/icons/hicolor/*/apps/io.github.sverka.Sverka.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -Dm644 "$png" "$out/share/icons/hicolor/$size/apps/io.github.sverka.Sverka.png"
  done
  install -m755 packaging/install.sh "$out/install.sh"
  echo "$inputs" > "$out/.build-inputs"
  mkdir -p "$CACHE/bundle-$inputs"
  mv "$out" "$bundle"
  rm -rf "$work"
  log "built in $(( $(date +%s) - start )) s"
  # Keep the two newest bundles (the current one and one to go back to).
  ls -1dt "$CACHE"/bundle-* | tail -n +3 | xargs -r rm -rf
fi
rm -rf dist/sverka
cp -a "$bundle" dist/sverka
log "$(du -sh dist/sverka | cut -f1) in dist/sverka"
realpath dist/sverka
