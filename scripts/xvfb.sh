# Shared by scripts/measure-reader.sh and scripts/measure-editor.sh (sourced,
# not run): the display and the windows they time.
#
# start_xvfb WxH starts Xvfb on a free display of that size with Mesa's
# software GL (-noreset: Xvfb resets when its last client leaves, and the
# kit started just after the check below then found no display, now and
# then, on :0), sets xpid (for the caller's cleanup to stop it and wait for
# it) and exports DISPLAY once the server answers. Needs $work.
start_xvfb() {
  screen=$1
  Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp -noreset 3>"$work/display" >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
  DISPLAY=":$(head -1 "$work/display")"
  export DISPLAY
  for _ in $(seq 200); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done
  if ! xwininfo -root >/dev/null 2>&1; then
    echo "Xvfb did not answer on $DISPLAY within 10 s" >&2
    exit 1
  fi
}

# stop_xvfb stops the Xvfb of start_xvfb and waits for it to exit, killing
# it if it has not within 2 s: an Xvfb that failed to start was found still
# running, a core busy, under later runs.
stop_xvfb() {
  [ -n "${xpid:-}" ] || return 0
  kill "$xpid" 2>/dev/null || true
  for _ in $(seq 20); do kill -0 "$xpid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$xpid" 2>/dev/null || true
  wait "$xpid" 2>/dev/null || true
}

# window NAME SETTLE waits for the window NAME, gives it SETTLE seconds,
# sizes it to the screen, puts it at the top left and focuses it; it prints
# its id.
window() {
  for _ in $(seq 3000); do
    xwininfo -name "$1" 2>/dev/null | grep -q IsViewable && break
    sleep 0.01
  done
  sleep "$2"
  local id
  id=$(xdotool search --name "$1" | head -1)
  xdotool windowsize "$id" "${screen%x*}" "${screen#*x}"
  xdotool windowmove "$id" 0 0
  xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id"
  sleep 1
  echo "$id"
}
