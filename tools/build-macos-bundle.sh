#!/usr/bin/env bash
# Assembles target/KeyGuide.app:
#   Contents/Info.plist, Contents/PkgInfo, Contents/MacOS/keyguide,
#   Contents/Resources/KeyGuide.icns
# On macOS it builds the release binary first, and signs the bundle
# (hardened runtime) when CODESIGN_IDENTITY is set. Anywhere, including
# Linux, `--no-build --binary PATH` assembles the bundle around a given
# binary, which is how the layout is checked without a Mac.
#   tools/build-macos-bundle.sh [--no-build] [--binary PATH] [--out DIR]
# Prints the bundle's path on the last line. Runs with macOS's bash 3.2.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 [--no-build] [--binary PATH] [--out DIR]" >&2; exit 2; }
build=1
binary=target/release/keyguide
out=target
while (($#)); do
  case "$1" in
    --no-build) build=0; shift ;;
    --binary) [ $# -ge 2 ] || usage; binary="$2"; shift 2 ;;
    --out) [ $# -ge 2 ] || usage; out="$2"; shift 2 ;;
    *) usage ;;
  esac
done
if ((build)); then
  cargo build --release --locked --bin keyguide
fi
[ -x "$binary" ] || { echo "build-macos-bundle: $binary is missing or not executable" >&2; exit 1; }

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
[ -n "$version" ] || { echo "build-macos-bundle: no version in Cargo.toml" >&2; exit 1; }

app="$out/KeyGuide.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$binary" "$app/Contents/MacOS/keyguide"
chmod 755 "$app/Contents/MacOS/keyguide"
# The committed Info.plist carries a version for reading; the bundle gets
# Cargo.toml's, so the two can never disagree in a release.
awk -v v="$version" '
  /<key>CFBundle(ShortVersionString|Version)<\/key>/ { print; stamp = 1; next }
  stamp && /<string>/ { sub(/<string>[^<]*<\/string>/, "<string>" v "</string>"); stamp = 0 }
  { print }
' packaging/macos/Info.plist >"$app/Contents/Info.plist"
cp packaging/macos/KeyGuide.icns "$app/Contents/Resources/KeyGuide.icns"
chmod 644 "$app/Contents/Info.plist" "$app/Contents/Resources/KeyGuide.icns"
# Old Finder versions look for the type and creator here.
printf 'APPL????' >"$app/Contents/PkgInfo"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  # Asked to sign: failing to is an error, not a silent unsigned bundle.
  command -v codesign >/dev/null || { echo "build-macos-bundle: CODESIGN_IDENTITY is set but codesign is not available (macOS only)" >&2; exit 1; }
  codesign --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi
if command -v plutil >/dev/null; then
  plutil -lint "$app/Contents/Info.plist" >/dev/null
fi
echo "$app"
