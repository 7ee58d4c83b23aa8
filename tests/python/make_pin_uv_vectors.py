"""Known-answer vectors for the PIN/UV auth protocols one and two (CTAP 2.1
§6.5.6, §6.5.7), computed by python-fido2's PinProtocolV1 / PinProtocolV2
(and `cryptography` for the ECDH Z), never by KeyGuide's code.

Run once; the output is committed as tests/data/pin_uv_vectors.json and read
by crates/keyguide-ctap/tests/pin_uv_kat.rs (the client) and
crates/keyguide-vkey/tests/pin_uv_kat.rs (the virtual key).

    $(tools/python-env.sh) tests/python/make_pin_uv_vectors.py

The keys, IVs and messages are fixed (derived from labels below), so a re-run
gives the same file: python-fido2 makes its ephemeral key and protocol two's
IV at random, so both are substituted for the fixed ones while it runs.
"""

import hashlib
import json
import pathlib
from unittest import mock

from cryptography.hazmat.primitives.asymmetric import ec

import fido2
from fido2.ctap2 import pin as fido_pin
from fido2.ctap2.pin import PinProtocolV1, PinProtocolV2

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "pin_uv_vectors.json"


def fixed(label: str, n: int = 32) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{label}/{counter}".encode()).digest()
        counter += 1
    return out[:n]


def private_key(label: str) -> ec.EllipticCurvePrivateKey:
    d = int.from_bytes(fixed(label), "big")
    return ec.derive_private_key(d, ec.SECP256R1())


def xy(key: ec.EllipticCurvePrivateKey) -> tuple[bytes, bytes]:
    n = key.public_key().public_numbers()
    return n.x.to_bytes(32, "big"), n.y.to_bytes(32, "big")


def vector(protocol_cls, index: int) -> dict:
    label = f"keyguide pin/uv kat v{protocol_cls.VERSION} #{index}"
    platform = private_key(label + " platform")
    authenticator = private_key(label + " authenticator")
    ax, ay = xy(authenticator)
    px, py = xy(platform)
    protocol = protocol_cls()

    # encapsulate() makes the platform's ephemeral key: give it ours.
    with mock.patch.object(fido_pin.ec, "generate_private_key", return_value=platform):
        key_agreement, shared_secret = protocol.encapsulate({1: 2, 3: -25, -1: 1, -2: ax, -3: ay})
    assert key_agreement[-2] == px and key_agreement[-3] == py
    z = platform.exchange(ec.ECDH(), authenticator.public_key())
    assert protocol.kdf(z) == shared_secret

    # paddedNewPin-sized and pinHash-sized plaintexts alternate.
    plaintext = fixed(label + " plaintext", 64 if index % 2 == 0 else 16)
    iv = fixed(label + " iv", 16) if protocol_cls.VERSION == 2 else None
    if iv is not None:
        with mock.patch.object(fido_pin.os, "urandom", return_value=iv):
            ciphertext = protocol.encrypt(shared_secret, plaintext)
    else:
        ciphertext = protocol.encrypt(shared_secret, plaintext)
    assert protocol.decrypt(shared_secret, ciphertext) == plaintext

    message = fixed(label + " message", 32 + 3 * index)
    token = fixed(label + " token", 32)
    return {
        "protocol": protocol_cls.VERSION,
        "platform_private": platform.private_numbers().private_value.to_bytes(32, "big").hex(),
        "platform_public_x": px.hex(),
        "platform_public_y": py.hex(),
        "authenticator_private": authenticator.private_numbers()
        .private_value.to_bytes(32, "big")
        .hex(),
        "authenticator_public_x": ax.hex(),
        "authenticator_public_y": ay.hex(),
        "z": z.hex(),
        "shared_secret": shared_secret.hex(),
        "plaintext": plaintext.hex(),
        "iv": iv.hex() if iv is not None else None,
        "ciphertext": ciphertext.hex(),
        "message": message.hex(),
        "authenticate_with_shared_secret": protocol.authenticate(shared_secret, message).hex(),
        "token": token.hex(),
        "authenticate_with_token": protocol.authenticate(token, message).hex(),
    }


def main() -> None:
    version = getattr(fido2, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("fido2")
    data = {
        "source": f"python-fido2 {version} PinProtocolV1/PinProtocolV2 "
        "(tests/python/make_pin_uv_vectors.py)",
        "vectors": [vector(cls, i) for cls in (PinProtocolV1, PinProtocolV2) for i in range(3)],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=2) + "\n")
    print(f"{len(data['vectors'])} vectors written to {OUT}")


if __name__ == "__main__":
    main()
