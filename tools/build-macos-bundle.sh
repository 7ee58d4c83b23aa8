#!/usr/bin/env bash
# Assembles target/KeyGuide.app. On macOS it builds the release binary
# first and signs the bundle when CODESIGN_IDENTITY is set. Anywhere,
# `--no-build --binary PATH` assembles the bundle around a given binary
# (used to check the structure on Linux).
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
binary=target/release/keyguide
while (($#)); do
  case "$1" in
    --no-build) build=0; shift ;;
    --binary) binary="$2"; shift 2 ;;
    *) echo "usage: $0 [--no-build] [--binary PATH]" >&2; exit 2 ;;
  esac
done
if ((build)); then
  cargo build --release --locked --bin keyguide
fi
[ -x "$binary" ] || { echo "$binary is missing" >&2; exit 1; }

app=target/KeyGuide.app
rm -rf "$app"
install -d "$app/Contents/MacOS" "$app/Contents/Resources"
install -m755 "$binary" "$app/Contents/MacOS/keyguide"
install -m644 packaging/macos/Info.plist "$app/Contents/Info.plist"
install -m644 packaging/macos/KeyGuide.icns "$app/Contents/Resources/KeyGuide.icns"
printf 'APPL????' >"$app/Contents/PkgInfo"

if [ -n "${CODESIGN_IDENTITY:-}" ] && command -v codesign >/dev/null; then
  codesign --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi
echo "$app"
