# Die Seite der Anleitung für IT-Personal. Namen von Microsofts Einstellungen so
# schreiben, wie Microsoft sie in der jeweiligen Sprache zeigt, sofern übersetzt;
# die Werte (OMA-URI, Pfade) bleiben genau so, wie sie sind.

it-staff-title = Für die IT
it-staff-intro = Was eine Administratorin oder ein Administrator einrichtet, damit Personen Sicherheitsschlüssel registrieren und sich damit bei Windows anmelden können.
it-staff-enable = Sicherheitsschlüssel zulassen
it-staff-enable-detail = Öffnen Sie im Microsoft Entra Admin Center „Authentifizierungsmethoden“, dann „Richtlinien“, und aktivieren Sie „Passkey (FIDO2)“ für die Benutzer, die ihn brauchen.
it-staff-restrict = Schlüsselmodelle einschränken (optional)
it-staff-restrict-detail = In derselben Richtlinie lassen Schlüsseleinschränkungen Modelle anhand ihrer AAGUID zu oder sperren sie, bei der Registrierung und bei jeder Anmeldung. Bei erzwungener Attestierung werden nur FIDO-zertifizierte Modelle aus den FIDO-Metadaten akzeptiert. Die AAGUID dieses Schlüssels:
it-staff-windows = Windows-Anmeldung mit Sicherheitsschlüsseln
it-staff-windows-detail = In Entra eingebundene oder hybrid eingebundene Geräte mit { $version } oder neuer. Auf eine von drei Arten einschalten:
it-staff-intune = Intune (benutzerdefiniertes Konfigurationsprofil)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Datentyp
it-staff-value = Wert
it-staff-provisioning = Bereitstellungspaket (Windows Configuration Designer)
it-staff-setting = Einstellung
it-staff-group-policy = Gruppenrichtlinie
it-staff-policy = Richtlinie
it-staff-copy = Kopieren
it-staff-prepare = Schlüssel für andere vorbereiten
it-staff-prepare-detail = Für jeden Schlüssel: eine vorläufige PIN festlegen, die minimale PIN-Länge erhöhen und eine PIN-Änderung verlangen, damit die neue Besitzerin oder der neue Besitzer beim ersten Gebrauch eine eigene PIN wählt. Geben Sie die vorläufige PIN getrennt vom Schlüssel weiter.
it-staff-prepare-here = Für diesen Schlüssel in KeyGuide:
it-staff-prepare-pin = PIN festlegen
it-staff-prepare-settings = Schlüsseleinstellungen
it-staff-prepare-cli = Oder für eine Reihe von Schlüsseln im Terminal (die PIN wird verdeckt eingelesen, nie von der Befehlszeile):
it-staff-script-prompt = Vorläufige PIN:
