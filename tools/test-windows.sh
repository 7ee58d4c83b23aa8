#!/usr/bin/env bash
# KeyGuide on Windows, tested on Linux under Wine: cross-builds keyguide.exe
# (debug), builds the .msi, installs it per user with msiexec in a
# throw-away Wine prefix, runs the installed program (the CLI on a virtual
# key, the app's demo window, the crash window), checks the Windows folders
# and the elevation decision, upgrades, uninstalls, and checks nothing is
# left. Prints "N passed, N failed" and exits non-zero on a failure.
#
# Wine cannot reach security keys (no hid.dll/winscard devices behind it),
# so only the virtual key is used here.
#
# Where Wine cannot be installed (not Debian or Ubuntu, or neither root
# nor sudo), it says so and skips; on Debian or Ubuntu it installs what it
# needs and runs.
#
#   tools/test-windows.sh [--keep] [--update-screenshot]
#     --keep               leave the prefix and the screenshots for a look
#     --update-screenshot  copy the demo window to docs/screenshots/windows-demo.png
set -uo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
keep=false update_screenshot=false
for arg in "$@"; do
  case "$arg" in
    --keep) keep=true ;;
    --update-screenshot) update_screenshot=true ;;
    *) echo "usage: tools/test-windows.sh [--keep] [--update-screenshot]" >&2; exit 2 ;;
  esac
done

# --- what it needs --------------------------------------------------------

PACKAGES=(wine64 wine msitools wixl gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64
  xvfb xdotool imagemagick python3)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo"; else
      echo "Skipping the Windows tests: installing ${missing[*]} needs root or password-less sudo."
      exit 0
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Skipping the Windows tests: install ${missing[*]} (Wine, msitools' wixl, MinGW-w64) first."
    exit 0
  fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null || {
    echo "Installing ${missing[*]} failed." >&2
    exit 1
  }
elif ! command -v dpkg-query >/dev/null 2>&1 && ! command -v wine >/dev/null 2>&1; then
  echo "Skipping the Windows tests: Wine is not installed and this is not Debian or Ubuntu."
  exit 0
fi

# --- results --------------------------------------------------------------

passed=0 failed=0
pass() { echo "ok   - $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL - $1"
  if [ -n "${2:-}" ]; then printf '%s\n' "$2" | head -20 | sed 's/^/       /'; fi
  failed=$((failed + 1))
}
finish() {
  echo "Windows tests: $passed passed, $failed failed ($((SECONDS - started)) s)"
  [ "$failed" -eq 0 ]
  exit $?
}

# --- build ----------------------------------------------------------------

work="$(mktemp -d)"
# Until the virtual screen's own clean-up takes over (on_exit below).
trap 'rm -rf "$work"' EXIT
echo "Building keyguide.exe (debug) ..."
if ! exe="$(tools/build-windows.sh | tail -1)" || [ ! -f "$exe" ]; then
  fail "keyguide.exe cross-builds for x86_64-pc-windows-gnu"
  finish
fi
pass "keyguide.exe cross-builds for x86_64-pc-windows-gnu"

# The resources build.rs embeds, in the resource directory's top level:
# the icon group (type 0x0e), the version information (0x10) and the
# manifest (0x18); the manifest's own text is in the file as it is.
resources="$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n '/The .rsrc Resource Directory/,$p')"
types="$(grep -oE '^[0-9a-f]+   Entry: ID: 0x0000[0-9a-f]{2}' <<<"$resources" | grep -oE '..$' | tr '\n' ' ')"
if [[ $types == *0e* && $types == *10* && $types == *18* ]] &&
  grep -aq 'requestedExecutionLevel level="asInvoker"' "$exe" &&
  grep -aq 'PerMonitorV2' "$exe"; then
  pass "keyguide.exe carries its manifest (asInvoker, PerMonitorV2), icon and version information"
else
  fail "keyguide.exe carries its manifest, icon and version information" "resource types: $types"
fi
version="$(sed -n '/^\[package\]/,/^\[/ s/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml | head -1)"
if grep -aq "name=\"io.github.keyguide.KeyGuide\" version=\"${version%%[-+]*}.0\"" "$exe"; then
  pass "the embedded manifest has Cargo.toml's version (${version%%[-+]*}.0)"
else
  fail "the embedded manifest has Cargo.toml's version"
fi

msi="$work/KeyGuide-$version-x64.msi"
if tools/build-msi.sh --exe "$exe" -o "$msi" >/dev/null && [ -f "$msi" ]; then
  pass "the .msi builds with wixl"
else
  fail "the .msi builds with wixl"
  finish
fi

# A per-user package: no ALLUSERS property, and the summary's Word Count
# says "no elevation needed" (bit 8), so Windows asks for no admin rights.
mkdir -p "$work/msi-streams"
msidump -s -d "$work/msi-streams" "$msi" >/dev/null 2>&1
word_count="$(python3 - "$work/msi-streams/_Streams/"$'\x05'"SummaryInformation" <<'PY'
import struct, sys
d = open(sys.argv[1], "rb").read()
section = struct.unpack_from("<I", d, 44)[0]
_, count = struct.unpack_from("<II", d, section)
for i in range(count):
    pid, offset = struct.unpack_from("<II", d, section + 8 + 8 * i)
    if pid == 15:  # PID_WORDCOUNT
        print(struct.unpack_from("<i", d, section + offset + 4)[0])
PY
)"
properties="$(msiinfo export "$msi" Property)"
if [ -n "$word_count" ] && (((word_count & 8) != 0)) && ! grep -q "^ALLUSERS" <<<"$properties"; then
  pass "the .msi installs per user without elevation (Word Count $word_count, no ALLUSERS)"
