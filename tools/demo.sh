#!/usr/bin/env bash
# Opens KeyGuide on its built-in virtual key: try every screen without a key.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cargo run --release --locked -- --demo "$@"
