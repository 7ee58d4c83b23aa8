# Die geführte Einrichtung für ein Arbeits- oder Schulkonto (Microsoft Entra ID).
# „Security info“ ist der Name von Microsofts Webseite: so schreiben, wie Microsoft
# sie in der jeweiligen Sprache zeigt („Sicherheitsinformationen“, „Informations de
# sécurité“, „Información de seguridad“, „セキュリティ情報“, „安全信息“).

## Microsofts Beschriftungen, so wie Microsoft sie zeigt. Jeder Schritt, der
## Microsofts Seite oder Fenster zitiert, verwendet diese Terme: eine Änderung
## hier ändert jeden Schritt (tests/ui_guide.rs prüft das). Die deutschen
## Beschriftungen sind nicht an einer lokalisierten Microsoft-Learn-Seite
## geprüft (keine war erreichbar); bei Abweichung hier korrigieren.
-ms-security-info = Sicherheitsinformationen
-ms-add-sign-in-method = + Anmeldemethode hinzufügen
-ms-passkey = Passkey
-ms-passkey-authenticator = Passkey in Microsoft Authenticator
-ms-next = Weiter
-ms-security-key = Sicherheitsschlüssel
-ms-use-another-device = Anderes Gerät verwenden
-ms-more-options = Weitere Optionen
-ms-done = Fertig
-ms-sign-in-options = Anmeldeoptionen

guide-title = Schlüssel für Arbeit oder Schule verwenden
guide-intro = Ihre Organisation meldet Sie mit einem Microsoft-Konto an (Microsoft Entra ID). Diese Anleitung prüft Ihren Schlüssel, führt Sie durch das Hinzufügen auf der Seite „{ -ms-security-info }“ und bestätigt, dass es geklappt hat.
guide-no-key = Kein Schlüssel geöffnet. Diese Seiten erklären jeden Schritt; Prüfen und Bestätigen brauchen den Schlüssel: Stecken Sie ihn ein und öffnen Sie ihn.

# Die Reiter oben in der Anleitung: kurz halten (sechs in einer Zeile).
guide-tab-check = Prüfen
guide-tab-register = Hinzufügen
guide-tab-confirm = Bestätigen
guide-tab-windows = Windows
guide-tab-help = Hilfe
guide-tab-it = Für die IT

guide-next = Weiter
guide-previous = Zurück
guide-step-of = Schritt { $step } von { $total }
guide-on-the-page = Auf der Webseite
guide-in-keyguide = In KeyGuide

## Die Schritte auf Microsofts Seite „Sicherheitsinformationen“

guide-register-title = Den Schlüssel zum Konto hinzufügen
guide-step-before-title = Bevor Sie beginnen
guide-step-before = Prüfen Sie zuerst:
guide-step-before-admin = • Ihre Organisation lässt Passkeys (FIDO2) zu und erlaubt, sie selbst einzurichten. Wenn Sie unsicher sind, fragen Sie Ihre IT-Abteilung.
guide-step-before-mfa = • Microsoft verlangt eine Anmeldung mit einer zweiten Methode (zum Beispiel Microsoft Authenticator oder SMS) und das Hinzufügen innerhalb von { $minutes } Minuten danach: Erledigen Sie die nächsten Schritte in einem Zug.
guide-step-before-guest = • Gastkonten (aus einer anderen Organisation eingeladen) können keine Passkeys hinzufügen.
guide-step-before-limit = Microsoft empfiehlt höchstens { $max } Passkeys pro Konto.
guide-step-before-remember = KeyGuide merkt sich, welche Passkeys für Arbeit oder Schule schon auf dem Schlüssel sind, damit es am Ende den neuen erkennt.
guide-step-before-read = Passkeys des Schlüssels merken
guide-step-before-noted = { $count ->
    [0] Gemerkt: Auf dem Schlüssel ist noch kein Passkey für Arbeit oder Schule.
    [one] Gemerkt: Auf dem Schlüssel ist schon 1 Passkey für Arbeit oder Schule.
   *[other] Gemerkt: Auf dem Schlüssel sind schon { $count } Passkeys für Arbeit oder Schule.
}

guide-step-open-title = „{ -ms-security-info }“ öffnen
guide-step-open = Öffnen Sie die Seite „{ -ms-security-info }“ im Browser und melden Sie sich mit Ihrem Arbeits- oder Schulkonto an.
guide-step-open-button = { -ms-security-info } öffnen
guide-step-open-copy = Adresse kopieren
guide-step-open-opened = Die Seite öffnet sich im Browser. Kommen Sie für den nächsten Schritt hierher zurück.

