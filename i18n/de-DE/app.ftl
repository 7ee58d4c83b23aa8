app-copied = Kopiert.
app-key-removed = Der Schlüssel wurde entfernt.
app-pin-saved = Die PIN ist gespeichert. Merken Sie sie sich: Der Schlüssel kann sie Ihnen nicht anzeigen.
app-passkey-deleted = Der Passkey ist gelöscht.
app-fingerprint-removed = Der Fingerabdruck ist entfernt.
app-setting-saved = Die Einstellung ist auf dem Schlüssel gespeichert.
app-identified = Das ist dieser Schlüssel.
app-reset-window-passed = Der Schlüssel hat abgelehnt: Seit dem Einstecken waren mehr als 10 Sekunden vergangen. Beginnen Sie neu und berühren Sie den Schlüssel, sobald er wieder da ist.
app-reset-not-touched = Der Schlüssel wurde nicht rechtzeitig berührt, daher wurde nichts gelöscht. Beginnen Sie neu, wenn Sie bereit sind.
app-reset-cancelled = Zurücksetzen abgebrochen. Es wurde nichts gelöscht.
app-keep-on-reader = Lassen Sie den Schlüssel auf dem Lesegerät, bis dies abgeschlossen ist.
app-nav-overview = Übersicht
app-nav-pin = PIN
app-nav-fingerprints = Fingerabdrücke
app-nav-passkeys = Passkeys
app-nav-key-settings = Schlüsseleinstellungen
app-nav-reset = Zurücksetzen
app-nav-guide = Arbeit oder Schule
app-all-keys = Alle Schlüssel
app-settings = App-Einstellungen
app-press-escape = Mit Esc oder „Abbrechen“ beenden.
app-unlock-title = PIN des Schlüssels eingeben
app-unlock-detail = KeyGuide fragt einmal und vergisst die PIN, wenn Sie den Schlüssel schließen.
app-unlock = Entsperren
app-unlock-fingerprint = Fingerabdruck verwenden
app-unlock-fingerprint-detail = Berühren Sie den Sensor des Schlüssels mit einem registrierten Finger. Die PIN funktioniert ebenfalls.
app-unlock-fingerprint-retries = { $count ->
    [one] Noch { $count } Fingerabdruck-Versuch, bevor die PIN nötig ist.
   *[other] Noch { $count } Fingerabdruck-Versuche, bevor die PIN nötig ist.
}
app-theme = Darstellung
app-language = Sprache
app-report-saved = Bericht gespeichert: { $html } und { $json }
app-report-not-saved = Der Bericht wurde nicht gespeichert: { $error }
app-settings-not-saved = Die Einstellungen konnten nicht gespeichert werden: { $error }
app-reset-failed = { $error } Es wurde nichts gelöscht.
app-reset-seconds-left = { $seconds ->
    [one] Noch { $seconds } Sekunde im Zeitfenster zum Zurücksetzen
   *[other] Noch { $seconds } Sekunden im Zeitfenster zum Zurücksetzen
}
app-busy-unlock = PIN wird geprüft…
app-busy-unlock-fingerprint = Warten auf Ihren Fingerabdruck…
app-busy-set-pin = PIN wird festgelegt…
app-busy-change-pin = PIN wird geändert…
app-busy-passkeys = Passkeys werden gelesen…
app-busy-delete-passkey = Passkey wird gelöscht…
app-busy-saving = Wird gespeichert…
app-busy-fingerprints = Fingerabdrücke werden gelesen…
app-busy-enroll = Berühren Sie den Fingerabdrucksensor
app-busy-cancelling = Wird abgebrochen…
app-busy-renaming = Wird umbenannt…
app-busy-remove-fingerprint = Fingerabdruck wird entfernt…
app-busy-setting = Einstellung wird gespeichert…
app-busy-reset = Berühren Sie den Schlüssel, um das Zurücksetzen zu bestätigen
app-busy-identify = Berühren Sie den Schlüssel, der blinkt
app-report-dialog-title = Bericht speichern
app-report-dialog-filter = Bericht (HTML und JSON)
app-open-url-failed = { $url } konnte nicht im Browser geöffnet werden: { $error }
app-no-home-folder = KeyGuide hat Ihren persönlichen Ordner nicht gefunden.
app-pin-first = Dieser Schlüssel hat noch keine PIN. Passkeys und Fingerabdrücke verwalten Sie mit der PIN des Schlüssels: Legen Sie zuerst eine fest.
app-pin-first-button = PIN festlegen
