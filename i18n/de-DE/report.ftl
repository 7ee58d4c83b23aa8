# Die lesbare (HTML-)Seite von „Bericht speichern“ und `keyguide report`. Die
# JSON-Datei daneben behält ihre englischen Feldnamen für Werkzeuge.

# $model: der Modellname des Schlüssels.
report-title = Bericht zum Sicherheitsschlüssel: { $model }
report-heading = Bericht zum Sicherheitsschlüssel
# $model: das Modell des Schlüssels; $created: Datum und Uhrzeit (UTC); $generator: KeyGuide und seine Version.
report-subtitle = { $model } · erstellt am { $created } mit { $generator }
report-no-secrets = Dieser Bericht enthält keine PIN, keine Passkeys und keine Kontonamen.

## The rows of the table

report-model = Modell
report-aaguid = AAGUID
report-connection = Verbindung
report-firmware = Firmware
report-versions = FIDO-Versionen
report-transports = Übertragungswege
report-extensions = Erweiterungen
report-pin = PIN
report-min-pin-length = PIN-Mindestlänge
report-pin-change-required = PIN-Änderung erforderlich
report-fingerprint-sensor = Fingerabdrucksensor
report-fingerprints-enrolled = Fingerabdrücke eingerichtet
report-always-uv = Immer Verifizierung verlangen
report-passkey-management = Passkey-Verwaltung
report-passkeys-stored = Gespeicherte Passkeys
report-passkey-slots-free = Freie Passkey-Plätze
report-sites = Websites
report-in-metadata = In FIDO-Metadaten
report-certification = Zertifizierung
report-metadata-warning = Metadaten-Warnung

## The values

report-yes = ja
report-no = nein
report-pin-not-supported = nicht unterstützt
report-pin-not-set = nicht festgelegt
report-pin-set = festgelegt
# $count: die verbleibenden PIN-Versuche.
report-pin-set-retries = { $count ->
    [one] festgelegt, noch { $count } Versuch
   *[other] festgelegt, noch { $count } Versuche
}
# $reader: der Name des NFC-Lesegeräts.
report-connection-nfc-reader = NFC über { $reader }
report-connection-nfc = NFC
# $label: der Name oder die ID des Schlüssels.
report-connection-usb = USB: { $label }
# $label: die Datei des virtuellen Schlüssels.
report-connection-virtual = virtueller Schlüssel: { $label }
