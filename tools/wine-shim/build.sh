#!/usr/bin/env bash
# Builds the test-only bcryptprimitives.dll (see bcryptprimitives.c) into
# the directory given (default: target/wine-shim). Prints the DLL's path.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../target/wine-shim}"
mkdir -p "$out"
dll="$out/bcryptprimitives.dll"
if [ ! -f "$dll" ] || [ "$here/bcryptprimitives.c" -nt "$dll" ]; then
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$dll" "$here/bcryptprimitives.c" -ladvapi32
fi
echo "$dll"
