passkeys-title = Passkeys
passkeys-unlock-to-see = Unlock the key with its PIN to see the passkeys stored on it.
passkeys-show = Show passkeys
passkeys-search = Search by site or user name
passkeys-user-name = User name
passkeys-display-name = Display name
passkeys-no-user-name = (no user name)
passkeys-edit = Edit
passkeys-delete = Delete
# A row's menu button: opens Edit and Delete for that passkey.
passkeys-menu-open = More ▾
passkeys-menu-close = Close ▴
passkeys-delete-confirm = Delete passkey
passkeys-delete-question = Delete the passkey for { $user } on { $site }?
passkeys-delete-detail = You can no longer sign in to this account with this key. If it is your only way to sign in, add another first.
passkeys-slots = { $used } stored, room for { $remaining } more.
passkeys-empty = No passkeys yet. When you add this key to an account on a website, the passkey appears here.
passkeys-hidden = { $hidden ->
    [one] { $hidden } more not shown. Type part of a site or user name to find it.
   *[other] { $hidden } more not shown. Type part of a site or user name to find one.
}
passkeys-show-more = Show { $count } more
passkeys-no-match = No passkey matches “{ $filter }”.
# Compare with another key (e.g. the spare): only sites and user names.
passkeys-compare-start = Compare with another key…
passkeys-compare-remembered = KeyGuide remembers the sites and user names on { $first } until you close KeyGuide.
passkeys-compare-next = Now open your other key: insert it (or hold it to the reader) and choose it under “All keys”. KeyGuide will show which sites are on one key and not the other.
passkeys-compare-show-this = Show this key's passkeys to compare them with { $first }.
passkeys-compare-same-key = This is the same key as before ({ $first }). To compare, open your other key under “All keys”.
passkeys-compare-title = Compared with { $first }
passkeys-compare-only-first = Only on { $first }:
passkeys-compare-only-this = Only on this key:
passkeys-compare-none = None
passkeys-compare-both = { $count ->
    [one] On both keys: { $count } account
   *[other] On both keys: { $count } accounts
}
passkeys-compare-where = To use a site with either key, add the missing key to your account on that site.
passkeys-compare-done = Done
# credProtect levels (CTAP 2.1 §12.1), shown in a passkey's open menu.
passkeys-protect-1 = Protection: a touch is enough to use this passkey; the PIN is not needed.
passkeys-protect-2 = Protection: without the PIN, only the site that created it can use it, and only after you give your user name. Signing in without a user name needs the PIN.
passkeys-protect-3 = Protection: this passkey always needs the PIN (or your fingerprint).
passkeys-has-blob = The site keeps data for it on the key (large blob).
passkeys-third-party-payment = The site allows payments for other shops with it (third-party payment).
