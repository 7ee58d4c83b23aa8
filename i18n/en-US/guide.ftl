# The guided setup for a work or school account (Microsoft Entra ID).
# "Security info" is the name of Microsoft's web page: keep it as Microsoft
# shows it in your language ("Sicherheitsinformationen", "Informations de
# sécurité", "Información de seguridad", "セキュリティ情報", "安全信息").

guide-title = Use this key for work or school
guide-intro = Your organisation signs you in with a Microsoft account (Microsoft Entra ID). This guide checks your key, walks you through adding it on the Security info page, and confirms that it worked.

# Tabs along the top of the guide.
guide-tab-check = Check the key
guide-tab-register = Add it to your account
guide-tab-confirm = Confirm
guide-tab-windows = Windows sign-in
guide-tab-help = Troubleshooting
guide-tab-it = For IT staff

guide-next = Next
guide-previous = Previous
guide-step-of = Step { $step } of { $total }
guide-on-the-page = On the web page
guide-in-keyguide = In KeyGuide

## Readiness check

guide-check-title = Is this key ready?
guide-check-intro = KeyGuide checks what your organisation's sign-in needs. Fix anything marked in red before you add the key.
guide-check-unlock = Check passkeys with the PIN
guide-check-unlock-detail = The number of free places for passkeys and any existing work or school passkey can only be read with the key's PIN.
guide-check-ready = This key is ready. Go on to add it to your account.
guide-check-not-ready = Fix the items marked in red first.
guide-check-continue = Add it to my account

guide-check-capabilities = Works with Microsoft sign-in
guide-check-capabilities-ok = The key supports passkeys stored on the key, a PIN and the hmac-secret extension.
# $missing is a list such as "a PIN, hmac-secret".
guide-check-capabilities-missing = This key lacks what Microsoft sign-in needs: { $missing }. Your organisation cannot use it; ask for another key.
guide-capability-fido2 = FIDO2
guide-capability-discoverable = passkeys stored on the key
guide-capability-pin = a PIN
guide-capability-hmac-secret = the hmac-secret extension

guide-check-pin = A PIN is set
guide-check-pin-ok = The key has a PIN. You will type it on the web page.
guide-check-pin-missing = The key has no PIN yet. The web page will ask for one, so set it here first.
guide-check-pin-blocked = The PIN is blocked. Only a reset makes the key usable again, and it erases the key.
guide-check-pin-change = The key asks for a new PIN before it can be used.
guide-fix-set-pin = Set a PIN
guide-fix-change-pin = Change the PIN
guide-fix-reset = Go to Reset

guide-check-fingerprint = A fingerprint is enrolled (optional)
guide-check-fingerprint-ok = You can sign in with your finger instead of the PIN.
guide-check-fingerprint-missing = Not needed for registering, but with a fingerprint you can sign in without typing the PIN.
guide-fix-add-fingerprint = Add a fingerprint

guide-check-slots = Room for a new passkey
guide-check-slots-ok = The key has room for another passkey.
guide-check-slots-full = The key is full. Delete a passkey you no longer need first.
guide-check-slots-unknown = Unlock the key with its PIN to check.
guide-fix-passkeys = Open Passkeys

guide-check-certification = FIDO certified
guide-check-certification-ok = This model is FIDO certified and its certification stands.
guide-check-certification-revoked = The FIDO Alliance has revoked this model's certification. Organisations that check certification will refuse the key.
guide-check-certification-unlisted = This model is not in the FIDO metadata KeyGuide ships. If your organisation enforces attestation, it may refuse the key: ask your IT department.
guide-check-certification-uncertified = This model is listed but not FIDO certified. If your organisation enforces attestation, it may refuse the key.

guide-check-existing = Work or school passkey
guide-check-existing-none = There is no work or school passkey on the key yet.
guide-check-existing-found = { $count ->
    [one] The key already holds a work or school passkey. You only need a new one for another account.
   *[other] The key already holds { $count } work or school passkeys. You only need a new one for another account.
}
guide-check-existing-unknown = Unlock the key with its PIN to check.

## The steps on Microsoft's Security info page

guide-register-title = Add the key to your account
guide-step-before-title = Before you start
guide-step-before = Two things must already be in place:
guide-step-before-admin = • Your organisation has allowed security keys (passkeys) for sign-in. If you are not sure, ask your IT department.
guide-step-before-mfa = • You already have a second way to prove it is you, for example the Microsoft Authenticator app or a phone number. The page asks for it before you can add a key.
guide-step-before-limit = You can add up to { $max } security keys to one account.

guide-step-open-title = Open Security info
guide-step-open = Open the Security info page in your browser and sign in with your work or school account if it asks.
guide-step-open-button = Open Security info
guide-step-open-copy = Copy the address
guide-step-open-opened = The page opens in your browser. Come back here for the next step.

guide-step-add-title = Add a sign-in method
guide-step-add = On the Security info page, select “+ Add sign-in method”.
guide-step-add-detail = If the page asks you to sign in again or to confirm who you are, do that first.

guide-step-choose-title = Choose “Security key”
guide-step-choose = In the list of methods, choose “Security key” (some organisations call it “Passkey”), then select Add.
guide-step-choose-missing = Is “Security key” not in the list? Your organisation has not allowed it yet: see Troubleshooting.

