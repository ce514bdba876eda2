#!/usr/bin/env bash
# Screenshots of the real app on a virtual X screen (Xvfb, no window manager), for the README:
#   main-window.png (light), dark-theme.png, alignment-editing.png (a 2-1 row, a manual merge,
#   the row context menu). Needs: xvfb xdotool imagemagick. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work="$(mktemp -d)"
export SVERKA_HOME="$work/home" XDG_CONFIG_HOME="$work/config" DISPLAY=:77
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
demo="$(.venv/bin/sverka demo)"
# A small pair whose English merges two Russian sentences (and a Ukrainian second translation).
.venv/bin/sverka import "$demo" "$out/pair" >/dev/null
Xvfb :77 -screen 0 1400x880x24 -nolisten tcp & xvfb=$!
sleep 1

shot() {  # shot THEME FILE KEYS...: open the demo, type the keys, grab the window
  local theme=$1 file=$2
  shift 2
  mkdir -p "$XDG_CONFIG_HOME/Sverka"
  printf '[prefs]\nannotator=Aigerim\ntheme=%s\n' "$theme" > "$XDG_CONFIG_HOME/Sverka/Sverka.ini"
  .venv/bin/sverka gui "$demo" & app=$!
  local win
  win="$(xdotool search --sync --onlyvisible --name 'Sverka' | head -1)"
  sleep 2
  xdotool windowfocus --sync "$win"
  for keys in "$@"; do
    case $keys in
      sleep:*) sleep "${keys#sleep:}" ;;
      click3:*) xdotool mousemove ${keys#click3:} click 3 ;;
      click1:*) xdotool mousemove ${keys#click1:} click 1 ;;
      *) xdotool key --window "$win" --delay 120 $keys ;;
    esac
  done
  sleep 1
  import -window root -crop 1400x860+0+0 +repage "$work/shot.png"
  convert "$work/shot.png" -strip -colors 256 "PNG8:$out/$file"
  kill "$app"; wait "$app" 2>/dev/null || true
}

close_names="click1:1389 26"  # the names dock's close button: more room for the sentences
shot light main-window.png "$close_names" 1 Down 2 r Down Down 3 Down Right x Down
shot dark dark-theme.png "$close_names" Down 1 Down Down 2 Up
# The imported pair is the 7th article: row 3 is the aligner's 2-1, rows 4+5 merged by hand.
shot light alignment-editing.png "$close_names" ctrl+Next ctrl+Next ctrl+Next ctrl+Next ctrl+Next ctrl+Next \
  Down Down Down alt+m Up Up sleep:0.5 "click3:1000 197"
ls -l "$out"/*.png
