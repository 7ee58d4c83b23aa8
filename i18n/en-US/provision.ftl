# Preparing keys in bulk (keyguide provision) and registering keys for
# users in Microsoft Entra ID (keyguide entra). Field names of the policy
# file (pin.random_digits, key.always_uv ...) stay as they are: they are
# what the user types in the file.

## The policy file
provision-policy-error = Line { $line }, { $field }: { $problem }
provision-policy-syntax = not valid here ({ $detail }).
provision-policy-no-pin = the policy needs a [pin] table with random_digits or temporary_digits.
provision-policy-two-pins = give either random_digits or temporary_digits, not both.
provision-policy-out-of-range = must be a number from { $min } to { $max }.
provision-policy-pin-shorter-than-minimum = the PIN would have { $digits } digits, fewer than the minimum length of { $min }.
provision-policy-temporary-not-forced = a temporary PIN must always be changed: remove force_change or set it to true.
provision-policy-not-an-aaguid = “{ $value }” is not an AAGUID (like ee882879-721c-4913-9775-3dfcce97072a).
provision-policy-unknown-certification = “{ $value }” is not a certification level (L1, L1+, L2, L2+, L3 or L3+).
provision-policy-unreadable = Could not read the policy { $path }: { $error }
provision-policy-invalid = The policy { $path } is not valid. { $error }

## Why a key was refused
provision-refused-model = The policy does not allow this model ({ $aaguid }).
provision-refused-certification = The policy asks for { $wanted } or higher; this model has { $has }.
provision-refused-feature = The policy needs { $feature }, which this key does not offer.
provision-refused-in-use = The key is already in use (it has a PIN) and was left as it is. Reset it first, or set reset_first in the policy.
provision-refused-key-minimum = The key requires PINs of at least { $min } characters; the policy’s PIN has { $digits } digits.
provision-refused-passkeys = The key already holds { $count } passkeys. It now has the PIN in the report; nothing else was changed. Reset it first, or set reset_first in the policy.
provision-not-verified = Read back from the key, these settings did not take effect: { $settings }.

## The batch
provision-report-not-created = Could not create the report { $path }: { $error } (an existing report is never overwritten).
provision-report-not-written = Could not write to the report: { $error }
provision-insert-first = Insert a key or lay it on the reader. Type q and Enter to stop.
provision-key-working = Key { $number } ({ $label }): preparing, do not remove it…
provision-insert-next = Remove the key and insert the next one (q and Enter to stop).
provision-key-prepared = Key { $number } ({ $model }): prepared.
provision-key-refused = Key { $number } ({ $model }): refused. { $reason }
provision-key-failed = Key { $number }: failed. { $reason }
provision-summary-all = All { $count } keys prepared. Report: { $path }
provision-summary-some-not = { $prepared } of { $total } keys prepared; the others were refused or failed (see { $path }).
provision-one-virtual-key-only = Only the provision command takes --virtual more than once.

## Microsoft Entra ID
provision-entra-request-explained = Send this request with your own Microsoft Graph tools, signed in as an Authentication Administrator or Privileged Authentication Administrator, with the permission { $permission }. Save the answer as a JSON file and give it to “keyguide entra register --options”.
provision-entra-request-then = Then send the file “keyguide entra register --out” writes, as the body of: POST { $url } (Content-Type: application/json).
provision-entra-options-unreadable = Could not read the creation options { $path }: { $error }
provision-entra-options-invalid = The creation options in { $path } cannot be used: { $error } Nothing was done on the key.
provision-entra-not-json = this is not JSON ({ $detail }).
provision-entra-missing = { $field } is missing or empty.
provision-entra-not-base64 = { $field } is not base64url.
provision-entra-challenge-too-short = the challenge has { $bytes } bytes, fewer than { $min }: these are not options from Microsoft Graph.
provision-entra-expired = the challenge expired at { $at }. Fetch new creation options.
provision-entra-bad-date = challengeTimeoutDateTime “{ $value }” is not a date.
provision-entra-no-algorithm = the options allow no algorithm a security key uses (ES256, EdDSA or RS256).
provision-entra-timeout-out-of-range = the challenge timeout must be { $min } to { $max } minutes.
provision-entra-out-exists = { $path } already exists; choose another file for the registration.
provision-entra-out-not-written = Could not write { $path }: { $error }
provision-entra-touch = Touch the key to create the passkey.
provision-entra-registered = Passkey for { $user } created on the key. Send { $path } to Microsoft Graph to register it.

## The app's screen for IT staff (Prepare keys for others). The PIN is never shown here: it is in the report.
provision-app-open = Prepare keys for others (IT)
provision-app-title = Prepare keys for others
provision-app-detail = For IT staff: each key you insert or tap is prepared by the policy file and written as a row of the report, with the PIN it was given. Keep the report safe: it holds the PINs.
provision-app-policy = Policy file (TOML)
provision-app-report = Report file to create (CSV)
provision-app-policy-missing = Enter the path of the policy file.
provision-app-report-missing = Enter the path of a new report file.
provision-app-report-exists = { $path } already exists. Choose a new file name: a report is never overwritten.
provision-app-start = Start
provision-app-stop = Stop
provision-app-insert-next = Insert or tap the next key.
provision-app-working = Preparing key { $number }. Do not remove it…
provision-app-insert-demo = Insert the demo key
provision-app-count = { $prepared } prepared, { $failed } failed
provision-app-row-number = Key { $number }
provision-app-result-prepared = Prepared
provision-app-result-refused = Refused
provision-app-result-failed = Failed
