# Die Kommandozeile (src/cli/, src/main.rs): was sie für Menschen ausgibt.
# Nicht hier und nie übersetzt: Befehls- und Optionsnamen, die Ausgabe von
# --json und die Parser-Fehlermeldungen von clap.
# Wörter in `Backticks` sind einzugebende Befehle: unverändert lassen.

## --help: the commands. Ids follow the command path:
## cli-about-<command>[-<subcommand>].

cli-about = FIDO2-Sicherheitsschlüssel verwalten. Ohne Befehl wird die App geöffnet.
cli-about-devices = Angeschlossene Schlüssel auflisten.
cli-about-info = Anzeigen, was für ein Schlüssel es ist und wie er eingerichtet ist.
cli-about-pin = PIN festlegen, ändern oder prüfen.
cli-about-pin-set = PIN auf einem Schlüssel ohne PIN festlegen.
cli-about-pin-change = PIN ändern.
cli-about-pin-retries = Anzeigen, wie viele PIN-Versuche noch übrig sind.
cli-about-passkeys = Passkeys (auffindbare Anmeldedaten) auflisten, löschen oder bearbeiten.
cli-about-passkeys-list = Passkeys nach Website gruppiert auflisten.
cli-about-passkeys-delete = Einen Passkey löschen.
cli-about-passkeys-update-user = Benutzernamen und Anzeigenamen eines Passkeys ändern.
cli-about-fingerprints = Fingerabdrücke auflisten, einrichten, umbenennen oder entfernen.
cli-about-fingerprints-list = Eingerichtete Fingerabdrücke auflisten.
cli-about-fingerprints-enroll = Neuen Fingerabdruck einrichten (Sensor mehrmals berühren).
cli-about-fingerprints-rename = Fingerabdruck umbenennen.
cli-about-fingerprints-remove = Fingerabdruck entfernen.
cli-about-config = Einstellungen des Schlüssels ändern.
cli-about-config-always-uv = Immer PIN oder Fingerabdruck verlangen, auch wenn eine Website nicht danach fragt.
cli-about-config-min-pin-length = Mindestlänge der PIN erhöhen.
cli-about-config-force-pin-change = PIN-Änderung erzwingen, bevor der Schlüssel wieder verwendet werden kann.
cli-about-config-enterprise-attestation = Unternehmensattestierung einschalten (IT): Der Schlüssel kann sich dann gegenüber den Websites Ihrer Organisation einzeln ausweisen. Nur ein Zurücksetzen schaltet sie aus.
cli-help-config-enterprise-attestation-yes = Nicht nach einer Bestätigung fragen.
cli-about-reset = Schlüssel löschen: PIN, Passkeys und Fingerabdrücke. Nicht rückgängig zu machen.
cli-about-identify = Schlüssel blinken lassen, um ihn zu erkennen (zum Bestätigen berühren).
cli-about-genuine = Prüfen, ob der Schlüssel ein echtes, in den FIDO-Metadaten aufgeführtes Modell ist (er signiert einen Test für eine erfundene Website und speichert nichts).
cli-about-doctor = Diesen Computer prüfen: Smartcard-Dienst, USB-Zugriff, erkannte Schlüssel, Protokollordner.
cli-about-report = Bericht zum Schlüssel (ohne Geheimnisse und Kontonamen) als JSON und HTML schreiben: FILE.json und FILE.html. Mit --pin-stdin inklusive Anzahl der Passkeys.
cli-about-virtual = Virtuelle Schlüssel erstellen und steuern (für Tests, Demos und Schulungen).
cli-about-virtual-create = Datei für einen virtuellen Schlüssel erstellen.
cli-about-virtual-seed = Passkeys auf einem virtuellen Schlüssel über den normalen Client-Weg erstellen.
cli-about-virtual-replug = Virtuellen Schlüssel abziehen und wieder einstecken (Power-Cycle).
cli-about-virtual-serve-vpcd = Virtuellen Schlüssel als NFC-Karte im virtuellen vpcd-Lesegerät von pcscd bereitstellen (Paket vsmartcard-vpcd), bis der Prozess beendet wird. Solange der Befehl läuft, gehört ihm die Schlüsseldatei: Ändern Sie sie in dieser Zeit nicht mit anderen Befehlen.
# Der Befehl `help`, den jeder Befehl mit Unterbefehlen hat.
cli-about-help = Diese Hilfe oder die Hilfe zum angegebenen Befehl anzeigen.