guide-step-add-title = Anmeldemethode hinzufügen
guide-step-add = Wählen Sie auf der Seite „{ -ms-security-info }“ den Eintrag „{ -ms-add-sign-in-method }“.
guide-step-add-detail = Fragt die Seite erneut nach Ihrer Anmeldung oder Bestätigung, erledigen Sie das zuerst.

guide-step-choose-title = „{ -ms-passkey }“ wählen
guide-step-choose = Wählen Sie in der Liste der Methoden „{ -ms-passkey }“ und dann „{ -ms-next }“.
guide-step-choose-not-authenticator = Nicht „{ -ms-passkey-authenticator }“: Das speichert den Passkey in der App auf Ihrem Telefon, nicht auf dem Schlüssel.
guide-step-choose-missing = Kein „{ -ms-passkey }“ in der Liste? Ihre Organisation hat es für Sie noch nicht zugelassen: siehe Hilfe.
guide-picture-methods = Die Liste der Methoden. Wählen Sie den markierten Eintrag „{ -ms-passkey }“.
guide-picture-methods-row = { -ms-passkey }

guide-step-save-title = Auf dem „{ -ms-security-key }“ speichern
guide-step-save = Browser oder Windows fragen nun, wo der Passkey gespeichert werden soll. Wählen Sie „{ -ms-security-key }“.
guide-step-save-windows = Windows (jeder Browser): Das Fenster bietet vielleicht zuerst an, den Passkey in Windows zu speichern. Wählen Sie „{ -ms-use-another-device }“ oder „{ -ms-more-options }“, dann „{ -ms-security-key }“.
guide-step-save-chrome = Chrome unter macOS oder Linux zeigt ein eigenes Fenster: Wählen Sie dort den USB-Sicherheitsschlüssel.
guide-step-save-edge = Edge verhält sich unter macOS wie Chrome und nutzt unter Windows das Windows-Fenster.
guide-step-save-macos = Safari und Firefox unter macOS zeigen das Fenster des Systems: Wählen Sie den Sicherheitsschlüssel, nicht den iCloud-Schlüsselbund.
guide-picture-save = Das Fenster, das fragt, wo der Passkey gespeichert wird. Wählen Sie den markierten Eintrag „{ -ms-security-key }“.
guide-picture-save-row = { -ms-security-key }

guide-step-pin-title = Schlüssel verbinden, PIN eingeben
guide-step-pin-connect = { $transport ->
    [usb] Ihr Schlüssel steckt: Lassen Sie ihn stecken.
    [nfc] Halten Sie den Schlüssel an den NFC-Leser, wenn das Fenster danach fragt.
   *[other] Stecken Sie den Schlüssel ein oder halten Sie ihn an den Leser, wenn das Fenster danach fragt.
}
guide-step-pin = Das Fenster fragt nach der PIN des Schlüssels. Geben Sie die PIN dieses Schlüssels ein, nicht Ihr Kontokennwort.
guide-step-pin-none = Noch keine PIN? Das Fenster bittet Sie, eine festzulegen. Sie können sie auch vorher in KeyGuide festlegen.
guide-step-pin-retries = { $count ->
    [one] Vorsicht: Noch { $count } Versuch, bevor die PIN gesperrt wird.
   *[other] Noch { $count } Versuche, bevor die PIN gesperrt wird.
}

guide-step-touch-title = Schlüssel berühren
guide-step-touch = Wenn das Fenster danach fragt, berühren Sie die Taste oder den Sensor des Schlüssels. Er blinkt vielleicht, während er wartet.
guide-step-touch-detail = Bei einem Fingerabdruck-Schlüssel mit einem registrierten Finger berühren.

guide-step-name-title = Benennen, „{ -ms-done }“ wählen
guide-step-name = Geben Sie dem Schlüssel zurück auf der Seite „{ -ms-security-info }“ einen Namen, den Sie wiedererkennen, zum Beispiel „{ $name }“, und wählen Sie „{ -ms-done }“.
guide-step-done-button = Ich habe den Schlüssel hinzugefügt
guide-step-done-detail = KeyGuide liest den Schlüssel dann erneut und sucht den neuen Passkey.

## Bestätigung

