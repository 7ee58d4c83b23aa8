#!/usr/bin/env bash
# Rewrites tools/startup-functions.txt: the functions of the keyguide binary
# that run from launch until `keyguide --demo` sits idle on its first screen.
# tools/link-gcc places them together in release builds (see there for why).
#
# Runs the app under Valgrind's callgrind in Xvfb, on a release build that
# keeps its symbols (its own target directory: another profile means other
# symbol hashes, which the list leaves out anyway). Re-run it when start-up
# changes a lot; a stale list costs memory, never correctness.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
if ! command -v valgrind >/dev/null; then
  echo "This needs Valgrind (Debian: apt-get install valgrind)." >&2
  exit 1
fi
target=target/startup-functions
CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --locked --bin keyguide --target-dir "$target"
binary="$(pwd)/$target/release/keyguide"

source tools/xvfb.sh
start_xvfb 1280x800
# A first run: fresh settings, so the overview shows what a new user sees.
work="$(mktemp -d)"
on_exit() { rm -rf "$work"; }
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" --demangle=no \
  "$binary" --demo >/dev/null 2>"$work/valgrind.log" &
app=$!
xdotool search --sync --onlyvisible --name '^KeyGuide$' >/dev/null
# What the idle first screen runs (its first frames, the key's refresh).
sleep 5
kill -TERM "$app"
wait "$app" 2>/dev/null || true

# Every function callgrind saw run inside the keyguide binary.
python3 - "$work/callgrind.out" "$binary" <<'PY' | tools/link-gcc --normalize | sort -u >tools/startup-functions.txt
import re, sys
path, binary = sys.argv[1], sys.argv[2]
objects, functions, current, seen = {}, {}, None, set()
name = re.compile(r"(c?)(ob|fn)=\((\d+)\)(?: (.*))?")
for line in open(path, errors="replace"):
    m = name.match(line.rstrip("\n"))
    if not m:
        continue
    called, kind, key, text = m.groups()
    table = objects if kind == "ob" else functions
    if text:
        table[key] = text
    if not called and kind == "ob":
        current = objects[key]
    elif not called and kind == "fn" and current == binary:
        function = re.sub(r"'\d+$", "", functions[key])
        if not function.startswith(("0x", "(")):  # unnamed code, "(below main)"
            seen.add(function)
print("\n".join(seen))
PY
echo "tools/startup-functions.txt: $(wc -l <tools/startup-functions.txt) functions"
