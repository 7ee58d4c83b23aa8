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
