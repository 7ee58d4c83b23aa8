# Womit ein Vorgang am Schlüssel enden kann (src/device/error.rs), jeweils mit
# dem nächsten Schritt für den Benutzer. Angezeigt in der App und auf der Kommandozeile.
# Rohe technische Details (CTAP-Codes, Fehlertexte des Systems) kommen als Variablen.

## PIN

errors-pin-invalid = Falsche PIN.
# $retries: die verbleibenden PIN-Versuche des Schlüssels.
errors-pin-invalid-retries = { $retries ->
    [one] Falsche PIN. Noch { $retries } Versuch.
   *[other] Falsche PIN. Noch { $retries } Versuche.
}
errors-pin-auth-blocked = Zu oft hintereinander eine falsche PIN. Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es erneut.
errors-pin-blocked = Die PIN ist nach zu vielen Fehlversuchen gesperrt. Nur ein Zurücksetzen macht den Schlüssel wieder nutzbar (dabei wird er gelöscht).
errors-pin-not-set = Dieser Schlüssel hat noch keine PIN. Legen Sie zuerst eine fest.
# `change` ist der Befehl der Kommandozeile, nicht übersetzt.
errors-pin-already-set = Dieser Schlüssel hat bereits eine PIN. Verwenden Sie stattdessen „change“.
errors-pin-change-required = Ihre PIN muss geändert werden, bevor der Schlüssel verwendet werden kann.
errors-pin-policy-violation = Der Schlüssel hat diese PIN gemäß seiner PIN-Richtlinie abgelehnt (zu kurz, zu einfach oder gleich der bisherigen).
errors-pin-required = Für diesen Vorgang ist die PIN des Schlüssels erforderlich.
errors-token-rejected = Der Schlüssel akzeptiert das PIN-Token dieser Sitzung nicht mehr. Geben Sie die PIN erneut ein.

## A PIN refused before anything was sent to the key

# $min: die Mindestlänge der PIN des Schlüssels.
errors-pin-too-short = { $min ->
    [one] Die PIN muss mindestens { $min } Zeichen lang sein.
   *[other] Die PIN muss mindestens { $min } Zeichen lang sein.
}
errors-pin-too-long = Die PIN darf höchstens 63 Byte lang sein.
errors-pin-too-long-for-key = Dieser Schlüssel akzeptiert PINs mit höchstens { $max } Zeichen.
errors-pin-contains-nul = Die PIN darf kein NUL-Zeichen enthalten.
errors-pin-mismatch = Die beiden PINs stimmen nicht überein.

## Fingerprints (user verification)

# $retries: die verbleibenden Fingerabdruck-Versuche des Schlüssels.
errors-uv-invalid = { $retries ->
    [one] Fingerabdruck nicht erkannt. Noch { $retries } Versuch.
   *[other] Fingerabdruck nicht erkannt. Noch { $retries } Versuche.
}
errors-uv-blocked = Die Fingerabdruckerkennung ist gesperrt. Verwenden Sie stattdessen die PIN.
errors-fingerprint-storage-full = Der Fingerabdruckspeicher dieses Schlüssels ist voll. Entfernen Sie zuerst einen Fingerabdruck.
# $id: die ID des Fingerabdrucks, wie der Schlüssel sie meldet.
errors-unknown-fingerprint = Auf diesem Schlüssel gibt es keinen Fingerabdruck mit der ID { $id }.
errors-fingerprint-name-too-long = { $max ->
    [one] Der Name des Fingerabdrucks ist für diesen Schlüssel zu lang (höchstens { $max } Byte).
   *[other] Der Name des Fingerabdrucks ist für diesen Schlüssel zu lang (höchstens { $max } Byte).
}

## Passkeys

errors-key-store-full = Der Passkey-Speicher des Schlüssels ist voll. Löschen Sie zuerst einen Passkey.
errors-no-passkeys = Auf diesem Schlüssel sind keine Passkeys gespeichert.
# $id: die Credential-ID des Passkeys.
errors-unknown-credential = Auf diesem Schlüssel gibt es keinen Passkey mit der ID { $id }.
# $current: die aktuelle Mindestlänge der PIN des Schlüssels.
errors-invalid-min-pin-length = Die Mindestlänge der PIN kann nur erhöht werden: Wählen Sie einen Wert von { $current } bis 63.

## The flow of an operation

errors-invalid-option = Der Schlüssel hat eine Option dieser Anfrage abgelehnt.
errors-not-allowed = Der Schlüssel hat das nicht zugelassen.
errors-operation-denied = Der Vorgang wurde am Schlüssel abgelehnt.
errors-reset-window-passed = Der Schlüssel erlaubt das Zurücksetzen nur innerhalb von etwa 10 Sekunden nach dem Einstecken. Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es sofort erneut.
errors-reset-declined = Sie haben das Zurücksetzen am Schlüssel abgelehnt. Es wurde nichts gelöscht.
errors-user-action-timeout = Sie haben den Schlüssel nicht rechtzeitig berührt. Versuchen Sie es erneut.
errors-timeout = Der Schlüssel hat nicht rechtzeitig geantwortet. Entfernen Sie ihn, stecken Sie ihn wieder ein und versuchen Sie es erneut.
errors-cancelled = Abgebrochen.
errors-busy = Der Schlüssel wird gerade von einem anderen Programm verwendet. Schließen Sie andere Programme, die ihn nutzen, und versuchen Sie es erneut.