## --help: the options and arguments. Ids: cli-help-<option> for the
## options every command accepts, cli-help-<command path>-<argument>.

cli-help-virtual-key = Den in dieser Datei gespeicherten virtuellen Schlüssel statt eines echten verwenden.
cli-help-device = Den Schlüssel mit dieser ID verwenden (siehe `keyguide devices`).
cli-help-pin-stdin = PINs von der Standardeingabe lesen, eine pro Zeile (zuerst die aktuelle, dann die neue).
cli-help-stats = Anzahl der gesendeten CTAP-Befehle ausgeben (auf der Standardfehlerausgabe).
cli-help-json = Maschinenlesbare Ausgabe auf der Standardausgabe.
cli-help-demo = App mit einem integrierten virtuellen Schlüssel öffnen (kein echter Schlüssel nötig).
cli-help-demo-profile = Mit --demo: das Profil des virtuellen Schlüssels: bio (Standard), pre, basic oder ctap22 (ein neuerer Schlüssel: PIN-Regeln, Large Blobs, Regeln zum Zurücksetzen).
cli-help-theme = Farbschema der App: system (wie das System), light (hell) oder dark (dunkel).
cli-help-verbose = Zusätzlich im Terminal protokollieren.
cli-help-language = Sprache der Texte von KeyGuide für diesen Aufruf: en-US, de-DE, fr-FR, es-ES, ja-JP oder zh-CN. Ohne Angabe gilt die Einstellung der App oder die Systemsprache.
cli-help-help = Hilfe anzeigen.
cli-help-version = Version anzeigen.
cli-help-passkeys-delete-credential-id = Die ID des Passkeys, wie `keyguide passkeys list` sie anzeigt.
cli-help-passkeys-delete-yes = Nicht nach einer Bestätigung fragen.
cli-help-passkeys-update-user-credential-id = Die ID des Passkeys, wie `keyguide passkeys list` sie anzeigt.
cli-help-passkeys-update-user-name = Der neue Benutzername (oft eine E-Mail-Adresse).
cli-help-passkeys-update-user-display-name = Der neue Anzeigename (oft der vollständige Name der Person).
cli-about-passkeys-export = Die Liste der Websites und Konten auf dem Schlüssel speichern (ohne Geheimnisse): CSV, oder JSON mit --json oder einem Namen auf .json. Vor dem Zurücksetzen aufbewahren.
cli-help-passkeys-export-file = Die Datei, die geschrieben wird.
cli-help-passkeys-export-force = Die Datei ersetzen, falls es sie schon gibt.
cli-about-passkeys-compare = Die Websites und Konten auflisten, die auf diesem Schlüssel sind und nicht auf einem anderen, oder umgekehrt.
cli-help-passkeys-compare-with = Der andere Schlüssel: seine Geräte-ID (siehe keyguide devices) oder eine Datei eines virtuellen Schlüssels.
cli-help-fingerprints-enroll-name = Ein Name für den neuen Fingerabdruck, z. B. „Linker Zeigefinger“.
cli-help-fingerprints-rename-id = Die ID des Fingerabdrucks, wie `keyguide fingerprints list` sie anzeigt.
cli-help-fingerprints-rename-name = Der neue Name.
cli-help-fingerprints-remove-id = Die ID des Fingerabdrucks, wie `keyguide fingerprints list` sie anzeigt.
cli-help-fingerprints-remove-yes = Nicht nach einer Bestätigung fragen.
cli-help-config-always-uv-state = on oder off.
cli-help-config-min-pin-length-length = Das neue Minimum in Zeichen (bis 63). Es kann nur erhöht werden.
cli-help-reset-yes = Nicht nach einer Bestätigung fragen.
cli-help-report-out = Zielpfad; die Endungen .json und .html werden angehängt.
cli-help-virtual-create-file = Die neue Schlüsseldatei (eine vorhandene Datei wird nie überschrieben).
cli-help-virtual-create-profile = Die Art des Schlüssels: bio, pre, basic oder mds:<aaguid> für ein Modell aus den FIDO-Metadaten.
cli-help-virtual-create-quirk = So antworten, wie manche echte Schlüssel es tun, statt wie die Spezifikation es vorschreibt. forced-change-policy-violation: Eine richtige PIN bei erzwungener PIN-Änderung erhält PIN_POLICY_VIOLATION statt PIN_INVALID. Mehrfach angebbar.
cli-help-virtual-seed-file = Die Datei des virtuellen Schlüssels.
cli-help-virtual-seed-passkeys = Wie viele Passkeys erstellt werden sollen.
cli-help-virtual-seed-sites = Auf wie viele Websites sie verteilt werden sollen.
cli-help-virtual-replug-file = Die Datei des virtuellen Schlüssels.
cli-help-virtual-serve-vpcd-file = Die Datei des virtuellen Schlüssels.
cli-help-virtual-serve-vpcd-host = Wo vpcd lauscht (auf diesem Rechner belassen).
cli-help-virtual-serve-vpcd-port = Der Port des vpcd-Lesegeräts; 35963 ist das erste („Virtual PCD 00 00“).

