app-copied = Copied.
app-key-removed = The key was removed.
app-pin-saved = The PIN is saved. Remember it: the key cannot show it to you.
app-passkey-deleted = The passkey is deleted.
app-fingerprint-removed = The fingerprint is removed.
app-setting-saved = The setting is saved on the key.
app-identified = That is this key.
app-reset-window-passed = The key refused: more than 10 seconds had passed since it was plugged in. Start again and touch the key as soon as it is back.
app-reset-not-touched = The key was not touched in time, so nothing was erased. Start again when you are ready.
app-reset-cancelled = Reset cancelled. Nothing was erased.
app-keep-on-reader = Keep the key on the reader until this finishes.
app-nav-overview = Overview
app-nav-pin = PIN
app-nav-fingerprints = Fingerprints
app-nav-passkeys = Passkeys
app-nav-key-settings = Key settings
app-nav-reset = Reset
app-nav-guide = Work or school
app-all-keys = All keys
app-settings = App settings
app-press-escape = Press Escape or Cancel to stop.
app-unlock-title = Enter the key's PIN
app-unlock-detail = KeyGuide asks once and forgets the PIN when you close the key.
app-unlock = Unlock
app-unlock-fingerprint = Use your fingerprint
app-unlock-fingerprint-detail = Touch the key's sensor with an enrolled finger. The PIN works too.
app-unlock-fingerprint-retries = { $count ->
    [one] { $count } fingerprint attempt left before the PIN is needed.
   *[other] { $count } fingerprint attempts left before the PIN is needed.
}
app-theme = Theme
app-language = Language
app-report-saved = Report saved: { $html } and { $json }
app-report-not-saved = The report was not saved: { $error }
app-settings-not-saved = Could not save the settings: { $error }
app-reset-failed = { $error } Nothing was erased.
app-reset-seconds-left = { $seconds ->
    [one] { $seconds } second left in the reset window
   *[other] { $seconds } seconds left in the reset window
}
app-busy-unlock = Checking the PIN…
app-busy-unlock-fingerprint = Waiting for your fingerprint…
app-busy-set-pin = Setting the PIN…
app-busy-change-pin = Changing the PIN…
app-busy-passkeys = Reading passkeys…
app-busy-delete-passkey = Deleting the passkey…
app-busy-saving = Saving…
app-busy-fingerprints = Reading fingerprints…
app-busy-enroll = Touch the fingerprint sensor
app-busy-cancelling = Cancelling…
app-busy-renaming = Renaming…
app-busy-remove-fingerprint = Removing the fingerprint…
app-busy-setting = Saving the setting…
app-busy-reset = Touch your key to confirm the reset
app-busy-identify = Touch the key that is blinking
app-report-dialog-title = Save report
app-report-dialog-filter = Report (HTML and JSON)
app-open-url-failed = Could not open { $url } in the browser: { $error }
app-no-home-folder = KeyGuide could not find your home folder.
app-pin-first = This key has no PIN yet. Passkeys and fingerprints are managed with the key's PIN: set one first.
app-pin-first-button = Set a PIN
