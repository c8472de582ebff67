#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records of the reader in the real window
# (issue 21): under Xvfb at 1920×1080 with Mesa's software GL, the kit on a
# fresh data folder reads the 100 parts (20 modules × Ctrl+1…Ctrl+5, ↓
# between modules), then goes back over the last module's five tabs:
#   1. the latency of each change, timed by scripts/xwatch.c (built here with
#      gcc): it sends the key itself through XTest and grabs the whole screen
#      with XShmGetImage every POLL ms (a grab takes about 1 ms; the script
#      prints the mean interval achieved), comparing each grab with the one
#      before; it reports the ms from the key to the first change on screen,
#      and to the last change before the screen stays still QUIET ms (the
#      part fully drawn);
#   2. the memory (VmRSS and peak VmHWM from /proc) after start, after the
#      100 parts, a minute later and 90 s later;
#   3. then, on the same display, the same returns in its peer, a bare Fyne
#      window of the same size with two tabs of module 20's text
#      (scripts/peer-tabs.go): what Fyne itself costs to show a tab again.
# Needs Xvfb, xwininfo (x11-utils), xdotool, gcc and the Xlib, XShm and XTest
# headers: sudo apt-get install xvfb x11-utils xdotool gcc libx11-dev libxext-dev libxtst-dev
# Usage: scripts/measure-reader.sh
# Environment: QUIET (ms still after the last change, default 500); POLL (least
# ms from a grab's start to the next, default 5; 0 grabs in a tight loop, which
# keeps a core and part of Xvfb busy and, on the 2-core machine, made the
# first-visit median half as long again); REGION (WxH+X+Y of the screen to
# watch, default all of it); KEEP=DIR copies the watcher's raw lines
# there (DIR/first.xwatch, DIR/back.xwatch); RETURNS (how many times, after
# the five tabs, it goes back and forth between two drawn tabs; default 40).
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
for tool in Xvfb xwininfo xdotool gcc; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
quiet=${QUIET:-500} poll=${POLL:-5}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# The watcher: with XShm (libXext), or plain XGetImage if libXext is missing.
gcc -O2 -o "$work/xwatch" scripts/xwatch.c -lXtst -lXext -lX11 2>/dev/null ||
  gcc -O2 -DNO_XSHM -o "$work/xwatch" scripts/xwatch.c -lXtst -lX11

go build -tags no_emoji,no_animations -trimpath -ldflags "-s -w" -o "$work/trainerkit" ./cmd/trainerkit
go build -tags no_emoji,no_animations -trimpath -ldflags "-s -w" -o "$work/peer" scripts/peer-tabs.go
start_xvfb 1920x1080

kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$app/status"; }

XDG_CONFIG_HOME="$work/config" "$work/trainerkit" --data "$work/data" >"$work/log" 2>&1 &
app=$!
window "$title" 3 >/dev/null
echo "after start: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"

# key sends one key through the watcher and appends its line to file $2:
# first_ms=… last_ms=… changes=… grabs=… grab_ms=… settled=…
key() {
  local region=()
  [ -n "${REGION:-}" ] && region=(-g "$REGION")
  "$work/xwatch" -k "$1" -q "$quiet" -p "$poll" "${region[@]}" root 10000 >>"$2"
}

: >"$work/first"
for m in $(seq 20); do
  for p in 1 2 3 4 5; do
    [ "$m" -eq 1 ] && [ "$p" -eq 1 ] && continue
    key "ctrl+$p" "$work/first"
  done
  [ "$m" -lt 20 ] && key Down "$work/first"
done
if ! kill -0 "$app" 2>/dev/null; then
  echo "the kit exited during the 100 parts; the end of its log:" >&2
  tail -20 "$work/log" >&2
  exit 1
fi
echo "after the 100 parts: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
: >"$work/back"
# (Ctrl+5 is the tab already shown: one key with no change is expected.)
for p in 5 4 3 2 1; do key "ctrl+$p" "$work/back"; done
# Then RETURNS times (40 by default) back and forth between two drawn tabs,
# for a sample larger than the four returns above.
for _ in $(seq "${RETURNS:-40}"); do
  key ctrl+2 "$work/back"
  key ctrl+1 "$work/back"
done
# field prints the values of one key=value field of the watcher's lines.
field() { tr ' ' '\n' <"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'; }
# summary prints median, mean and max of the numbers on stdin ("-" skipped).
summary() {
  grep -v -- '^-$' | sort -n | awk -v what="$1" '{ a[NR] = $1; s += $1 } END {
    if (NR) printf "  %s: median %.0f ms, mean %.0f ms, max %.0f ms (%d changes)\n", what, a[int((NR+1)/2)], s/NR, a[NR], NR
    else printf "  %s: none seen\n", what }'
}
stats() {
  echo "$2:"
  field "$1" first_ms | summary "to the first change"
  field "$1" last_ms | summary "to the last change ($quiet ms still after it)"
  echo "  $(field "$1" first_ms | grep -c -- '^-$' || true) keys with no change on screen," \
    "$(grep -v 'first_ms=-' "$1" | grep -c 'settled=0' || true) not still within 10 s;" \
    "mean $(field "$1" grab_ms | awk '{ s += $1 } END { printf "%.2f", s/NR }') ms a grab" \
    "(max $(field "$1" grab_ms | sort -n | tail -1))"
}
stats "$work/first" "first visit (part or module change)"
stats "$work/back" "back to a drawn tab"
if [ -n "${KEEP:-}" ]; then cp "$work/first" "$KEEP/first.xwatch"; cp "$work/back" "$KEEP/back.xwatch"; fi
sleep 60
echo "a minute later: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
sleep 30 # the reader gives memory back 22 s after its last change
echo "90 s later: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"

# The peer: the kit closed, its tabs each drawn once, then the same returns.
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=""
XDG_CONFIG_HOME="$work/config" "$work/peer" >/dev/null 2>&1 &
peer=$!
window "Fyne peer" 2 >/dev/null
: >"$work/peerback"
key ctrl+2 "$work/peerback"
key ctrl+1 "$work/peerback"
: >"$work/peerback"
for _ in $(seq "${RETURNS:-40}"); do
  key ctrl+2 "$work/peerback"
  key ctrl+1 "$work/peerback"
done
stats "$work/peerback" "peer: back to a drawn tab in a bare Fyne window"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
