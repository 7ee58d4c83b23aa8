overview-connected-usb = Über USB verbunden
overview-connected-virtual = Virtueller Schlüssel (zum Ausprobieren von KeyGuide)
overview-next-set-pin = Zuerst eine PIN festlegen
overview-next-set-pin-detail = Websites und Windows fragen nach dieser PIN, wenn Sie sich mit dem Schlüssel anmelden.
overview-next-pin-blocked = Die PIN ist gesperrt
overview-next-pin-blocked-detail = Zu viele falsche PINs. Nur Zurücksetzen macht den Schlüssel wieder nutzbar; dabei wird alles auf ihm gelöscht.
overview-next-change-pin = PIN ändern
overview-next-change-pin-detail = Der Schlüssel verlangt eine neue PIN, bevor er verwendet werden kann.
overview-next-add-fingerprint = Fingerabdruck hinzufügen
overview-next-add-fingerprint-detail = Dann können Sie sich mit einer Berührung anmelden, statt die PIN einzutippen.
overview-pin-not-supported = Nicht unterstützt
overview-pin-not-set = Nicht festgelegt
overview-pin-blocked = Gesperrt
overview-pin-set = Festgelegt
overview-passkeys-unlock = Mit der PIN entsperren, um sie zu sehen
overview-passkeys-cannot-list = Dieser Schlüssel kann seine Passkeys nicht auflisten
overview-fingerprints-no-sensor = Kein Fingerabdrucksensor
overview-fingerprints-enrolled = Hinzugefügt
overview-fingerprints-none = Noch keiner hinzugefügt
overview-not-certified = Nicht als FIDO-zertifiziert gelistet
overview-firmware-not-reported = Nicht angegeben
overview-fact-pin = PIN
overview-fact-passkeys = Passkeys
overview-fact-fingerprints = Fingerabdrücke
overview-fact-min-pin-length = Minimale PIN-Länge
overview-fact-certification = Zertifizierung
overview-fact-versions = FIDO-Versionen
overview-fact-connections = Verbindungen
overview-fact-firmware = Firmware
overview-fact-aaguid = Modellkennung (AAGUID)
overview-identify = Schlüssel identifizieren
overview-identify-detail = Der Schlüssel blinkt; berühren Sie ihn, um zu bestätigen, dass es der richtige ist.
overview-save-report = Bericht speichern…
overview-certified = FIDO-zertifiziert
overview-connected-nfc = Auf dem NFC-Lesegerät { $reader }
overview-pin-set-replug = Festgelegt, { $retries ->
    [one] noch { $retries } Versuch
   *[other] noch { $retries } Versuche
}; entfernen Sie den Schlüssel und stecken Sie ihn vor dem nächsten Versuch wieder ein
overview-pin-set-retries = Festgelegt, { $retries ->
    [one] noch { $retries } Versuch
   *[other] noch { $retries } Versuche
}
overview-passkeys-stored = { $used } gespeichert, Platz für { $remaining } weitere
overview-passkeys-room = Platz für { $remaining } weitere
overview-certification-see-warning = { $level } (siehe Warnung oben)
overview-certified-level = FIDO-zertifiziert, Stufe { $level }
overview-warning-revoked = Die FIDO Alliance hat die Zertifizierung dieses Modells widerrufen. Organisationen können es ablehnen; ersetzen Sie den Schlüssel am besten.
overview-warning-uv-bypass = Dieses Modell hat einen bekannten Fehler, mit dem sich die PIN- oder Fingerabdruckprüfung umgehen lässt. Wenden Sie sich an den Hersteller.
overview-warning-attestation-compromise = Der Attestierungsschlüssel dieses Modells ist kompromittiert: Dienste können nicht darauf vertrauen, dass es echt ist.
overview-warning-remote-compromise = Dieses Modell hat einen Fehler, durch den seine Schlüssel aus der Ferne offengelegt werden können. Ersetzen Sie den Schlüssel.
overview-warning-physical-compromise = Wer dieses Modell in der Hand hat, kann seine Schlüssel auslesen. Bewahren Sie es sicher auf oder ersetzen Sie es.
overview-warning-update-available = Der Hersteller bietet für dieses Modell ein Firmware-Update an.

# Die geführte Einrichtung (guide.ftl), wie die Übersicht sie anbietet. Diese Texte
# stehen hier, damit der Programmstart die Datei der Anleitung nicht lesen muss.
overview-guide-open = Schlüssel für Arbeit oder Schule verwenden
overview-guide-start = Geführte Einrichtung starten
overview-guide-offer-title = Richten Sie einen Schlüssel für Ihr Arbeits- oder Schulkonto ein?
overview-guide-offer-detail = KeyGuide prüft den Schlüssel und führt Sie Schritt für Schritt durch Microsofts Seite „Sicherheitsinformationen“.
overview-guide-offer-later = Nicht jetzt

## The key's status, first on the overview.
overview-status-ready = Bereit für die Anmeldung bei der Arbeit
overview-status-ready-detail = Der Schlüssel hat eine PIN und alles, was Microsoft von einem Sicherheitsschlüssel verlangt.
overview-status-needs-pin = Braucht eine PIN
overview-status-needs-new-pin = Braucht eine neue PIN
overview-status-blocked = PIN gesperrt
overview-status-replug = Schlüssel abziehen und wieder einstecken
overview-status-replug-detail = Dreimal hintereinander eine falsche PIN. Ziehen Sie den Schlüssel ab, stecken Sie ihn wieder ein und versuchen Sie die PIN noch einmal.
overview-status-not-for-work = Nicht für die Anmeldung bei der Arbeit geeignet
overview-status-not-for-work-detail = Microsoft verlangt einen Schlüssel, der Passkeys selbst speichert, eine PIN hat und die Erweiterung hmac-secret unterstützt. Diesem fehlt etwas davon.
overview-details = Technische Details
overview-fact-extensions = Erweiterungen
overview-none = Keine
