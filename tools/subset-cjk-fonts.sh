#!/usr/bin/env bash
# Cuts the bundled Japanese and Chinese fonts down to the characters the
# ja-JP and zh-CN messages use, so the app renders them on a machine with no
# CJK fonts (assets/fonts/, loaded by src/app/fonts.rs).
#
# Run it after changing i18n/ja-JP or i18n/zh-CN; tests/i18n.rs fails when a
# character is missing. Needs Debian's fonts-noto-cjk (installed when
# missing, as root) and fonttools from PyPI (into target/tools-venv).
set -euo pipefail
cd "$(dirname "$0")/.."

source_ttc=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
if [ ! -f "$source_ttc" ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y --no-install-recommends fonts-noto-cjk
    else
        echo "Install fonts-noto-cjk (sudo apt-get install fonts-noto-cjk) first." >&2
        exit 1
    fi
fi

venv=target/tools-venv
[ -x "$venv/bin/pyftsubset" ] || {
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'fonttools==4.*'
}

# Every non-ASCII character of a locale's messages, plus the language
# names the language menu shows in every language.
characters() {
    cat i18n/"$1"/*.ftl | python3 -c '
import sys
text = sys.stdin.read() + "日本語简体中文"
print("".join(sorted({c for c in text if ord(c) > 0x7f})))'
}

# Collection indexes in NotoSansCJK-Regular.ttc: 0 is JP, 2 is SC.
subset() {
    local locale=$1 index=$2 out=$3
    "$venv/bin/pyftsubset" "$source_ttc" --font-number="$index" \
        --text="$(characters "$locale")" \
        --layout-features='*' --no-hinting --desubroutinize \
        --output-file="assets/fonts/$out"
    echo "assets/fonts/$out: $(stat -c %s "assets/fonts/$out") bytes"
}

subset ja-JP 0 NotoSansCJKjp-Regular-subset.otf
subset zh-CN 2 NotoSansCJKsc-Regular-subset.otf
cp /usr/share/doc/fonts-noto-cjk/copyright assets/fonts/NOTO-CJK-COPYRIGHT
