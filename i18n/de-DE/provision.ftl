# Schlüssel in großer Zahl vorbereiten (keyguide provision) und Schlüssel
# für Benutzer in Microsoft Entra ID registrieren (keyguide entra). Die
# Feldnamen der Richtliniendatei (pin.random_digits ...) bleiben, wie sie
# sind: So stehen sie in der Datei.

## Die Richtliniendatei
provision-policy-error = Zeile { $line }, { $field }: { $problem }
provision-policy-syntax = hier nicht zulässig ({ $detail }).
provision-policy-no-pin = die Richtlinie braucht eine Tabelle [pin] mit random_digits oder temporary_digits.
provision-policy-two-pins = bitte entweder random_digits oder temporary_digits angeben, nicht beides.
provision-policy-out-of-range = muss eine Zahl von { $min } bis { $max } sein.
provision-policy-pin-shorter-than-minimum = die PIN hätte { $digits } Ziffern, weniger als die Mindestlänge von { $min }.
provision-policy-temporary-not-forced = eine vorläufige PIN muss immer geändert werden: force_change entfernen oder auf true setzen.
provision-policy-not-an-aaguid = „{ $value }“ ist keine AAGUID (etwa ee882879-721c-4913-9775-3dfcce97072a).
provision-policy-unknown-certification = „{ $value }“ ist keine Zertifizierungsstufe (L1, L1+, L2, L2+, L3 oder L3+).
provision-policy-unreadable = Die Richtlinie { $path } konnte nicht gelesen werden: { $error }
provision-policy-invalid = Die Richtlinie { $path } ist ungültig. { $error }

## Warum ein Schlüssel abgelehnt wurde
provision-refused-model = Die Richtlinie erlaubt dieses Modell nicht ({ $aaguid }).
provision-refused-certification = Die Richtlinie verlangt { $wanted } oder höher; dieses Modell hat { $has }.
provision-refused-feature = Die Richtlinie braucht { $feature }; das bietet dieser Schlüssel nicht.
provision-refused-in-use = Der Schlüssel wird schon benutzt (er hat eine PIN) und blieb unverändert. Setzen Sie ihn zuerst zurück oder setzen Sie reset_first in der Richtlinie.
provision-refused-key-minimum = Der Schlüssel verlangt PINs mit mindestens { $min } Zeichen; die PIN der Richtlinie hat { $digits } Ziffern.
provision-refused-passkeys = Auf dem Schlüssel sind bereits { $count } Passkeys. Er hat jetzt die PIN aus dem Bericht; sonst wurde nichts geändert. Setzen Sie ihn zuerst zurück oder setzen Sie reset_first in der Richtlinie.
provision-not-verified = Beim Zurücklesen vom Schlüssel zeigte sich, dass diese Einstellungen nicht übernommen wurden: { $settings }.

## Der Stapel
provision-report-not-created = Der Bericht { $path } konnte nicht angelegt werden: { $error } (ein vorhandener Bericht wird nie überschrieben).
provision-report-not-written = In den Bericht konnte nicht geschrieben werden: { $error }
provision-insert-first = Stecken Sie einen Schlüssel ein oder legen Sie ihn auf das Lesegerät. Zum Beenden q und die Eingabetaste drücken.
provision-key-working = Schlüssel { $number } ({ $label }): wird vorbereitet, bitte nicht abziehen …
provision-insert-next = Ziehen Sie den Schlüssel ab und stecken Sie den nächsten ein (q und Eingabetaste zum Beenden).
provision-key-prepared = Schlüssel { $number } ({ $model }): vorbereitet.
provision-key-refused = Schlüssel { $number } ({ $model }): abgelehnt. { $reason }
provision-key-failed = Schlüssel { $number }: fehlgeschlagen. { $reason }
provision-summary-all = Alle { $count } Schlüssel vorbereitet. Bericht: { $path }
provision-summary-some-not = { $prepared } von { $total } Schlüsseln vorbereitet; die übrigen wurden abgelehnt oder sind fehlgeschlagen (siehe { $path }).
provision-one-virtual-key-only = Nur der Befehl provision nimmt --virtual mehr als einmal an.

