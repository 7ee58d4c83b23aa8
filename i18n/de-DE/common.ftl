# Wörter und Wendungen, die viele Seiten teilen.

common-retries-left = { $count ->
    [one] Noch { $count } Versuch
   *[other] Noch { $count } Versuche
}
common-reading-key = Schlüssel wird gelesen…
common-cancel = Abbrechen
common-back = Zurück
common-dismiss = Schließen
common-saved = Gespeichert.
common-copy = Kopieren
common-pin-retries-before-block = { $count ->
    [one] Noch { $count } Versuch, dann wird die PIN gesperrt.
   *[other] Noch { $count } Versuche, dann wird die PIN gesperrt.
}
common-save = Speichern
