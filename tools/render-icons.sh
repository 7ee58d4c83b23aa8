#!/usr/bin/env bash
# Renders the app icon (assets/icons/keyguide.svg) into the sizes each
# platform wants. The results are committed, so building a package needs no
# renderer; run this again after changing the SVG. Needs rsvg-convert
# (Debian: librsvg2-bin), ImageMagick's convert (imagemagick, for the
# Windows .ico and the raw window icon) and png2icns (icnsutils, macOS .icns).
# The output is byte-for-byte reproducible, so a rerun leaves git clean.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icons/keyguide.svg
id=io.github.keyguide.KeyGuide
hicolor=packaging/linux/icons/hicolor

missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v convert >/dev/null || missing+=(imagemagick)
command -v png2icns >/dev/null || missing+=(icnsutils)
if ((${#missing[@]})); then
  echo "render-icons: missing tools; on Debian/Ubuntu: apt-get install ${missing[*]}" >&2
  exit 1
fi

# Linux: the hicolor theme sizes, plus the SVG itself as the scalable icon.
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$hicolor/scalable/apps"
cp "$svg" "$hicolor/scalable/apps/$id.svg"

# The window icon, as raw 64x64 RGBA: the app sets it without loading an
# image decoder.
convert "$hicolor/64x64/apps/$id.png" -depth 8 RGBA:assets/icons/keyguide-64.rgba

# Windows: one .ico with the sizes Explorer and the taskbar use (256 is
# stored as PNG inside the .ico, as Windows expects).
mkdir -p packaging/windows
convert $(for s in 16 24 32 48 64 256; do echo "$hicolor/${s}x${s}/apps/$id.png"; done) \
  packaging/windows/keyguide.ico

# macOS: an .icns for the bundle, 16 to 512 px plus 1024 px for 512 pt on
# Retina screens. The 1024 px PNG is not kept: only the .icns needs it.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert -w 1024 -h 1024 "$svg" -o "$tmp/1024.png"
mkdir -p packaging/macos
png2icns packaging/macos/KeyGuide.icns \
  $(for s in 16 32 128 256 512; do echo "$hicolor/${s}x${s}/apps/$id.png"; done) "$tmp/1024.png" >/dev/null
echo "render-icons: icons written under $hicolor, packaging/windows and packaging/macos"