guide-step-transport-title = USB or NFC
guide-step-transport = The page asks how the key connects. Choose “USB device” if it is plugged in, or “NFC device” if you hold it on a reader.
guide-step-transport-yours = { $transport ->
    [usb] Your key is connected by USB now: choose “USB device”.
    [nfc] Your key is on an NFC reader now: choose “NFC device”.
   *[other] Choose how your real key connects.
}
guide-step-transport-browser = Your browser or Windows then opens its own security key window. Keep the key connected.

guide-step-pin-title = Enter the key's PIN
guide-step-pin = The window asks for the key's PIN. Type the PIN you set for this key: not your account password.
guide-step-pin-none = No PIN yet? The window asks you to create one. You can also set it in KeyGuide first.
guide-step-pin-retries = { $count ->
    [one] Careful: { $count } attempt left before the PIN is blocked.
   *[other] { $count } attempts left before the PIN is blocked.
}

guide-step-touch-title = Touch the key
guide-step-touch = When the window asks, touch the key's button or sensor. It may blink while it waits.
guide-step-touch-detail = With a fingerprint key, touch it with a finger you enrolled.

guide-step-name-title = Name the key
guide-step-name = Back on the page, give the key a name you will recognise later, for example “{ $name }”, and select Next.

guide-step-done-title = Select Done
guide-step-done = The page lists the key under your sign-in methods. Select Done.
guide-step-done-button = I've added the key
guide-step-done-detail = KeyGuide then checks that the key now holds your work or school passkey.

## Confirmation

guide-confirm-title = Did it work?
guide-confirm-checking = Reading the passkeys on the key…
guide-confirm-unlock = Unlock the key with its PIN so KeyGuide can look for the new passkey.
guide-confirm-check = Check the key
guide-confirm-found = { $count ->
    [one] It worked: the key holds a passkey for login.microsoft.com. You can now sign in to your work or school account with it.
   *[other] It worked: the key holds { $count } passkeys for login.microsoft.com. You can now sign in to your work or school accounts with it.
}
guide-confirm-not-found = KeyGuide found no passkey for login.microsoft.com on this key.
guide-confirm-not-found-detail = Check that the Security info page lists the key and that you selected Done. If the page showed an error, see Troubleshooting. Then check again.
guide-confirm-next = Next: sign in to Windows

## Windows sign-in

guide-windows-title = Sign in to Windows with the key
guide-windows-intro = On a work computer set up for it, the lock screen offers the key as a way to sign in.
guide-windows-how = How to sign in:
guide-windows-how-1 = 1. On the lock screen, select “Sign-in options”.
guide-windows-how-2 = 2. Choose the security key icon.
guide-windows-how-3 = 3. Insert the key (or hold it on the reader), type its PIN and touch it.
guide-windows-needs = What the computer needs (your IT department sets this up):
guide-windows-needs-version = • { $version } or later.
guide-windows-needs-join = • The computer is joined to Microsoft Entra ID, or hybrid joined.
guide-windows-needs-policy = • Security key sign-in is turned on for it (by Intune, a provisioning package or Group Policy).
guide-windows-no-option = No security key option on the lock screen? Then it is not turned on for this computer: ask your IT department, and show them the page for IT staff.

## Troubleshooting

guide-help-title = Troubleshooting
guide-help-pin-blocked = The PIN is blocked
guide-help-pin-blocked-detail = After too many wrong PINs, the key refuses every PIN. It cannot be unblocked: a reset makes it usable again, and erases all its passkeys. Then add it to your account again.
guide-help-refused = Your organisation refuses the key
guide-help-refused-detail = Organisations can allow only certain key models, identified by their AAGUID, and can accept only FIDO certified models. Give your IT department this key's AAGUID:
guide-help-copy-aaguid = Copy AAGUID
guide-help-allowed-list = Got the list of allowed AAGUIDs from your IT department? Paste it here to check this key against it:
guide-help-check-list = Check
guide-help-list-nothing = No AAGUID found in the pasted text. An AAGUID looks like { $example }.
guide-help-list-listed = { $total ->
    [one] This key's AAGUID is the one on the list: the organisation allows this model.
   *[other] This key's AAGUID is among the { $total } on the list: the organisation allows this model.
}
guide-help-list-not-listed = { $total ->
    [one] This key's AAGUID is not on the list (1 AAGUID found). The organisation will refuse this model: ask for a key that is allowed.
   *[other] This key's AAGUID is not on the list ({ $total } AAGUIDs found). The organisation will refuse this model: ask for a key that is allowed.
}
guide-help-full = No room for another passkey
guide-help-full-detail = Every key has a limited number of places. Delete passkeys you no longer use in Passkeys, then try again.
guide-help-browser = The browser does not offer the security key
guide-help-browser-detail = Use a current version of Microsoft Edge, Google Chrome, Firefox or Safari. On Windows, choose “Security key” in the Windows window (not your phone or face). Close other programs that might be using the key, unplug and reinsert it, and try again. If “Security key” is not among the methods at all, your organisation has not allowed it yet.
