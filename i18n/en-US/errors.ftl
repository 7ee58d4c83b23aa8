# What a key operation can end in (src/device/error.rs), each with the next
# step for the user. Shown in the app and by the command line.
# Raw technical details (CTAP codes, system error texts) arrive as variables.

## PIN

errors-pin-invalid = Wrong PIN.
# $retries: the PIN attempts the key has left.
errors-pin-invalid-retries = { $retries ->
    [one] Wrong PIN. { $retries } attempt left.
   *[other] Wrong PIN. { $retries } attempts left.
}
errors-pin-auth-blocked = Too many wrong PINs in a row. Remove the key, insert it again and retry.
errors-pin-blocked = The PIN is blocked after too many wrong attempts. Only a reset makes the key usable again (this erases it).
errors-pin-not-set = This key has no PIN yet. Set one first.
# `change` is the command-line command, not translated.
errors-pin-already-set = This key already has a PIN. Use 'change' instead.
errors-pin-change-required = Your PIN must be changed before the key can be used.
errors-pin-policy-violation = The key refused this PIN under its PIN policy (too short, too simple, or the same as before).
errors-pin-required = This operation needs the key's PIN.
errors-token-rejected = The key no longer accepts this session's PIN token. Enter the PIN again.

## A PIN refused before anything was sent to the key

# $min: the key's minimum PIN length.
errors-pin-too-short = { $min ->
    [one] The PIN must have at least { $min } character.
   *[other] The PIN must have at least { $min } characters.
}
errors-pin-too-long = The PIN must be at most 63 bytes long.
errors-pin-too-long-for-key = This key accepts PINs of at most { $max } characters.
errors-pin-contains-nul = The PIN must not contain a NUL character.
errors-pin-mismatch = The two PINs do not match.

## Fingerprints (user verification)

# $retries: the fingerprint attempts the key has left.
errors-uv-invalid = { $retries ->
    [one] Fingerprint not recognised. { $retries } attempt left.
   *[other] Fingerprint not recognised. { $retries } attempts left.
}
errors-uv-blocked = Fingerprint matching is blocked. Use the PIN instead.
errors-fingerprint-storage-full = The fingerprint storage on this key is full. Remove a fingerprint first.
# $id: the fingerprint's id, as the key reports it.
errors-unknown-fingerprint = No fingerprint with id { $id } on this key.
errors-fingerprint-name-too-long = { $max ->
    [one] The fingerprint name is too long for this key ({ $max } byte at most).
   *[other] The fingerprint name is too long for this key ({ $max } bytes at most).
}

## Passkeys

errors-key-store-full = The key's passkey storage is full. Delete a passkey first.
errors-no-passkeys = There are no passkeys on this key.
# $id: the passkey's credential id.
errors-unknown-credential = No passkey with id { $id } on this key.
# $current: the key's present minimum PIN length.
errors-invalid-min-pin-length = The minimum PIN length can only grow: choose a value from { $current } to 63.

## The flow of an operation

errors-invalid-option = The key refused an option of this request.
errors-not-allowed = The key did not allow this.
errors-operation-denied = The action was declined on the key.
errors-reset-window-passed = The key only allows a reset within about 10 seconds of being plugged in. Remove the key, insert it again and retry straight away.
errors-reset-declined = You declined the reset on the key. Nothing was erased.
errors-user-action-timeout = You did not touch the key in time. Try again.
errors-timeout = The key did not answer in time. Remove it, insert it again and retry.
errors-cancelled = Cancelled.
errors-busy = The key is busy with another program. Close other programs that use it and retry.

## A feature the key does not offer

errors-unsupported-client-pin = This key does not support a PIN.
errors-unsupported-credential-management = This key does not support passkey management.
errors-unsupported-bio-enrollment = This key does not support fingerprints.
errors-unsupported-authenticator-config = This key does not support changing its settings.
errors-unsupported-always-uv = This key does not support the always-require-verification setting.
errors-unsupported-min-pin-length = This key does not support changing the minimum PIN length.
errors-unsupported-enterprise-attestation = This key does not support enterprise attestation.
errors-unsupported-large-blobs = This key has no storage for large blobs.
errors-unsupported-update-user-information = This key does not support editing passkey user names.
errors-unsupported-selection = This key does not support the identify action.
errors-unsupported-pin-uv-auth-token = This key does not support PIN tokens with permissions.

## The connection

errors-disconnected = The key was removed.
errors-no-key = No security key found. Insert your security key and retry.
# `--device` is a command-line option, not translated.
errors-several-keys = Several keys are connected. Choose one with --device.
# $id: the device id the user asked for.
errors-unknown-device = No key with id { $id } is connected.
errors-no-smart-card-service = No smart-card service found; start pcscd (on Windows, the Smart Card service) to use NFC keys.
# $reason: what the system said, or KeyGuide's description of the refusal.
errors-os-permission-denied = The system did not allow access to the key: { $reason }
# $detail: a technical description of the unreadable answer.
errors-protocol = The key sent an answer KeyGuide could not read ({ $detail }). Remove the key, insert it again and retry.
# $detail: the raw error, for support.
errors-other = Something went wrong while talking to the key ({ $detail }). Remove the key, insert it again and try again.

## A CTAP status with no message above (CTAP 2.1 §8.2)
# $code: the status code in hex (0x7F), for support; not translated.
errors-status-unsupported = This key does not support this request (code { $code }). Updating the key's firmware or using another key may help.
errors-status-request-rejected = The key rejected KeyGuide's request as invalid (code { $code }). Remove the key, insert it again and try again; if it keeps happening, report it with this code.
errors-status-channel = The connection to the key got out of step (code { $code }). Remove the key, insert it again and try again.
errors-status-pending = The key is still busy with an earlier request (code { $code }). Wait a moment and try again.
errors-status-no-operations = The key had no unfinished action to continue (code { $code }). Start the action again.
errors-status-invalid-credential = The key did not recognise this passkey (code { $code }). Refresh the list and try again.
errors-status-credential-excluded = This key already holds a passkey for this account (code { $code }). Nothing was changed.
errors-status-large-blob-full = The key's storage for extra passkey data is full (code { $code }). Delete passkeys you no longer need and try again.
errors-status-up-required = The key needs you to touch it for this (code { $code }). Try again and touch the key when it flashes.
errors-status-integrity = The key found that data it received or stores failed a check (code { $code }). Try again; if it keeps happening, report it with this code.
errors-status-other = The key hit an internal error and did not finish (code { $code }). Remove the key, insert it again and try again. If it happens again, the key may be faulty.
errors-status-unknown = The key reported an error KeyGuide does not know (code { $code }). Remove the key, insert it again and try again. If it keeps happening, give this code to your IT support.
