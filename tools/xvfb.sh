# Sourced by the tools that run the app on a virtual screen (screenshots,
# benchmarks, the start-up function list).
#
# start_xvfb WIDTHxHEIGHT: starts Xvfb on a free display (so two tools can
# run at once), waits until it answers, and exports DISPLAY and a private
# XDG_RUNTIME_DIR. On exit both are removed, after the caller's own
# `on_exit` function if it defines one.
start_xvfb() {
  # Xvfb chooses a free display and writes its number to the -displayfd
  # descriptor once it accepts connections (a display picked here could be
  # taken, or a stale socket of an earlier run).
  local number_file
  number_file="$(mktemp)"
  Xvfb -displayfd 3 -screen 0 "$1x24" -nolisten tcp 3>"$number_file" >/dev/null 2>&1 &
  XVFB_PID=$!
  trap stop_xvfb EXIT
  XDG_RUNTIME_DIR="$(mktemp -d)"
  export XDG_RUNTIME_DIR
  chmod 700 "$XDG_RUNTIME_DIR"
  # Wait for the number (or for Xvfb to die), up to 10 s.
  for _ in $(seq 100); do
    if [ -s "$number_file" ] && grep -q '^[0-9]' "$number_file"; then
      export DISPLAY=":$(head -n1 "$number_file")"
      rm -f "$number_file"
      return
    fi
    kill -0 "$XVFB_PID" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$number_file"
  echo "Xvfb did not start" >&2
  return 1
}

stop_xvfb() {
  if declare -F on_exit >/dev/null; then on_exit; fi
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$XDG_RUNTIME_DIR"
}
