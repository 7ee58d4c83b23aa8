overview-connected-usb = Connected by USB
overview-connected-virtual = Virtual key (for trying KeyGuide out)
overview-next-set-pin = Set a PIN to start
overview-next-set-pin-detail = Websites and Windows ask for this PIN when you sign in with the key.
overview-next-pin-blocked = The PIN is blocked
overview-next-pin-blocked-detail = Too many wrong PINs. Only a reset makes the key usable again; it erases everything on it.
overview-next-change-pin = Change the PIN
overview-next-change-pin-detail = The key asks for a new PIN before it can be used.
overview-next-add-fingerprint = Add a fingerprint
overview-next-add-fingerprint-detail = Then you can sign in with a touch instead of typing the PIN.
overview-pin-not-supported = Not supported
overview-pin-not-set = Not set
overview-pin-blocked = Blocked
overview-pin-set = Set
overview-passkeys-unlock = Unlock with the PIN to see them
overview-passkeys-cannot-list = This key cannot list its passkeys
overview-fingerprints-no-sensor = No fingerprint sensor
overview-fingerprints-enrolled = Added
overview-fingerprints-none = None added yet
overview-not-certified = Not listed as FIDO certified
overview-firmware-not-reported = Not reported
overview-fact-pin = PIN
overview-fact-passkeys = Passkeys
overview-fact-fingerprints = Fingerprints
overview-fact-min-pin-length = Minimum PIN length
overview-fact-certification = Certification
overview-fact-versions = FIDO versions
overview-fact-connections = Connections
overview-fact-firmware = Firmware
overview-fact-aaguid = Model id (AAGUID)
overview-identify = Identify this key
overview-identify-detail = The key blinks; touch it to confirm it is the one you mean.
overview-save-report = Save report…
overview-certified = FIDO certified
overview-connected-nfc = On the NFC reader { $reader }
overview-pin-set-replug = Set, { $retries ->
    [one] { $retries } attempt left
   *[other] { $retries } attempts left
}; remove and re-insert the key before the next try
overview-pin-set-retries = Set, { $retries ->
    [one] { $retries } attempt left
   *[other] { $retries } attempts left
}
overview-passkeys-stored = { $used } stored, room for { $remaining } more
overview-passkeys-room = Room for { $remaining } more
overview-certification-see-warning = { $level } (see the warning above)
overview-certified-level = FIDO certified, level { $level }
overview-warning-revoked = The FIDO Alliance has revoked this model's certification. Organisations may refuse it; consider replacing the key.
overview-warning-uv-bypass = This model has a known flaw that lets someone bypass its PIN or fingerprint check. Contact the vendor.
overview-warning-attestation-compromise = This model's attestation key is compromised: services cannot trust that it is genuine.
overview-warning-remote-compromise = This model has a flaw that can expose its keys remotely. Replace the key.
overview-warning-physical-compromise = This model's keys can be extracted by someone holding it. Keep it safe or replace it.
overview-warning-update-available = The vendor offers a firmware update for this model.

# The guided setup (guide.ftl) as the overview offers it. These live here so
# that start-up does not parse the guide's file.
overview-guide-open = Use this key for work or school
overview-guide-start = Start the guided setup
overview-guide-offer-title = Setting up a key for your work or school account?
overview-guide-offer-detail = KeyGuide checks the key and walks you through Microsoft's Security info page, step by step.
overview-guide-offer-later = Not now

## The key's status, first on the overview.
overview-status-ready = Ready for work sign-in
overview-status-ready-detail = The key has a PIN and what Microsoft requires of a security key.
overview-status-needs-pin = Needs a PIN
overview-status-needs-new-pin = Needs a new PIN
overview-status-blocked = PIN blocked
overview-status-replug = Remove and insert the key
overview-status-replug-detail = Three wrong PINs in a row. Take the key out, put it back, then try the PIN once more.
overview-status-not-for-work = Not suited for work sign-in
overview-status-not-for-work-detail = Microsoft requires a key that stores passkeys itself, has a PIN and supports the hmac-secret extension. This one lacks some of that.
overview-details = Technical details
overview-fact-extensions = Extensions
overview-none = None
