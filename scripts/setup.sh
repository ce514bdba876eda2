#!/usr/bin/env bash
# Sets up what a command needs on a Debian/Ubuntu machine, idempotently:
#
#   bash scripts/setup.sh run    (scripts/run-demo.sh) Qt's system libraries, Xvfb only when
#                                there is no display, and .venv with Sverka's base install
#   bash scripts/setup.sh test   (scripts/test.sh) all of that, plus PostgreSQL, the desktop
#                                and AppStream validators, Xvfb and xdotool for screenshots,
#                                the CPU build of torch, Sverka's mt, team and dev extras, and
#                                the offline wheelhouse of the install tests (with the mt extra)
#
# Re-runs are fast: Debian packages are checked with dpkg, the Python part is skipped while
# a stamp in .venv matches pyproject.toml and this script.
#
# torch (the mt extra needs it through stanza) is pinned to a CPU build: TORCH defaults to
# torch==2.13.0+cpu, found here in the local wheel folder pip is configured with; elsewhere
# pip gets it from PyTorch's CPU index (TORCH_INDEX_URL, default
# https://download.pytorch.org/whl/cpu). PyPI's Linux torch is the CUDA build, a multi-GB
# download: never let pip pick it. On macOS and Windows PyPI's torch is the CPU build, so
# there TORCH=torch==2.13.0 TORCH_INDEX_URL= (empty) is right.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-run}
case "$profile" in run | test) ;; *) echo "usage: bash scripts/setup.sh [run|test]" >&2; exit 2 ;; esac

# What Qt's xcb platform loads (the PySide6 wheels bring Qt itself) and a font.
APT_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 fonts-dejavu-core
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1
)
if [ "$profile" = test ]; then
  APT_PACKAGES+=(xvfb xauth xdotool postgresql desktop-file-utils appstream)
elif [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  APT_PACKAGES+=(xvfb xauth)  # no screen: run-demo.sh opens the app on a virtual one
fi

need_apt=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  "$PY" -m venv .venv
fi
TORCH=${TORCH:-torch==2.13.0+cpu}
TORCH_INDEX_URL=${TORCH_INDEX_URL-https://download.pytorch.org/whl/cpu}
want="$( (cat pyproject.toml scripts/setup.sh; echo "$TORCH $TORCH_INDEX_URL") | sha256sum | cut -c1-16)"
# The test set-up is a superset: once it is done, the run set-up has nothing left to do.
if [ "$(cat .venv/.sverka-setup-test 2>/dev/null)" != "$want" ] \
   && { [ "$profile" = test ] || [ "$(cat .venv/.sverka-setup-run 2>/dev/null)" != "$want" ]; }; then
  echo "setup: installing Python packages into .venv ($profile)" >&2
  pip=(.venv/bin/python -m pip install -q)
  if [ "$profile" = test ]; then
    # A local +cpu wheel wins; else the CPU index. Never PyPI's CUDA build.
    "${pip[@]}" "$TORCH" 2>/dev/null \
      || { [ -n "$TORCH_INDEX_URL" ] && "${pip[@]}" --extra-index-url "$TORCH_INDEX_URL" "$TORCH"; } \
      || { echo "setup: cannot install $TORCH (set TORCH and TORCH_INDEX_URL: see scripts/setup.sh)" >&2; exit 1; }
    "${pip[@]}" -e ".[mt,team,dev]"
  else
    "${pip[@]}" -e .
  fi
  echo "$want" > ".venv/.sverka-setup-$profile"
fi
if [ "$profile" = test ]; then
  TORCH="$TORCH" TORCH_INDEX_URL="$TORCH_INDEX_URL" PYTHON=.venv/bin/python bash scripts/wheelhouse.sh --mt >/dev/null
fi
