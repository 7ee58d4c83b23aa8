# The readable (HTML) page of "Save report" and `keyguide report`. The
# JSON file beside it keeps its English field names for tools.

# $model: the key's model name.
report-title = Security key report: { $model }
report-heading = Security key report
# $model: the key's model; $created: the date and time (UTC); $generator: KeyGuide and its version.
report-subtitle = { $model } · created { $created } by { $generator }
report-no-secrets = This report holds no PIN, no passkey and no account name.

## The rows of the table

report-model = Model
report-aaguid = AAGUID
report-connection = Connection
report-firmware = Firmware
report-versions = FIDO versions
report-transports = Transports
report-extensions = Extensions
report-pin = PIN
report-min-pin-length = Minimum PIN length
report-pin-change-required = PIN change required
report-fingerprint-sensor = Fingerprint sensor
report-fingerprints-enrolled = Fingerprints enrolled
report-always-uv = Always require verification
report-passkey-management = Passkey management
report-passkeys-stored = Passkeys stored
report-passkey-slots-free = Passkey slots free
report-sites = Sites
report-in-metadata = In FIDO metadata
report-certification = Certification
report-metadata-warning = Metadata warning

## The values

report-yes = yes
report-no = no
report-pin-not-supported = not supported
report-pin-not-set = not set
report-pin-set = set
# $count: the PIN attempts left.
report-pin-set-retries = { $count ->
    [one] set, { $count } try left
   *[other] set, { $count } tries left
}
# $reader: the NFC reader's name.
report-connection-nfc-reader = NFC on { $reader }
report-connection-nfc = NFC
# $label: the key's name or id.
report-connection-usb = USB: { $label }
# $label: the virtual key's file.
report-connection-virtual = virtual key: { $label }
