"""Known-answer vectors for encIdentifier (CTAP 2.2 §6.4), computed with the
`cryptography` package (HKDF-SHA-256, AES-128-CBC), never by KeyGuide's code,
and cross-checked with python-fido2's own `Info.get_identifier`.

The derivation: key = HKDF-SHA-256(salt = 32 zero bytes, IKM =
persistentPinUvAuthToken, info = "encIdentifier", L = 16); encIdentifier =
IV || AES-128-CBC(key, IV, identifier).

The printed hex constants are pasted into
tests/ctap22.rs. Run:

    $(tools/python-env.sh) tests/python/make_enc_identifier_vectors.py

The inputs are fixed (SHA-256 of labels), so a re-run prints the same values.
"""

import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fido2.ctap2.base import Info


def fixed(label: str, n: int) -> bytes:
    return hashlib.sha256(label.encode()).digest()[:n]


def encrypt(token: bytes, info: bytes, iv: bytes, plaintext: bytes) -> bytes:
    key = HKDF(algorithm=hashes.SHA256(), length=16, salt=b"\0" * 32, info=info).derive(token)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(plaintext) + enc.finalize()


for case in ("one", "two"):
    token = fixed(f"keyguide persistent token {case}", 32)
    iv = fixed(f"keyguide encIdentifier iv {case}", 16)
    identifier = fixed(f"keyguide identifier {case}", 16)
    enc = encrypt(token, b"encIdentifier", iv, identifier)
    # python-fido2 decrypts it back to the identifier.
    info = Info.from_dict({1: ["FIDO_2_2"], 3: b"\0" * 16, 0x19: enc})
    assert info.get_identifier(token) == identifier
    print(f"case {case}")
    print(f"  token      {token.hex()}")
    print(f"  identifier {identifier.hex()}")
    print(f"  encIdentifier {enc.hex()}")
