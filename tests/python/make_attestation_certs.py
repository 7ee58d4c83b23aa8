"""Makes, once, the virtual key's attestation material: a test CA and one
batch key with a "packed" attestation certificate per built-in profile
(WebAuthn Level 2 §8.2.1: version 3, subject C/O/OU="Authenticator
Attestation"/CN, basicConstraints CA false, the AAGUID in extension
1.3.6.1.4.1.45724.1.1.4, not critical).

The output is committed in crates/keyguide-vkey/data/attestation/ and
compiled into the virtual key; this script only documents how it was made
(ECDSA signatures are randomised, so a re-run makes different bytes).
These keys are public test keys: never trust this CA for anything real.

Run: $(tools/python-env.sh) tests/python/make_attestation_certs.py
"""

import datetime
import hashlib
import pathlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

OUT = pathlib.Path(__file__).resolve().parents[2] / "crates/keyguide-vkey/data/attestation"

# The built-in profiles' AAGUIDs (crates/keyguide-vkey/src/profile.rs).
PROFILES = {
    "bio": b"keyguide-bio\x00\x00\x00\x01",
    "pre": b"keyguide-pre\x00\x00\x00\x01",
    "basic": b"keyguide-bas\x00\x00\x00\x01",
}
AAGUID_OID = x509.ObjectIdentifier("1.3.6.1.4.1.45724.1.1.4")
NOT_BEFORE = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
NOT_AFTER = datetime.datetime(2050, 1, 1, tzinfo=datetime.timezone.utc)


def fixed_key(label: bytes) -> ec.EllipticCurvePrivateKey:
    d = int.from_bytes(hashlib.sha256(label).digest(), "big")
    return ec.derive_private_key(d, ec.SECP256R1())


def name(cn: str, ou: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "KeyGuide test keys"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ou),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ca_key = fixed_key(b"KeyGuide virtual key test CA")
    ca_name = name("KeyGuide Virtual Key Test CA", "Test CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    (OUT / "ca.der").write_bytes(ca.public_bytes(serialization.Encoding.DER))

    batch_key = fixed_key(b"KeyGuide virtual key batch key")
    d = batch_key.private_numbers().private_value.to_bytes(32, "big")
    (OUT / "batch-key.bin").write_bytes(d)
    for serial, (profile, aaguid) in enumerate(PROFILES.items(), start=2):
        cert = (
            x509.CertificateBuilder()
            .subject_name(name(f"KeyGuide virtual key ({profile})", "Authenticator Attestation"))
            .issuer_name(ca_name)
            .public_key(batch_key.public_key())
            .serial_number(serial)
            .not_valid_before(NOT_BEFORE)
            .not_valid_after(NOT_AFTER)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.UnrecognizedExtension(AAGUID_OID, b"\x04\x10" + aaguid), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        (OUT / f"{profile}.der").write_bytes(cert.public_bytes(serialization.Encoding.DER))
        print(profile, aaguid.hex())


if __name__ == "__main__":
    main()
