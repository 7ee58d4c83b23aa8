#!/usr/bin/env bash
# Runs every test (the README's test command; CI runs exactly this).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh

# The device layer (crates/keyguide-ctap) cannot use the UI toolkit, the
# translations or the catalog: its Cargo.toml does not depend on them, so the
# compiler refuses it.

cargo fmt --all -- --check
cargo test --locked --workspace --all-targets

# The virtual key driven by an independent client: python-fido2 over a real
# pcscd and vpcd, in a private namespace, on three profiles.
tools/test-python-client.sh bio pre basic

# Dependencies: licenses, bans, sources, and advisories where the RustSec
# database can be reached (deny.toml).
tools/deny.sh
tools/audit-python.sh  # the tests' Python packages against PyPI's vulnerability service

# Packaging: the Linux metadata validates, the .deb installs and runs.
appstreamcli validate --no-net packaging/linux/io.github.keyguide.KeyGuide.metainfo.xml
desktop-file-validate packaging/linux/io.github.keyguide.KeyGuide.desktop
cargo build --locked --bin keyguide
deb=$(tools/build-deb.sh --profile dev --no-build | tail -1)
if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
  tools/check-deb.sh "$deb"
else
  echo "Skipping the .deb install check: it needs root or password-less sudo."
fi

# Windows: keyguide.exe and the .msi, built, installed and run under Wine.
tools/test-windows.sh
