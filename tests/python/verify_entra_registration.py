"""Checks a registration body written by `keyguide entra register` the way a
relying party does, with an implementation that is not ours: Yubico's
python-fido2 `Fido2Server` verifies it against the creation options the body
answers (type webauthn.create, challenge, origin, rp id hash, user present
and verified flags), and `PackedAttestation` verifies the packed attestation
statement's signature over authData and the clientDataHash (WebAuthn L2
§8.2). Microsoft Graph accepts only "packed" or "none" attestation
(authentication-post-fido2methods, Microsoft Learn); Entra's policies that
enforce attestation need "packed".

    verify_entra_registration.py OPTIONS.json BODY.json

Prints one JSON line describing the verified credential; exits non-zero
with the verifier's reason otherwise. Run by tests/entra_register.rs.
"""

from __future__ import annotations

import json
import sys

from fido2.attestation import PackedAttestation
from fido2.server import Fido2Server
from fido2.utils import websafe_decode, websafe_encode
from fido2.webauthn import (
    AttestationConveyancePreference,
    AttestationObject,
    PublicKeyCredentialRpEntity,
    UserVerificationRequirement,
)


def verify_packed(attestation_object: AttestationObject, client_data_hash: bytes) -> None:
    if attestation_object.fmt != "packed":
        raise ValueError(f"attestation format {attestation_object.fmt!r}, not 'packed'")
    PackedAttestation().verify(
        attestation_object.att_stmt, attestation_object.auth_data, client_data_hash
    )


def main(options_path: str, body_path: str) -> int:
    with open(options_path, encoding="utf-8") as f:
        options = json.load(f)
    # Graph's beta answer may wrap the options in "value".
    options = options.get("value", options)
    public_key = options["publicKey"]
    with open(body_path, encoding="utf-8") as f:
        body = json.load(f)
    credential = body["publicKeyCredential"]

    rp = public_key["rp"]
    server = Fido2Server(
        PublicKeyCredentialRpEntity(id=rp["id"], name=rp.get("name", rp["id"])),
        attestation=AttestationConveyancePreference.DIRECT,
        verify_attestation=verify_packed,
    )
    # The state register_begin would have kept: the challenge Graph issued.
    state = {
        "challenge": public_key["challenge"],
        "user_verification": UserVerificationRequirement.REQUIRED,
    }
    auth_data = server.register_complete(
        state,
        {
            "id": credential["id"],
            "rawId": credential["id"],
            "type": "public-key",
            "response": credential["response"],
        },
    )
    data = auth_data.credential_data
    if data is None:
        raise ValueError("no attested credential data")
    if websafe_encode(data.credential_id) != credential["id"]:
        raise ValueError("publicKeyCredential.id is not the attested credential id")
    print(
        json.dumps(
            {
                "verified": True,
                "fmt": AttestationObject(
                    websafe_decode(credential["response"]["attestationObject"])
                ).fmt,
                "aaguid": str(data.aaguid),
                "user_verified": auth_data.is_user_verified(),
                "display_name": body.get("displayName"),
            }
        )
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    try:
        sys.exit(main(sys.argv[1], sys.argv[2]))
    except Exception as e:  # noqa: BLE001 - the reason is the output
        print(f"not verified: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
