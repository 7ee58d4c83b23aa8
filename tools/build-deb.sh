#!/usr/bin/env bash
# Builds keyguide_<version>_<arch>.deb with plain dpkg-deb (no cargo-deb).
#   tools/build-deb.sh                  release build (what users get)
#   tools/build-deb.sh --profile dev    packages the debug build (CI: it
#                                       reuses the test build; a release
#                                       build takes ~25 min on 2 cores)
#   --no-build                          package what is already built
#   --out DIR                           where the .deb goes (target/debian)
# Needs dpkg-dev (dpkg-shlibdeps) and binutils (strip). Prints the .deb's
# path on the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
# Modes in the package come from here: files 0644, directories 0755.
umask 022

usage() { echo "usage: $0 [--profile release|dev] [--no-build] [--out DIR]" >&2; exit 2; }
profile=release
build=1
out=target/debian
while (($#)); do
  case "$1" in
    --profile) [ $# -ge 2 ] || usage; profile="$2"; shift 2 ;;
    --out) [ $# -ge 2 ] || usage; out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) usage ;;
    *) usage ;;
  esac
done
case "$profile" in
  release) bin=target/release/keyguide; cargo_args=(--release) ;;
  dev) bin=target/debug/keyguide; cargo_args=() ;;
  *) echo "build-deb: unknown profile '$profile' (release or dev)" >&2; exit 2 ;;
esac
if ((build)); then
  cargo build --locked "${cargo_args[@]}" --bin keyguide
fi
[ -x "$bin" ] || { echo "build-deb: $bin is missing: build it first (or drop --no-build)" >&2; exit 1; }

id=io.github.keyguide.KeyGuide
# The first `version = ` in Cargo.toml is the [package] one.
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
[ -n "$version" ] || { echo "build-deb: no version in Cargo.toml" >&2; exit 1; }
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"
root="$stage/keyguide_${version}_${arch}"

install -Dm755 "$bin" "$root/usr/bin/keyguide"
# Debug info stays out of the package (the dev build carries a lot of it);
# the symbol table stays, so backtraces still name functions.
strip --strip-debug "$root/usr/bin/keyguide"
install -Dm644 "packaging/linux/$id.desktop" "$root/usr/share/applications/$id.desktop"
install -Dm644 "packaging/linux/$id.metainfo.xml" "$root/usr/share/metainfo/$id.metainfo.xml"
icons=$(cd packaging/linux/icons && find hicolor -type f -name "$id.*" | sort)
[ -n "$icons" ] || { echo "build-deb: no icons under packaging/linux/icons (run tools/render-icons.sh)" >&2; exit 1; }
while read -r icon; do
  install -Dm644 "packaging/linux/icons/$icon" "$root/usr/share/icons/$icon"
done <<<"$icons"
install -Dm644 packaging/linux/70-keyguide-fido.rules "$root/usr/lib/udev/rules.d/70-keyguide-fido.rules"
install -Dm644 packaging/linux/copyright "$root/usr/share/doc/keyguide/copyright"
# A native package's changelog (Debian policy 12.7). Its date is the
# release's date from the metainfo, so rebuilding gives the same file.
released=$(sed -n "s/.*<release version=\"$version\" date=\"\([0-9-]*\)\".*/\1/p" \
  "packaging/linux/$id.metainfo.xml" | head -1)
if [ -n "$released" ]; then
  changelog_date=$(LC_ALL=C date -u -R -d "$released 12:00")
else
  changelog_date=$(LC_ALL=C date -u -R)
fi
mkdir -p "$root/usr/share/doc/keyguide"
gzip -9n >"$root/usr/share/doc/keyguide/changelog.gz" <<CHANGELOG
keyguide ($version) unstable; urgency=medium

  * Release $version: https://github.com/keyguide/keyguide/releases

 -- The KeyGuide developers <keyguide@users.noreply.github.com>  $changelog_date
CHANGELOG
chmod 644 "$root/usr/share/doc/keyguide/changelog.gz"

# Shared-library dependencies, as dpkg-shlibdeps finds them. It insists on
# running next to a debian/control, so give it a minimal one in the staging
# directory. If it fails (not Debian, odd libraries), fall back to what the
# binary links today (what dpkg-shlibdeps says on Debian 12): glibc,
# libgcc, PC/SC (NFC readers) and udev (hidraw).
mkdir -p "$stage/debian"
printf 'Source: keyguide\n\nPackage: keyguide\nArchitecture: any\n' >"$stage/debian/control"
if shlibs=$(cd "$stage" && dpkg-shlibdeps -O "keyguide_${version}_${arch}/usr/bin/keyguide" 2>"$stage/shlibdeps.err") \
   && [ -n "${shlibs#shlibs:Depends=}" ]; then
  depends=${shlibs#shlibs:Depends=}
else
  echo "build-deb: dpkg-shlibdeps failed, using a fixed Depends:" >&2
  sed 's/^/  /' "$stage/shlibdeps.err" >&2
  depends="libc6 (>= 2.35), libgcc-s1 (>= 4.2), libpcsclite1 (>= 1.0.0), libudev1 (>= 183)"
fi
rm -rf "$stage/debian" "$stage/shlibdeps.err"

mkdir -p "$root/DEBIAN"
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: keyguide
Version: $version
Architecture: $arch
Maintainer: The KeyGuide developers <keyguide@users.noreply.github.com>
Installed-Size: $installed_kib
Depends: $depends
Recommends: pcscd
Section: utils
Priority: optional
Homepage: https://github.com/keyguide/keyguide
Description: set up and manage FIDO2 security keys
 KeyGuide shows what a security key is (model, firmware, certification),
 sets and changes its PIN, enrolls fingerprints, lists and deletes
 passkeys, changes key settings and resets a key safely, over USB and NFC.
 .
 A guided setup walks through registering the key for a work or school
 account (Microsoft Entra ID). A command-line mode does every operation
 for scripts and IT staff, and a virtual key allows demos and training
 without hardware.
 .
 The package includes a udev rule that lets the user at the seat open
 FIDO security keys. NFC readers need the pcscd service.
CONTROL

# Load the udev rule at once, so a key plugged in after installing works
# (one already plugged in is re-triggered). Never fail where udev does not
# run (containers, chroots): every udev call is allowed to fail.
for script in postinst postrm; do
  cat >"$root/DEBIAN/$script" <<'SCRIPT'
#!/bin/sh
set -e
if command -v udevadm >/dev/null 2>&1; then
  udevadm control --reload-rules >/dev/null 2>&1 || true
  udevadm trigger --subsystem-match=hidraw >/dev/null 2>&1 || true
fi
exit 0
SCRIPT
  chmod 755 "$root/DEBIAN/$script"
done

# md5sums lets `dpkg --verify` (debsums) check the installed files.
(cd "$root" && find usr -type f | sort | xargs md5sum) >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
# Whatever the checkout's permissions were, ship 0755 directories and
# 0644 data files (install -m above set the executables).
find "$root" -type d -exec chmod 755 {} +

mkdir -p "$out"
deb="$out/keyguide_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group "$root" "$deb" >/dev/null
echo "$deb"
