"""Large blobs (CTAP 2.1 §6.10) on the virtual key's `ctap22` profile, with
two independent parties: python-fido2 (2.2.1, its LargeBlobs class) writes
and reads the store as a site's client would, and KeyGuide's own command
line reads and clears it through the same pcscd, as a user would.

Run by tools/test-python-client.sh:

    test_large_blobs.py

Prints "N passed, N failed" last; a skipped test counts as failed.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import unittest

from fido2.ctap import CtapError
from fido2.ctap2.blob import LargeBlobs
from fido2.ctap2.credman import CredentialManagement
from fido2.ctap2.pin import ClientPin

from vkey_harness import READER, Card

ERR = CtapError.ERR
PERM = ClientPin.PERMISSION
# The ctap22 profile refuses simple PINs: its complexity policy.
PIN = "482916"
ES256 = [{"type": "public-key", "alg": -7}]
EMPTY_ARRAY = bytes.fromhex("8076be8b528d0075f7aae98d6fa57a6d3c")


class LargeBlobTests(unittest.TestCase):
    def setUp(self) -> None:
        self.card = Card("ctap22")
        self.ctap = self.card.connect()
        self.pin = ClientPin(self.ctap)
        self.pin.set_pin(PIN)

    def tearDown(self) -> None:
        self.card.close()

    def passkey_with_blob_key(self, site: str, name: str) -> bytes:
        token = self.pin.get_pin_token(PIN, PERM.MAKE_CREDENTIAL, site)
        client_data_hash = hashlib.sha256(f"register {site}".encode()).digest()
        response = self.ctap.make_credential(
            client_data_hash,
            {"id": site, "name": site},
            {"id": name.encode(), "name": name, "displayName": name},
            ES256,
            extensions={"largeBlobKey": True},
            options={"rk": True},
            pin_uv_param=self.pin.protocol.authenticate(token, client_data_hash),
            pin_uv_protocol=self.pin.protocol.VERSION,
        )
        self.assertIsNotNone(response.large_blob_key)
        self.assertEqual(len(response.large_blob_key), 32)
        return response.large_blob_key

    def blobs(self, permissions=PERM.LARGE_BLOB_WRITE) -> LargeBlobs:
        token = self.pin.get_pin_token(PIN, permissions)
        return LargeBlobs(self.ctap, self.pin.protocol, token)

    def keyguide(self, *args: str) -> subprocess.CompletedProcess:
        """KeyGuide's command line on the same card (python-fido2's
        connection is closed first: a card has one reader at a time)."""
        self.card.close_clients()
        return subprocess.run(
            [os.environ["KEYGUIDE_BIN"], "--language", "en-US", "--device", f"nfc:{READER}",
             "--pin-stdin", *args],
            input=f"{PIN}\n".encode(),
            capture_output=True,
            timeout=60,
        )

    def test_the_store_starts_empty_and_says_its_size(self):
        self.assertTrue(LargeBlobs.is_supported(self.ctap.info))
        self.assertGreaterEqual(self.ctap.info.max_large_blob, 1024)
        self.assertEqual(self.ctap.large_blobs(0, get=100)[1], EMPTY_ARRAY)

    def test_keyguide_names_the_passkey_python_fido2_stored_a_blob_for_and_clears_it(self):
        key = self.passkey_with_blob_key("bank.example", "alice")
        self.passkey_with_blob_key("mail.example", "bob")
        self.blobs().put_blob(key, b"alice's certificate" * 20)

        listed = self.keyguide("blobs", "list", "--json")
        self.assertEqual(listed.returncode, 0, listed.stderr.decode())
        report = json.loads(listed.stdout)
        self.assertEqual(report["entries"], 1)
        self.assertEqual(report["unowned_entries"], 0)
        self.assertEqual(
            [(p["rp_id"], p["user_name"], p["entries"]) for p in report["passkeys"]],
            [("bank.example", "alice", 1)],
        )
        self.assertEqual(report["max_bytes"], self.ctap.info.max_large_blob)
        self.assertGreater(report["used_bytes"], len(EMPTY_ARRAY))

        cleared = self.keyguide("blobs", "clear", "--yes")
        self.assertEqual(cleared.returncode, 0, cleared.stderr.decode())
        self.ctap = self.card.connect()
        self.pin = ClientPin(self.ctap)
        self.assertEqual(self.ctap.large_blobs(0, get=100)[1], EMPTY_ARRAY)
        self.assertIsNone(LargeBlobs(self.ctap).get_blob(key))

    def test_a_write_needs_the_lbw_permission(self):
        self.assertRaisesCtap(
            ERR.PUAT_REQUIRED, LargeBlobs(self.ctap).write_blob_array, []
        )
        self.assertRaisesCtap(
            ERR.PIN_AUTH_INVALID, self.blobs(PERM.CREDENTIAL_MGMT).write_blob_array, []
        )
        self.blobs().write_blob_array([])  # with lbw

    def test_a_wrong_checksum_is_refused_and_the_old_array_kept(self):
        token = self.pin.get_pin_token(PIN, PERM.LARGE_BLOB_WRITE)
        data = b"\x80" + b"\x00" * 16
        msg = b"\xff" * 32 + b"\x0c\x00" + (0).to_bytes(4, "little") + hashlib.sha256(data).digest()
        self.assertRaisesCtap(
            ERR.INTEGRITY_FAILURE,
            self.ctap.large_blobs,
            0,
            set=data,
            length=len(data),
            pin_uv_protocol=self.pin.protocol.VERSION,
            pin_uv_param=self.pin.protocol.authenticate(token, msg),
        )
        self.assertEqual(self.ctap.large_blobs(0, get=100)[1], EMPTY_ARRAY)

    def test_large_blob_key_needs_a_discoverable_credential(self):
        token = self.pin.get_pin_token(PIN, PERM.MAKE_CREDENTIAL, "shop.example")
        client_data_hash = hashlib.sha256(b"register shop").digest()
        self.assertRaisesCtap(
            ERR.INVALID_OPTION,
            self.ctap.make_credential,
            client_data_hash,
            {"id": "shop.example", "name": "shop"},
            {"id": b"carol", "name": "carol"},
            ES256,
            extensions={"largeBlobKey": True},
            pin_uv_param=self.pin.protocol.authenticate(token, client_data_hash),
            pin_uv_protocol=self.pin.protocol.VERSION,
        )

    def test_third_party_payment_is_kept_and_reported_when_listing(self):
        """CTAP 2.2's thirdPartyPayment extension: a passkey made with it is
        reported with member 0x0C true when credentials are enumerated, one
        made without it false. (Not a large blob; the same ctap22 card.)"""
        self.assertIn("thirdPartyPayment", self.ctap.info.extensions)
        for site, name, tpp in [("pay.example", "dana", True), ("news.example", "eve", False)]:
            token = self.pin.get_pin_token(PIN, PERM.MAKE_CREDENTIAL, site)
            client_data_hash = hashlib.sha256(f"register {site}".encode()).digest()
            self.ctap.make_credential(
                client_data_hash,
                {"id": site, "name": site},
                {"id": name.encode(), "name": name, "displayName": name},
                ES256,
                extensions={"thirdPartyPayment": True} if tpp else None,
                options={"rk": True},
                pin_uv_param=self.pin.protocol.authenticate(token, client_data_hash),
                pin_uv_protocol=self.pin.protocol.VERSION,
            )
        token = self.pin.get_pin_token(PIN, PERM.CREDENTIAL_MGMT)
        credman = CredentialManagement(self.ctap, self.pin.protocol, token)
        seen = {}
        for rp in credman.enumerate_rps():
            rp_id = rp[CredentialManagement.RESULT.RP]["id"]
            for cred in credman.enumerate_creds(rp[CredentialManagement.RESULT.RP_ID_HASH]):
                seen[rp_id] = cred.get(CredentialManagement.RESULT.THIRD_PARTY_PAYMENT)
        self.assertEqual(seen, {"pay.example": True, "news.example": False})

    def assertRaisesCtap(self, code, fn, *args, **kwargs) -> None:
        with self.assertRaises(CtapError) as caught:
            fn(*args, **kwargs)
        self.assertEqual(caught.exception.code, code, f"expected {code!r}")


def main() -> int:
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    bad = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    bad += len(result.skipped)
    print(f"{result.testsRun - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