else
  fail "the .msi installs per user without elevation" "Word Count: $word_count"$'\n'"$properties"
fi
upgrade="$(msiinfo export "$msi" Upgrade)"
sequence="$(msiinfo export "$msi" InstallExecuteSequence)"
if grep -qi "09F3E6C2-B88D-41EC-A197-9C7B6E059DB9" <<<"$upgrade" &&
  grep -q "^RemoveExistingProducts" <<<"$sequence"; then
  pass "the .msi replaces an older version (UpgradeCode, RemoveExistingProducts)"
else
  fail "the .msi replaces an older version (UpgradeCode, RemoveExistingProducts)" "$upgrade"
fi

shim="$(tools/wine-shim/build.sh "$work/shim" | tail -1)"

# --- a throw-away Windows -------------------------------------------------

export WINEPREFIX="$work/prefix" WINEDEBUG=-all
# No Mono or Gecko download prompts, and no menu entries in the real
# desktop for the shortcuts the installer creates.
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
# shellcheck source=tools/xvfb.sh
source tools/xvfb.sh
on_exit() {
  wineserver -k 2>/dev/null
  if $keep; then echo "Kept: $work"; else rm -rf "$work"; fi
}
start_xvfb 1280x800 || {
  fail "Xvfb starts"
  finish
}

