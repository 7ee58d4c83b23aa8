## keyguide doctor: was diesem Rechner fehlt, jeweils mit der Abhilfe.

doctor-mark-ok = [ok]
doctor-mark-warning = [!]
doctor-mark-problem = [Problem]
doctor-pcscd-running = Der Smartcard-Dienst (pcscd) läuft: NFC-Schlüssel können verwendet werden.
doctor-pcscd-not-running = Der Smartcard-Dienst (pcscd) läuft nicht, daher sieht KeyGuide keine Schlüssel auf NFC-Lesegeräten.
doctor-pcscd-fix-linux = Installieren und starten Sie ihn: sudo apt install pcscd, dann sudo systemctl enable --now pcscd.socket
doctor-pcscd-fix-other = Starten Sie den Dienst „Smartcard“ (unter Windows: services.msc, „Smartcard“).
doctor-no-readers = Der Smartcard-Dienst sieht kein NFC-Lesegerät.
doctor-no-readers-fix = Schließen Sie ein NFC-Lesegerät an, um Schlüssel über NFC zu verwenden. USB-Schlüssel brauchen keines.
doctor-readers = { $count ->
    [one] { $count } NFC-Lesegerät
   *[other] { $count } NFC-Lesegeräte
}: { $names }
doctor-usb-no-keys = Es ist kein USB-Sicherheitsschlüssel eingesteckt, daher konnte der Zugriff auf USB-Schlüssel nicht geprüft werden. Stecken Sie einen ein und starten Sie die Prüfung erneut.
doctor-usb-access-ok = { $count ->
    [one] Sie dürfen den eingesteckten USB-Sicherheitsschlüssel öffnen.
   *[other] Sie dürfen alle { $count } eingesteckten USB-Sicherheitsschlüssel öffnen.
}
doctor-usb-access-refused = Das System lässt Sie diese USB-Sicherheitsschlüssel nicht öffnen: { $nodes }
doctor-udev-rule-installed = Die udev-Regel von KeyGuide ({ $rule }) ist installiert.
doctor-udev-rule-missing = Die udev-Regel von KeyGuide ({ $rule }) ist nicht installiert. Viele Schlüssel funktionieren dank der Regeln des Systems auch ohne sie, manche nicht.
doctor-keys-none = KeyGuide sieht gerade keinen Sicherheitsschlüssel.
doctor-keys-none-fix = Stecken Sie einen Schlüssel ein oder legen Sie ihn auf das NFC-Lesegerät und starten Sie die Prüfung erneut.
doctor-keys-seen = { $count ->
    [one] KeyGuide sieht { $count } Schlüssel
   *[other] KeyGuide sieht { $count } Schlüssel
}: { $keys }
doctor-keys-error-fix = Ziehen Sie den Schlüssel ab, stecken Sie ihn wieder ein und starten Sie die Prüfung erneut. Wenn es wieder passiert, stehen die Einzelheiten in den Protokollen.
doctor-log-ok = Protokolle werden in { $path } geschrieben.
doctor-log-no-home = Es gibt keinen persönlichen Ordner, daher führt KeyGuide keine Protokolle.
doctor-log-no-home-fix = Starten Sie KeyGuide als Benutzer mit einem persönlichen Ordner.
doctor-log-not-writable = In den Protokollordner { $path } kann nicht geschrieben werden.
doctor-log-not-writable-fix = Machen Sie den Ordner zu Ihrem: sudo chown -R "$USER" { $path }
