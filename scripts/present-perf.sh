#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records about presenting, in the real
# window under Xvfb at 1920x1080:
#   1. how long a two-day, four-module agenda (modules 1, 4, 7, 18) takes to
#      open: `trainerkit present --session ID` opens it as the agenda's
#      Present button does and, with TRAINERKIT_TRACE set, prints the time
#      from the request to both windows shown with the first slide drawn
#      (the deck built, the projector and presenter windows created, the
#      first slide fitted); RUNS times;
#   2. the memory (VmRSS, VmHWM from /proc) of presenting module 18's deck
#      (a one-day session of module 18 alone): once the projector shows the
#      first slide, after 30 slides (26 forward, 4 back, 0.3 s apart), and
#      10 s later.
# Needs Xvfb, xwininfo (x11-utils) and xdotool. With SHOT=DIR it also takes
# the README's screenshots (ImageMagick's import) of the two-day agenda: a
# content slide, a break slide and the presenter view.
# Usage: scripts/present-perf.sh [RUNS]     (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
xpid="" app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  [ -n "$xpid" ] && { kill "$xpid" 2>/dev/null; wait "$xpid" 2>/dev/null; } || true
  rm -rf "$work"
}
trap cleanup EXIT
trap "exit 1" INT TERM  # so that EXIT cleans up when stopped

for tool in Xvfb xwininfo xdotool; do
  command -v "$tool" >/dev/null || { echo "missing $tool: sudo apt-get install xvfb x11-utils xdotool" >&2; exit 1; }
done
go build -tags no_emoji,no_animations -trimpath -o "$work/trainerkit" ./cmd/trainerkit
tk() { "$work/trainerkit" --data "$work/data" "$@" 2>/dev/null; }

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$work/display" >/dev/null 2>&1 &
xpid=$!
for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -1 "$work/display")" LANG=en_GB.UTF-8
for _ in $(seq 200); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$app/status"; }
# viewable NAME: waits until a window of that name is mapped; prints the time.
viewable() {
  for _ in $(seq 6000); do
    if xwininfo -name "$1" 2>/dev/null | grep -q "IsViewable"; then now_ms; return 0; fi
    kill -0 "$app" 2>/dev/null || { echo "the kit exited:" >&2; grep -v "^\s" "$work/log" | tail -20 >&2; return 1; }
    sleep 0.005
  done
  echo "no window $1" >&2; return 1
}
stop_app() { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; app=""; }
# present ID [ENV=VALUE]: starts the kit on a session's agenda and waits for
# the projector. On a loaded machine GLFW sometimes fails to reach the X
# server at start (the kit panics before any window): then it tries again,
# three times at most.
present() {
  for _ in 1 2 3; do
    env ${2:-} "$work/trainerkit" --data "$work/data" present --session "$1" >"$work/log" 2>&1 &
    app=$!
    viewable "Projector" >/dev/null && return 0
    wait "$app" 2>/dev/null || true
  done
  return 1
}

two=$(tk session new --title "Two days" --start 2026-12-14 --days 2 --lang en --modules 1,4,7,18)
# The deck command reads the data file: ask it before the app locks it.
first_break=$(tk deck --session "$two" | grep -v '^#' | awk -F'\t' '$4 ~ /^Break/ { print $1; exit }')
echo "two-day agenda: $(tk deck --session "$two" | grep -vc '^#') slides in $(tk deck --session "$two" | grep -c '^#') blocks"
for i in $(seq "$runs"); do
  present "$two" TRAINERKIT_TRACE=1
  for _ in $(seq 200); do grep -q "^trace:" "$work/log" && break; sleep 0.05; done
  echo "run $i: $(grep "^trace:" "$work/log")"
  stop_app
done

one=$(tk session new --title "Module 18" --start 2026-12-21 --lang fr --modules 18)
echo "module 18 (fr): $(tk deck --session "$one" | grep -vc '^#') slides"
present "$one"
sleep 3
wid=$(xdotool search --name "^Projector$" | head -1)
echo "start: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
press() { xdotool windowfocus --sync "$wid" 2>/dev/null || true; xdotool key --window "$wid" "$1"; sleep 0.3; }
for _ in $(seq 26); do press Right; done
for _ in $(seq 4); do press Left; done
sleep 1
echo "after 30 slides: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
sleep 10
echo "10 s later: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
stop_app

if [ -n "${SHOT:-}" ]; then
  mkdir -p "$SHOT"
  present "$two"
  sleep 3
  wid=$(xdotool search --name "^Projector$" | head -1)
  pres=$(xdotool search --name "^Presenter view$" | head -1)
  # jump N: types the slide number and Enter, as a trainer does.
  jump() { xdotool windowfocus --sync "$wid" 2>/dev/null || true; xdotool type --window "$wid" "$1"; xdotool key --window "$wid" Return; sleep 2; }
  jump 5
  import -window "$wid" "$SHOT/projector-slide-en.png"
  xdotool windowraise "$pres"; sleep 1
  import -window "$pres" "$SHOT/presenter-view.png"
  xdotool windowraise "$wid"; sleep 1
  jump "$first_break"
  sleep 5
  import -window "$wid" "$SHOT/projector-break-en.png"
  echo "screenshots in $SHOT"
fi
