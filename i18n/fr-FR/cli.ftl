# La ligne de commande (src/cli/, src/main.rs) : ce qu’elle affiche pour les personnes.
# Ne figurent pas ici et ne sont jamais traduits : les noms de commandes et
# d’options, la sortie --json et les messages d’erreur d’analyse de clap.
# Les mots entre `accents graves` sont des commandes à taper : les garder tels quels.

## --help : les commandes. Les identifiants suivent le chemin de la commande :
## cli-about-<commande>[-<sous-commande>].

cli-about = Gérer vos clés de sécurité FIDO2. Sans commande, ouvre l’application.
cli-about-devices = Lister les clés connectées.
cli-about-info = Afficher le modèle de la clé et sa configuration.
cli-about-pin = Définir, modifier ou consulter le code PIN.
cli-about-pin-set = Définir un code PIN sur une clé qui n’en a pas.
cli-about-pin-change = Modifier le code PIN.
cli-about-pin-retries = Afficher le nombre de tentatives de code PIN restantes.
cli-about-passkeys = Lister, supprimer ou modifier les clés d’accès (identifiants détectables).
cli-about-passkeys-list = Lister les clés d’accès, regroupées par site.
cli-about-passkeys-delete = Supprimer une clé d’accès.
cli-about-passkeys-update-user = Modifier le nom d’utilisateur et le nom d’affichage enregistrés avec une clé d’accès.
cli-about-fingerprints = Lister, enregistrer, renommer ou supprimer des empreintes digitales.
cli-about-fingerprints-list = Lister les empreintes enregistrées.
cli-about-fingerprints-enroll = Enregistrer une nouvelle empreinte (touchez le capteur plusieurs fois).
cli-about-fingerprints-rename = Renommer une empreinte.
cli-about-fingerprints-remove = Supprimer une empreinte.
cli-about-config = Modifier les réglages de la clé.
cli-about-config-always-uv = Toujours exiger le code PIN ou une empreinte, même si le site ne le demande pas.
cli-about-config-min-pin-length = Augmenter la longueur minimale du code PIN.
cli-about-config-force-pin-change = Obliger l’utilisateur à modifier le code PIN avant de pouvoir réutiliser la clé.
cli-about-config-enterprise-attestation = Activer l'attestation d'entreprise (informatique) : la clé peut alors s'identifier individuellement auprès des sites de votre organisation. Seule une réinitialisation la désactive.
cli-help-config-enterprise-attestation-yes = Ne pas demander de confirmation.
cli-about-reset = Effacer la clé : code PIN, clés d’accès et empreintes. Action irréversible.
cli-about-identify = Faire clignoter une clé pour savoir laquelle c’est (touchez-la).
cli-about-genuine = Vérifier que la clé est un modèle authentique répertorié dans les métadonnées FIDO (elle signe un test pour un site fictif et n'enregistre rien).
cli-about-doctor = Vérifier cet ordinateur : service de cartes à puce, accès USB, clés vues, dossier des journaux.
cli-about-report = Écrire un rapport sur la clé (sans secrets ni noms de compte) en JSON et en HTML : FILE.json et FILE.html. Avec --pin-stdin, il inclut le nombre de clés d’accès.
cli-about-virtual = Créer et piloter des clés virtuelles (pour les tests, les démonstrations et la formation).
cli-about-virtual-create = Créer un fichier de clé virtuelle.
cli-about-virtual-seed = Créer des clés d’accès sur une clé virtuelle en passant par le chemin client habituel.
cli-about-virtual-replug = Débrancher et rebrancher une clé virtuelle (remise sous tension).
cli-about-virtual-serve-vpcd = Présenter une clé virtuelle comme carte NFC dans le lecteur virtuel vpcd de pcscd (paquet vsmartcard-vpcd) jusqu’à l’arrêt du processus. Pendant ce temps, le fichier de clé appartient à cette commande : ne le modifiez pas avec d’autres commandes.
# La commande `help`, présente dans chaque commande qui a des sous-commandes.
cli-about-help = Afficher ce message ou l’aide de la commande indiquée.

## --help : les options et les arguments. Identifiants : cli-help-<option> pour les
## options acceptées par toutes les commandes, cli-help-<chemin de la commande>-<argument>.

cli-help-virtual-key = Utiliser la clé virtuelle enregistrée dans ce fichier au lieu d’une vraie clé.
cli-help-device = Utiliser la clé portant cet identifiant (voir `keyguide devices`).
cli-help-pin-stdin = Lire les codes PIN sur l’entrée standard, un par ligne (le code actuel d’abord, puis le nouveau).
cli-help-stats = Indiquer combien de commandes CTAP l’opération a envoyées (sur la sortie d’erreur standard).
cli-help-json = Sortie lisible par une machine, sur la sortie standard.
cli-help-demo = Ouvrir l’application sur une clé virtuelle intégrée (aucune vraie clé nécessaire).
cli-help-demo-profile = Avec --demo : le profil de la clé virtuelle : bio (par défaut), pre, basic ou ctap22 (une clé plus récente : règles de code PIN, grands blocs, règles de réinitialisation).
cli-help-theme = Les couleurs de l’application : system (comme le système), light (clair) ou dark (sombre).
cli-help-verbose = Écrire aussi le journal dans le terminal.
cli-help-language = La langue des textes de KeyGuide pour cette exécution : en-US, de-DE, fr-FR, es-ES, ja-JP ou zh-CN. Par défaut, le réglage de l’application ou la langue du système.
cli-help-help = Afficher l’aide.
cli-help-version = Afficher la version.
cli-help-passkeys-delete-credential-id = L’identifiant de la clé d’accès, tel qu’affiché par `keyguide passkeys list`.
cli-help-passkeys-delete-yes = Ne pas demander de confirmation.
cli-help-passkeys-update-user-credential-id = L’identifiant de la clé d’accès, tel qu’affiché par `keyguide passkeys list`.
cli-help-passkeys-update-user-name = Le nouveau nom d’utilisateur (souvent une adresse e-mail).
cli-help-passkeys-update-user-display-name = Le nouveau nom d’affichage (souvent le nom complet de la personne).
cli-about-passkeys-export = Enregistrer la liste des sites et des comptes de la clé (sans aucun secret) : CSV, ou JSON avec --json ou un nom en .json. À conserver avant une réinitialisation.
cli-help-passkeys-export-file = Le fichier à écrire.
cli-help-passkeys-export-force = Remplacer le fichier s’il existe.
cli-about-passkeys-compare = Lister les sites et comptes présents sur cette clé et absents d’une autre, ou l’inverse.
cli-help-passkeys-compare-with = L’autre clé : son identifiant d’appareil (voir keyguide devices) ou un fichier de clé virtuelle.
cli-help-fingerprints-enroll-name = Un nom pour la nouvelle empreinte, par exemple « Index gauche ».
cli-help-fingerprints-rename-id = L’identifiant de l’empreinte, tel qu’affiché par `keyguide fingerprints list`.
cli-help-fingerprints-rename-name = Le nouveau nom.
cli-help-fingerprints-remove-id = L’identifiant de l’empreinte, tel qu’affiché par `keyguide fingerprints list`.
cli-help-fingerprints-remove-yes = Ne pas demander de confirmation.
cli-help-config-always-uv-state = on ou off.
cli-help-config-min-pin-length-length = Le nouveau minimum, en caractères (63 au maximum). Il ne peut qu’augmenter.
cli-help-reset-yes = Ne pas demander de confirmation.
cli-help-report-out = Où écrire ; les extensions .json et .html sont ajoutées.
cli-help-virtual-create-file = Le nouveau fichier de clé (un fichier existant n’est jamais écrasé).
cli-help-virtual-create-profile = Le type de clé : bio, pre, basic, ou mds:<aaguid> pour un modèle des métadonnées FIDO.
cli-help-virtual-create-quirk = Répondre comme certaines vraies clés au lieu de suivre la spécification. forced-change-policy-violation : un code PIN correct pendant un changement de PIN imposé reçoit PIN_POLICY_VIOLATION au lieu de PIN_INVALID. Peut être répété.
cli-help-virtual-seed-file = Le fichier de la clé virtuelle.
cli-help-virtual-seed-passkeys = Le nombre de clés d’accès à créer.
cli-help-virtual-seed-sites = Le nombre de sites sur lesquels les répartir.
cli-help-virtual-replug-file = Le fichier de la clé virtuelle.
cli-help-virtual-serve-vpcd-file = Le fichier de la clé virtuelle.
cli-help-virtual-serve-vpcd-host = L’adresse où vpcd écoute (gardez-la sur cette machine).
cli-help-virtual-serve-vpcd-port = Le port du lecteur de vpcd ; 35963 est celui du premier (« Virtual PCD 00 00 »).

## --help : les titres de section (clap ajoute les deux-points).

cli-heading-usage = Utilisation
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options

## Exécution d’une commande

# $error : la raison donnée par le système.
cli-could-not-start = impossible de démarrer : { $error }
# Affiché avec --stats. $count : le nombre de commandes.
cli-stats-commands-sent = Commandes CTAP envoyées : { $count }
cli-json-failed = impossible d’écrire le JSON : { $error }

## Questions et demandes de code PIN

# Suivi d’une espace et du code PIN, masqué pendant la saisie.
cli-prompt-current-pin = Code PIN de la clé :
# $min : la longueur minimale du code PIN de la clé.
cli-prompt-new-pin = { $min ->
    [one] Nouveau code PIN (au moins { $min } caractère) :
   *[other] Nouveau code PIN (au moins { $min } caractères) :
}
cli-prompt-repeat-pin = Confirmez le nouveau code PIN :
cli-stdin-ended = L’entrée standard s’est terminée avant que tous les codes PIN aient été lus.
cli-stdin-not-utf8 = L’entrée standard n’est pas du texte UTF-8 valide ; donnez chaque code PIN sur une ligne de texte.
cli-no-terminal-for-pin = Aucun terminal pour demander le code PIN ; transmettez-le sur l’entrée standard avec --pin-stdin.
cli-no-terminal-to-confirm = Cette opération est irréversible et aucun terminal ne permet de la confirmer ; ajoutez --yes.
# $word : le mot à taper (RESET, DELETE, REMOVE), qui reste en anglais.
cli-confirm-type-word = Tapez { $word } pour continuer :

## Ce que la clé demande pendant l’exécution d’une commande

cli-touch-key = Touchez votre clé de sécurité maintenant.
cli-touch-sensor = Touchez le capteur d’empreintes.
cli-sample-good = Bien.
cli-sample-too-high = Trop haut : placez votre doigt un peu plus bas.
cli-sample-too-low = Trop bas : placez votre doigt un peu plus haut.
cli-sample-too-left = Trop à gauche : décalez votre doigt vers la droite.
cli-sample-too-right = Trop à droite : décalez votre doigt vers la gauche.
cli-sample-too-fast = Trop rapide : laissez votre doigt posé un peu plus longtemps.
cli-sample-too-slow = Trop lent : levez votre doigt un peu plus tôt.
cli-sample-poor-quality = Pas assez net : nettoyez et séchez votre doigt, puis posez-le bien à plat.
cli-sample-too-skewed = De travers : placez votre doigt bien droit.
cli-sample-too-short = Trop court : gardez votre doigt sur le capteur un peu plus longtemps.
cli-sample-merge-failure = Ce contact ne correspond pas aux précédents : réessayez.
cli-sample-already-exists = Cette empreinte est déjà enregistrée.
cli-sample-no-user-activity = Aucun doigt détecté : touchez le capteur.
cli-sample-no-user-presence-transition = Levez le doigt, puis touchez à nouveau le capteur.
cli-sample-unknown = Contact refusé : réessayez.
# $advice : l’un des textes cli-sample-... ci-dessus.
cli-sample-complete = { $advice } Empreinte complète.
# $remaining : le nombre de contacts encore nécessaires.
cli-sample-again = { $advice } Levez le doigt et touchez à nouveau (encore { $remaining }).

## devices

cli-devices-none = Aucune clé de sécurité trouvée. Insérez votre clé de sécurité (ou posez-la sur le lecteur).
# $label : le nom de la clé ; $reader : le nom du lecteur NFC.
cli-devices-on-reader = { $label } sur le lecteur « { $reader } »

## info

cli-yes = oui
cli-no = non
# $warning : l’avertissement des métadonnées FIDO sur ce modèle.
cli-info-warning = AVERTISSEMENT : { $warning }
# Les libellés de `keyguide info` ; les deux-points sont ajoutés après eux.
cli-info-aaguid = AAGUID
cli-info-versions = Versions FIDO
cli-info-firmware = Micrologiciel
cli-info-transports = Transports
cli-info-certification = Certification
cli-info-pin = Code PIN
cli-info-min-pin-length = Longueur minimale du code PIN
cli-info-fingerprints = Empreintes
cli-info-passkeys = Clés d’accès
cli-info-passkey-management = Gestion des clés d’accès
cli-info-always-uv = Toujours exiger le code PIN
# Les valeurs de `keyguide info`.
cli-info-pin-not-supported = non pris en charge
cli-info-pin-not-set = non défini (définissez-en un avec `keyguide pin set`)
cli-info-pin-set = défini
cli-info-pin-set-retries = { $count ->
    [one] défini, { $count } tentative restante
   *[other] défini, { $count } tentatives restantes
}
cli-info-pin-power-cycle = bloqué jusqu’à ce que vous retiriez et réinsériez la clé
cli-info-force-pin-change = Le code PIN doit être modifié avant de pouvoir utiliser la clé.
cli-info-fingerprints-enrolled = prises en charge, au moins une enregistrée
cli-info-fingerprints-none = prises en charge, aucune enregistrée
cli-info-fingerprints-unsupported = non prises en charge
# $used : les clés d’accès présentes sur la clé ; $remaining : la place pour d’autres.
cli-info-passkeys-used = { $used ->
    [one] { $used } enregistrée
   *[other] { $used } enregistrées
}, place pour { $remaining } de plus
cli-info-passkeys-room = place pour { $remaining } de plus

## pin

cli-pin-retries = { $count ->
    [one] Il reste { $count } tentative de code PIN.
   *[other] Il reste { $count } tentatives de code PIN.
}
cli-pin-retries-power-cycle = Retirez la clé et réinsérez-la avant la prochaine tentative.
cli-pin-set-done = Le code PIN est défini.
cli-pin-changed = Le code PIN est modifié.

## passkeys

# $used : les clés d’accès présentes sur la clé ; $remaining : la place pour d’autres.
cli-passkeys-summary = { $used ->
    [one] { $used } clé d’accès enregistrée, place pour { $remaining } de plus.
   *[other] { $used } clés d’accès enregistrées, place pour { $remaining } de plus.
}
# Une clé d’accès dont le nom d’utilisateur et le nom d’affichage diffèrent.
cli-passkeys-user-and-display-name = { $name } ({ $display_name })
cli-passkeys-no-user-name = (sans nom d’utilisateur)
# $id : l’identifiant de la clé d’accès.
cli-passkeys-delete-confirm = Supprimer la clé d’accès { $id } ? Le compte associé ne pourra plus se connecter avec cette clé.
cli-passkeys-deleted = La clé d’accès est supprimée.
cli-passkeys-user-updated = Les noms d’utilisateur de la clé d’accès sont mis à jour.

## fingerprints

cli-fingerprints-none = Aucune empreinte enregistrée. Ajoutez-en une avec `keyguide fingerprints enroll`.
cli-fingerprints-no-name = (sans nom)
cli-fingerprints-enrolled = Empreinte enregistrée (identifiant { $id }).
cli-fingerprints-renamed = L’empreinte est renommée.
cli-fingerprints-remove-confirm = Supprimer l’empreinte { $id } ?
cli-fingerprints-removed = L’empreinte est supprimée.

## config

cli-config-always-uv-on = La clé demande désormais toujours le code PIN ou une empreinte.
cli-config-always-uv-off = La clé ne demande le code PIN ou une empreinte que si un site l’exige.
# $length : la nouvelle longueur minimale du code PIN.
cli-config-min-pin-length-set = La longueur minimale du code PIN est désormais de { $length }.
cli-config-min-pin-length-set-change-pin = La longueur minimale du code PIN est désormais de { $length }. Le code PIN actuel est plus court : il devra être modifié avant de pouvoir réutiliser la clé.
cli-config-force-pin-change-done = Le code PIN devra être modifié avant de pouvoir réutiliser la clé.
cli-config-enterprise-attestation-confirm = L'attestation d'entreprise permet à cette clé de s'identifier individuellement (par exemple par son numéro de série) auprès des sites choisis par votre organisation ou par le fabricant de la clé. Seule une réinitialisation de la clé la désactive.
cli-config-enterprise-attestation-done = L'attestation d'entreprise est activée.

## reset et identify

cli-reset-confirm = La réinitialisation efface le code PIN, toutes les clés d’accès et toutes les empreintes de cette clé. Les comptes qui l’utilisent ne l’accepteront plus.
    Les clés n’acceptent une réinitialisation que dans les 10 secondes environ qui suivent leur branchement, et vous devez toucher la clé.
cli-reset-done = La clé est réinitialisée. Elle n’a plus de code PIN, de clés d’accès ni d’empreintes.
cli-identify-done = C’est la clé que vous avez touchée.

## report

# $json, $html : les deux fichiers écrits.
cli-report-written = Rapport écrit dans { $json } et { $html }.
# $error : la raison donnée par le système.
cli-report-not-written = Impossible d’écrire le rapport : { $error }
# Comment le rapport désigne la clé quand ni --virtual ni --device n’est indiqué.
cli-report-only-key = la seule clé connectée

## virtual

# $path : le nouveau fichier de clé.
cli-virtual-created = Clé virtuelle créée dans { $path }.
cli-virtual-replugged = La clé virtuelle a été retirée puis réinsérée.
# $count : les clés d’accès créées ; $sites : sur combien de sites.
cli-virtual-seeded = { $sites ->
    [one] { $count ->
        [one] { $count } clé d’accès créée pour { $sites } site.
       *[other] { $count } clés d’accès créées pour { $sites } site.
    }
   *[other] { $count ->
        [one] { $count } clé d’accès créée, répartie sur { $sites } sites.
       *[other] { $count } clés d’accès créées, réparties sur { $sites } sites.
    }
}
# $path : le fichier de clé ; $reader : l’adresse de vpcd, par exemple 127.0.0.1:35963.
cli-virtual-serving = { $path } est présenté comme carte NFC dans le lecteur vpcd à l’adresse { $reader }.
# $aaguid : ce que l’utilisateur a tapé après mds:.
cli-virtual-not-an-aaguid = « { $aaguid } » n’est pas un AAGUID (format attendu : xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
cli-virtual-unknown-model = Aucun modèle avec l’AAGUID { $aaguid } dans les métadonnées FIDO.
# $model : le nom du modèle.
cli-virtual-no-get-info = Les métadonnées FIDO ne contiennent pas d’authenticatorGetInfo pour { $model }.
cli-about-provision = Préparer des clés en nombre selon une stratégie (équipes informatiques) : clé après clé jusqu’à ce que vous tapiez q, une ligne de rapport par clé.
cli-help-provision-policy = La stratégie de préparation (TOML ; voir examples/provision-policy.toml).
cli-help-provision-report = Le rapport à créer (CSV, lisible par vous seul ; contient les codes PIN).
cli-about-entra = Enregistrer une clé pour un utilisateur dans Microsoft Entra ID, hors ligne.
cli-about-entra-request = Afficher la requête Microsoft Graph qui récupère les options de création d’un utilisateur.
cli-help-entra-request-user = L’ID d’objet ou le nom d’utilisateur principal de l’utilisateur.
cli-help-entra-request-challenge-timeout = Durée de validité du défi, en minutes (5 à 43200).
cli-about-entra-register = Créer la clé d’accès de l’utilisateur sur la clé à partir des options de création, et écrire le corps à envoyer à Microsoft Graph.
cli-help-entra-register-options = Les options de création telles que Microsoft Graph les a renvoyées (JSON).
cli-help-entra-register-out = Où écrire le corps de l’enregistrement (JSON).
cli-help-entra-register-display-name = Le nom de la clé dans la liste des méthodes de l’utilisateur.
cli-about-blobs = Afficher ou vider le stockage de grands blocs (large blobs) de la clé : les données que des sites y conservent.
cli-about-blobs-list = L'espace utilisé et les clés d'accès qui y ont des données (avec le code PIN).
cli-about-blobs-clear = Effacer les données de tous les sites dans ce stockage. Les clés d'accès restent.
cli-help-blobs-clear-yes = Ne pas demander de confirmation.
cli-blobs-clear-confirm = Vider efface les données que chaque site conserve dans le stockage de grands blocs de cette clé (par exemple des certificats). Les clés d'accès restent, mais des sites devront peut-être enregistrer à nouveau leurs données.
cli-blobs-cleared = Le stockage de grands blocs est vide.
