#!/usr/bin/env bash
# Dependency policy (deny.toml): licenses, banned crates, sources, and the
# RustSec advisories. Installs cargo-deny if missing. Without access to
# github.com (where the advisory database lives) the advisories check is
# skipped with a message; the others always run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deny >/dev/null || cargo install --locked cargo-deny
cargo deny --locked check licenses bans sources
if git ls-remote --exit-code https://github.com/rustsec/advisory-db HEAD >/dev/null 2>&1; then
  cargo deny --locked check advisories
else
  echo "deny: github.com is not reachable, so the RustSec advisory database cannot be fetched; advisories not checked."
fi
