"""CTAP 2.2 on the virtual key's `ctap22` profile, driven by an independent
client: python-fido2 (2.2, which knows the CTAP 2.2 getInfo members and the
pcmr permission) over pyscard, through a real pcscd and the vpcd reader.

Run by tools/test-python-client.sh after test_virtual_key.py:

    test_ctap22.py

Prints "N passed, N failed" last; a skipped test counts as failed.
"""

from __future__ import annotations

import hashlib
import sys
import unittest

from fido2.ctap import CtapError
from fido2.ctap2.credman import CredentialManagement
from fido2.ctap2.pin import ClientPin

from vkey_harness import Card

ERR = CtapError.ERR
PERM = ClientPin.PERMISSION
# The profile refuses simple PINs ("123456", "1111"): its complexity policy.
PIN = "482916"
ES256 = [{"type": "public-key", "alg": -7}]


class Ctap22Test(unittest.TestCase):
    def setUp(self) -> None:
        self.card = Card("ctap22")
        self.ctap = self.card.connect()

    def tearDown(self) -> None:
        self.card.close()

    def assertCtapError(self, code, fn, *args, **kwargs) -> None:
        with self.assertRaises(CtapError) as caught:
            fn(*args, **kwargs)
        self.assertEqual(caught.exception.code, code, f"expected {code!r}")

    def make_passkey(self, site: str, name: str) -> None:
        client = ClientPin(self.ctap)
        token = client.get_pin_token(PIN, PERM.MAKE_CREDENTIAL, site)
        client_data_hash = hashlib.sha256(f"register {site} {name}".encode()).digest()
        self.ctap.make_credential(
            client_data_hash,
            {"id": site, "name": site},
            {"id": name.encode(), "name": name, "displayName": name},
            ES256,
            options={"rk": True},
            pin_uv_param=client.protocol.authenticate(token, client_data_hash),
            pin_uv_protocol=client.protocol.VERSION,
        )


class GetInfo22(Ctap22Test):
    def test_python_fido2_reads_every_2_2_member(self):
        info = self.ctap.info
        self.assertIn("FIDO_2_2", info.versions)
        self.assertEqual(info.attestation_formats, ["packed"])
        self.assertEqual(info.uv_count_since_pin, 0)
        self.assertTrue(info.long_touch_for_reset)
        # IV (16) || one AES block: a 16-byte identifier.
        self.assertEqual(len(info.enc_identifier), 32)
        self.assertEqual(sorted(info.transports_for_reset), sorted(info.transports))
        self.assertTrue(info.pin_complexity_policy)
        self.assertEqual(
            info.pin_complexity_policy_url,
            b"https://example.com/keyguide-virtual-key/pin-policy",
        )
        self.assertEqual(info.max_pin_length, 63)
        self.assertEqual(info.authenticator_config_commands, [2, 3])
        self.assertIs(info.options.get("perCredMgmtRO"), True)

    def test_a_simple_pin_breaks_the_policy(self):
        client = ClientPin(self.ctap)
        self.assertCtapError(ERR.PIN_POLICY_VIOLATION, client.set_pin, "123456")
        self.assertCtapError(ERR.PIN_POLICY_VIOLATION, client.set_pin, "5555")
        client.set_pin(PIN)


class PersistentToken(Ctap22Test):
    def test_the_identifier_is_stable_across_a_replug(self):
        ClientPin(self.ctap).set_pin(PIN)
        token = ClientPin(self.ctap).get_pin_token(PIN, PERM.PERSISTENT_CREDENTIAL_MGMT)
        first = self.ctap.get_info()
        identifier = first.get_identifier(token)
        self.assertEqual(len(identifier), 16)
        self.assertEqual(identifier.hex(), self.card.state()["identifier"])

        self.card.replug()
        self.ctap = self.card.connect()
        again = self.ctap.get_info()
        self.assertNotEqual(again.enc_identifier, first.enc_identifier, "a fresh IV")
        self.assertEqual(again.get_identifier(token), identifier)

    def test_the_token_lists_passkeys_after_a_replug_but_deletes_nothing(self):
        ClientPin(self.ctap).set_pin(PIN)
        self.make_passkey("one.example.com", "alex")
        self.make_passkey("two.example.com", "sam")
        client = ClientPin(self.ctap)
        token = client.get_pin_token(PIN, PERM.PERSISTENT_CREDENTIAL_MGMT)

        self.card.replug()
        self.ctap = self.card.connect()
        credman = CredentialManagement(self.ctap, client.protocol, token)
        self.assertEqual(credman.get_metadata()[CredentialManagement.RESULT.EXISTING_CRED_COUNT], 2)
        rps = credman.enumerate_rps()
        self.assertEqual(len(rps), 2)
        creds = credman.enumerate_creds(rps[0][CredentialManagement.RESULT.RP_ID_HASH])
        cred_id = creds[0][CredentialManagement.RESULT.CREDENTIAL_ID]
        self.assertCtapError(ERR.PIN_AUTH_INVALID, credman.delete_cred, cred_id)
        self.assertEqual(len(self.card.state()["credentials"]), 2)

    def test_pcmr_only_alone(self):
        ClientPin(self.ctap).set_pin(PIN)
        self.assertCtapError(
            ERR.UNAUTHORIZED_PERMISSION,
            ClientPin(self.ctap).get_pin_token,
            PIN,
            PERM.PERSISTENT_CREDENTIAL_MGMT | PERM.CREDENTIAL_MGMT,
        )

    def test_a_pin_change_ends_the_token(self):
        ClientPin(self.ctap).set_pin(PIN)
        client = ClientPin(self.ctap)
        token = client.get_pin_token(PIN, PERM.PERSISTENT_CREDENTIAL_MGMT)
        credman = CredentialManagement(self.ctap, client.protocol, token)
        credman.get_metadata()
        ClientPin(self.ctap).change_pin(PIN, "739150")
        self.assertCtapError(ERR.PIN_AUTH_INVALID, credman.get_metadata)


def main() -> int:
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    bad = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    bad += len(result.skipped)
    print(f"{result.testsRun - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
