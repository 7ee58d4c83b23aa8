#!/usr/bin/env bash
# Installs a KeyGuide .deb on this machine, runs the INSTALLED binary
# (--version, then `info` on a fresh virtual key), checks the desktop
# files landed, and removes the package again.
#   tools/check-deb.sh target/debian/keyguide_<version>_<arch>.deb
# Needs root or sudo. It changes the system: a keyguide package installed
# before is replaced and then removed.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 1 ] || { echo "usage: $0 path/to/keyguide_<version>_<arch>.deb" >&2; exit 2; }
deb="$1"
[ -f "$deb" ] || { echo "check-deb: $deb does not exist" >&2; exit 2; }
SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
step() { echo "check-deb: $*"; }

version=$(dpkg-deb --field "$deb" Version)
package=$(dpkg-deb --field "$deb" Package)
[ "$package" = keyguide ] || fail "$deb is package '$package', not keyguide"
work=$(mktemp -d)
installed=0
cleanup() {
  rm -rf "$work"
  # Leave no half-checked package behind when a check fails.
  if ((installed)); then "${SUDO[@]}" dpkg --purge keyguide >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

step "installing $deb (version $version)"
installed=1
# dpkg does not fetch dependencies; when it stops on a missing one, apt
# installs it and finishes configuring the package.
if ! "${SUDO[@]}" dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
  step "dpkg -i stopped (missing dependencies?); running apt-get -f install"
  sed 's/^/  /' "$work/dpkg.log"
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q -f --no-install-recommends \
    >"$work/apt.log" 2>&1 || { sed 's/^/  /' "$work/apt.log" >&2; fail "apt-get -f install failed"; }
fi
status=$(dpkg-query -W -f='${Status} ${Version}' keyguide 2>/dev/null || true)
[ "$status" = "install ok installed $version" ] || fail "keyguide is not installed (dpkg says: '$status')"

[ -x /usr/bin/keyguide ] || fail "/usr/bin/keyguide is missing or not executable"
said=$(/usr/bin/keyguide --version) || fail "/usr/bin/keyguide --version failed"
[ "$said" = "keyguide $version" ] || fail "--version said '$said', expected 'keyguide $version'"
step "/usr/bin/keyguide --version: $said"

/usr/bin/keyguide virtual create "$work/key.json" >/dev/null || fail "keyguide virtual create failed"
[ -s "$work/key.json" ] || fail "keyguide virtual create wrote no key file"
info=$(/usr/bin/keyguide --virtual "$work/key.json" info) || fail "keyguide --virtual … info failed"
# The virtual key names itself, and `info` shows its AAGUID.
grep -q "KeyGuide virtual key" <<<"$info" || fail "info does not name the virtual key: $info"
grep -q "AAGUID" <<<"$info" || fail "info shows no AAGUID: $info"
step "/usr/bin/keyguide --virtual key.json info: $(head -1 <<<"$info")"

for f in /usr/share/applications/io.github.keyguide.KeyGuide.desktop \
         /usr/share/metainfo/io.github.keyguide.KeyGuide.metainfo.xml \
         /usr/lib/udev/rules.d/70-keyguide-fido.rules \
         /usr/share/icons/hicolor/256x256/apps/io.github.keyguide.KeyGuide.png \
         /usr/share/icons/hicolor/scalable/apps/io.github.keyguide.KeyGuide.svg \
         /usr/share/doc/keyguide/copyright; do
  [ -f "$f" ] || fail "$f is missing"
done
# Installed files match the package's md5sums.
"${SUDO[@]}" dpkg --verify keyguide || fail "dpkg --verify found changed files"

step "removing the package"
"${SUDO[@]}" dpkg -r keyguide >"$work/dpkg.log" 2>&1 || { sed 's/^/  /' "$work/dpkg.log" >&2; fail "dpkg -r keyguide failed"; }
installed=0
[ ! -e /usr/bin/keyguide ] || fail "/usr/bin/keyguide is still there after removal"
[ ! -e /usr/lib/udev/rules.d/70-keyguide-fido.rules ] || fail "the udev rule is still there after removal"
# -r keeps the package's record ("rc": its maintainer scripts); purge it.
"${SUDO[@]}" dpkg --purge keyguide >/dev/null 2>&1 || fail "dpkg --purge keyguide failed"
step "OK: $deb installs, runs (keyguide $version, info on a virtual key) and uninstalls"
