# Die Seite der Anleitung für IT-Personal. Namen von Microsofts Einstellungen so
# schreiben, wie Microsoft sie in der jeweiligen Sprache zeigt, sofern übersetzt;
# die Werte (OMA-URI, Pfade) bleiben genau so, wie sie sind.

## Microsofts Beschriftungen im Microsoft Entra Admin Center, von den Texten
## unten zitiert. Geprüft (2026-11-29) an Microsofts deutschen Seiten:
## „Self-Service-Setup zulassen“, „Nachweis erzwingen“, „Authentifizierungsmethoden“,
## „Konfigurieren“ in
## https://learn.microsoft.com/de-de/entra/identity/authentication/how-to-enable-authenticator-passkey
## und „Self-Service-Setup zulassen“ in
## https://learn.microsoft.com/de-de/graph/api/authentication-post-fido2methods
## Die übrigen nicht an einer lokalisierten Seite geprüft (keine gefunden).
-ms-entra-id = Entra ID
-ms-security = Sicherheit
-ms-security-info = Sicherheitsinformationen
-ms-authentication-methods = Authentifizierungsmethoden
-ms-policies = Richtlinien
-ms-passkey-fido2 = Passkey (FIDO2)
-ms-enable-and-target = Aktivieren und Ziel
-ms-configure = Konfigurieren
-ms-allow-self-service = Self-Service-Setup zulassen
-ms-yes = Ja
-ms-default-profile = Standard-Passkeyprofil
-ms-enforce-attestation = Nachweis erzwingen
-ms-wcd = Windows Configuration Designer

it-staff-title = Für die IT
it-staff-intro = Was eine Administratorin oder ein Administrator einrichtet, damit Personen Sicherheitsschlüssel registrieren und sich damit bei Windows anmelden können.
it-staff-enable = Sicherheitsschlüssel zulassen
it-staff-enable-detail = Öffnen Sie im Microsoft Entra Admin Center { -ms-entra-id } > { -ms-security } > { -ms-authentication-methods } > { -ms-policies } > „{ -ms-passkey-fido2 }“. Aktivieren Sie die Methode unter „{ -ms-enable-and-target }“ und fügen Sie die Benutzer oder Gruppen hinzu, die sie brauchen.
it-staff-self-service = Benutzer ihre Schlüssel selbst hinzufügen lassen
it-staff-self-service-detail = Setzen Sie unter „{ -ms-configure }“ die Option „{ -ms-allow-self-service }“ auf „{ -ms-yes }“. Sonst können Benutzer auf der Seite „{ -ms-security-info }“ keinen Passkey hinzufügen, auch wenn die Methode aktiviert ist.
it-staff-profiles = Passkey-Profile
it-staff-profiles-detail = Bis zu { $max } Profile einschließlich „{ -ms-default-profile }“, jedes für eigene Gruppen. Jedes legt die Passkey-Typen fest (gerätegebunden, synchronisiert; Sicherheitsschlüssel sind gerätegebunden), „{ -ms-enforce-attestation }“ (bei der Registrierung geprüft) und Schlüsseleinschränkungen, die Modelle per AAGUID zulassen oder sperren. Vorsicht: Wer eine zuvor zugelassene AAGUID entfernt, sperrt auch bereits registrierte Schlüssel für die Anmeldung.
it-staff-restrict = Schlüsselmodelle einschränken (optional)
it-staff-restrict-detail = In derselben Richtlinie lassen Schlüsseleinschränkungen Modelle anhand ihrer AAGUID zu oder sperren sie, bei der Registrierung und bei jeder Anmeldung. Bei erzwungener Attestierung werden nur FIDO-zertifizierte Modelle aus den FIDO-Metadaten akzeptiert. Die AAGUID dieses Schlüssels:
it-staff-windows = Windows-Anmeldung mit Sicherheitsschlüsseln
it-staff-windows-detail = Mit Entra verbundene PCs brauchen { $entra } oder neuer, hybrid verbundene { $hybrid } oder neuer. Schlüssel im Browser brauchen { $browser }; Windows 10 1809 lässt sich nicht mit einem Schlüssel entsperren. Hybrid verbundene PCs brauchen außerdem die FIDO2-Anmeldung an lokalen Ressourcen. Auf eine von drei Arten einschalten:
it-staff-intune = Intune (benutzerdefiniertes Konfigurationsprofil)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Datentyp
it-staff-value = Wert
it-staff-provisioning = Bereitstellungspaket ({ -ms-wcd })
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
