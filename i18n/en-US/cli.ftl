# The command line (src/cli/, src/main.rs): what it prints for people.
# Not here, and never translated: command and option names, the --json
# output, and clap's own parse-error sentences.
# Words in `backticks` are commands to type: keep them as they are.

## --help: the commands. Ids follow the command path:
## cli-about-<command>[-<subcommand>].

cli-about = Manage your FIDO2 security keys. Without a command, opens the app.
cli-about-devices = List connected keys.
cli-about-info = Show what the key is and how it is set up.
cli-about-pin = Set, change or inspect the PIN.
cli-about-pin-set = Set a PIN on a key that has none.
cli-about-pin-change = Change the PIN.
cli-about-pin-retries = Show how many PIN attempts are left.
cli-about-passkeys = List, delete or edit passkeys (discoverable credentials).
cli-about-passkeys-list = List passkeys grouped by site.
cli-about-passkeys-delete = Delete one passkey.
cli-about-passkeys-update-user = Change the user name and display name stored with a passkey.
cli-about-fingerprints = List, enroll, rename or remove fingerprints.
cli-about-fingerprints-list = List enrolled fingerprints.
cli-about-fingerprints-enroll = Enroll a new fingerprint (touch the sensor several times).
cli-about-fingerprints-rename = Rename a fingerprint.
cli-about-fingerprints-remove = Remove a fingerprint.
cli-about-config = Change key settings.
cli-about-config-always-uv = Always require the PIN or a fingerprint, even where a site does not ask.
cli-about-config-min-pin-length = Raise the minimum PIN length.
cli-about-config-force-pin-change = Make the user change the PIN before the key can be used again.
cli-about-config-enterprise-attestation = Turn on enterprise attestation (IT staff): the key may then identify itself individually to your organisation's sites. Only a reset turns it off.
cli-help-config-enterprise-attestation-yes = Do not ask for confirmation.
cli-about-reset = Erase the key: PIN, passkeys and fingerprints. Cannot be undone.
cli-about-identify = Make a key blink so you can tell which one it is (touch it).
cli-about-genuine = Check that the key is a genuine model listed in the FIDO metadata (it signs a test for a made-up site and stores nothing).
cli-about-doctor = Check this computer: smart-card service, USB access, the keys it sees, the log folder.
cli-about-report = Write a report of the key (no secrets, no account names) as JSON and HTML: FILE.json and FILE.html. With --pin-stdin it includes passkey counts.
cli-about-virtual = Create and control virtual keys (for tests, demos and training).
cli-about-virtual-create = Create a virtual key file.
cli-about-virtual-seed = Create passkeys on a virtual key through the normal client path.
cli-about-virtual-replug = Unplug and re-insert a virtual key (power cycle).
cli-about-virtual-serve-vpcd = Serve a virtual key as an NFC card in pcscd's vpcd virtual reader (package vsmartcard-vpcd) until killed. The key file belongs to this command while it runs: do not change it with other commands meanwhile.
# The `help` command that every command with subcommands has.
cli-about-help = Print this message or the help of the given command.

## --help: the options and arguments. Ids: cli-help-<option> for the
## options every command accepts, cli-help-<command path>-<argument>.

