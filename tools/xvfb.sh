# Sourced by the tools that run the app on a virtual screen (screenshots,
# benchmarks, the start-up function list).
#
# start_xvfb WIDTHxHEIGHT: starts Xvfb on a random display (so two tools can
# run at once), waits until it answers, and exports DISPLAY and a private
# XDG_RUNTIME_DIR. On exit both are removed, after the caller's own
# `on_exit` function if it defines one.
start_xvfb() {
  local display=":$((80 + RANDOM % 40))"
  Xvfb "$display" -screen 0 "$1x24" >/dev/null 2>&1 &
  XVFB_PID=$!
  trap stop_xvfb EXIT
  export DISPLAY="$display"
  XDG_RUNTIME_DIR="$(mktemp -d)"
  export XDG_RUNTIME_DIR
  chmod 700 "$XDG_RUNTIME_DIR"
  for _ in $(seq 50); do
    xdotool getmouselocation >/dev/null 2>&1 && return
    sleep 0.1
  done
  echo "Xvfb did not start on $display" >&2
  return 1
}

stop_xvfb() {
  if declare -F on_exit >/dev/null; then on_exit; fi
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$XDG_RUNTIME_DIR"
}
