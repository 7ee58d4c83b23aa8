# Was neuere Schlüssel (CTAP 2.2) über sich sagen: `keyguide info` und die
# Passkey-Liste ohne PIN.
capabilities-max-pin-length = Maximale PIN-Länge
capabilities-pin-rules = PIN-Regeln
capabilities-pin-policy = Der Schlüssel hat eigene Regeln für PINs, über die Länge hinaus
capabilities-pin-policy-with-url = Der Schlüssel hat eigene Regeln für PINs, über die Länge hinaus: { $url }
capabilities-reset = Zurücksetzen
capabilities-reset-long-touch = erfordert eine lange Berührung (den Finger einige Sekunden auf dem Schlüssel lassen)
capabilities-reset-transports = Zurücksetzen möglich über
capabilities-attestation-formats = Attestierungsformate
capabilities-uv-count = Fingerabdruck-Entsperrungen seit der letzten PIN
capabilities-read-only-listing = Die Passkey-Liste kann gelesen werden, ohne erneut nach der PIN zu fragen
capabilities-key-identifier = Schlüsselkennung
capabilities-passkeys-remembered = Ohne erneute PIN-Abfrage aufgelistet: KeyGuide behält den Lesezugriff auf diesen Schlüssel, bis Sie das Programm schließen.