## A feature the key does not offer

errors-unsupported-client-pin = Dieser Schlüssel unterstützt keine PIN.
errors-unsupported-credential-management = Dieser Schlüssel unterstützt keine Passkey-Verwaltung.
errors-unsupported-bio-enrollment = Dieser Schlüssel unterstützt keine Fingerabdrücke.
errors-unsupported-authenticator-config = Bei diesem Schlüssel lassen sich die Einstellungen nicht ändern.
errors-unsupported-always-uv = Dieser Schlüssel unterstützt die Einstellung „Immer nach PIN oder Fingerabdruck fragen“ nicht.
errors-unsupported-min-pin-length = Bei diesem Schlüssel lässt sich die Mindestlänge der PIN nicht ändern.
errors-unsupported-enterprise-attestation = Dieser Schlüssel unterstützt keine Unternehmensattestierung (Enterprise Attestation).
errors-unsupported-large-blobs = Dieser Schlüssel hat keinen Speicher für große Datenblöcke (Large Blobs).
errors-unsupported-update-user-information = Bei diesem Schlüssel lassen sich die Benutzernamen von Passkeys nicht bearbeiten.
errors-unsupported-selection = Dieser Schlüssel unterstützt die Funktion „Schlüssel identifizieren“ nicht.
errors-unsupported-pin-uv-auth-token = Dieser Schlüssel unterstützt keine PIN-Token mit Berechtigungen.

## The connection

errors-disconnected = Der Schlüssel wurde entfernt.
errors-no-key = Kein Sicherheitsschlüssel gefunden. Stecken Sie Ihren Sicherheitsschlüssel ein und versuchen Sie es erneut.
# `--device` ist eine Option der Kommandozeile, nicht übersetzt.
errors-several-keys = Mehrere Schlüssel sind angeschlossen. Wählen Sie einen mit --device aus.
# $id: die Geräte-ID, nach der der Benutzer gefragt hat.
errors-unknown-device = Es ist kein Schlüssel mit der ID { $id } angeschlossen.
errors-no-smart-card-service = Kein Smartcard-Dienst gefunden. Starten Sie pcscd (unter Windows den Dienst „Smartcard“), um NFC-Schlüssel zu verwenden.
# $reason: was das System gemeldet hat, oder KeyGuides Beschreibung der Ablehnung.
errors-os-permission-denied = Das System hat den Zugriff auf den Schlüssel nicht erlaubt: { $reason }
# $detail: eine technische Beschreibung der unlesbaren Antwort.
errors-protocol = Der Schlüssel hat eine Antwort gesendet, die KeyGuide nicht lesen konnte ({ $detail }). Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es erneut.
# $detail: der rohe Fehler, für den Support.
errors-other = Bei der Verbindung mit dem Schlüssel ist etwas schiefgegangen ({ $detail }). Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es erneut.

## A CTAP status with no message above (CTAP 2.1 §8.2)
# $code: the status code in hex (0x7F), for support; not translated.
errors-status-unsupported = Dieser Schlüssel unterstützt diese Anfrage nicht (Code { $code }). Ein Firmware-Update des Schlüssels oder ein anderer Schlüssel kann helfen.
errors-status-request-rejected = Der Schlüssel hat die Anfrage von KeyGuide als ungültig abgelehnt (Code { $code }). Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es erneut; wenn es wieder passiert, melden Sie es mit diesem Code.
errors-status-channel = Die Verbindung zum Schlüssel ist aus dem Takt geraten (Code { $code }). Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es erneut.
errors-status-pending = Der Schlüssel ist noch mit einer früheren Anfrage beschäftigt (Code { $code }). Warten Sie einen Moment und versuchen Sie es erneut.
errors-status-no-operations = Der Schlüssel hatte keine unterbrochene Aktion, die fortgesetzt werden könnte (Code { $code }). Starten Sie die Aktion neu.
errors-status-invalid-credential = Der Schlüssel hat diesen Passkey nicht erkannt (Code { $code }). Aktualisieren Sie die Liste und versuchen Sie es erneut.
errors-status-credential-excluded = Dieser Schlüssel hat bereits einen Passkey für dieses Konto (Code { $code }). Es wurde nichts geändert.
errors-status-large-blob-full = Der Speicher des Schlüssels für zusätzliche Passkey-Daten ist voll (Code { $code }). Löschen Sie Passkeys, die Sie nicht mehr brauchen, und versuchen Sie es erneut.
errors-status-up-required = Dafür müssen Sie den Schlüssel berühren (Code { $code }). Versuchen Sie es erneut und berühren Sie den Schlüssel, wenn er blinkt.
errors-status-integrity = Der Schlüssel hat festgestellt, dass empfangene oder gespeicherte Daten eine Prüfung nicht bestanden haben (Code { $code }). Versuchen Sie es erneut; wenn es wieder passiert, melden Sie es mit diesem Code.
errors-status-other = Im Schlüssel ist ein interner Fehler aufgetreten, die Aktion wurde nicht abgeschlossen (Code { $code }). Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es erneut. Wenn es wieder passiert, ist der Schlüssel möglicherweise defekt.
errors-status-unknown = Der Schlüssel hat einen Fehler gemeldet, den KeyGuide nicht kennt (Code { $code }). Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es erneut. Wenn es wieder passiert, nennen Sie diesen Code Ihrem IT-Support.
