passkeys-title = Passkeys
passkeys-unlock-to-see = Entsperren Sie den Schlüssel mit seiner PIN, um die darauf gespeicherten Passkeys zu sehen.
passkeys-show = Passkeys anzeigen
passkeys-search = Nach Website oder Benutzername suchen
passkeys-user-name = Benutzername
passkeys-display-name = Anzeigename
passkeys-no-user-name = (kein Benutzername)
passkeys-edit = Bearbeiten
passkeys-delete = Löschen
passkeys-menu-open = Mehr ▾
passkeys-menu-close = Schließen ▴
passkeys-delete-confirm = Passkey löschen
passkeys-delete-question = Passkey für { $user } auf { $site } löschen?
passkeys-delete-detail = Sie können sich dann mit diesem Schlüssel nicht mehr bei diesem Konto anmelden. Ist das Ihre einzige Anmeldemöglichkeit, richten Sie zuerst eine andere ein.
passkeys-slots = { $used } gespeichert, Platz für { $remaining } weitere.
passkeys-empty = Noch keine Passkeys. Wenn Sie diesen Schlüssel bei einer Website zu einem Konto hinzufügen, erscheint der Passkey hier.
passkeys-hidden = { $hidden ->
    [one] { $hidden } weiterer nicht angezeigt. Tippen Sie einen Teil einer Website oder eines Benutzernamens ein, um ihn zu finden.
   *[other] { $hidden } weitere nicht angezeigt. Tippen Sie einen Teil einer Website oder eines Benutzernamens ein, um einen zu finden.
}
passkeys-show-more = { $count } weitere anzeigen
passkeys-no-match = Kein Passkey passt zu „{ $filter }“.
# Compare with another key (e.g. the spare): only sites and user names.
passkeys-compare-start = Mit einem anderen Schlüssel vergleichen…
passkeys-compare-remembered = KeyGuide merkt sich die Websites und Benutzernamen auf { $first }, bis Sie KeyGuide schließen.
passkeys-compare-next = Öffnen Sie jetzt Ihren anderen Schlüssel: Stecken Sie ihn ein (oder halten Sie ihn an das Lesegerät) und wählen Sie ihn unter „Alle Schlüssel“. KeyGuide zeigt dann, welche Websites nur auf einem der beiden Schlüssel sind.
passkeys-compare-show-this = Zeigen Sie die Passkeys dieses Schlüssels an, um sie mit { $first } zu vergleichen.
passkeys-compare-same-key = Das ist derselbe Schlüssel wie zuvor ({ $first }). Öffnen Sie zum Vergleichen Ihren anderen Schlüssel unter „Alle Schlüssel“.
passkeys-compare-title = Verglichen mit { $first }
passkeys-compare-only-first = Nur auf { $first }:
passkeys-compare-only-this = Nur auf diesem Schlüssel:
passkeys-compare-none = Keine
passkeys-compare-both = { $count ->
    [one] Auf beiden Schlüsseln: { $count } Konto
   *[other] Auf beiden Schlüsseln: { $count } Konten
}
passkeys-compare-where = Damit Sie eine Website mit beiden Schlüsseln nutzen können, fügen Sie dort den fehlenden Schlüssel zu Ihrem Konto hinzu.
passkeys-compare-done = Fertig
# credProtect levels (CTAP 2.1 §12.1), shown in a passkey's open menu.
passkeys-protect-1 = Schutz: Eine Berührung genügt, um diesen Passkey zu verwenden; die PIN wird nicht gebraucht.
passkeys-protect-2 = Schutz: Ohne PIN kann nur die Website, die ihn erstellt hat, ihn verwenden, und nur nachdem Sie Ihren Benutzernamen angegeben haben. Die Anmeldung ohne Benutzernamen braucht die PIN.
passkeys-protect-3 = Schutz: Dieser Passkey braucht immer die PIN (oder Ihren Fingerabdruck).
passkeys-has-blob = Die Website legt dafür Daten auf dem Schlüssel ab (Large Blob).
passkeys-third-party-payment = Die Website erlaubt damit Zahlungen bei anderen Händlern (Zahlung für Dritte).
