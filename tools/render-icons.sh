#!/usr/bin/env bash
# Renders the app icon (assets/icons/keyguide.svg) into the sizes each
# platform wants. The results are committed, so packaging needs no renderer;
# run this again after changing the SVG. Needs rsvg-convert (librsvg2-bin),
# ImageMagick (for the Windows .ico) and png2icns (icnsutils, macOS .icns).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icons/keyguide.svg
id=io.github.keyguide.KeyGuide
hicolor=packaging/linux/icons/hicolor

for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$hicolor/scalable/apps"
cp "$svg" "$hicolor/scalable/apps/$id.svg"

# The window icon, as raw 64x64 RGBA: the app sets it without loading an
# image decoder.
convert "$hicolor/64x64/apps/$id.png" -depth 8 RGBA:assets/icons/keyguide-64.rgba

# Windows: one .ico with the sizes Explorer and the taskbar use.
mkdir -p packaging/windows
convert $(for s in 16 24 32 48 64 256; do echo "$hicolor/${s}x${s}/apps/$id.png"; done) \
  packaging/windows/keyguide.ico

# macOS: an .icns for the bundle.
mkdir -p packaging/macos
png2icns packaging/macos/KeyGuide.icns \
  $(for s in 16 32 128 256 512; do echo "$hicolor/${s}x${s}/apps/$id.png"; done) >/dev/null
echo "icons written under $hicolor, packaging/windows and packaging/macos"
