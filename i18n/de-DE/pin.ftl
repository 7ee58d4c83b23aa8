pin-enter-current = Geben Sie die aktuelle PIN ein.
pin-mismatch = Die beiden neuen PINs stimmen noch nicht überein.
pin-title-change = PIN ändern
pin-title-set = PIN festlegen
pin-not-supported = Dieser Schlüssel unterstützt keine PIN.
pin-go-to-reset = Zum Zurücksetzen
pin-power-cycle = Dreimal hintereinander eine falsche PIN: Entfernen Sie den Schlüssel, stecken Sie ihn wieder ein und versuchen Sie es dann noch einmal.
pin-current = Aktuelle PIN
pin-new = Neue PIN
pin-repeat = Neue PIN wiederholen
pin-submit-change = PIN ändern
pin-submit-set = PIN festlegen
pin-too-short = { $min ->
    [one] Die neue PIN braucht mindestens { $min } Zeichen.
   *[other] Die neue PIN braucht mindestens { $min } Zeichen.
}
pin-blocked = Die PIN ist nach zu vielen Fehlversuchen gesperrt. Der Schlüssel lässt sich nicht entsperren: Zurücksetzen macht ihn wieder nutzbar und löscht dabei seine Passkeys und Fingerabdrücke.
pin-rules = Verwenden Sie mindestens { $min } Zeichen. Buchstaben, Ziffern und Sonderzeichen sind erlaubt; eine längere PIN ist sicherer.
pin-forced-change-title = Neue PIN wählen
pin-forced-change-detail = Der Schlüssel verlangt eine neue PIN, bevor er verwendet werden kann. KeyGuide hat die eben eingegebene PIN behalten: Geben Sie die neue PIN zweimal ein.
pin-show = PINs anzeigen
pin-hide = PINs verbergen
pin-too-long-for-key = Die PIN darf auf diesem Schlüssel höchstens { $max } Zeichen lang sein.
pin-rules-max = Dieser Schlüssel akzeptiert PINs mit höchstens { $max } Zeichen.
pin-policy = Dieser Schlüssel lehnt außerdem zu einfache PINs ab, etwa wiederholte oder aufeinanderfolgende Ziffern.
pin-policy-with-url = Dieser Schlüssel lehnt außerdem zu einfache PINs ab, etwa wiederholte oder aufeinanderfolgende Ziffern. Seine Regeln: { $url }