## Microsoft Entra ID
provision-entra-request-explained = Senden Sie diese Anfrage mit Ihren eigenen Microsoft-Graph-Werkzeugen, angemeldet als Authentifizierungsadministrator oder privilegierter Authentifizierungsadministrator, mit der Berechtigung { $permission }. Speichern Sie die Antwort als JSON-Datei und geben Sie sie an „keyguide entra register --options“.
provision-entra-request-then = Senden Sie danach die Datei, die „keyguide entra register --out“ schreibt, als Inhalt von: POST { $url } (Content-Type: application/json).
provision-entra-options-unreadable = Die Erstellungsoptionen { $path } konnten nicht gelesen werden: { $error }
provision-entra-options-invalid = Die Erstellungsoptionen in { $path } sind nicht verwendbar: { $error } Am Schlüssel wurde nichts getan.
provision-entra-not-json = das ist kein JSON ({ $detail }).
provision-entra-missing = { $field } fehlt oder ist leer.
provision-entra-not-base64 = { $field } ist kein base64url.
provision-entra-challenge-too-short = die Challenge hat { $bytes } Bytes, weniger als { $min }: Das sind keine Optionen von Microsoft Graph.
provision-entra-expired = die Challenge ist am { $at } abgelaufen. Holen Sie neue Erstellungsoptionen.
provision-entra-bad-date = challengeTimeoutDateTime „{ $value }“ ist kein Datum.
provision-entra-no-algorithm = die Optionen erlauben keinen Algorithmus, den Sicherheitsschlüssel verwenden (ES256, EdDSA oder RS256).
provision-entra-timeout-out-of-range = die Gültigkeit der Challenge muss { $min } bis { $max } Minuten betragen.
provision-entra-out-exists = { $path } existiert bereits; wählen Sie eine andere Datei für die Registrierung.
provision-entra-out-not-written = { $path } konnte nicht geschrieben werden: { $error }
provision-entra-touch = Berühren Sie den Schlüssel, um den Passkey zu erstellen.
provision-entra-registered = Passkey für { $user } auf dem Schlüssel erstellt. Senden Sie { $path } an Microsoft Graph, um ihn zu registrieren.

## Die App-Seite für die IT (Schlüssel für andere vorbereiten). Die PIN wird hier nie gezeigt: Sie steht im Bericht.
provision-app-open = Schlüssel für andere vorbereiten (IT)
provision-app-title = Schlüssel für andere vorbereiten
provision-app-detail = Für die IT: Jeder Schlüssel, den Sie einstecken oder auflegen, wird nach der Richtliniendatei vorbereitet und als Zeile in den Bericht geschrieben, mit der PIN, die er erhalten hat. Bewahren Sie den Bericht sicher auf: Er enthält die PINs.
provision-app-policy = Richtliniendatei (TOML)
provision-app-report = Neue Berichtsdatei (CSV)
provision-app-policy-missing = Geben Sie den Pfad der Richtliniendatei ein.
provision-app-report-missing = Geben Sie den Pfad einer neuen Berichtsdatei ein.
provision-app-report-exists = { $path } gibt es schon. Wählen Sie einen neuen Dateinamen: Ein Bericht wird nie überschrieben.
provision-app-start = Starten
provision-app-stop = Beenden
provision-app-insert-next = Stecken Sie den nächsten Schlüssel ein oder legen Sie ihn auf.
provision-app-working = Schlüssel { $number } wird vorbereitet. Nicht entfernen …
provision-app-insert-demo = Demo-Schlüssel einstecken
provision-app-count = { $prepared } vorbereitet, { $failed } fehlgeschlagen
provision-app-row-number = Schlüssel { $number }
provision-app-result-prepared = Vorbereitet
provision-app-result-refused = Abgelehnt
provision-app-result-failed = Fehlgeschlagen
