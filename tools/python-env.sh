#!/usr/bin/env bash
# Makes (once) the Python environment of the independent client used by the
# conformance tests and the NFC benchmark: python-fido2 and pyscard, pinned
# with hashes in tests/python/requirements.txt. Prints the path of its python.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/py-venv
req=tests/python/requirements.txt
stamp="$venv/.requirements.sha256"
want=$(sha256sum "$req" | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r "$req" >&2
  echo "$want" >"$stamp"
fi
echo "$PWD/$venv/bin/python"
