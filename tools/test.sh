#!/usr/bin/env bash
# Runs every test (the README's test command; CI runs exactly this).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh

# The device layer must not know the UI toolkit.
if grep -rnE '\biced(_[a-z]+)?::|use iced' src/device; then
  echo "src/device must not use iced" >&2
  exit 1
fi

cargo fmt --all -- --check
cargo test --locked --all-targets
