#!/usr/bin/env bash
# The independent-client suite: Yubico's python-fido2 (over pyscard) drives
# KeyGuide's virtual key, served as an NFC card to a real pcscd through the
# vpcd reader, on the profiles bio, pre and basic, and CTAP 2.2 on ctap22
# (tests/python/).
#
# pcscd runs in a private namespace (its own /run/pcscd and loopback), so it
# neither sees nor disturbs another pcscd or card on this machine. Needs root
# (unshare) and the Debian packages pcscd, vsmartcard-vpcd, libpcsclite-dev.
# Prints "N passed, N failed" last and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

profiles=("$@")
[ ${#profiles[@]} -gt 0 ] || profiles=(bio pre basic)

python=$(tools/python-env.sh)
cargo build --locked --quiet --bin keyguide
target=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The target directory may be shared: keep this build's binary.
cp "$target/debug/keyguide" "$work/keyguide"

if ! command -v pcscd >/dev/null || ! grep -qs libifdvpcd /etc/reader.conf.d/*; then
  echo "pcscd and the vpcd reader are needed: install pcscd vsmartcard-vpcd libpcsclite-dev (tools/setup.sh)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
if [ "$(id -u)" != 0 ] || ! unshare --mount --net --pid --fork true 2>/dev/null; then
  echo "a private namespace for pcscd needs root (unshare); not starting one in the shared namespace" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

export KEYGUIDE_BIN="$work/keyguide" PYTHON="$python" PROFILES="${profiles[*]}"
exec unshare --mount --net --pid --fork --mount-proc bash -c '
  set -u
  mkdir -p /run/pcscd && mount -t tmpfs tmpfs /run/pcscd
  ip link set lo up
  pcscd --foreground >/dev/null 2>&1 &
  pcscd_pid=$!
  for _ in $(seq 100); do
    [ -S /run/pcscd/pcscd.comm ] && break
    sleep 0.05
  done
  if [ ! -S /run/pcscd/pcscd.comm ]; then
    echo "pcscd did not start" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  cd tests/python
  "$PYTHON" test_virtual_key.py $PROFILES
  rc=$?
  # CTAP 2.2 on the ctap22 profile (its own summary line follows).
  "$PYTHON" test_ctap22.py || rc=1
  # Large blobs: python-fido2 writes, KeyGuide lists and clears (its own
  # summary line too).
  "$PYTHON" test_large_blobs.py || rc=1
  kill -TERM "$pcscd_pid"
  wait "$pcscd_pid" 2>/dev/null
  exit $rc
'
