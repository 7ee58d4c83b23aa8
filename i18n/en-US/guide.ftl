# The guided setup for a work or school account (Microsoft Entra ID).
# "Security info" is the name of Microsoft's web page: keep it as Microsoft
# shows it in your language ("Sicherheitsinformationen", "Informations de
# sécurité", "Información de seguridad", "セキュリティ情報", "安全信息").

## Microsoft's labels, exactly as Microsoft's pages show them. Every step
## that quotes Microsoft's page or window uses these terms, so one change
## here updates every step (tests/ui_guide.rs checks that no step quotes a
## label of its own). English: Microsoft Learn, how-to-register-passkey and
## how-to-register-passkey-with-security-key; "Sign-in options":
## how-to-register-passkey-with-security-key, "Sign-in with your new passkey".
-ms-security-info = Security info
-ms-add-sign-in-method = + Add sign-in method
-ms-passkey = Passkey
-ms-passkey-authenticator = Passkey in Microsoft Authenticator
-ms-next = Next
-ms-security-key = Security key
-ms-use-another-device = Use another device
-ms-more-options = More options
-ms-done = Done
-ms-sign-in-options = Sign-in options

guide-title = Use this key for work or school
guide-intro = Your organisation signs you in with a Microsoft account (Microsoft Entra ID). This guide checks your key, walks you through adding it on the “{ -ms-security-info }” page, and confirms that it worked.
guide-no-key = No key is open. These pages explain every step; checking the key and confirming need it: insert your key and open it.

# Tabs along the top of the guide: keep them short (six fit in one row).
guide-tab-check = Check
guide-tab-register = Add to account
guide-tab-confirm = Confirm
guide-tab-windows = Windows
guide-tab-help = Help
guide-tab-it = IT staff

guide-next = Next
guide-previous = Previous
guide-step-of = Step { $step } of { $total }
guide-on-the-page = On the web page
guide-in-keyguide = In KeyGuide

## The steps on Microsoft's Security info page

guide-register-title = Add the key to your account
guide-step-before-title = Before you start
guide-step-before = Check these first:
guide-step-before-admin = • Your organisation allows passkeys (FIDO2) and lets you set them up yourself. If you are not sure, ask your IT department.
guide-step-before-mfa = • Microsoft asks you to sign in with a second method (for example Microsoft Authenticator or a text message) and to add the key within { $minutes } minutes of that: do the next steps in one go.
guide-step-before-guest = • Guest accounts (invited from another organisation) cannot add passkeys.
guide-step-before-limit = Microsoft recommends at most { $max } passkeys per account.
guide-step-before-remember = KeyGuide notes which work or school passkeys the key already holds, so that at the end it recognises the new one.
guide-step-before-read = Note the key's passkeys
guide-step-before-noted = { $count ->
    [0] Noted: the key holds no work or school passkey yet.
    [one] Noted: the key already holds 1 work or school passkey.
   *[other] Noted: the key already holds { $count } work or school passkeys.
}

guide-step-open-title = Open “{ -ms-security-info }”
guide-step-open = Open the “{ -ms-security-info }” page in your browser and sign in with your work or school account.
guide-step-open-button = Open { -ms-security-info }
guide-step-open-copy = Copy the address
guide-step-open-opened = The page opens in your browser. Come back here for the next step.

guide-step-add-title = Add a sign-in method
guide-step-add = On the “{ -ms-security-info }” page, select “{ -ms-add-sign-in-method }”.
guide-step-add-detail = If the page asks you to sign in again or to confirm it is you, do that first.

guide-step-choose-title = Choose “{ -ms-passkey }”
guide-step-choose = In the list of methods, choose “{ -ms-passkey }”, then select “{ -ms-next }”.
guide-step-choose-not-authenticator = Not “{ -ms-passkey-authenticator }”: that one saves the passkey in the app on your phone, not on your key.
guide-step-choose-missing = No “{ -ms-passkey }” in the list? Your organisation has not allowed it for you yet: see Help.
guide-picture-methods = The list of methods. Choose the highlighted entry, “{ -ms-passkey }”.
guide-picture-methods-row = { -ms-passkey }

guide-step-save-title = Save it on the “{ -ms-security-key }”
guide-step-save = Your browser or Windows now asks where to save the passkey. Choose “{ -ms-security-key }”.
guide-step-save-windows = Windows (every browser): the window may first offer to save the passkey in Windows. Choose “{ -ms-use-another-device }” or “{ -ms-more-options }”, then “{ -ms-security-key }”.
guide-step-save-chrome = Chrome on macOS or Linux shows its own window: choose the option for a USB security key.
guide-step-save-edge = Edge works like Chrome on macOS, and uses the Windows window on Windows.
guide-step-save-macos = Safari and Firefox on macOS show the system's window: choose the option for a security key, not iCloud Keychain.
guide-picture-save = The window asking where to save the passkey. Choose the highlighted entry, “{ -ms-security-key }”.
guide-picture-save-row = { -ms-security-key }

