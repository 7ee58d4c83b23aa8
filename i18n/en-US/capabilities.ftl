# What newer keys (CTAP 2.2) tell about themselves: `keyguide info` and the
# passkey list without the PIN.
capabilities-max-pin-length = Maximum PIN length
capabilities-pin-rules = PIN rules
capabilities-pin-policy = The key has its own rules for PINs, beyond the length
capabilities-pin-policy-with-url = The key has its own rules for PINs, beyond the length: { $url }
capabilities-reset = Reset
capabilities-reset-long-touch = needs a long touch (keep your finger on the key for several seconds)
capabilities-reset-transports = Reset allowed over
capabilities-attestation-formats = Attestation formats
capabilities-uv-count = Fingerprint unlocks since the last PIN
capabilities-read-only-listing = The passkey list can be read without asking for the PIN again
capabilities-key-identifier = Key identity
capabilities-passkeys-remembered = Listed without asking for your PIN again: KeyGuide keeps read-only access to this key until you close it.
