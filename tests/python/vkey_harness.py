"""The virtual key as a card in a real pcscd, for the independent client.

A `Card` is one KeyGuide virtual key file, served by `keyguide virtual
serve-vpcd` (a separate process) to the vpcd reader of the pcscd that
tools/test-python-client.sh started in a private namespace. Tests talk to it
only through python-fido2 over pyscard, as they would to a real NFC key.

Replugging the key is restarting the card server: pcscd sees the card leave
and come back, powers it up, and the key's power-up (the reset window, the
"three wrong PINs" block) happens exactly as on a reader.
"""

from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import tempfile
import time

from fido2.ctap2 import Ctap2
from fido2.pcsc import CtapPcscDevice

READER = "Virtual PCD 00 00"
READY_DEADLINE_S = 15.0


class Card:
    def __init__(self, profile: str):
        self.profile = profile
        self.binary = os.environ["KEYGUIDE_BIN"]
        self._dir = tempfile.TemporaryDirectory(prefix="keyguide-pyclient-")
        self.path = pathlib.Path(self._dir.name) / "key.json"
        self._server: subprocess.Popen | None = None
        self._devices: list[CtapPcscDevice] = []
        subprocess.run(
            [self.binary, "virtual", "create", str(self.path), "--profile", profile],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self._start()

    # --- the card server ---

    def _start(self) -> None:
        self._server = subprocess.Popen(
            [self.binary, "virtual", "serve-vpcd", str(self.path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def close_clients(self) -> None:
        """Closes python-fido2's connections, so that another program (the
        KeyGuide command line) can open the card."""
        for device in self._devices:
            try:
                device.close()
            except Exception:  # the card may already be gone
                pass
        self._devices.clear()

    def _stop(self) -> None:
        self.close_clients()
        if self._server is not None:
            self._server.send_signal(signal.SIGTERM)
            try:
                self._server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait()
            self._server = None
        self._wait_until_gone()

    @staticmethod
    def _wait_until_gone() -> None:
        """Waits until pcscd no longer sees a card in the reader."""
        from smartcard.System import readers
        from smartcard.Exceptions import NoCardException, CardConnectionException

        deadline = time.monotonic() + READY_DEADLINE_S
        while time.monotonic() < deadline:
            reader = next((r for r in readers() if r.name == READER), None)
            if reader is None:
                return
            connection = reader.createConnection()
            try:
                connection.connect()
                connection.disconnect()
            except (NoCardException, CardConnectionException):
                return
            time.sleep(0.05)
        raise AssertionError("the card did not leave the reader")

    def replug(self) -> None:
        """Takes the key off the reader and lays it on again (power cycle)."""
        self._stop()
        self._start()

    def close(self) -> None:
        self._stop()
        self._dir.cleanup()

    # --- what a test scripts on the key itself ---

    def state(self) -> dict:
        return json.loads(self.path.read_text())

    def script_uv_matches(self, matches: list[bool]) -> None:
        """The outcome of the next fingerprint matches (True: the finger
        matches). The key is taken off the reader to script it: the file is
        the key's state, and the server keeps it in memory while it runs."""
        self._stop()
        state = self.state()
        state["uv_matches"] = list(matches)
        self.path.write_text(json.dumps(state))
        self._start()

    # --- the independent client ---

    def connect(self) -> Ctap2:
        """A new PC/SC connection and a CTAP2 client on it, once the card
        answers SELECT and getInfo (python-fido2 checks the CBOR is
        canonical: strict_cbor)."""
        deadline = time.monotonic() + READY_DEADLINE_S
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._server is not None and self._server.poll() is not None:
                err = self._server.stderr.read().decode() if self._server.stderr else ""
                raise AssertionError(f"serve-vpcd exited: {err}")
            try:
                for device in CtapPcscDevice.list_devices(READER):
                    self._devices.append(device)
                    return Ctap2(device, strict_cbor=True)
            except Exception as e:  # pcscd still sees the old state
                last_error = e
            time.sleep(0.05)
        raise AssertionError(f"the card was not ready in time: {last_error!r}")
