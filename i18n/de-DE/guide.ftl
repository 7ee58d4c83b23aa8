# Die geführte Einrichtung für ein Arbeits- oder Schulkonto (Microsoft Entra ID).
# „Security info“ ist der Name von Microsofts Webseite: so schreiben, wie Microsoft
# sie in der jeweiligen Sprache zeigt („Sicherheitsinformationen“, „Informations de
# sécurité“, „Información de seguridad“, „セキュリティ情報“, „安全信息“).

guide-title = Schlüssel für Arbeit oder Schule verwenden
guide-intro = Ihre Organisation meldet Sie mit einem Microsoft-Konto an (Microsoft Entra ID). Diese Anleitung prüft Ihren Schlüssel, führt Sie durch das Hinzufügen auf der Seite „Sicherheitsinformationen“ und bestätigt, dass es geklappt hat.

# Die Reiter oben in der Anleitung.
guide-tab-check = Schlüssel prüfen
guide-tab-register = Zum Konto hinzufügen
guide-tab-confirm = Bestätigen
guide-tab-windows = Windows-Anmeldung
guide-tab-help = Problemlösung
guide-tab-it = Für die IT

guide-next = Weiter
guide-previous = Zurück
guide-step-of = Schritt { $step } von { $total }
guide-on-the-page = Auf der Webseite
guide-in-keyguide = In KeyGuide

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

## Die Schritte auf Microsofts Seite „Sicherheitsinformationen“

guide-register-title = Schlüssel zum Konto hinzufügen
guide-step-before-title = Bevor Sie beginnen
guide-step-before = Zwei Dinge müssen schon erledigt sein:
guide-step-before-admin = • Ihre Organisation hat Sicherheitsschlüssel (Passkeys) für die Anmeldung zugelassen. Wenn Sie unsicher sind, fragen Sie Ihre IT-Abteilung.
guide-step-before-mfa = • Sie haben bereits eine zweite Möglichkeit, sich auszuweisen, etwa die App Microsoft Authenticator oder eine Telefonnummer. Die Seite fragt danach, bevor Sie einen Schlüssel hinzufügen können.
guide-step-before-limit = Sie können einem Konto bis zu { $max } Sicherheitsschlüssel hinzufügen.

guide-step-open-title = „Sicherheitsinformationen“ öffnen
guide-step-open = Öffnen Sie die Seite „Sicherheitsinformationen“ im Browser und melden Sie sich mit Ihrem Arbeits- oder Schulkonto an, falls sie danach fragt.
guide-step-open-button = Sicherheitsinformationen öffnen
guide-step-open-copy = Adresse kopieren
guide-step-open-opened = Die Seite öffnet sich im Browser. Kommen Sie für den nächsten Schritt hierher zurück.

guide-step-add-title = Anmeldemethode hinzufügen
guide-step-add = Wählen Sie auf der Seite „Sicherheitsinformationen“ die Option „+ Anmeldemethode hinzufügen“.
guide-step-add-detail = Wenn die Seite Sie bittet, sich erneut anzumelden oder Ihre Identität zu bestätigen, tun Sie das zuerst.

guide-step-choose-title = „Sicherheitsschlüssel“ wählen
guide-step-choose = Wählen Sie in der Liste der Methoden „Sicherheitsschlüssel“ (manche Organisationen nennen es „Passkey“) und dann „Hinzufügen“.
guide-step-choose-missing = „Sicherheitsschlüssel“ steht nicht in der Liste? Dann hat Ihre Organisation ihn noch nicht zugelassen: siehe Problemlösung.

guide-step-transport-title = USB oder NFC
guide-step-transport = Die Seite fragt, wie der Schlüssel verbunden ist. Wählen Sie „USB-Gerät“, wenn er eingesteckt ist, oder „NFC-Gerät“, wenn Sie ihn an ein Lesegerät halten.
guide-step-transport-yours = { $transport ->
    [usb] Ihr Schlüssel ist gerade über USB verbunden: Wählen Sie „USB-Gerät“.
    [nfc] Ihr Schlüssel liegt gerade auf einem NFC-Lesegerät: Wählen Sie „NFC-Gerät“.
   *[other] Wählen Sie, wie Ihr echter Schlüssel verbunden ist.
}
guide-step-transport-browser = Danach öffnet Ihr Browser oder Windows ein eigenes Fenster für den Sicherheitsschlüssel. Lassen Sie den Schlüssel verbunden.

