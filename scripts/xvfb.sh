# Shared by scripts/measure-reader.sh and scripts/measure-editor.sh (sourced,
# not run): the display and the windows they time.
#
# start_xvfb WxH starts Xvfb on a free display of that size with Mesa's
# software GL, sets xpid (for the caller's cleanup to stop it and wait for
# it) and exports DISPLAY once the server answers. Needs $work.
start_xvfb() {
  screen=$1
  Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
  DISPLAY=":$(head -1 "$work/display")"
  export DISPLAY
  for _ in $(seq 200); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done
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
