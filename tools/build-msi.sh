#!/usr/bin/env bash
# Builds KeyGuide's Windows installer (an .msi) on Linux with msitools'
# wixl, from packaging/windows/keyguide.wxs, the same definition the WiX
# Toolset builds on Windows. The version is Cargo.toml's. Prints the path
# of the .msi on its last line.
#
#   tools/build-msi.sh [--release] [--exe path/to/keyguide.exe] [-o out.msi]
#
# --msi-version x.y.z packages under another version than Cargo.toml's (the
# Wine test uses it to check that a newer version replaces an older one).
#
# Without --exe it builds keyguide.exe first (tools/build-windows.sh, debug
# unless --release). Installs wixl when missing (Debian: package wixl).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

exe="" out="" msi_version="" build_args=()
while (($#)); do
  case "$1" in
    --release) build_args+=(--release) ;;
    --exe) exe="$2"; shift ;;
    -o) out="$2"; shift ;;
    --msi-version) msi_version="$2"; shift ;;
    *) echo "usage: tools/build-msi.sh [--release] [--exe keyguide.exe] [-o out.msi] [--msi-version x.y.z]" >&2; exit 2 ;;
  esac
  shift
done

if ! command -v wixl >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing: wixl" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wixl >/dev/null
  else
    echo "wixl not found: install msitools' wixl (Debian: wixl; Fedora: msitools)." >&2
    exit 1
  fi
fi

if [ -z "$exe" ]; then
  exe="$(tools/build-windows.sh "${build_args[@]}" | tail -1)"
fi
[ -f "$exe" ] || { echo "no such file: $exe" >&2; exit 1; }
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"

# Cargo.toml's [package] version; Windows Installer versions are numbers
# only (major.minor.build), so a pre-release suffix is dropped.
version="$(sed -n '/^\[package\]/,/^\[/ s/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml | head -1)"
[ -n "$msi_version" ] || msi_version="${version%%[-+]*}"
[[ $msi_version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "cannot read the version in Cargo.toml" >&2; exit 1; }

[ -n "$out" ] || out="$(dirname "$exe")/KeyGuide-$version-x64.msi"
# wixl finds files relative to the .wxs only (it refuses absolute paths).
wxs_dir="$root/packaging/windows"
wixl --arch x64 \
  -D Version="$msi_version" \
  -D ExeSource="$(realpath --relative-to="$wxs_dir" "$exe")" \
  -D RootDir="$(realpath --relative-to="$wxs_dir" "$root")" \
  -o "$out" packaging/windows/keyguide.wxs 2>"$out.log" || { cat "$out.log" >&2; exit 1; }
# wixl warns about attributes it does not know but the WiX Toolset needs
# (InstallPrivileges="limited"; wixl marks a per-user package as needing no
# elevation by itself). Anything else it says is shown.
grep -v -e "no property named 'InstallPrivileges'" -e '^$' "$out.log" >&2 || true
rm -f "$out.log"
echo "$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
