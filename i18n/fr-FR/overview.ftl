overview-connected-usb = Connectée en USB
overview-connected-virtual = Clé virtuelle (pour essayer KeyGuide)
overview-next-set-pin = Définissez un code PIN pour commencer
overview-next-set-pin-detail = Les sites web et Windows demandent ce code PIN quand vous vous connectez avec la clé.
overview-next-pin-blocked = Le code PIN est bloqué
overview-next-pin-blocked-detail = Trop de codes PIN erronés. Seule une réinitialisation peut rendre la clé à nouveau utilisable ; elle efface tout son contenu.
overview-next-change-pin = Modifiez le code PIN
overview-next-change-pin-detail = La clé demande un nouveau code PIN avant de pouvoir être utilisée.
overview-next-add-fingerprint = Ajoutez une empreinte digitale
overview-next-add-fingerprint-detail = Vous pourrez ensuite vous connecter d’un simple toucher au lieu de taper le code PIN.
overview-pin-not-supported = Non pris en charge
overview-pin-not-set = Non défini
overview-pin-blocked = Bloqué
overview-pin-set = Défini
overview-passkeys-unlock = Déverrouillez avec le code PIN pour les voir
overview-passkeys-cannot-list = Cette clé ne peut pas lister ses clés d’accès
overview-fingerprints-no-sensor = Pas de capteur d’empreintes
overview-fingerprints-enrolled = Ajoutées
overview-fingerprints-none = Aucune ajoutée pour l’instant
overview-not-certified = Non répertoriée comme certifiée FIDO
overview-firmware-not-reported = Non communiqué
overview-fact-pin = Code PIN
overview-fact-passkeys = Clés d’accès
overview-fact-fingerprints = Empreintes digitales
overview-fact-min-pin-length = Longueur minimale du code PIN
overview-fact-certification = Certification
overview-fact-versions = Versions FIDO
overview-fact-connections = Connexions
overview-fact-firmware = Micrologiciel
overview-fact-aaguid = Identifiant du modèle (AAGUID)
overview-identify = Identifier cette clé
overview-identify-detail = La clé clignote ; touchez-la pour confirmer que c’est bien celle-là.
overview-save-report = Enregistrer le rapport…
overview-certified = Certifiée FIDO
overview-connected-nfc = Sur le lecteur NFC { $reader }
overview-pin-set-replug = Défini, { $retries ->
    [one] { $retries } tentative restante
   *[other] { $retries } tentatives restantes
} ; retirez puis réinsérez la clé avant le prochain essai
overview-pin-set-retries = Défini, { $retries ->
    [one] { $retries } tentative restante
   *[other] { $retries } tentatives restantes
}
overview-passkeys-stored = { $used ->
    [one] { $used } enregistrée
   *[other] { $used } enregistrées
}, { $remaining ->
    [one] encore { $remaining } place libre
   *[other] encore { $remaining } places libres
}
overview-passkeys-room = { $remaining ->
    [one] Encore { $remaining } place libre
   *[other] Encore { $remaining } places libres
}
overview-certification-see-warning = { $level } (voir l’avertissement ci-dessus)
overview-certified-level = Certifiée FIDO, niveau { $level }
overview-warning-revoked = La FIDO Alliance a révoqué la certification de ce modèle. Des organisations peuvent le refuser ; envisagez de remplacer la clé.
overview-warning-uv-bypass = Ce modèle présente une faille connue qui permet de contourner la vérification du code PIN ou de l’empreinte digitale. Contactez le fabricant.
overview-warning-attestation-compromise = La clé d’attestation de ce modèle est compromise : les services ne peuvent pas s’assurer qu’il est authentique.
overview-warning-remote-compromise = Ce modèle présente une faille qui peut exposer ses clés à distance. Remplacez la clé.
overview-warning-physical-compromise = Les clés de ce modèle peuvent être extraites par quiconque l’a entre les mains. Gardez votre clé en lieu sûr ou remplacez-la.
overview-warning-update-available = Le fabricant propose une mise à jour du micrologiciel pour ce modèle.

# La configuration guidée (guide.ftl) telle que la vue d'ensemble la propose. Ces
# textes sont ici pour que le démarrage n'ait pas à lire le fichier du guide.
overview-guide-open = Utiliser cette clé au travail ou à l’école
overview-guide-start = Lancer la configuration guidée
overview-guide-offer-title = Vous configurez une clé pour votre compte professionnel ou scolaire ?
overview-guide-offer-detail = KeyGuide vérifie la clé et vous guide pas à pas sur la page Informations de sécurité de Microsoft.
overview-guide-offer-later = Pas maintenant

## The key's status, first on the overview.
overview-status-ready = Prête pour la connexion professionnelle
overview-status-ready-detail = La clé a un PIN et tout ce que Microsoft exige d’une clé de sécurité.
overview-status-needs-pin = Il faut un PIN
overview-status-needs-new-pin = Il faut un nouveau PIN
overview-status-blocked = PIN bloqué
overview-status-replug = Retirez la clé et rebranchez-la
overview-status-replug-detail = Trois PIN erronés de suite. Retirez la clé, rebranchez-la, puis réessayez le PIN une fois.
overview-status-not-for-work = Ne convient pas à la connexion professionnelle
overview-status-not-for-work-detail = Microsoft exige une clé qui stocke elle-même les clés d’accès, possède un PIN et prend en charge l’extension hmac-secret. Il manque une partie de cela à celle-ci.
overview-details = Détails techniques
overview-fact-extensions = Extensions
overview-none = Aucune
