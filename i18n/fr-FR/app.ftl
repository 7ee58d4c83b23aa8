app-copied = Copié.
app-key-removed = La clé a été retirée.
app-pin-saved = Le code PIN est enregistré. Mémorisez-le bien : la clé ne peut pas vous l’afficher.
app-passkey-deleted = La clé d’accès est supprimée.
app-fingerprint-removed = L’empreinte digitale est supprimée.
app-setting-saved = Le réglage est enregistré sur la clé.
app-identified = C’est bien cette clé.
app-reset-window-passed = La clé a refusé : plus de 10 secondes s’étaient écoulées depuis son branchement. Recommencez et touchez la clé dès qu’elle est reconnectée.
app-reset-not-touched = La clé n’a pas été touchée à temps, rien n’a donc été effacé. Recommencez quand vous voulez.
app-reset-cancelled = Réinitialisation annulée. Rien n’a été effacé.
app-keep-on-reader = Laissez la clé sur le lecteur jusqu’à la fin de l’opération.
app-nav-overview = Aperçu
app-nav-pin = Code PIN
app-nav-fingerprints = Empreintes
app-nav-passkeys = Clés d’accès
app-nav-key-settings = Réglages de la clé
app-nav-reset = Réinitialiser
app-nav-guide = Travail ou école
app-all-keys = Toutes les clés
app-settings = Réglages de KeyGuide
app-press-escape = Appuyez sur Échap ou sur Annuler pour arrêter.
app-unlock-title = Saisissez le code PIN de la clé
app-unlock-detail = KeyGuide ne le demande qu’une fois et l’oublie dès que vous fermez la clé.
app-unlock = Déverrouiller
app-unlock-fingerprint = Utiliser votre empreinte
app-unlock-fingerprint-detail = Touchez le capteur de la clé avec un doigt enregistré. Le code PIN fonctionne aussi.
app-unlock-fingerprint-retries = { $count ->
    [one] Il reste { $count } tentative d’empreinte avant que le code PIN soit nécessaire.
   *[other] Il reste { $count } tentatives d’empreinte avant que le code PIN soit nécessaire.
}
app-theme = Thème
app-language = Langue
app-report-saved = Rapport enregistré : { $html } et { $json }
app-report-not-saved = Le rapport n’a pas été enregistré : { $error }
app-settings-not-saved = Impossible d’enregistrer les réglages : { $error }
app-reset-failed = { $error } Rien n’a été effacé.
app-reset-seconds-left = { $seconds ->
    [one] Encore { $seconds } seconde pour réinitialiser
   *[other] Encore { $seconds } secondes pour réinitialiser
}
app-busy-unlock = Vérification du code PIN…
app-busy-unlock-fingerprint = En attente de votre empreinte…
app-busy-set-pin = Définition du code PIN…
app-busy-change-pin = Modification du code PIN…
app-busy-passkeys = Lecture des clés d’accès…
app-busy-delete-passkey = Suppression de la clé d’accès…
app-busy-saving = Enregistrement…
app-busy-fingerprints = Lecture des empreintes…
app-busy-enroll = Touchez le capteur d’empreintes
app-busy-cancelling = Annulation…
app-busy-renaming = Renommage…
app-busy-remove-fingerprint = Suppression de l’empreinte…
app-busy-setting = Enregistrement du réglage…
app-busy-reset = Touchez votre clé pour confirmer la réinitialisation
app-busy-identify = Touchez la clé qui clignote
app-report-dialog-title = Enregistrer le rapport
app-report-dialog-filter = Rapport (HTML et JSON)
app-open-url-failed = Impossible d’ouvrir { $url } dans le navigateur : { $error }
app-no-home-folder = KeyGuide n’a pas trouvé votre dossier personnel.
app-pin-first = Cette clé n’a pas encore de code PIN. Les clés d’accès et les empreintes se gèrent avec le code PIN de la clé : définissez-en un d’abord.
app-pin-first-button = Définir un code PIN