## --help: the section headings (clap adds the colon).

cli-heading-usage = Aufruf
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen

## Running a command

# $error: die Begründung des Systems.
cli-could-not-start = Start fehlgeschlagen: { $error }
# Mit --stats ausgegeben. $count: die Anzahl der Befehle.
cli-stats-commands-sent = Gesendete CTAP-Befehle: { $count }
cli-json-failed = JSON konnte nicht geschrieben werden: { $error }

## Questions and PIN prompts

# Gefolgt von einem Leerzeichen und der verdeckten PIN, während sie eingegeben wird.
cli-prompt-current-pin = PIN des Schlüssels:
# $min: die Mindestlänge der PIN des Schlüssels.
cli-prompt-new-pin = { $min ->
    [one] Neue PIN (mindestens { $min } Zeichen):
   *[other] Neue PIN (mindestens { $min } Zeichen):
}
cli-prompt-repeat-pin = Neue PIN wiederholen:
cli-stdin-ended = Die Standardeingabe endete, bevor alle PINs gelesen waren.
cli-stdin-not-utf8 = Die Standardeingabe ist kein gültiger UTF-8-Text; geben Sie jede PIN als eine Textzeile an.
cli-no-terminal-for-pin = Es gibt kein Terminal, um nach der PIN zu fragen. Übergeben Sie sie mit --pin-stdin über die Standardeingabe.
cli-no-terminal-to-confirm = Das lässt sich nicht rückgängig machen, und es gibt kein Terminal für die Bestätigung. Fügen Sie --yes hinzu.
# $word: das einzugebende Wort (RESET, DELETE, REMOVE), das englisch bleibt.
cli-confirm-type-word = Geben Sie { $word } ein, um fortzufahren:

## What the key asks for while a command runs

