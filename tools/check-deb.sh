#!/usr/bin/env bash
# Installs a KeyGuide .deb on this machine, runs the INSTALLED binary
# (version, and info on a virtual key), then removes the package again.
#   tools/check-deb.sh target/debian/keyguide_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:?usage: $0 path/to/keyguide.deb}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
fail() { echo "check-deb: $*" >&2; exit 1; }

version=$(dpkg-deb --field "$deb" Version)
# dpkg installs it; apt adds any dependency the machine lacks.
if ! $SUDO dpkg -i "$deb" >/dev/null 2>&1; then
  $SUDO apt-get install -y -qq -f --no-install-recommends >/dev/null || fail "installing $deb failed"
fi
dpkg-query -W -f='${Status}' keyguide | grep -q "install ok installed" || fail "$deb is not installed"
trap '$SUDO dpkg -r keyguide >/dev/null 2>&1 || true' EXIT

[ -x /usr/bin/keyguide ] || fail "/usr/bin/keyguide is not installed"
said=$(/usr/bin/keyguide --version)
[ "$said" = "keyguide $version" ] || fail "--version said '$said', expected 'keyguide $version'"

work=$(mktemp -d)
/usr/bin/keyguide virtual create "$work/key.json" >/dev/null
info=$(/usr/bin/keyguide --virtual "$work/key.json" info)
grep -q "KeyGuide virtual key" <<<"$info" || fail "info did not describe the key: $info"
rm -rf "$work"
for f in /usr/share/applications/io.github.keyguide.KeyGuide.desktop \
         /usr/share/metainfo/io.github.keyguide.KeyGuide.metainfo.xml \
         /usr/lib/udev/rules.d/70-keyguide-fido.rules \
         /usr/share/icons/hicolor/256x256/apps/io.github.keyguide.KeyGuide.png; do
  [ -f "$f" ] || fail "$f is missing"
done

$SUDO dpkg -r keyguide >/dev/null || fail "removing the package failed"
trap - EXIT
[ ! -e /usr/bin/keyguide ] || fail "/usr/bin/keyguide is still there after removal"
echo "check-deb: $deb installs, runs (keyguide $version, info on a virtual key) and uninstalls"
