#!/usr/bin/env bash
# Sets up what the app needs (scripts/setup.sh run: no test stack), builds the demo project
# and opens Sverka on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh run
demo="$(.venv/bin/sverka demo)"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-demo: no display found; starting Sverka on a virtual X screen (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/sverka gui "$demo" "$@"
fi
exec .venv/bin/sverka gui "$demo" "$@"