cli-touch-key = Berühren Sie jetzt Ihren Sicherheitsschlüssel.
cli-touch-sensor = Berühren Sie den Fingerabdrucksensor.
cli-sample-good = Gut.
cli-sample-too-high = Zu hoch: Legen Sie den Finger weiter unten auf.
cli-sample-too-low = Zu tief: Legen Sie den Finger weiter oben auf.
cli-sample-too-left = Zu weit links: Verschieben Sie den Finger nach rechts.
cli-sample-too-right = Zu weit rechts: Verschieben Sie den Finger nach links.
cli-sample-too-fast = Zu schnell: Lassen Sie den Finger etwas länger liegen.
cli-sample-too-slow = Zu langsam: Heben Sie den Finger früher an.
cli-sample-poor-quality = Undeutlich: Reinigen und trocknen Sie den Finger und legen Sie ihn flach auf.
cli-sample-too-skewed = Schief: Legen Sie den Finger gerade auf.
cli-sample-too-short = Zu kurz: Lassen Sie den Finger etwas länger auf dem Sensor.
cli-sample-merge-failure = Diese Berührung konnte nicht übernommen werden: Versuchen Sie es erneut.
cli-sample-already-exists = Dieser Fingerabdruck ist bereits eingerichtet.
cli-sample-no-user-activity = Kein Finger erkannt: Berühren Sie den Sensor.
cli-sample-no-user-presence-transition = Heben Sie den Finger an und berühren Sie den Sensor erneut.
cli-sample-unknown = Nicht akzeptiert: Versuchen Sie es erneut.
# $advice: einer der cli-sample-…-Texte oben.
cli-sample-complete = { $advice } Fingerabdruck vollständig.
# $remaining: die noch nötigen Berührungen.
cli-sample-again = { $advice } Finger anheben und erneut auflegen (noch { $remaining }).

## devices

cli-devices-none = Kein Sicherheitsschlüssel gefunden. Stecken Sie Ihren Sicherheitsschlüssel ein (oder halten Sie ihn an das Lesegerät).
# $label: der Name des Schlüssels; $reader: der Name des NFC-Lesegeräts.
cli-devices-on-reader = { $label } am Lesegerät „{ $reader }“

## info

cli-yes = ja
cli-no = nein
# $warning: die Warnung der FIDO-Metadaten zu diesem Modell.
cli-info-warning = WARNUNG: { $warning }
# Die Beschriftungen von `keyguide info`; der Doppelpunkt wird angehängt.
cli-info-aaguid = AAGUID
cli-info-versions = FIDO-Versionen
cli-info-firmware = Firmware
cli-info-transports = Übertragungswege
cli-info-certification = Zertifizierung
cli-info-pin = PIN
cli-info-min-pin-length = PIN-Mindestlänge
cli-info-fingerprints = Fingerabdrücke
cli-info-passkeys = Passkeys
cli-info-passkey-management = Passkey-Verwaltung
cli-info-always-uv = Immer PIN verlangen
# Die Werte von `keyguide info`.
cli-info-pin-not-supported = nicht unterstützt
cli-info-pin-not-set = nicht festgelegt (festlegen mit `keyguide pin set`)
cli-info-pin-set = festgelegt
cli-info-pin-set-retries = { $count ->
    [one] festgelegt, noch { $count } Versuch
   *[other] festgelegt, noch { $count } Versuche
}
cli-info-pin-power-cycle = gesperrt, bis Sie den Schlüssel entfernen und wieder einstecken
cli-info-force-pin-change = Die PIN muss geändert werden, bevor der Schlüssel verwendet werden kann.
cli-info-fingerprints-enrolled = unterstützt, eingerichtet
cli-info-fingerprints-none = unterstützt, keine eingerichtet
cli-info-fingerprints-unsupported = nicht unterstützt
# $used: Passkeys auf dem Schlüssel; $remaining: Platz für weitere.
cli-info-passkeys-used = { $used } gespeichert, Platz für { $remaining } weitere
cli-info-passkeys-room = Platz für { $remaining } weitere

## pin

cli-pin-retries = { $count ->
    [one] Noch { $count } PIN-Versuch.
   *[other] Noch { $count } PIN-Versuche.
}
cli-pin-retries-power-cycle = Entfernen Sie den Schlüssel vor dem nächsten Versuch und stecken Sie ihn wieder ein.
cli-pin-set-done = Die PIN ist festgelegt.
cli-pin-changed = Die PIN wurde geändert.

