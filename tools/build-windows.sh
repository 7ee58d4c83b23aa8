#!/usr/bin/env bash
# Cross-builds keyguide.exe for 64-bit Windows (x86_64-pc-windows-gnu) on
# Linux, with its application manifest, icon and version information
# embedded (build.rs, through MinGW's windres). Debug by default; --release
# for the optimised build. Prints the path of the exe on its last line.
#
# Installs what it needs when missing: on Debian or Ubuntu the MinGW-w64
# linker and binutils (as root, or through sudo), and rustup's target.
#
#   tools/build-windows.sh [--release]
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=x86_64-pc-windows-gnu
profile=debug
cargo_profile=()
for arg in "$@"; do
  case "$arg" in
    --release) profile=release cargo_profile=(--release) ;;
    *) echo "usage: tools/build-windows.sh [--release]" >&2; exit 2 ;;
  esac
done

# Debian packages: the linker (gcc-mingw-w64-x86-64) and windres
# (binutils-mingw-w64-x86-64).
install_debian_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Install these packages (or your system's MinGW-w64 for x86_64): ${missing[*]}" >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if command -v dpkg-query >/dev/null 2>&1; then
  install_debian_packages gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64
fi
for tool in x86_64-w64-mingw32-gcc x86_64-w64-mingw32-windres; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool not found: install MinGW-w64 for x86_64 (Debian: gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64)." >&2
    exit 1
  fi
done
if ! rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
  rustup target add "$TARGET" >&2
fi

# Messages to stderr, so the caller can take the path from stdout.
cargo build --locked --target "$TARGET" --bin keyguide "${cargo_profile[@]}" >&2

target_dir="${CARGO_TARGET_DIR:-target}"
exe="$target_dir/$TARGET/$profile/keyguide.exe"
[ -f "$exe" ] || { echo "cargo finished but $exe is missing" >&2; exit 1; }
echo "$(cd "$(dirname "$exe")" && pwd)/keyguide.exe"
