# Was vom System abhängt: Zugriff auf Schlüssel, Ausführen als Administrator
# unter Windows, die Einstellungsdatei, die Protokolldatei und das Fenster
# „KeyGuide wurde beendet“.

## When the system does not let KeyGuide open a key (src/platform/access.rs)

platform-access-windows-refused = Windows hat KeyGuide den Zugriff auf den Sicherheitsschlüssel verweigert.
platform-access-windows-restart = Starten Sie KeyGuide als Administrator neu, um den Schlüssel zu verwalten.
platform-access-windows-other-programs = Schließen Sie andere Programme, die den Schlüssel verwenden. Entfernen Sie ihn dann und stecken Sie ihn wieder ein.
platform-access-linux-rule-not-applied = Die Zugriffsregel von KeyGuide ist installiert, gilt aber noch nicht für diesen Schlüssel.
platform-access-linux-replug-or-log-in = Entfernen Sie den Schlüssel und stecken Sie ihn wieder ein. Klappt es dann immer noch nicht, melden Sie sich ab und wieder an: Die Regel gibt der Person Zugriff, die am Bildschirm dieses Computers angemeldet ist, nicht entfernten Sitzungen (SSH).
platform-access-linux-install-rule = Unter Linux dürfen nur berechtigte Benutzer Sicherheitsschlüssel öffnen. Führen Sie diese Befehle in einem Terminal aus, um die Zugriffsregel von KeyGuide zu installieren (Sie benötigen ein Administratorkennwort):
platform-access-linux-then-replug = Entfernen Sie danach den Schlüssel und stecken Sie ihn wieder ein.

## Running as administrator (Windows)

# Neben der Schaltfläche „Als Administrator neu starten“.
platform-elevation-reason = Ab Windows 10 Version 1903 dürfen nur Programme, die als Administrator ausgeführt werden, Sicherheitsschlüssel verwalten.
platform-elevation-failed = Windows hat KeyGuide nicht als Administrator gestartet.

## The settings file (src/settings.rs)

# $path: die Einstellungsdatei; $error: die Begründung des Systems.
platform-settings-unreadable = Die Einstellungsdatei { $path } konnte nicht gelesen werden: { $error }. Es werden die Standardeinstellungen verwendet.
# $path: die Einstellungsdatei; $error: was darin fehlerhaft ist.
platform-settings-damaged = Die Einstellungsdatei { $path } ist beschädigt ({ $error }). KeyGuide verwendet die Standardeinstellungen und lässt die Datei unverändert.

## The log file

# $folder: der Protokollordner; $error: die Begründung des Systems.
platform-log-not-written = Es wird keine Protokolldatei in { $folder } geschrieben: { $error }

## The "KeyGuide stopped" window, after a crash (src/app/crash.rs)

platform-crash-title = KeyGuide wurde beendet
platform-crash-explanation = In KeyGuide ist ein interner Fehler aufgetreten, daher musste das Programm geschlossen werden. Ein noch nicht abgeschlossener Schritt an Ihrem Schlüssel wurde nicht ausgeführt. Öffnen Sie KeyGuide erneut, um den Schlüssel zu überprüfen.
platform-crash-log-file = Was passiert ist, steht in dieser Protokolldatei:
platform-crash-open-folder = Protokollordner öffnen
platform-crash-copy-path = Pfad kopieren
platform-crash-close = Schließen
platform-crash-folder-opens = Der Ordner wird in Ihrem Dateimanager geöffnet.
platform-crash-no-file-manager = Es konnte kein Dateimanager gestartet werden. Kopieren Sie stattdessen den Pfad.
platform-crash-path-copied = Der Pfad wurde kopiert.
# `--verbose` ist eine Option der Kommandozeile, nicht übersetzt.
platform-crash-no-log = Es konnte keine Protokolldatei geschrieben werden. Starten Sie KeyGuide in einem Terminal mit --verbose, um die Details zu sehen.