## passkeys

# $used: Passkeys auf dem Schlüssel; $remaining: Platz für weitere.
cli-passkeys-summary = { $used ->
    [one] { $used } Passkey gespeichert, Platz für { $remaining } weitere.
   *[other] { $used } Passkeys gespeichert, Platz für { $remaining } weitere.
}
# Ein Passkey, dessen Benutzername und Anzeigename sich unterscheiden.
cli-passkeys-user-and-display-name = { $name } ({ $display_name })
cli-passkeys-no-user-name = (kein Benutzername)
# $id: die ID des Passkeys.
cli-passkeys-delete-confirm = Passkey { $id } löschen? Das zugehörige Konto kann sich dann nicht mehr mit diesem Schlüssel anmelden.
cli-passkeys-deleted = Der Passkey wurde gelöscht.
cli-passkeys-user-updated = Die Benutzernamen des Passkeys wurden aktualisiert.

## fingerprints

cli-fingerprints-none = Keine Fingerabdrücke eingerichtet. Fügen Sie einen mit `keyguide fingerprints enroll` hinzu.
cli-fingerprints-no-name = (kein Name)
cli-fingerprints-enrolled = Fingerabdruck eingerichtet (ID { $id }).
cli-fingerprints-renamed = Der Fingerabdruck wurde umbenannt.
cli-fingerprints-remove-confirm = Fingerabdruck { $id } entfernen?
cli-fingerprints-removed = Der Fingerabdruck wurde entfernt.

## config

cli-config-always-uv-on = Der Schlüssel fragt jetzt immer nach der PIN oder einem Fingerabdruck.
cli-config-always-uv-off = Der Schlüssel fragt nur noch nach der PIN oder einem Fingerabdruck, wenn eine Website das verlangt.
# $length: die neue Mindestlänge der PIN.
cli-config-min-pin-length-set = Die Mindestlänge der PIN beträgt jetzt { $length }.
cli-config-min-pin-length-set-change-pin = Die Mindestlänge der PIN beträgt jetzt { $length }. Die PIN ist kürzer und muss daher geändert werden, bevor der Schlüssel wieder verwendet werden kann.
cli-config-force-pin-change-done = Die PIN muss geändert werden, bevor der Schlüssel wieder verwendet werden kann.
cli-config-enterprise-attestation-confirm = Mit der Unternehmensattestierung kann sich dieser Schlüssel gegenüber den Websites, die Ihre Organisation oder der Hersteller bestimmt hat, einzeln ausweisen (zum Beispiel mit seiner Seriennummer). Nur ein Zurücksetzen des Schlüssels schaltet sie wieder aus.
cli-config-enterprise-attestation-done = Die Unternehmensattestierung ist eingeschaltet.

## reset and identify

cli-reset-confirm = Beim Zurücksetzen werden die PIN, alle Passkeys und alle Fingerabdrücke auf diesem Schlüssel gelöscht. Konten, die ihn verwenden, akzeptieren ihn dann nicht mehr.
    Schlüssel lassen ein Zurücksetzen nur innerhalb von etwa 10 Sekunden nach dem Einstecken zu, und Sie müssen den Schlüssel berühren.
cli-reset-done = Der Schlüssel wurde zurückgesetzt. Er hat jetzt keine PIN, keine Passkeys und keine Fingerabdrücke mehr.
cli-identify-done = Das ist der Schlüssel, den Sie berührt haben.

## report

# $json, $html: die beiden geschriebenen Dateien.
cli-report-written = Bericht gespeichert in { $json } und { $html }.
# $error: die Begründung des Systems.
cli-report-not-written = Der Bericht konnte nicht geschrieben werden: { $error }
# Wie der Bericht den Schlüssel nennt, wenn weder --virtual noch --device angegeben wurde.
cli-report-only-key = der einzige angeschlossene Schlüssel

