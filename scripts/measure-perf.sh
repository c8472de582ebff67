#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records about the whole app:
#   1. the size of the stripped release binary (goal: under 35 MB);
#   2. the time from launch to the first frame under Xvfb: the binary starts
#      on a fresh data folder and the script polls until its window is
#      viewable (mapped), RUNS times;
#   3. the memory (VmRSS and peak VmHWM from /proc) right after start and
#      after browsing all 20 modules with the ↓ key.
# Needs Xvfb, xwininfo (x11-utils) and xdotool:
#   sudo apt-get install xvfb x11-utils xdotool
# Usage: scripts/measure-perf.sh [RUNS]     (default 5)
# With DISPLAY unset it starts its own Xvfb. SHOT=file.xwd keeps a dump of
# the screen after browsing (needs xwd from x11-apps; to look at it:
# xwdtopnm file.xwd | pnmtopng > file.png, from netpbm).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
title="Social Tech Trainer Kit"
work=$(mktemp -d)
xpid="" app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  [ -n "$xpid" ] && { kill "$xpid" 2>/dev/null; wait "$xpid" 2>/dev/null; } || true
  [ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

for tool in xwininfo xdotool; do
  command -v "$tool" >/dev/null || { echo "missing $tool: sudo apt-get install x11-utils xdotool" >&2; exit 1; }
done

go build -tags no_emoji,no_animations -trimpath -ldflags "-s -w" -o "$work/trainerkit" ./cmd/trainerkit
size=$(stat -c %s "$work/trainerkit")
awk -v s="$size" 'BEGIN { printf "stripped binary: %d bytes = %.1f MB (%.1f MiB)\n", s, s/1e6, s/1048576 }'

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "missing Xvfb: sudo apt-get install xvfb" >&2; exit 1; }
  # Xvfb picks a free display itself and writes its number to fd 3.
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
  export DISPLAY=":$(head -1 "$work/display")"
  for _ in $(seq 200); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$app/status"; }

# Waits until the kit's window is viewable; prints the milliseconds taken.
wait_window() {
  local t0=$1
  for _ in $(seq 3000); do
    if xwininfo -name "$title" 2>/dev/null | grep -q "IsViewable"; then
      echo $(( $(now_ms) - t0 ))
      return 0
    fi
    if ! kill -0 "$app" 2>/dev/null; then
      echo "the kit exited before showing its window:" >&2
      grep -v "^\s" "$work/log-$i" | head -20 >&2
      return 1
    fi
    sleep 0.01
  done
  echo "no window after 30 s" >&2
  return 1
}

times=()
for i in $(seq "$runs"); do
  t0=$(now_ms)
  # A fresh data folder, and a fresh folder for Fyne's own preferences.
  XDG_CONFIG_HOME="$work/config-$i" "$work/trainerkit" --data "$work/data-$i" >"$work/log-$i" 2>&1 &
  app=$!
  ms=$(wait_window "$t0")
  times+=("$ms")
  echo "run $i: first frame after $ms ms"
  if [ "$i" -eq "$runs" ]; then
    sleep 2 # let the first frames settle
    echo "after start: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
    win=$(xdotool search --name "$title" | head -1)
    xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
    for _ in $(seq 19); do
      xdotool key --window "$win" Down
      sleep 0.4 # the module's part is parsed and laid out when shown
    done
    sleep 1
    echo "after browsing the 20 modules: VmRSS $(kb VmRSS) kB, VmHWM $(kb VmHWM) kB"
    if [ -n "${SHOT:-}" ]; then
      xwd -root -silent >"$SHOT"
    fi
  fi
  kill "$app"
  wait "$app" 2>/dev/null || true
  app=""
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1; s += $1 } END {
  printf "first frame: mean %.0f ms, median %d ms, min %d ms, max %d ms over %d runs\n", s/NR, a[int((NR+1)/2)], a[1], a[NR], NR }'
