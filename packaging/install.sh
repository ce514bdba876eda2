#!/usr/bin/env bash
# Installs this Sverka bundle for the current user (or under PREFIX=/opt/…, as root):
#   PREFIX/lib/sverka/            the bundle (this folder)
#   PREFIX/bin/sverka, sverka-gui links to it
#   PREFIX/share/…                the desktop entry, AppStream metainfo and icons
# `bash install.sh --uninstall` removes exactly these again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PREFIX=${PREFIX:-$HOME/.local}
APP_ID=io.github.sverka.Sverka
files=(
  "share/applications/$APP_ID.desktop"
  "share/metainfo/$APP_ID.metainfo.xml"
  "share/icons/hicolor/scalable/apps/$APP_ID.svg"
)
for png in "$here"/share/icons/hicolor/*/apps/"$APP_ID".png; do
  files+=("${png#"$here"/}")
done

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$PREFIX/bin/sverka" "$PREFIX/bin/sverka-gui"
  for f in "${files[@]}"; do rm -f "$PREFIX/$f"; done
  rm -rf "$PREFIX/lib/sverka"
  echo "removed Sverka from $PREFIX"
  exit 0
fi

if [ "$here" != "$PREFIX/lib/sverka" ]; then
  rm -rf "$PREFIX/lib/sverka"
  mkdir -p "$PREFIX/lib"
  cp -a "$here" "$PREFIX/lib/sverka"
fi
mkdir -p "$PREFIX/bin"
ln -sfn "$PREFIX/lib/sverka/sverka" "$PREFIX/bin/sverka"
ln -sfn "$PREFIX/lib/sverka/sverka-gui" "$PREFIX/bin/sverka-gui"
for f in "${files[@]}"; do
  install -Dm644 "$here/$f" "$PREFIX/$f"
done
# The menu entry runs the installed app whether or not PREFIX/bin is on PATH.
sed -i "s|^Exec=sverka-gui |Exec=$PREFIX/bin/sverka-gui |" "$PREFIX/share/applications/$APP_ID.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$PREFIX/share/icons/hicolor" 2>/dev/null || true
echo "installed Sverka in $PREFIX (run: $PREFIX/bin/sverka-gui)"
