reset-title = Schlüssel zurücksetzen
reset-erases = Zurücksetzen löscht alles auf dem Schlüssel:
reset-erases-pin = • seine PIN
reset-erases-passkeys = • alle Passkeys: Sie können sich mit diesem Schlüssel nicht mehr bei diesen Konten anmelden
reset-erases-fingerprints = • alle Fingerabdrücke
reset-other-way = Sorgen Sie vorher dafür, dass jedes Konto eine andere Anmeldemöglichkeit hat. Zurücksetzen lässt sich nicht rückgängig machen.
reset-window = Schlüssel lassen sich nur in den ersten 10 Sekunden nach dem Einstecken zurücksetzen, und nur mit einer Berührung. KeyGuide bittet Sie, den Schlüssel zu entfernen und wieder einzustecken.
reset-continue = Weiter
reset-insert-again = Stecken Sie den Schlüssel jetzt wieder ein. Das Zurücksetzen beginnt, sobald er wieder da ist.
reset-remove-now = Entfernen Sie den Schlüssel jetzt (oder nehmen Sie ihn vom NFC-Lesegerät).
reset-nfc-lift-and-return = Nehmen Sie den Schlüssel vom NFC-Lesegerät und legen Sie ihn wieder auf. Das Zurücksetzen beginnt, sobald er wieder da ist.
reset-nfc-put-back = Legen Sie den Schlüssel jetzt wieder auf das NFC-Lesegerät. Das Zurücksetzen beginnt, sobald er wieder da ist.
reset-simulate-replug = Simulieren: Demo-Schlüssel entfernen und einstecken
reset-touch-now = Berühren Sie jetzt den Schlüssel, um das Zurücksetzen zu bestätigen
reset-done = Der Schlüssel ist zurückgesetzt. Er hat jetzt keine PIN, keine Passkeys und keine Fingerabdrücke. Legen Sie eine neue PIN fest, um ihn wieder zu verwenden.
reset-try-again = Erneut versuchen
reset-type-word = Geben Sie { $word } ein, um fortzufahren.
reset-seconds-left = { $seconds ->
    [one] Noch { $seconds } Sekunde
   *[other] Noch { $seconds } Sekunden
}
reset-transports = Dieser Schlüssel lässt sich nur über { $transports } zurücksetzen.
reset-touch-long = Berühren Sie den Schlüssel und lassen Sie den Finger einige Sekunden darauf
reset-transport-usb = USB
reset-transport-nfc = NFC
reset-transport-ble = Bluetooth
