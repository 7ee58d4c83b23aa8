## Was ein Schlüssel enthält: die Liste der Websites zum Aufbewahren (vor
## dem Zurücksetzen) und der Vergleich mit einem Ersatzschlüssel.

inventory-holds-passkeys = { $passkeys ->
    [one] { $passkeys } Passkey
   *[other] { $passkeys } Passkeys
} auf { $sites ->
    [one] { $sites } Website
   *[other] { $sites } Websites
}
inventory-holds-with-fingerprints = { $passkeys }, { $fingerprints ->
    [one] { $fingerprints } Fingerabdruck
   *[other] { $fingerprints } Fingerabdrücke
}
inventory-account-line = { $site } — { $user }
inventory-account-line-no-user = { $site } (ohne Benutzernamen)

## Befehlszeile
inventory-export-exists = { $path } gibt es schon. Wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen.
inventory-export-not-written = { $path } konnte nicht geschrieben werden: { $error }
inventory-exported = { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
} in { $path } gespeichert. Die Liste enthält keine Geheimnisse: Bewahren Sie sie auf, um nach einem Zurücksetzen zu wissen, wo Sie sich neu registrieren müssen.
inventory-prompt-pin-this-key = PIN dieses Schlüssels ({ $key }):
inventory-prompt-pin-other-key = PIN des anderen Schlüssels ({ $key }):
inventory-other-key-failed = Der andere Schlüssel ({ $key }): { $error }
inventory-no-such-key-file = Es gibt keine Datei eines virtuellen Schlüssels { $path }.
inventory-compare-this-only = Nur auf diesem Schlüssel:
inventory-compare-other-only = Nur auf dem anderen Schlüssel:
inventory-compare-none = keine
inventory-compare-on-both = Auf beiden: { $count }
inventory-compare-same = Beide Schlüssel enthalten dieselben Konten.

## Seite „Zurücksetzen“
inventory-busy-reading = Inhalt des Schlüssels wird gelesen…
inventory-reset-holds = Dieser Schlüssel enthält { $holdings }. Das Zurücksetzen löscht alles davon.
inventory-reset-unlock = Entsperren, um zu sehen, was dieser Schlüssel enthält
inventory-reset-unlock-hint = Mit der PIN kann KeyGuide die Passkeys und Fingerabdrücke auf diesem Schlüssel zählen und vor dem Zurücksetzen die Liste der Websites speichern.
inventory-reset-save = Zuerst die Liste der Websites speichern…
inventory-reset-save-hint = Bewahren Sie die Liste auf, um nach dem Zurücksetzen zu wissen, wo Sie sich neu registrieren müssen. Sie enthält nur Website- und Benutzernamen, keine Geheimnisse.
inventory-reset-saved = Die Liste der Websites ist in { $path } gespeichert.
inventory-reset-not-saved = Die Liste konnte nicht gespeichert werden: { $error }
inventory-dialog-title = Liste der Websites auf diesem Schlüssel speichern
inventory-dialog-filter-csv = Tabelle (CSV)
inventory-dialog-filter-json = JSON
inventory-reset-cancel = Abbrechen
inventory-reset-set-pin = PIN festlegen
# Ein Dateiname (ohne Endung): die Liste der Websites.
inventory-file-stem = websites-auf-meinem-schluessel
