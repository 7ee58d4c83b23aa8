#!/usr/bin/env bash
# NFC benchmark (not a test): lists 100 passkeys over 25 sites through a real
# pcscd and the vpcd reader with the `keyguide` binary and with Yubico's
# python-fido2 (pyscard) on the same card in the same run, whole process
# each, median of RUNS; prints the ratio (goal: KeyGuide <= 0.5x), and the
# median time of `keyguide devices` with one card (goal < 50 ms).
#
# Runs in private mount, network and PID namespaces with its own pcscd (root
# and unshare needed), so no other pcscd or card is involved.
#   tools/bench-nfc.sh [path/to/keyguide]   (default: a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}

if [ "${1:-}" != "--inside" ]; then
  bin=${1:-}
  if [ -z "$bin" ]; then
    cargo build --quiet --bin keyguide
    bin="${CARGO_TARGET_DIR:-target}/debug/keyguide"
  fi
  # A private copy: a shared target dir may be rebuilt meanwhile.
  copy=$(mktemp -d)/keyguide
  cp "$bin" "$copy"
  py=$(tools/python-env.sh)
  exec unshare --mount --net --pid --fork --mount-proc "$0" --inside "$copy" "$py"
fi
bin=$2
py=$3
mkdir -p /run/pcscd && mount -t tmpfs tmpfs /run/pcscd
ip link set lo up
work=$(mktemp -d)
pcscd --foreground >"$work/pcscd.log" 2>&1 &

# Waits for a condition with a deadline (in tenths of a second).
wait_for() {
  local what=$1 tenths=$2; shift 2
  for _ in $(seq "$tenths"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  echo "bench-nfc: timed out waiting for $what" >&2
  exit 1
}
wait_for "pcscd" 100 test -S /run/pcscd/pcscd.comm

key=$work/key.json
"$bin" virtual create "$key" >/dev/null
printf '123456\n123456\n' | "$bin" --virtual "$key" --pin-stdin pin set >/dev/null
printf '123456\n' | "$bin" --pin-stdin virtual seed "$key" --passkeys 100 --sites 25 >/dev/null
"$bin" virtual serve-vpcd "$key" >/dev/null &
card_listed() { "$bin" devices --json | grep -q 'Virtual PCD 00 00'; }
wait_for "the card in the reader" 100 card_listed

cat >"$work/list.py" <<'PY'
from fido2.pcsc import CtapPcscDevice
from fido2.ctap2 import Ctap2, ClientPin, CredentialManagement
dev = next(d for d in CtapPcscDevice.list_devices() if "Virtual PCD 00 00" in repr(d))
ctap = Ctap2(dev)
pin = ClientPin(ctap)
token = pin.get_pin_token("123456", ClientPin.PERMISSION.CREDENTIAL_MGMT)
cm = CredentialManagement(ctap, pin.protocol, token)
count = sum(len(cm.enumerate_creds(rp[CredentialManagement.RESULT.RP_ID_HASH]))
            for rp in cm.enumerate_rps())
assert count == 100, count
PY

ms() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {
  for _ in $(seq "$RUNS"); do
    local t0; t0=$(ms)
    "$@" >/dev/null
    echo $(( ($(ms) - t0) / 1000000 ))
  done | median
}
list_keyguide() {
  printf '123456\n' | "$bin" --device 'nfc:Virtual PCD 00 00' --pin-stdin passkeys list --json \
    | grep -o '"credential_id"' | wc -l | grep -qx 100
}
list_python() { "$py" "$work/list.py"; }

kg=$(time_runs list_keyguide)
pyt=$(time_runs list_python)
dev=$(time_runs "$bin" devices)
echo "NFC passkeys list, 100 passkeys over 25 sites, whole process, median of $RUNS:"
echo "  keyguide:      ${kg} ms"
echo "  python-fido2:  ${pyt} ms"
awk -v a="$kg" -v b="$pyt" 'BEGIN { printf "  ratio:         %.2fx (goal <= 0.50x)\n", a / b }'
echo "keyguide devices with one card, median of $RUNS: ${dev} ms (goal < 50 ms)"
