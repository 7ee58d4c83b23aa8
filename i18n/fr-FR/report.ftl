# La page lisible (HTML) du rapport. Le fichier JSON garde ses noms de champs anglais.

report-title = Rapport de clé de sécurité : { $model }
report-heading = Rapport de clé de sécurité
report-subtitle = { $model } · créé le { $created } par { $generator }
report-no-secrets = Ce rapport ne contient aucun code PIN, aucune clé d'accès et aucun nom de compte.

## Les lignes du tableau

report-model = Modèle
report-aaguid = AAGUID
report-connection = Connexion
report-firmware = Micrologiciel
report-versions = Versions FIDO
report-transports = Transports
report-extensions = Extensions
report-pin = Code PIN
report-min-pin-length = Longueur minimale du code PIN
report-pin-change-required = Changement de code PIN exigé
report-fingerprint-sensor = Capteur d'empreintes
report-fingerprints-enrolled = Empreintes enregistrées
report-always-uv = Toujours exiger la vérification
report-passkey-management = Gestion des clés d'accès
report-passkeys-stored = Clés d'accès enregistrées
report-passkey-slots-free = Emplacements libres
report-sites = Sites
report-in-metadata = Dans les métadonnées FIDO
report-certification = Certification
report-metadata-warning = Avertissement des métadonnées

## Les valeurs

report-yes = oui
report-no = non
report-pin-not-supported = non pris en charge
report-pin-not-set = non défini
report-pin-set = défini
report-pin-set-retries = { $count ->
    [one] défini, { $count } essai restant
   *[other] défini, { $count } essais restants
}
report-connection-nfc-reader = NFC sur { $reader }
report-connection-nfc = NFC
report-connection-usb = USB : { $label }
report-connection-virtual = clé virtuelle : { $label }
