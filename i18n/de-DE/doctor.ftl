## keyguide doctor und die Seite „Diesen Computer prüfen“ in den App-Einstellungen (src/doctor.rs).

doctor-title = Diesen Computer prüfen
doctor-intro = Was auf diesem Computer KeyGuide daran hindern könnte, Ihre Schlüssel zu erreichen, und wie Sie es beheben. An keinen Schlüssel wird etwas gesendet.
doctor-run = Jetzt prüfen
doctor-running = Wird geprüft …
doctor-status-ok = OK
doctor-status-info = Hinweis
doctor-status-warning = Warnung
doctor-status-problem = Problem
doctor-check-smart-card-service = Smartcard-Dienst (NFC-Lesegeräte)
doctor-check-usb-access = Zugriff auf USB-Schlüssel
doctor-check-udev-rule = Geräteregel für Sicherheitsschlüssel
doctor-check-elevation = Administratorrechte
doctor-check-keys = Schlüssel, die dieser Computer sieht
doctor-check-log-folder = Protokollordner
doctor-pcsc-readers = Der Smartcard-Dienst läuft. { $count ->
    [one] Lesegerät: { $readers }.
   *[other] { $count } Lesegeräte: { $readers }.
}
doctor-pcsc-no-readers = Der Smartcard-Dienst läuft, aber kein NFC- oder Smartcard-Lesegerät ist angeschlossen.
doctor-pcsc-no-readers-fix = Um einen Schlüssel per NFC zu verwenden, schließen Sie ein Lesegerät an. USB-Schlüssel brauchen keines.
doctor-pcsc-no-service = Der Smartcard-Dienst läuft nicht, daher können NFC-Lesegeräte nicht verwendet werden.
doctor-pcsc-error = Der Smartcard-Dienst hat mit einem Fehler geantwortet: { $error }.
doctor-pcsc-fix-linux = Installieren und starten Sie pcscd (unter Debian und Ubuntu mit den Befehlen unten; unter Fedora: sudo dnf install pcsc-lite).
doctor-pcsc-fix-windows = Starten Sie den Dienst „Smartcard“: Öffnen Sie „Dienste“ (services.msc), suchen Sie „Smartcard“ und wählen Sie „Starten“.
doctor-pcsc-fix-macos = macOS startet seinen Smartcard-Dienst selbst, sobald ein Lesegerät angeschlossen ist. Schließen Sie das Lesegerät erneut an oder starten Sie den Mac neu.
doctor-usb-none = Kein USB-Sicherheitsschlüssel ist angeschlossen.
doctor-usb-ok = { $count ->
    [one] KeyGuide darf den angeschlossenen USB-Sicherheitsschlüssel verwenden.
   *[other] KeyGuide darf die { $count } angeschlossenen USB-Sicherheitsschlüssel verwenden.
}
doctor-usb-refused = Das System erlaubt Ihnen nicht, { $devices } zu öffnen, daher kann KeyGuide diesen Schlüssel nicht verwenden.
doctor-udev-found = Eine Geräteregel für Sicherheitsschlüssel ist installiert: { $rules }.
doctor-udev-missing = Keine Geräteregel für Sicherheitsschlüssel ist installiert. Schlüssel funktionieren dann womöglich nur für Administratoren oder nur bis zur nächsten Anmeldung.
doctor-udev-missing-fix = Installieren Sie die Regel von KeyGuide mit den Befehlen unten, dann ziehen Sie Ihren Schlüssel ab und stecken ihn wieder ein.
doctor-elevation-needed = Diese Windows-Version lässt nur Administratoren direkt mit Sicherheitsschlüsseln sprechen.
doctor-elevation-ok = KeyGuide kann direkt mit Sicherheitsschlüsseln sprechen.
doctor-keys-none = Kein Sicherheitsschlüssel ist angeschlossen.
doctor-keys-none-fix = Stecken Sie Ihren Schlüssel ein oder halten Sie ihn an das NFC-Lesegerät.
doctor-keys-found = { $count ->
    [one] Ein Schlüssel: { $keys }.
   *[other] { $count } Schlüssel: { $keys }.
}
doctor-logs = Protokolle werden in { $folder } geschrieben.
doctor-logs-not-writable = KeyGuide kann seine Protokolle nicht in { $folder } schreiben.
doctor-logs-no-folder = Dieses System hat keinen Ordner für die Protokolle von KeyGuide (kein persönlicher Ordner?).