echo "Starting a Wine prefix ..."
timeout 300 wine wineboot --init >/dev/null 2>&1
# Debian's Wine 8.0 makes a Windows 7 prefix; KeyGuide is for Windows 10
# and 11.
timeout 120 wine winecfg /v win10 >/dev/null 2>&1
win_path() { winepath -w "$1" 2>/dev/null; }
unix_path() { winepath -u "$1" 2>/dev/null; }
win_env() { wine cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
appdata="$(unix_path "$(win_env APPDATA)")"
localappdata="$(unix_path "$(win_env LOCALAPPDATA)")"
if [ -d "$appdata" ] && [ -d "$localappdata" ]; then
  pass "the Wine prefix starts (APPDATA $(win_env APPDATA))"
else
  fail "the Wine prefix starts" "APPDATA=$appdata LOCALAPPDATA=$localappdata"
  finish
fi

# Rust's std needs ProcessPrng (bcryptprimitives.dll), which Wine 8.0 lacks:
# the test-only shim goes into this prefix's system folder, where Windows
# 10 and 11 have the real one. It is never part of the .msi.
cp "$shim" "$WINEPREFIX/drive_c/windows/system32/"

# --- install ----------------------------------------------------------------

installdir="$localappdata/Programs/KeyGuide"
startmenu="$appdata/Microsoft/Windows/Start Menu/Programs"
arp_entries() { wine uninstaller --list 2>/dev/null | tr -d '\r' | grep -c "|||KeyGuide$"; }

out="$(timeout 300 wine msiexec /i "$(win_path "$msi")" /qn 2>&1)"
status=$?
if [ $status -eq 0 ] && [ -f "$installdir/keyguide.exe" ] && [ -f "$installdir/LICENSE.txt" ] &&
  [ -f "$installdir/LICENSE-DejaVu-fonts.txt" ] && [ -f "$startmenu/KeyGuide.lnk" ]; then
  pass "msiexec /i /qn installs keyguide.exe, the licenses and the Start menu shortcut for this user"
else
  fail "msiexec /i /qn installs keyguide.exe, the licenses and the Start menu shortcut" \
    "exit $status: $out"$'\n'"$(find "$localappdata/Programs" "$startmenu" 2>&1)"
fi
if [ "$(arp_entries)" = 1 ]; then
  pass "Apps & features lists KeyGuide once"
else
  fail "Apps & features lists KeyGuide once" "$(wine uninstaller --list 2>&1)"
fi
if cmp -s "$exe" "$installdir/keyguide.exe"; then
  pass "the installed keyguide.exe is the one built"
else
  fail "the installed keyguide.exe is the one built"
fi

# --- the CLI, as a script on Windows runs it --------------------------------

kg_exe="$installdir/keyguide.exe"
# kg STDIN ARGS...: runs the installed program; sets $out, $err, $status.
kg() {
  local input=$1
  shift
  printf '%s' "$input" | timeout 120 wine "$kg_exe" "$@" >"$work/stdout" 2>"$work/stderr"
  status=${PIPESTATUS[1]}
  out="$(tr -d '\r' <"$work/stdout")"
  err="$(tr -d '\r' <"$work/stderr")"
}
# json EXPRESSION: evaluates a Python expression on the JSON output `d`.
json() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print($1)" "$out" 2>/dev/null; }

kg "" --version
if [ $status -eq 0 ] && [ "$out" = "keyguide $version" ]; then
  pass "keyguide.exe --version prints \"keyguide $version\""
else
  fail "keyguide.exe --version" "exit $status, out: $out, err: $err"
fi

mkdir -p "$WINEPREFIX/drive_c/keyguide-test"
key='C:\keyguide-test\key.json'
kg "" --language en-US virtual create "$key"
if [ $status -eq 0 ] && [ -s "$WINEPREFIX/drive_c/keyguide-test/key.json" ]; then
  pass "virtual create writes the key file at a Windows path"
else
  fail "virtual create" "exit $status, out: $out, err: $err"
fi

kg "" --language en-US --virtual "$key" info --json
if [ $status -eq 0 ] && [ "$(json "d['pin_set'], d['bio'], 'FIDO_2_1' in d['versions']")" = "False True True" ]; then
  pass "info --json: a FIDO 2.1 key with fingerprints and no PIN"
else
  fail "info --json on a new key" "exit $status, out: $out, err: $err"
fi

kg $'246810\n' --language en-US --virtual "$key" --pin-stdin pin set
if [ $status -eq 0 ]; then
  pass "pin set reads the new PIN from standard input"
else
  fail "pin set --pin-stdin" "exit $status, out: $out, err: $err"
fi

kg $'246810\n' --language en-US --virtual "$key" --pin-stdin info --json
if [ $status -eq 0 ] && [ "$(json "d['pin_set'], d['pin_retries'], d['passkeys_used']")" = "True 8 0" ]; then
  pass "info --json with the PIN: PIN set, 8 attempts, no passkeys"
else
  fail "info --json after pin set" "exit $status, out: $out, err: $err"
fi

kg $'246810\n' --language en-US virtual seed "$key" --passkeys 5 --sites 2 --pin-stdin
if [ $status -eq 0 ]; then
  pass "virtual seed creates 5 passkeys on 2 sites"
else
  fail "virtual seed" "exit $status, out: $out, err: $err"
fi

kg $'246810\n' --language en-US --virtual "$key" --pin-stdin passkeys list --json
if [ $status -eq 0 ] && [ "$(json "d['slots']['used'], len(d['sites'])")" = "5 2" ]; then
  pass "passkeys list --json: 5 passkeys on 2 sites"
else
  fail "passkeys list --json on the seeded key" "exit $status, out: $out, err: $err"
fi

kg $'999999\n' --language en-US --virtual "$key" --pin-stdin passkeys list
if [ $status -eq 1 ] && [ "$err" = "keyguide: Wrong PIN. 7 attempts left." ] && [ -z "$out" ]; then
  pass "a wrong PIN: exit code 1 and \"Wrong PIN. 7 attempts left.\""
else
  fail "a wrong PIN" "exit $status, out: $out, err: $err"
fi

# --- the Windows folders, and the facts the elevation decision uses ----------

logdir="$appdata/keyguide/KeyGuide/data/logs"
log="$(ls "$logdir"/keyguide.*.log 2>/dev/null | tail -1)"
if [ -n "$log" ] && grep -q 'command="Info"\|command=Info' "$log" &&
  grep -q "command failed: PinInvalid" "$log" && ! grep -q "246810\|999999" "$log"; then
  pass "the log file is in %APPDATA%\\keyguide\\KeyGuide\\data\\logs, records the commands, and holds no PIN"
else
  fail "the log file in %APPDATA%" "$(find "$appdata/keyguide" 2>&1; tail -5 "$log" 2>&1)"
fi

# Every run logs "Windows windows_build=N elevated=B fido_access=A": the
# build from RtlGetVersion, the process token's elevation, and the
# decision (src/platform/elevation.rs), which must follow from the two.
# The build is set in the prefix's registry, where Wine's RtlGetVersion
# reads it. Wine runs every program as administrator (elevated=true), so
# the "Restart as administrator" branch is covered by the unit tests only.
nt='HKLM\Software\Microsoft\Windows NT\CurrentVersion'
for build in 19045 17763; do
  wine reg add "$nt" /v CurrentBuildNumber /d "$build" /f >/dev/null 2>&1
  wine reg add "$nt" /v CurrentBuild /d "$build" /f >/dev/null 2>&1
  kg "" virtual create "C:\keyguide-test\probe-$build.json"
  facts="$(grep -o 'windows_build=[0-9]* elevated=[a-z]* fido_access=[A-Za-z]*' "$log" | tail -1)"
  elevated="$(sed -n 's/.*elevated=\([a-z]*\).*/\1/p' <<<"$facts")"
  expected=NotNeeded
  if ((build >= 18362)) && [ "$elevated" = false ]; then expected=RestartAsAdministrator; fi
  name="Windows 10 22H2 (build 19045)"
  [ "$build" = 17763 ] && name="Windows 10 1809 (build 17763)"
  if [ "$facts" = "windows_build=$build elevated=$elevated fido_access=$expected" ]; then
    pass "$name: the app reads the build, elevated=$elevated, and decides $expected"
  else
    fail "$name: the version check and the elevation decision" "logged: $facts"
  fi
done

# The settings file in %APPDATA%: its language is the CLI's too.
mkdir -p "$appdata/keyguide/KeyGuide/config"
printf '{ "language": "de-DE" }\n' >"$appdata/keyguide/KeyGuide/config/settings.json"
kg $'999999\n' --virtual "$key" --pin-stdin passkeys list
if [ $status -eq 1 ] && [[ $err == "keyguide: Falsche PIN."* ]]; then
  pass "the settings in %APPDATA%\\keyguide\\KeyGuide\\config are read (German: \"${err#keyguide: }\")"
else
  fail "the settings file in %APPDATA%" "exit $status, err: $err"
fi
rm -f "$appdata/keyguide/KeyGuide/config/settings.json"

# --- the app's window -------------------------------------------------------

# Text on screen: glyphs are many small dark blobs. Counts the connected
# components of 4 to 400 pixels in the black-and-white image.
glyph_count() {
  convert "$1" -colorspace gray -threshold 60% -negate \
    -define connected-components:verbose=true -connected-components 8 null: 2>/dev/null |
    awk 'NR > 1 && $5 ~ /255|white/ { area = $4 + 0; if (area >= 4 && area <= 400) n++ } END { print n + 0 }'
}
# wait_for_text WINDOW_NAME PNG: waits until the window shows text, at most
# 120 s; the first frame of a fresh prefix takes a while.
wait_for_text() {
  local name=$1 png=$2 deadline=$((SECONDS + 120)) id
  id="$(timeout 120 xdotool search --sync --onlyvisible --name "$name" 2>/dev/null | head -1)"
  [ -n "$id" ] || return 1
  while ((SECONDS < deadline)); do
    if import -window "$id" "$png" 2>/dev/null && (($(glyph_count "$png") >= 100)); then
      return 0
    fi
    sleep 0.5
  done
  return 1
}

wine "$kg_exe" --demo --language en-US --theme light >/dev/null 2>&1 &
demo_pid=$!
shot="$work/windows-demo.png"
if wait_for_text '^KeyGuide$' "$shot"; then
  pass "the demo window opens and draws its text ($(glyph_count "$shot") glyphs)"
  if $update_screenshot; then cp "$shot" docs/screenshots/windows-demo.png; fi
else
  fail "the demo window opens and draws its text" "glyphs: $(glyph_count "$shot" 2>/dev/null)"
fi
kill "$demo_pid" 2>/dev/null
wineserver -k 2>/dev/null
wineserver -w 2>/dev/null

# The crash window: a panic at start-up starts `keyguide --crash-dialog`.
timeout 120 wine "$kg_exe" --debug-panic --language en-US >/dev/null 2>&1
panic_status=$?
crash_shot="$work/crash.png"
if [ $panic_status -ne 0 ] && wait_for_text '^KeyGuide stopped$' "$crash_shot" &&
  grep -q "KeyGuide stopped: panicked at" "$log" &&
  grep -q "^--debug-panic: a deliberate crash" "$log"; then
  pass "a crash is logged and opens the \"KeyGuide stopped\" window"
else
  fail "the crash window" "exit $panic_status; $(tail -3 "$log")"
fi
wineserver -k 2>/dev/null
wineserver -w 2>/dev/null

# --- upgrade, then uninstall -----------------------------------------------

newer="$work/KeyGuide-newer.msi"
major="${version%%.*}"
if tools/build-msi.sh --exe "$exe" --msi-version "$((major + 1)).0.0" -o "$newer" >/dev/null &&
  timeout 300 wine msiexec /i "$(win_path "$newer")" /qn >/dev/null 2>&1 &&
  [ "$(arp_entries)" = 1 ] && [ -f "$kg_exe" ]; then
  pass "a newer version's .msi replaces the installed one (one entry left)"
else
  fail "a newer version replaces the installed one" "$(wine uninstaller --list 2>&1)"
fi
out="$(timeout 300 wine msiexec /i "$(win_path "$msi")" /qn 2>&1)"
if [ $? -ne 0 ] && [ "$(arp_entries)" = 1 ]; then
  pass "installing the older version over the newer one is refused"
else
  fail "installing the older version over the newer one is refused" "$out"
fi

out="$(timeout 300 wine msiexec /x "$(win_path "$newer")" /qn 2>&1)"
status=$?
left="$(find "$installdir" "$startmenu/KeyGuide.lnk" 2>/dev/null)"
if [ $status -eq 0 ] && [ -z "$left" ] && [ ! -e "$localappdata/Programs" ] &&
  [ "$(arp_entries)" = 0 ] && ! wine reg query 'HKCU\Software\KeyGuide' >/dev/null 2>&1; then
  pass "msiexec /x removes the program, the shortcut, its registry values and the uninstall entry"
else
  fail "msiexec /x removes everything it installed" "exit $status: $out"$'\n'"left: $left"
fi

finish