guide-confirm-title = Hat es geklappt?
guide-confirm-checking = Passkeys auf dem Schlüssel werden gelesen…
guide-confirm-unlock = Entsperren Sie den Schlüssel mit seiner PIN, damit KeyGuide nach dem neuen Passkey suchen kann.
guide-confirm-check = Schlüssel prüfen
guide-confirm-found = { $count ->
    [one] Es hat geklappt: Der Schlüssel enthält einen neuen Passkey für dieses Arbeits- oder Schulkonto:
   *[other] Es hat geklappt: Der Schlüssel enthält { $count } neue Passkeys für diese Arbeits- oder Schulkonten:
}
guide-confirm-account = • { $display } ({ $user })
guide-confirm-unnamed = (kein Name gespeichert)
guide-confirm-not-found = KeyGuide hat keinen neuen Passkey für login.microsoft.com auf diesem Schlüssel gefunden.
guide-confirm-not-found-detail = Prüfen Sie, ob die Seite „{ -ms-security-info }“ den neuen Passkey zeigt, ob Sie „{ -ms-security-key }“ (nicht Windows oder Ihr Telefon) mit diesem Schlüssel gewählt haben und ob Sie „{ -ms-done }“ gewählt haben. Prüfen Sie dann erneut.
guide-confirm-older = { $count ->
    [one] Auf dem Schlüssel ist außerdem ein älterer Passkey für Arbeit oder Schule: Er zählt nicht.
   *[other] Auf dem Schlüssel sind außerdem { $count } ältere Passkeys für Arbeit oder Schule: Sie zählen nicht.
}
guide-confirm-no-baseline = KeyGuide hat den Schlüssel vor dem Start nicht gelesen und kann einen neuen Passkey daher nicht von einem älteren unterscheiden. Gehen Sie zurück zu Schritt 1, lassen Sie KeyGuide die Passkeys merken und folgen Sie den Schritten von dort.
guide-confirm-start = Zurück zu Schritt 1
guide-confirm-next = Weiter: bei Windows anmelden

## Windows-Anmeldung

guide-windows-title = Mit dem Schlüssel bei Windows anmelden
guide-windows-intro = Auf einem dafür eingerichteten Arbeits-PC bietet der Windows-Sperrbildschirm den Schlüssel zur Anmeldung an.
guide-windows-how = So melden Sie sich an:
guide-windows-how-1 = 1. Wählen Sie auf dem Sperrbildschirm „{ -ms-sign-in-options }“.
guide-windows-how-2 = 2. Wählen Sie das Symbol für den Sicherheitsschlüssel.
guide-windows-how-3 = 3. Stecken Sie den Schlüssel ein (oder halten Sie ihn an den Leser), geben Sie die PIN ein und berühren Sie ihn.
guide-windows-this-pc = Dieser PC
guide-windows-reading = Windows-Version dieses PCs wird gelesen…
guide-windows-not-windows = Diese Seite betrifft Windows-PCs. Dieser Computer läuft nicht mit Windows, KeyGuide kann ihn also nicht prüfen: Das Folgende gilt für den Windows-PC, an dem Sie sich anmelden möchten.
guide-windows-pc-version = { $name } { $version } (Build { $build })
guide-windows-pc-join = { $join ->
    [entra] Mit Microsoft Entra ID verbunden.
    [hybrid] Hybrid verbunden: mit Microsoft Entra ID und der Domäne Ihrer Organisation.
    [domain] Nur mit einer lokalen Domäne verbunden.
    [none] Mit keiner Organisation verbunden (ein privater oder Arbeitsgruppen-PC).
   *[unknown] KeyGuide konnte nicht lesen, wie dieser PC verbunden ist.
}
guide-windows-verdict-possible = Die Windows-Anmeldung mit dem Schlüssel kann auf diesem PC funktionieren. Bietet der Sperrbildschirm den Schlüssel nicht an, hat die IT sie für diesen PC noch nicht eingeschaltet.
guide-windows-verdict-update = Für die Windows-Anmeldung mit einem Schlüssel braucht dieser PC { $version } oder neuer. Installieren Sie die Windows-Updates oder fragen Sie die IT.
guide-windows-verdict-not-joined = Die Windows-Anmeldung mit einem Schlüssel braucht einen Arbeits-PC, der mit Microsoft Entra ID (oder hybrid) verbunden ist. Auf diesem PC nutzen Sie den Schlüssel auf Websites im Browser.
guide-windows-verdict-domain = Für die Windows-Anmeldung mit einem Schlüssel muss der PC auch mit Microsoft Entra ID verbunden sein (Hybrid); eine Domäne allein genügt nicht. Fragen Sie die IT.
guide-windows-verdict-unknown = Die Version ist neu genug. Ob es funktioniert, hängt davon ab, wie der PC verbunden ist: Fragen Sie die IT.
guide-windows-browser-ok = Im Browser funktioniert der Schlüssel auf diesem PC.
guide-windows-browser-old = Im Browser brauchen Schlüssel { $version } oder neuer; KeyGuide selbst kann den Schlüssel hier trotzdem verwalten.
guide-windows-needs = Was ein PC braucht (richtet Ihre IT-Abteilung ein):
guide-windows-needs-entra = • Mit Microsoft Entra ID verbunden: { $version } oder neuer.
guide-windows-needs-hybrid = • Hybrid verbunden (Entra ID und Domäne): { $version } oder neuer.
guide-windows-needs-policy = • Die Anmeldung mit Sicherheitsschlüssel ist eingeschaltet (per Intune, Bereitstellungspaket oder Gruppenrichtlinie).
guide-windows-needs-browser = Schlüssel im Browser brauchen { $version } oder neuer. Windows 10 1809 lässt sich nicht mit einem Schlüssel entsperren.
guide-windows-no-option = Kein Sicherheitsschlüssel auf dem Sperrbildschirm? Dann ist er für diesen PC nicht eingeschaltet: Fragen Sie Ihre IT-Abteilung und zeigen Sie ihr die Seite für die IT.

