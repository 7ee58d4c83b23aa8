#!/usr/bin/env bash
# Builds target/debian/keyguide_<version>_<arch>.deb with plain dpkg-deb.
#   tools/build-deb.sh                  release build (what users get)
#   tools/build-deb.sh --profile dev    packages the debug build (CI: it
#                                       reuses the test build; a release
#                                       build takes ~25 min on 2 cores)
#   --no-build                          package what is already built
# Prints the .deb's path on the last line.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
build=1
while (($#)); do
  case "$1" in
    --profile) profile="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: $0 [--profile release|dev] [--no-build]" >&2; exit 2 ;;
  esac
done
case "$profile" in
  release) bin=target/release/keyguide; cargo_args=(--release) ;;
  dev) bin=target/debug/keyguide; cargo_args=() ;;
  *) echo "unknown profile $profile (release or dev)" >&2; exit 2 ;;
esac
if ((build)); then
  cargo build --locked "${cargo_args[@]}" --bin keyguide
fi
[ -x "$bin" ] || { echo "$bin is missing: build it first" >&2; exit 1; }

id=io.github.keyguide.KeyGuide
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
out=target/debian
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/keyguide_${version}_${arch}"

install -Dm755 "$bin" "$root/usr/bin/keyguide"
# Debug symbols stay out of the package (the dev build carries line tables).
strip --strip-debug "$root/usr/bin/keyguide"
install -Dm644 packaging/linux/$id.desktop "$root/usr/share/applications/$id.desktop"
install -Dm644 packaging/linux/$id.metainfo.xml "$root/usr/share/metainfo/$id.metainfo.xml"
(cd packaging/linux/icons && find hicolor -type f) | while read -r icon; do
  install -Dm644 "packaging/linux/icons/$icon" "$root/usr/share/icons/$icon"
done
install -Dm644 packaging/linux/70-keyguide-fido.rules "$root/usr/lib/udev/rules.d/70-keyguide-fido.rules"
install -Dm644 packaging/linux/copyright "$root/usr/share/doc/keyguide/copyright"

# Shared-library dependencies, as dpkg-shlibdeps finds them (it insists on
# a debian/control next to it).
mkdir -p "$stage/debian"
printf 'Source: keyguide\n\nPackage: keyguide\nArchitecture: any\n' >"$stage/debian/control"
if depends=$(cd "$stage" && dpkg-shlibdeps -O "keyguide_${version}_${arch}/usr/bin/keyguide" 2>/dev/null); then
  depends=${depends#shlibs:Depends=}
else
  depends="libc6 (>= 2.36), libgcc-s1, libudev1, libpcsclite1"
fi

installed_kib=$(du -sk "$root" | cut -f1)
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: keyguide
Version: $version
Architecture: $arch
Maintainer: The KeyGuide developers <keyguide@users.noreply.github.com>
Installed-Size: $installed_kib
Depends: $depends
Recommends: pcscd
Suggests: xdg-desktop-portal
Section: utils
Priority: optional
Homepage: https://github.com/keyguide/keyguide
Description: set up and manage FIDO2 security keys
 KeyGuide shows what a security key is (model, firmware, certification),
 sets and changes its PIN, enrolls fingerprints, lists and deletes
 passkeys, changes key settings and resets a key safely, over USB and NFC.
 It guides users through registering a key for a work or school account.
 A command-line mode does every operation for scripts and IT staff.
CONTROL

# udev picks the rule up at once; never fail an install where udev does
# not run (containers, chroots).
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

mkdir -p "$out"
deb="$out/keyguide_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group "$root" "$deb" >/dev/null
echo "$deb"
