#!/usr/bin/env bash
# Renders each main screen of the demo under Xvfb to docs/screenshots/*.png
# (light theme, plus the overview in dark), and the guide's readiness check in
# every language. Look at every one after a UI change.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
# --dev: the debug build (draws the same pixels; the release build takes
# about 25 minutes on 2 cores).
if [ "${1:-}" = "--dev" ]; then
  cargo build --locked --bin keyguide
  bin=target/debug/keyguide
else
  cargo build --release --locked --bin keyguide
  bin=target/release/keyguide
fi
out=docs/screenshots
mkdir -p "$out"

source tools/xvfb.sh
start_xvfb 1024x720

shoot() {
  local screen="$1" theme="$2" name="$3" language="${4:-en-US}"
  # Only DejaVu, as on a machine without CJK fonts: the Japanese and Chinese
  # screenshots must come out right with the fonts KeyGuide bundles.
  FONTCONFIG_FILE="$PWD/tools/fonts-without-cjk.conf" \
    "$bin" --demo --demo-screen "$screen" --theme "$theme" --language "$language" >/dev/null 2>&1 &
  local pid=$!
  xdotool search --sync --onlyvisible --name '^KeyGuide$' >/dev/null
  # Let the demo key finish its first operations (a script, not a test).
  sleep 3.5
  import -window root "$out/$name.png"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$out/$name.png"
}

for s in keys overview pin fingerprints passkeys key-settings reset app-settings; do
  shoot "$s" light "$s"
done
shoot guide-check light guide-check
shoot guide-register light guide-register
shoot guide-it light guide-it
for language in de-DE ja-JP zh-CN fr-FR es-ES; do
  shoot guide-check light "guide-check-$language" "$language"
done
shoot overview light overview-ja-JP ja-JP
shoot overview dark overview-dark
shoot passkeys dark passkeys-dark