cli-help-virtual-key = Use the virtual key stored in this file instead of a real key.
cli-help-device = Use the key with this id (see `keyguide devices`).
cli-help-pin-stdin = Read PINs from standard input, one per line (current PIN first, then the new one).
cli-help-stats = Print how many CTAP commands the operation sent (to standard error).
cli-help-json = Machine-readable output on standard output.
cli-help-demo = Open the app on a built-in virtual key (no real key needed).
cli-help-demo-profile = With --demo: the virtual key's profile: bio (default), pre, basic or ctap22 (a newer key: PIN rules, large blobs, reset rules).
cli-help-theme = The app's colours: system (follow the system), light or dark.
cli-help-verbose = Log to the terminal as well.
cli-help-language = The language of KeyGuide's text for this run: en-US, de-DE, fr-FR, es-ES, ja-JP or zh-CN. Without it, the app's setting or the system's language.
cli-help-help = Print help.
cli-help-version = Print the version.
cli-help-passkeys-delete-credential-id = The passkey's id, as `keyguide passkeys list` shows it.
cli-help-passkeys-delete-yes = Do not ask for confirmation.
cli-help-passkeys-update-user-credential-id = The passkey's id, as `keyguide passkeys list` shows it.
cli-help-passkeys-update-user-name = The new user name (often an email address).
cli-help-passkeys-update-user-display-name = The new display name (often the person's full name).
cli-about-passkeys-export = Save the list of sites and accounts on the key (no secrets): CSV, or JSON with --json or a .json name. Keep it before a reset.
cli-help-passkeys-export-file = The file to write.
cli-help-passkeys-export-force = Replace the file if it exists.
cli-about-passkeys-compare = List the sites and accounts that are on this key and not on another one, or the other way round.
cli-help-passkeys-compare-with = The other key: its device id (see keyguide devices) or a virtual key file.
cli-help-fingerprints-enroll-name = A name for the new fingerprint, such as "Left index".
cli-help-fingerprints-rename-id = The fingerprint's id, as `keyguide fingerprints list` shows it.
cli-help-fingerprints-rename-name = The new name.
cli-help-fingerprints-remove-id = The fingerprint's id, as `keyguide fingerprints list` shows it.
cli-help-fingerprints-remove-yes = Do not ask for confirmation.
cli-help-config-always-uv-state = on or off.
cli-help-config-min-pin-length-length = The new minimum, in characters (up to 63). It can only grow.
cli-help-reset-yes = Do not ask for confirmation.
cli-help-report-out = Where to write; the extensions .json and .html are added.
cli-help-virtual-create-file = The new key file (an existing file is never overwritten).
cli-help-virtual-create-profile = The kind of key: bio, pre, basic, or mds:<aaguid> for a model from the FIDO metadata.
cli-help-virtual-create-quirk = Answer as some real keys do instead of as the specification says. forced-change-policy-violation: a correct PIN under a forced PIN change gets PIN_POLICY_VIOLATION instead of PIN_INVALID. May be given more than once.
cli-help-virtual-seed-file = The virtual key file.
cli-help-virtual-seed-passkeys = How many passkeys to create.
cli-help-virtual-seed-sites = Over how many sites to spread them.
cli-help-virtual-replug-file = The virtual key file.
cli-help-virtual-serve-vpcd-file = The virtual key file.
cli-help-virtual-serve-vpcd-host = Where vpcd listens (keep it on this machine).
cli-help-virtual-serve-vpcd-port = The port of vpcd's reader; 35963 is the first one ("Virtual PCD 00 00").

## --help: the section headings (clap adds the colon).

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options

## Running a command

# $error: the system's reason.
cli-could-not-start = could not start: { $error }
# Printed with --stats. $count: the number of commands.
cli-stats-commands-sent = CTAP commands sent: { $count }
cli-json-failed = could not write JSON: { $error }

## Questions and PIN prompts

# Followed by a space and the hidden PIN as the user types it.
cli-prompt-current-pin = PIN of the key:
# $min: the key's minimum PIN length.
cli-prompt-new-pin = { $min ->
    [one] New PIN (at least { $min } character):
   *[other] New PIN (at least { $min } characters):
}
cli-prompt-repeat-pin = Repeat the new PIN:
cli-stdin-ended = Standard input ended before all PINs were read.
cli-stdin-not-utf8 = Standard input is not valid UTF-8 text; give each PIN as a line of text.
cli-no-terminal-for-pin = There is no terminal to ask for the PIN; pass it on standard input with --pin-stdin.
cli-no-terminal-to-confirm = This cannot be undone and there is no terminal to confirm it; add --yes.
# $word: the word to type (RESET, DELETE, REMOVE), which stays in English.
cli-confirm-type-word = Type { $word } to continue:

## What the key asks for while a command runs

cli-touch-key = Touch your security key now.
cli-touch-sensor = Touch the fingerprint sensor.
cli-sample-good = Good.
cli-sample-too-high = Too high: place your finger lower.
cli-sample-too-low = Too low: place your finger higher.
cli-sample-too-left = Too far left: move your finger right.
cli-sample-too-right = Too far right: move your finger left.
cli-sample-too-fast = Too fast: rest your finger a little longer.
cli-sample-too-slow = Too slow: lift your finger sooner.
cli-sample-poor-quality = Not clear: clean and dry your finger, then press flat.
cli-sample-too-skewed = Crooked: place your finger straight.
cli-sample-too-short = Too short: keep your finger on the sensor a little longer.
cli-sample-merge-failure = Could not combine this touch: try again.
cli-sample-already-exists = This fingerprint is already enrolled.
cli-sample-no-user-activity = No finger detected: touch the sensor.
cli-sample-no-user-presence-transition = Lift your finger, then touch again.
cli-sample-unknown = Not accepted: try again.
# $advice: one of the cli-sample-... texts above.
cli-sample-complete = { $advice } Fingerprint complete.
# $remaining: the touches still needed.
cli-sample-again = { $advice } Lift and touch again ({ $remaining } more).

## devices

cli-devices-none = No security key found. Insert your security key (or hold it on the reader).
# $label: the key's name; $reader: the NFC reader's name.
cli-devices-on-reader = { $label } on reader "{ $reader }"

## info

cli-yes = yes
cli-no = no
# $warning: the FIDO metadata's warning about this model.
cli-info-warning = WARNING: { $warning }
# The labels of `keyguide info`; the colon is added after them.
cli-info-aaguid = AAGUID
cli-info-versions = FIDO versions
cli-info-firmware = Firmware
cli-info-transports = Transports
cli-info-certification = Certification
cli-info-pin = PIN
cli-info-min-pin-length = Minimum PIN length
cli-info-fingerprints = Fingerprints
cli-info-passkeys = Passkeys
cli-info-passkey-management = Passkey management
cli-info-always-uv = Always require PIN
# The values of `keyguide info`.
cli-info-pin-not-supported = not supported
cli-info-pin-not-set = not set (set one with `keyguide pin set`)
cli-info-pin-set = set
cli-info-pin-set-retries = { $count ->
    [one] set, { $count } attempt left
   *[other] set, { $count } attempts left
}
cli-info-pin-power-cycle = blocked until you remove and re-insert the key
cli-info-force-pin-change = The PIN must be changed before the key can be used.
cli-info-fingerprints-enrolled = supported, enrolled
cli-info-fingerprints-none = supported, none enrolled
cli-info-fingerprints-unsupported = not supported
# $used: passkeys on the key; $remaining: room for more.
cli-info-passkeys-used = { $used } stored, room for { $remaining } more
cli-info-passkeys-room = room for { $remaining } more

## pin

cli-pin-retries = { $count ->
    [one] { $count } PIN attempt left.
   *[other] { $count } PIN attempts left.
}
cli-pin-retries-power-cycle = Remove the key and insert it again before the next attempt.
cli-pin-set-done = The PIN is set.
cli-pin-changed = The PIN is changed.

## passkeys

# $used: passkeys on the key; $remaining: room for more.
cli-passkeys-summary = { $used ->
    [one] { $used } passkey stored, room for { $remaining } more.
   *[other] { $used } passkeys stored, room for { $remaining } more.
}
# A passkey whose user name and display name differ.
cli-passkeys-user-and-display-name = { $name } ({ $display_name })
cli-passkeys-no-user-name = (no user name)
# $id: the passkey's id.
cli-passkeys-delete-confirm = Delete passkey { $id }? Its account can no longer sign in with this key.
cli-passkeys-deleted = The passkey is deleted.
cli-passkeys-user-updated = The passkey's user names are updated.

## fingerprints

cli-fingerprints-none = No fingerprints enrolled. Add one with `keyguide fingerprints enroll`.
cli-fingerprints-no-name = (no name)
cli-fingerprints-enrolled = Fingerprint enrolled (id { $id }).
cli-fingerprints-renamed = The fingerprint is renamed.
cli-fingerprints-remove-confirm = Remove fingerprint { $id }?
cli-fingerprints-removed = The fingerprint is removed.

## config

cli-config-always-uv-on = The key now always asks for the PIN or a fingerprint.
cli-config-always-uv-off = The key asks for the PIN or a fingerprint only where a site requires it.
# $length: the new minimum PIN length.
cli-config-min-pin-length-set = The minimum PIN length is now { $length }.
cli-config-min-pin-length-set-change-pin = The minimum PIN length is now { $length }. The PIN is shorter, so it must be changed before the key can be used again.
cli-config-force-pin-change-done = The PIN must be changed before the key can be used again.
cli-config-enterprise-attestation-confirm = Enterprise attestation lets this key identify itself individually (for example by serial number) to the sites your organisation or the key's maker chose. Only a reset of the key turns it off again.
cli-config-enterprise-attestation-done = Enterprise attestation is on.

## reset and identify

cli-reset-confirm = Reset erases the PIN, every passkey and every fingerprint on this key. Accounts that use it will no longer accept it.
    Keys accept a reset only within about 10 seconds after being plugged in, and you must touch the key.
cli-reset-done = The key is reset. It has no PIN, passkeys or fingerprints now.
cli-identify-done = This is the key you touched.

## report

# $json, $html: the two files written.
cli-report-written = Report written to { $json } and { $html }.
# $error: the system's reason.
cli-report-not-written = Could not write the report: { $error }
# How the report names the key when no --virtual or --device was given.
cli-report-only-key = the only key connected

## virtual

# $path: the new key file.
cli-virtual-created = Created a virtual key in { $path }.
cli-virtual-replugged = The virtual key was removed and inserted again.
# $count: passkeys created; $sites: over how many sites.
cli-virtual-seeded = { $sites ->
    [one] { $count ->
        [one] Created { $count } passkey for { $sites } site.
       *[other] Created { $count } passkeys for { $sites } site.
    }
   *[other] { $count ->
        [one] Created { $count } passkey over { $sites } sites.
       *[other] Created { $count } passkeys over { $sites } sites.
    }
}
# $path: the key file; $reader: vpcd's address, such as 127.0.0.1:35963.
cli-virtual-serving = Serving { $path } as an NFC card in the vpcd reader at { $reader }.
# $aaguid: what the user typed after mds:.
cli-virtual-not-an-aaguid = '{ $aaguid }' is not an AAGUID (expected the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
cli-virtual-unknown-model = No model with AAGUID { $aaguid } in the FIDO metadata.
# $model: the model's name.
cli-virtual-no-get-info = The FIDO metadata has no authenticatorGetInfo for { $model }.
cli-about-provision = Prepare keys in bulk by a policy (IT staff): key after key until you type q, one report row each.
cli-help-provision-policy = The preparation policy (TOML; see examples/provision-policy.toml).
cli-help-provision-report = The report to create (CSV, readable by you only; holds the PINs).
cli-about-entra = Register a key for a user in Microsoft Entra ID, offline.
cli-about-entra-request = Print the Microsoft Graph request that fetches a user’s creation options.
cli-help-entra-request-user = The user’s object ID or user principal name.
cli-help-entra-request-challenge-timeout = How long the challenge stays valid, in minutes (5 to 43200).
cli-about-entra-register = Make the user’s passkey on the key from the creation options, and write the body to send to Microsoft Graph.
cli-help-entra-register-options = The creation options as Microsoft Graph returned them (JSON).
cli-help-entra-register-out = Where to write the registration body (JSON).
cli-help-entra-register-display-name = The key’s name in the user’s list of methods.
cli-about-blobs = Show or clear the key's large-blob store (data sites keep on the key).
cli-about-blobs-list = How much of the store is used, and which passkeys have data in it (with the PIN).
cli-about-blobs-clear = Erase every site's data in the store. Passkeys stay.
cli-help-blobs-clear-yes = Do not ask for confirmation.
cli-blobs-clear-confirm = Clearing erases the data every site keeps in this key's large-blob store (for example certificates). The passkeys stay, but sites may need to store their data again.
cli-blobs-cleared = The large-blob store is empty.