guide-step-pin-title = Connect the key and type its PIN
guide-step-pin-connect = { $transport ->
    [usb] Your key is plugged in: leave it there.
    [nfc] Hold your key on the NFC reader when the window asks.
   *[other] Insert your key, or hold it on the reader, when the window asks.
}
guide-step-pin = The window asks for the key's PIN. Type the PIN you set for this key: not your account password.
guide-step-pin-none = No PIN yet? The window asks you to create one. You can also set it in KeyGuide first.
guide-step-pin-retries = { $count ->
    [one] Careful: { $count } attempt left before the PIN is blocked.
   *[other] { $count } attempts left before the PIN is blocked.
}

guide-step-touch-title = Touch the key
guide-step-touch = When the window asks, touch the key's button or sensor. It may blink while it waits.
guide-step-touch-detail = With a fingerprint key, touch it with a finger you enrolled.

guide-step-name-title = Name it and select “{ -ms-done }”
guide-step-name = Back on the “{ -ms-security-info }” page, give the key a name you will recognise, for example “{ $name }”, then select “{ -ms-done }”.
guide-step-done-button = I've added the key
guide-step-done-detail = KeyGuide then reads the key again and looks for the new passkey.

## Confirmation

guide-confirm-title = Did it work?
guide-confirm-checking = Reading the passkeys on the key…
guide-confirm-unlock = Unlock the key with its PIN so KeyGuide can look for the new passkey.
guide-confirm-check = Check the key
guide-confirm-found = { $count ->
    [one] It worked: the key holds a new passkey for this work or school account:
   *[other] It worked: the key holds { $count } new passkeys, for these work or school accounts:
}
guide-confirm-account = • { $display } ({ $user })
guide-confirm-unnamed = (no name stored)
guide-confirm-not-found = KeyGuide found no new passkey for login.microsoft.com on this key.
guide-confirm-not-found-detail = Check that the “{ -ms-security-info }” page lists the new passkey, that you chose “{ -ms-security-key }” (not Windows or your phone) with this key, and that you selected “{ -ms-done }”. Then check again.
guide-confirm-older = { $count ->
    [one] The key also holds an older work or school passkey: it does not count.
   *[other] The key also holds { $count } older work or school passkeys: they do not count.
}
guide-confirm-no-baseline = KeyGuide did not read the key before you started, so it cannot tell a new passkey from an older one. Go back to step 1, let KeyGuide note the key's passkeys, and follow the steps from there.
guide-confirm-start = Back to step 1
guide-confirm-next = Next: sign in to Windows

## Windows sign-in

guide-windows-title = Sign in to Windows with the key
guide-windows-intro = On a work PC set up for it, the Windows lock screen offers the key as a way to sign in.
guide-windows-how = How to sign in:
guide-windows-how-1 = 1. On the lock screen, select “{ -ms-sign-in-options }”.
guide-windows-how-2 = 2. Choose the security key icon.
guide-windows-how-3 = 3. Insert the key (or hold it on the reader), type its PIN and touch it.
guide-windows-this-pc = This PC
guide-windows-reading = Reading this PC's Windows version…
guide-windows-not-windows = This page is about Windows PCs. This computer does not run Windows, so KeyGuide cannot check it: what follows applies to the Windows PC you want to sign in to.
guide-windows-pc-version = { $name } { $version } (build { $build })
guide-windows-pc-join = { $join ->
    [entra] Joined to Microsoft Entra ID.
    [hybrid] Hybrid joined: to Microsoft Entra ID and to your organisation's domain.
    [domain] Joined to an on-premises domain only.
    [none] Not joined to an organisation (a personal or workgroup PC).
   *[unknown] KeyGuide could not read how this PC is joined.
}
guide-windows-verdict-possible = Signing in to Windows with the key can work on this PC. If the lock screen does not offer the key, IT has not turned it on for this PC yet.
guide-windows-verdict-update = This PC needs { $version } or later to sign in to Windows with a key. Install the Windows updates, or ask IT.
guide-windows-verdict-not-joined = Windows sign-in with a key needs a work PC joined to Microsoft Entra ID (or hybrid joined). On this PC, use the key on websites in your browser.
guide-windows-verdict-domain = Signing in to Windows with a key needs the PC joined to Microsoft Entra ID too (hybrid join); a domain alone is not enough. Ask IT.
guide-windows-verdict-unknown = The version is recent enough. Whether it works depends on how the PC is joined: ask IT.
guide-windows-browser-ok = In the browser, the key works on this PC.
guide-windows-browser-old = In the browser, keys need { $version } or later; KeyGuide itself can still manage the key here.
guide-windows-needs = What a PC needs (your IT department sets this up):
guide-windows-needs-entra = • Joined to Microsoft Entra ID: { $version } or later.
guide-windows-needs-hybrid = • Hybrid joined (Entra ID and a domain): { $version } or later.
guide-windows-needs-policy = • Security key sign-in turned on for it (by Intune, a provisioning package or Group Policy).
guide-windows-needs-browser = Keys in the browser need { $version } or later. Windows 10 1809 cannot be unlocked with a key.
guide-windows-no-option = No security key option on the lock screen? Then it is not turned on for this PC: ask your IT department, and show them the page for IT staff.

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
guide-help-browser-detail = Use a current version of Microsoft Edge, Google Chrome, Firefox or Safari. In the window that asks where to save the passkey, choose “{ -ms-security-key }” (not Windows, your phone or your face). Close other programs that might be using the key, unplug and reinsert it, and try again. If “{ -ms-passkey }” is not among the methods at all, your organisation has not allowed it yet.
