#!/usr/bin/env bash
# Times keys typed in the part editor in the real window (issue 21): under
# Xvfb at 1600×1000, the kit in French on a fresh data folder opens module
# 20's toolbox (the longest part), its editor, clicks into the list of
# activity 1 and types 25 "m", each timed by scripts/xwatch.c from the key
# (sent through XTest) to the first change in the editor's column. Then, on
# the same display, it times the same keys in its peer, a bare Fyne window
# of the same size with one entry holding that block (scripts/peer-entry.go).
# Needs what scripts/measure-reader.sh needs (scripts/setup-debian.sh --measure).
# The clicks are placed for the French interface at 1600×1000.
# Usage: scripts/measure-editor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
title="Social Tech Trainer Kit"
work=$(mktemp -d)
xpid="" app="" peer=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ -n "$peer" ]; then kill "$peer" 2>/dev/null || true; wait "$peer" 2>/dev/null || true; fi
  stop_xvfb
  rm -rf "$work"
}
trap cleanup EXIT
. scripts/xvfb.sh
gcc -O2 -o "$work/xwatch" scripts/xwatch.c -lXtst -lXext -lX11
go build -tags no_emoji,no_animations -trimpath -ldflags "-s -w" -o "$work/trainerkit" ./cmd/trainerkit
go build -tags no_emoji,no_animations -trimpath -ldflags "-s -w" -o "$work/peer" scripts/peer-entry.go
start_xvfb 1600x1000
LANG=fr_FR.UTF-8 XDG_CONFIG_HOME="$work/config" "$work/trainerkit" --data "$work/data" >"$work/log" 2>&1 &
app=$!
win=$(window "$title" 3)
for _ in $(seq 19); do xdotool key --window "$win" Down; sleep 0.2; done # module 20
sleep 1
xdotool mousemove 675 228 click 1 # the toolbox's tab
sleep 1.5
xdotool mousemove 1503 119 click 1 # Modifier
sleep 2.5
xdotool mousemove 500 348 click 1 # in activity 1's list
sleep 1
# typekeys REGION FILE types 25 "m", 0.3 s apart once the screen is still,
# each timed to the first change in REGION (WxH+X+Y), into FILE.
typekeys() {
  : >"$2"
  for _ in $(seq 25); do
    "$work/xwatch" -k m -q 300 -p 5 -g "$1" root 5000 >>"$2"
    sleep 0.3
  done
}
typekeys 780x700+0+130 "$work/keys"
# summary NAME FILE prints the keys' first changes of FILE.
summary() {
  tr ' ' '\n' <"$2" | awk -F= '$1 == "first_ms" && $2 != "-" { print $2 }' | sort -n |
    awk -v name="$1" '{ a[NR] = $1; s += $1 } END { printf "%s: median %.0f ms, mean %.0f ms, min %.0f ms, max %.0f ms (%d keys)\n", name, a[int((NR+1)/2)], s/NR, a[1], a[NR], NR }'
}
summary "editor keys" "$work/keys"
echo "VmRSS $(awk '$1 == "VmRSS:" { print $2 }' "/proc/$app/status") kB"
kill "$app"
wait "$app" 2>/dev/null || true
app=""

# The peer, on the same display: the keys go to its entry's end, its
# text at the top of the window.
XDG_CONFIG_HOME="$work/config" "$work/peer" >/dev/null 2>&1 &
peer=$!
pwin=$(window "Fyne peer" 2)
xdotool key --window "$pwin" ctrl+End
sleep 0.5
typekeys 780x700+0+0 "$work/peerkeys"
summary "peer keys (bare Fyne entry)" "$work/peerkeys"
