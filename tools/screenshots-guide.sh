#!/usr/bin/env bash
# Renders every page of the guide (each registration step separately) under
# Xvfb, to look at after a change of the guide's text or pictures:
#   tools/screenshots-guide.sh [OUT_DIR] [LANGUAGE@WIDTHxHEIGHT ...]
# Default: English, Spanish and Japanese at the default window size, and
# German at the smallest window the app allows (800x600). Uses the debug
# build (the same pixels as the release build). OUT_DIR defaults to
# target/guide-screenshots; nothing is written into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
out=${1:-target/guide-screenshots}
shift || true
runs=("$@")
((${#runs[@]})) || runs=(en-US@1024x720 es-ES@1024x720 ja-JP@1024x720 de-DE@800x600)
cargo build --locked --bin keyguide
bin=target/debug/keyguide
mkdir -p "$out"
steps=$(sed -n 's/^pub const STEPS: usize = \([0-9]*\);/\1/p' src/app/screen/guide.rs)
pages=(check)
for n in $(seq "$steps"); do pages+=("register-$n"); done
pages+=(confirm windows help it)

source tools/xvfb.sh
start_xvfb 1280x1024

for run in "${runs[@]}"; do
  language=${run%@*}
  size=${run#*@}
  for page in "${pages[@]}"; do
    FONTCONFIG_FILE="$PWD/tools/fonts-without-cjk.conf" \
      "$bin" --demo --demo-screen "guide-$page" --language "$language" >/dev/null 2>&1 &
    pid=$!
    win=$(xdotool search --sync --onlyvisible --name '^KeyGuide$' | head -1)
    xdotool windowsize "$win" "${size%x*}" "${size#*x}"
    # Let the demo key finish its first operations (a script, not a test).
    sleep 3
    import -window "$win" "$out/guide-$page-$language-$size.png"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  echo "$out/guide-*-$language-$size.png"
done
