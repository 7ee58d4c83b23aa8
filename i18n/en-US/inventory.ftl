## What a key holds: the list of sites to keep (before a reset) and the
## comparison with a spare key. No secrets ever appear in these lists.

inventory-holds-passkeys = { $passkeys ->
    [one] { $passkeys } passkey
   *[other] { $passkeys } passkeys
} on { $sites ->
    [one] { $sites } site
   *[other] { $sites } sites
}
inventory-holds-with-fingerprints = { $passkeys }, { $fingerprints ->
    [one] { $fingerprints } fingerprint
   *[other] { $fingerprints } fingerprints
}
inventory-account-line = { $site } — { $user }
inventory-account-line-no-user = { $site } (no user name)

## Command line
inventory-export-exists = { $path } already exists. Choose another name, or add --force to replace it.
inventory-export-not-written = Could not write { $path }: { $error }
inventory-exported = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
} saved in { $path }. The list holds no secrets: keep it to know where to register again after a reset.
inventory-prompt-pin-this-key = PIN of this key ({ $key }):
inventory-prompt-pin-other-key = PIN of the other key ({ $key }):
inventory-other-key-failed = The other key ({ $key }): { $error }
inventory-no-such-key-file = There is no virtual key file { $path }.
inventory-compare-this-only = On this key only:
inventory-compare-other-only = On the other key only:
inventory-compare-none = none
inventory-compare-on-both = On both: { $count }
inventory-compare-same = Both keys hold the same accounts.

## Reset screen
inventory-busy-reading = Reading what the key holds…
inventory-reset-holds = This key holds { $holdings }. A reset erases all of it.
inventory-reset-unlock = Unlock to see what this key holds
inventory-reset-unlock-hint = With the PIN, KeyGuide can count the passkeys and fingerprints on this key and save the list of sites before you reset it.
inventory-reset-save = Save the list of sites first…
inventory-reset-save-hint = Keep the list to know where to register again after the reset. It holds site and user names only, no secrets.
inventory-reset-saved = The list of sites is saved in { $path }.
inventory-reset-not-saved = The list could not be saved: { $error }
inventory-dialog-title = Save the list of sites on this key
inventory-dialog-filter-csv = Spreadsheet (CSV)
inventory-dialog-filter-json = JSON
inventory-reset-cancel = Cancel
inventory-reset-set-pin = Set a PIN
# A file name (no extension): the list of sites the user saves.
inventory-file-stem = sites-on-my-key
