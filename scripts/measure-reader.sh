#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records of the reader in the real window
# (issue 21): under Xvfb at 1920×1080 with Mesa's software GL, the kit on a
# fresh data folder reads the 100 parts (20 modules × Ctrl+1…Ctrl+5, ↓
# between modules), then goes back over the last module's five tabs:
#   1. the latency of each change, from the key to the screen changing,
#      found by polling the screen (ImageMagick import | md5sum; a poll takes
#      about 100 ms, which bounds the resolution);
#   2. the memory (VmRSS and peak VmHWM from /proc) after start, after the
#      100 parts, and a minute later.
# Needs Xvfb, xwininfo (x11-utils), import (imagemagick) and xdotool.
# Usage: scripts/measure-reader.sh
set -euo pipefail
cd "$(dirname "$0")/.."
title="Social Tech Trainer Kit"
work=$(mktemp -d)
xpid="" app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; fi
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for tool in Xvfb xwininfo import xdotool; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

go build -tags no_emoji -trimpath -ldflags "-s -w" -o "$work/trainerkit" ./cmd/trainerkit
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xpid=$!
for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -1 "$work/display")"
for _ in $(seq 200); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$app/status"; }
shot() { import -window root -depth 8 rgb:- | md5sum | cut -c1-32; }

XDG_CONFIG_HOME="$work/config" "$work/trainerkit" --data "$work/data" >"$work/log" 2>&1 &
app=$!
for _ in $(seq 3000); do
  xwininfo -name "$title" 2>/dev/null | grep -q IsViewable && break
  sleep 0.01
done
sleep 3
win=$(xdotool search --name "$title" | head -1)
xdotool windowsize "$win" 1920 1080
xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
sleep 1
echo "after start: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"

# key sends one key and prints the ms until the screen changed (or "-").
key() {
  local before t0
  before=$(shot)
  t0=$(now_ms)
  xdotool key --window "$win" "$1"
  for _ in $(seq 100); do
    if [ "$(shot)" != "$before" ]; then
      echo $(( $(now_ms) - t0 ))
      return
    fi
  done
  echo "-"
}

: >"$work/first"
for m in $(seq 20); do
  for p in 1 2 3 4 5; do
    [ "$m" -eq 1 ] && [ "$p" -eq 1 ] && continue
    key "ctrl+$p" >>"$work/first"
    sleep 0.2
  done
  [ "$m" -lt 20 ] && { key Down >>"$work/first"; sleep 0.2; }
done
echo "after the 100 parts: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
: >"$work/back"
for p in 5 4 3 2 1; do key "ctrl+$p" >>"$work/back"; sleep 0.2; done
stats() {
  grep -v -- - "$1" | sort -n | awk -v what="$2" '{ a[NR] = $1; s += $1 } END {
    if (NR) printf "%s: median %d ms, max %d ms, mean %.0f ms over %d changes\n", what, a[int((NR+1)/2)], a[NR], s/NR, NR }'
  echo "  ($(grep -c -- - "$1" || true) changes not seen on screen)"
}
stats "$work/first" "first visit (part or module change)"
stats "$work/back" "back to a drawn tab"
sleep 60
echo "a minute later: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
sleep 30 # the reader gives memory back 70 s after its last change
echo "90 s later: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