guide-step-pin-title = PIN des Schlüssels eingeben
guide-step-pin = Das Fenster fragt nach der PIN des Schlüssels. Geben Sie die PIN ein, die Sie für diesen Schlüssel festgelegt haben, nicht Ihr Kontokennwort.
guide-step-pin-none = Noch keine PIN? Dann bittet Sie das Fenster, eine festzulegen. Sie können sie auch vorher in KeyGuide festlegen.
guide-step-pin-retries = { $count ->
    [one] Vorsicht: Noch { $count } Versuch, dann wird die PIN gesperrt.
   *[other] Noch { $count } Versuche, dann wird die PIN gesperrt.
}

guide-step-touch-title = Schlüssel berühren
guide-step-touch = Wenn das Fenster Sie auffordert, berühren Sie die Taste oder den Sensor des Schlüssels. Er blinkt eventuell, während er wartet.
guide-step-touch-detail = Bei einem Schlüssel mit Fingerabdruck berühren Sie ihn mit einem eingerichteten Finger.

guide-step-name-title = Schlüssel benennen
guide-step-name = Geben Sie dem Schlüssel auf der Seite einen Namen, den Sie später wiedererkennen, zum Beispiel „{ $name }“, und wählen Sie „Weiter“.

guide-step-done-title = „Fertig“ wählen
guide-step-done = Die Seite führt den Schlüssel jetzt unter Ihren Anmeldemethoden auf. Wählen Sie „Fertig“.
guide-step-done-button = Ich habe den Schlüssel hinzugefügt
guide-step-done-detail = KeyGuide prüft dann, ob der Schlüssel jetzt Ihren Passkey für Arbeit oder Schule enthält.

## Bestätigung

guide-confirm-title = Hat es geklappt?
guide-confirm-checking = Passkeys auf dem Schlüssel werden gelesen…
guide-confirm-unlock = Entsperren Sie den Schlüssel mit seiner PIN, damit KeyGuide nach dem neuen Passkey suchen kann.
guide-confirm-check = Schlüssel prüfen
guide-confirm-found = { $count ->
    [one] Geschafft: Der Schlüssel enthält einen Passkey für login.microsoft.com. Sie können sich jetzt damit bei Ihrem Arbeits- oder Schulkonto anmelden.
   *[other] Geschafft: Der Schlüssel enthält { $count } Passkeys für login.microsoft.com. Sie können sich jetzt damit bei Ihren Arbeits- oder Schulkonten anmelden.
}
guide-confirm-not-found = KeyGuide hat auf diesem Schlüssel keinen Passkey für login.microsoft.com gefunden.
guide-confirm-not-found-detail = Prüfen Sie, ob die Seite „Sicherheitsinformationen“ den Schlüssel aufführt und ob Sie „Fertig“ gewählt haben. Hat die Seite einen Fehler gezeigt, lesen Sie unter Problemlösung nach. Prüfen Sie dann erneut.
guide-confirm-next = Weiter: bei Windows anmelden

## Windows-Anmeldung

guide-windows-title = Mit dem Schlüssel bei Windows anmelden
guide-windows-intro = Auf einem dafür eingerichteten Arbeitscomputer bietet der Sperrbildschirm den Schlüssel als Anmeldemöglichkeit an.
guide-windows-how = So melden Sie sich an:
guide-windows-how-1 = 1. Wählen Sie auf dem Sperrbildschirm „Anmeldeoptionen“.
guide-windows-how-2 = 2. Wählen Sie das Symbol für den Sicherheitsschlüssel.
guide-windows-how-3 = 3. Stecken Sie den Schlüssel ein (oder halten Sie ihn an das Lesegerät), geben Sie seine PIN ein und berühren Sie ihn.
guide-windows-needs = Was der Computer braucht (richtet Ihre IT-Abteilung ein):
guide-windows-needs-version = • { $version } oder neuer.
guide-windows-needs-join = • Der Computer ist in Microsoft Entra ID eingebunden oder hybrid eingebunden.
guide-windows-needs-policy = • Die Anmeldung mit Sicherheitsschlüssel ist für ihn eingeschaltet (über Intune, ein Bereitstellungspaket oder eine Gruppenrichtlinie).
guide-windows-no-option = Keine Sicherheitsschlüssel-Option auf dem Sperrbildschirm? Dann ist sie für diesen Computer nicht eingeschaltet: Fragen Sie Ihre IT-Abteilung und zeigen Sie ihr die Seite für die IT.

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
guide-help-browser-detail = Verwenden Sie eine aktuelle Version von Microsoft Edge, Google Chrome, Firefox oder Safari. Wählen Sie unter Windows im Windows-Fenster „Sicherheitsschlüssel“ (nicht Ihr Telefon oder Ihr Gesicht). Schließen Sie andere Programme, die den Schlüssel benutzen könnten, stecken Sie ihn aus und wieder ein und versuchen Sie es erneut. Fehlt „Sicherheitsschlüssel“ ganz bei den Methoden, hat Ihre Organisation ihn noch nicht zugelassen.