## virtual

# $path: die neue Schlüsseldatei.
cli-virtual-created = Virtueller Schlüssel in { $path } erstellt.
cli-virtual-replugged = Der virtuelle Schlüssel wurde entfernt und wieder eingesteckt.
# $count: erstellte Passkeys; $sites: auf wie viele Websites verteilt.
cli-virtual-seeded = { $sites ->
    [one] { $count ->
        [one] { $count } Passkey für { $sites } Website erstellt.
       *[other] { $count } Passkeys für { $sites } Website erstellt.
    }
   *[other] { $count ->
        [one] { $count } Passkey auf { $sites } Websites verteilt erstellt.
       *[other] { $count } Passkeys auf { $sites } Websites verteilt erstellt.
    }
}
# $path: die Schlüsseldatei; $reader: die Adresse von vpcd, z. B. 127.0.0.1:35963.
cli-virtual-serving = { $path } wird als NFC-Karte im vpcd-Lesegerät unter { $reader } bereitgestellt.
# $aaguid: was der Benutzer nach mds: eingegeben hat.
cli-virtual-not-an-aaguid = „{ $aaguid }“ ist keine AAGUID (erwartet wird die Form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
cli-virtual-unknown-model = Kein Modell mit der AAGUID { $aaguid } in den FIDO-Metadaten.
# $model: der Name des Modells.
cli-virtual-no-get-info = Die FIDO-Metadaten enthalten kein authenticatorGetInfo für { $model }.
cli-about-provision = Schlüssel in großer Zahl nach einer Richtlinie vorbereiten (IT-Personal): Schlüssel für Schlüssel, bis Sie q eingeben, je eine Zeile im Bericht.
cli-help-provision-policy = Die Vorbereitungsrichtlinie (TOML; siehe examples/provision-policy.toml).
cli-help-provision-report = Der anzulegende Bericht (CSV, nur für Sie lesbar; enthält die PINs).
cli-about-entra = Einen Schlüssel für einen Benutzer in Microsoft Entra ID registrieren, offline.
cli-about-entra-request = Die Microsoft-Graph-Anfrage ausgeben, die die Erstellungsoptionen eines Benutzers abruft.
cli-help-entra-request-user = Objekt-ID oder Benutzerprinzipalname des Benutzers.
cli-help-entra-request-challenge-timeout = Wie lange die Challenge gültig bleibt, in Minuten (5 bis 43200).
cli-about-entra-register = Den Passkey des Benutzers aus den Erstellungsoptionen auf dem Schlüssel erstellen und den Inhalt für Microsoft Graph schreiben.
cli-help-entra-register-options = Die Erstellungsoptionen, wie Microsoft Graph sie geliefert hat (JSON).
cli-help-entra-register-out = Wohin der Inhalt der Registrierung geschrieben wird (JSON).
cli-help-entra-register-display-name = Der Name des Schlüssels in der Methodenliste des Benutzers.
cli-about-blobs = Den Large-Blob-Speicher des Schlüssels anzeigen oder leeren (Daten, die Websites auf dem Schlüssel ablegen).
cli-about-blobs-list = Wie viel vom Speicher belegt ist und welche Passkeys Daten darin haben (mit der PIN).
cli-about-blobs-clear = Die Daten aller Websites im Speicher löschen. Die Passkeys bleiben.
cli-help-blobs-clear-yes = Nicht nach einer Bestätigung fragen.
cli-blobs-clear-confirm = Beim Leeren werden die Daten gelöscht, die Websites im Large-Blob-Speicher dieses Schlüssels ablegen (zum Beispiel Zertifikate). Die Passkeys bleiben, aber Websites müssen ihre Daten womöglich neu ablegen.
cli-blobs-cleared = Der Large-Blob-Speicher ist leer.
