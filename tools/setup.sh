#!/usr/bin/env bash
# Installs what building and testing KeyGuide needs. On Debian or Ubuntu it
# installs the missing system packages itself (as root, or through sudo);
# elsewhere it says what to install. Safe to run again: it only installs
# what is missing.
set -euo pipefail

# Build: pkg-config + the C libraries of the USB (udev) and smart-card (PC/SC)
# crates. Run and test: a virtual X server, screenshots, the PC/SC daemon
# with its virtual reader, fonts. Packaging checks: AppStream and desktop
# file validators, dpkg-shlibdeps. strace: the no-network test. Python (venv,
# headers, swig, gcc): the independent client python-fido2 with pyscard
# (tools/python-env.sh).
PACKAGES=(
  pkg-config libudev-dev libpcsclite-dev libclang-dev
  libxkbcommon-x11-0 libxkbcommon-dev
  xvfb xdotool imagemagick
  pcscd vsmartcard-vpcd
  fonts-dejavu-core
  appstream desktop-file-utils dpkg-dev
  strace
  python3-venv python3-dev swig gcc
)

if ! command -v cargo >/dev/null 2>&1; then
  echo "KeyGuide needs Rust (cargo). Install it from https://rustup.rs and run this again." >&2
  exit 1
fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  cat >&2 <<'MSG'
Not a Debian or Ubuntu system: install these yourself if the build fails:
  Fedora:  sudo dnf install pkgconf-pkg-config systemd-devel pcsc-lite-devel libxkbcommon-x11
  Arch:    sudo pacman -S pkgconf systemd-libs pcsclite libxkbcommon-x11
  macOS:   nothing extra (PC/SC and HID come with the system)
MSG
fi