## Bereitschaftsprüfung

guide-check-title = Ist dieser Schlüssel bereit?
guide-check-intro = KeyGuide prüft, was die Anmeldung Ihrer Organisation braucht. Beheben Sie alles, was rot markiert ist, bevor Sie den Schlüssel hinzufügen.
guide-check-unlock = Passkeys mit der PIN prüfen
guide-check-unlock-detail = Wie viele Plätze für Passkeys frei sind und ob schon ein Passkey für Arbeit oder Schule da ist, lässt sich nur mit der PIN des Schlüssels lesen.
guide-check-ready = Dieser Schlüssel ist bereit. Fügen Sie ihn jetzt Ihrem Konto hinzu.
guide-check-not-ready = Beheben Sie zuerst die rot markierten Punkte.
guide-check-continue = Zu meinem Konto hinzufügen

guide-check-capabilities = Funktioniert mit der Microsoft-Anmeldung
guide-check-capabilities-ok = Der Schlüssel unterstützt auf dem Schlüssel gespeicherte Passkeys, eine PIN und die Erweiterung hmac-secret.
# $missing ist eine Liste wie „eine PIN, die Erweiterung hmac-secret“.
guide-check-capabilities-missing = Diesem Schlüssel fehlt, was die Microsoft-Anmeldung braucht: { $missing }. Ihre Organisation kann ihn nicht verwenden; fragen Sie nach einem anderen Schlüssel.
guide-capability-fido2 = FIDO2
guide-capability-discoverable = auf dem Schlüssel gespeicherte Passkeys
guide-capability-pin = eine PIN
guide-capability-hmac-secret = die Erweiterung hmac-secret

guide-check-pin = Eine PIN ist festgelegt
guide-check-pin-ok = Der Schlüssel hat eine PIN. Sie geben sie auf der Webseite ein.
guide-check-pin-missing = Der Schlüssel hat noch keine PIN. Die Webseite fragt danach, legen Sie sie also zuerst hier fest.
guide-check-pin-blocked = Die PIN ist gesperrt. Nur Zurücksetzen macht den Schlüssel wieder nutzbar, und dabei wird er gelöscht.
guide-check-pin-change = Der Schlüssel verlangt eine neue PIN, bevor er verwendet werden kann.
guide-fix-set-pin = PIN festlegen
guide-fix-change-pin = PIN ändern
guide-fix-reset = Zum Zurücksetzen

guide-check-fingerprint = Ein Fingerabdruck ist eingerichtet (optional)
guide-check-fingerprint-ok = Sie können sich mit dem Finger statt mit der PIN anmelden.
guide-check-fingerprint-missing = Für das Hinzufügen nicht nötig, aber mit einem Fingerabdruck melden Sie sich an, ohne die PIN einzutippen.
guide-fix-add-fingerprint = Fingerabdruck hinzufügen

guide-check-slots = Platz für einen neuen Passkey
guide-check-slots-ok = Der Schlüssel hat Platz für einen weiteren Passkey.
guide-check-slots-full = Der Schlüssel ist voll. Löschen Sie zuerst einen Passkey, den Sie nicht mehr brauchen.
guide-check-slots-unknown = Entsperren Sie den Schlüssel mit seiner PIN, um das zu prüfen.
guide-fix-passkeys = Passkeys öffnen

