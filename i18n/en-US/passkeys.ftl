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
