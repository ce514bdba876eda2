#!/usr/bin/env bash
# Screenshots of the real app on a virtual X screen (Xvfb, no window manager), for the README,
# at the two screen sizes the layout is made for (1366×768 laptop, 1920×1080) in both themes:
#   main-window.png / dark-theme.png (1366×768), main-window-1920.png / dark-theme-1920.png,
#   search-hits.png (a search with every spelling of a name, hit 2 of n), schema-editor.png
#   (an imported schema file in the editor, with descriptions and New / Import / Export), alignment-editing.png (a 2-1 row, a
#   manual merge, the row context menu). Needs: xvfb xdotool imagemagick. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work="$(mktemp -d)"
export SVERKA_HOME="$work/home" XDG_CONFIG_HOME="$work/config" DISPLAY=:77 PYTHONPATH="$PWD/desktop"
app="" xvfb=""
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
demo="$(.venv/bin/sverka demo)"
# A small pair whose English merges two Russian sentences (and a Ukrainian second translation).
.venv/bin/sverka import "$demo" "$out/pair" >/dev/null
# A schema written as a file (resources/schemas/README.md's format), imported as a user would.
.venv/bin/sverka schema import "$demo" "$out/media-frames.json" >/dev/null

screen() {  # screen WxH: (re)start the virtual screen
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && sleep 0.5
  Xvfb :77 -screen 0 "${1}x24" -nolisten tcp & xvfb=$!
  sleep 1
}

shot() {  # shot THEME FILE KEYS...: open the demo, type the keys, grab the window
  local theme=$1 file=$2
  shift 2
  rm -rf "$XDG_CONFIG_HOME/Sverka"
  mkdir -p "$XDG_CONFIG_HOME/Sverka"
  printf '[prefs]\nannotator=Aigerim\ntheme=%s\nschema=%s\n' "$theme" "${SCHEMA:-}" > "$XDG_CONFIG_HOME/Sverka/Sverka.ini"
  .venv/bin/sverka gui "$demo" & app=$!
  local win
  win="$(xdotool search --sync --onlyvisible --name 'Sverka' | head -1)"
  sleep 2
  xdotool windowfocus --sync "$win"
  for keys in "$@"; do
    case $keys in
      sleep:*) sleep "${keys#sleep:}" ;;
      focus:*) xdotool windowfocus --sync "$(xdotool search --sync --onlyvisible --name "${keys#focus:}" | head -1)" ;;
      type:*) xdotool type --delay 60 "${keys#type:}" ;;
      click3:*) xdotool mousemove ${keys#click3:} click 3 ;;
      click1:*) xdotool mousemove ${keys#click1:} click 1 ;;
      *) xdotool key --delay 120 $keys ;;
    esac
  done
  sleep 1
  eval "$(xdotool getwindowgeometry --shell "$win")"  # WIDTH HEIGHT X Y of the main window
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$work/shot.png"
  convert "$work/shot.png" -strip -colors 256 "PNG8:$out/$file"
  kill "$app"; wait "$app" 2>/dev/null || true
}

screen 1366x768
shot light main-window.png 1 Down 2 r Down Down 3 Down Right x Down
shot dark dark-theme.png Down 1 Down Down 2 Up ctrl+shift+n sleep:1
# Edit schema… (the palette's button) on the imported schema: its labels with their descriptions,
# New / Import / Export schema file. (Qt's file dialog cannot be driven under Xvfb without a
# window manager, so the file is imported with `sverka schema import` above; the dialog's own
# import is driven by tests/gui/test_schema_files_gui.py.)
SCHEMA="Media frames" shot light schema-editor.png "click1:1219 699" sleep:1.5
shot light search-hits.png ctrl+f "type:Alma-Ata" sleep:1 Tab Tab Tab space sleep:1 F3 F3 sleep:0.5
# The imported pair is the 7th article: row 3 is the aligner's 2-1, rows 4+5 merged by hand.
shot light alignment-editing.png ctrl+Next ctrl+Next ctrl+Next ctrl+Next ctrl+Next ctrl+Next \
  Down Down Down alt+m Up Up sleep:0.5 "click3:900 230"
screen 1920x1080
shot light main-window-1920.png 1 Down 2 r Down ctrl+shift+n sleep:1
shot dark dark-theme-1920.png Down 1 Down Down 2 Up
ls -l "$out"/*.png
