#!/usr/bin/env bash
# Benchmark (not a test): time from process start until the window is mapped,
# and resident memory once idle, for an empty iced window and for
# `keyguide --demo`, side by side on this machine, under Xvfb.
# Prints the median of RUNS runs of each and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cargo build --release --locked --bin keyguide --example empty_window
RUNS="${RUNS:-5}"
IDLE_SECONDS="${IDLE_SECONDS:-3}"

source tools/xvfb.sh
start_xvfb 1280x800

# measure TITLE CMD...: prints "<ms to mapped> <idle RSS in KiB> <idle private (anonymous) KiB>"
measure() {
  local title="$1"; shift
  local t0 t1 pid rss anon
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  xdotool search --sync --onlyvisible --name "^${title}\$" >/dev/null
  t1=$(date +%s%N)
  sleep "$IDLE_SECONDS"
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  anon=$(awk '/RssAnon/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $rss $anon"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run() {
  local title="$1"; shift
  local times=() rsss=() anons=()
  for _ in $(seq "$RUNS"); do
    read -r t r a < <(measure "$title" "$@")
    times+=("$t"); rsss+=("$r"); anons+=("$a")
  done
  printf '%s %s %s\n' "$(printf '%s\n' "${times[@]}" | median)" \
    "$(printf '%s\n' "${rsss[@]}" | median)" "$(printf '%s\n' "${anons[@]}" | median)"
}

read -r empty_ms empty_kb empty_anon < <(run "Empty iced window" target/release/examples/empty_window)
read -r kg_ms kg_kb kg_anon < <(run "KeyGuide" target/release/keyguide --demo)
echo "                      mapped after   idle RSS      of it private"
printf 'empty iced window     %6d ms   %7d KiB   %7d KiB\n' "$empty_ms" "$empty_kb" "$empty_anon"
printf 'keyguide --demo       %6d ms   %7d KiB   %7d KiB\n' "$kg_ms" "$kg_kb" "$kg_anon"
awk -v a="$kg_ms" -v b="$empty_ms" -v c="$kg_kb" -v d="$empty_kb" -v e="$kg_anon" -v f="$empty_anon" \
  'BEGIN { printf "ratio                 %6.2fx      %7.2fx       %7.2fx   (target: at most 1.30x)\n", a/b, c/d, e/f }'
