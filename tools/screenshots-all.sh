#!/usr/bin/env bash
# Renders every screen of the demo in light and dark, in English and German,
# at the smallest window the app allows (800x600), to look at after a UI
# change:
#   tools/screenshots-all.sh [OUT_DIR] [WIDTHxHEIGHT]
# Uses the debug build (the same pixels as the release build). OUT_DIR
# defaults to target/all-screenshots; nothing is written into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
out=${1:-target/all-screenshots}
size=${2:-800x600}
cargo build --locked --bin keyguide
bin=target/debug/keyguide
mkdir -p "$out"
screens=(keys overview pin fingerprints passkeys key-settings reset app-settings it-batch guide-check doctor)

source tools/xvfb.sh
start_xvfb 1280x1024

for language in en-US de-DE; do
  for theme in light dark; do
    for screen in "${screens[@]}"; do
      FONTCONFIG_FILE="$PWD/tools/fonts-without-cjk.conf" \
        "$bin" --demo --demo-screen "$screen" --theme "$theme" --language "$language" \
        >/dev/null 2>&1 &
      pid=$!
      win=$(xdotool search --sync --onlyvisible --name '^KeyGuide$' | head -1)
      xdotool windowsize "$win" "${size%x*}" "${size#*x}"
      # Let the demo key finish its first operations (a script, not a test).
      sleep 3
      import -window "$win" "$out/$screen-$language-$theme.png"
      kill "$pid"; wait "$pid" 2>/dev/null || true
    done
    echo "$out/*-$language-$theme.png"
  done
done