guide-check-certification = FIDO-zertifiziert
guide-check-certification-ok = Dieses Modell ist FIDO-zertifiziert, und die Zertifizierung gilt.
guide-check-certification-revoked = Die FIDO Alliance hat die Zertifizierung dieses Modells widerrufen. Organisationen, die die Zertifizierung prüfen, lehnen den Schlüssel ab.
guide-check-certification-unlisted = Dieses Modell steht nicht in den FIDO-Metadaten, die KeyGuide mitbringt. Wenn Ihre Organisation Attestierung erzwingt, lehnt sie den Schlüssel womöglich ab: Fragen Sie Ihre IT-Abteilung.
guide-check-certification-uncertified = Dieses Modell ist gelistet, aber nicht FIDO-zertifiziert. Wenn Ihre Organisation Attestierung erzwingt, lehnt sie den Schlüssel womöglich ab.

guide-check-existing = Passkey für Arbeit oder Schule
guide-check-existing-none = Auf dem Schlüssel ist noch kein Passkey für Arbeit oder Schule.
guide-check-existing-found = { $count ->
    [one] Der Schlüssel enthält bereits einen Passkey für Arbeit oder Schule. Einen neuen brauchen Sie nur für ein weiteres Konto.
   *[other] Der Schlüssel enthält bereits { $count } Passkeys für Arbeit oder Schule. Einen neuen brauchen Sie nur für ein weiteres Konto.
}
guide-check-existing-unknown = Entsperren Sie den Schlüssel mit seiner PIN, um das zu prüfen.

## Problemlösung

guide-help-title = Problemlösung
guide-help-pin-blocked = Die PIN ist gesperrt
guide-help-pin-blocked-detail = Nach zu vielen falschen PINs lehnt der Schlüssel jede PIN ab. Er lässt sich nicht entsperren: Zurücksetzen macht ihn wieder nutzbar und löscht alle seine Passkeys. Fügen Sie ihn danach erneut Ihrem Konto hinzu.
guide-help-refused = Ihre Organisation lehnt den Schlüssel ab
guide-help-refused-detail = Organisationen können nur bestimmte Schlüsselmodelle zulassen, erkennbar an ihrer AAGUID, und nur FIDO-zertifizierte Modelle akzeptieren. Geben Sie Ihrer IT-Abteilung die AAGUID dieses Schlüssels:
guide-help-copy-aaguid = AAGUID kopieren
guide-help-allowed-list = Sie haben von Ihrer IT-Abteilung die Liste der zugelassenen AAGUIDs? Fügen Sie sie hier ein, um diesen Schlüssel damit abzugleichen:
guide-help-check-list = Prüfen
guide-help-list-nothing = Im eingefügten Text wurde keine AAGUID gefunden. Eine AAGUID sieht so aus: { $example }.
guide-help-list-listed = { $total ->
    [one] Die AAGUID dieses Schlüssels ist die auf der Liste: Die Organisation lässt dieses Modell zu.
   *[other] Die AAGUID dieses Schlüssels ist unter den { $total } auf der Liste: Die Organisation lässt dieses Modell zu.
}
guide-help-list-not-listed = { $total ->
    [one] Die AAGUID dieses Schlüssels steht nicht auf der Liste (1 AAGUID gefunden). Die Organisation lehnt dieses Modell ab: Fragen Sie nach einem zugelassenen Schlüssel.
   *[other] Die AAGUID dieses Schlüssels steht nicht auf der Liste ({ $total } AAGUIDs gefunden). Die Organisation lehnt dieses Modell ab: Fragen Sie nach einem zugelassenen Schlüssel.
}
guide-help-full = Kein Platz für einen weiteren Passkey
guide-help-full-detail = Jeder Schlüssel hat nur eine begrenzte Zahl von Plätzen. Löschen Sie unter Passkeys, was Sie nicht mehr nutzen, und versuchen Sie es erneut.
guide-help-browser = Der Browser bietet den Sicherheitsschlüssel nicht an
guide-help-browser-detail = Verwenden Sie eine aktuelle Version von Microsoft Edge, Google Chrome, Firefox oder Safari. Wählen Sie in dem Fenster, das nach dem Speicherort fragt, „{ -ms-security-key }“ (nicht Windows, Ihr Telefon oder Ihr Gesicht). Schließen Sie andere Programme, die den Schlüssel benutzen könnten, stecken Sie ihn aus und wieder ein und versuchen Sie es erneut. Fehlt „{ -ms-passkey }“ ganz bei den Methoden, hat Ihre Organisation es noch nicht zugelassen.
