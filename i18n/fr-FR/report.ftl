# La page lisible (HTML) de « Enregistrer le rapport » et de `keyguide report`.
# Le fichier JSON qui l’accompagne garde ses noms de champs anglais pour les outils.

# $model : le nom du modèle de la clé.
report-title = Rapport de clé de sécurité : { $model }
report-heading = Rapport de clé de sécurité
# $model : le modèle de la clé ; $created : la date et l’heure (UTC) ; $generator : KeyGuide et sa version.
report-subtitle = { $model } · généré le { $created } par { $generator }
report-no-secrets = Ce rapport ne contient aucun code PIN, aucune clé d’accès ni aucun nom de compte.

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
report-fingerprint-sensor = Capteur d’empreintes
report-fingerprints-enrolled = Empreintes enregistrées
report-always-uv = Toujours exiger la vérification
report-passkey-management = Gestion des clés d’accès
report-passkeys-stored = Clés d’accès enregistrées
report-passkey-slots-free = Emplacements libres pour clés d’accès
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
# $count : les tentatives de code PIN restantes.
report-pin-set-retries = { $count ->
    [one] défini, { $count } tentative restante
   *[other] défini, { $count } tentatives restantes
}
# $reader : le nom du lecteur NFC.
report-connection-nfc-reader = NFC, lecteur { $reader }
report-connection-nfc = NFC
# $label : le nom ou l’identifiant de la clé.
report-connection-usb = USB : { $label }
# $label : le fichier de la clé virtuelle.
report-connection-virtual = clé virtuelle : { $label }
