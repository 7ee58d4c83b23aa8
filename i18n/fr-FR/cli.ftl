# La ligne de commande : ce qu'elle affiche pour les personnes. Les noms de
# commandes et d'options, la sortie --json et les messages d'erreur de clap
# ne sont pas traduits. Les mots entre `accents graves` sont des commandes.

## --help : les commandes

cli-about = Gérez vos clés de sécurité FIDO2. Sans commande, ouvre l'application.
cli-about-devices = Lister les clés connectées.
cli-about-info = Montrer ce qu'est la clé et comment elle est configurée.
cli-about-pin = Définir, changer ou consulter le code PIN.
cli-about-pin-set = Définir un code PIN sur une clé qui n'en a pas.
cli-about-pin-change = Changer le code PIN.
cli-about-pin-retries = Montrer combien d'essais de code PIN il reste.
cli-about-passkeys = Lister, supprimer ou modifier les clés d'accès (identifiants détectables).
cli-about-passkeys-list = Lister les clés d'accès par site.
cli-about-passkeys-delete = Supprimer une clé d'accès.
cli-about-passkeys-update-user = Changer le nom d'utilisateur et le nom affiché d'une clé d'accès.
cli-about-fingerprints = Lister, enregistrer, renommer ou supprimer des empreintes.
cli-about-fingerprints-list = Lister les empreintes enregistrées.
cli-about-fingerprints-enroll = Enregistrer une nouvelle empreinte (touchez le capteur plusieurs fois).
cli-about-fingerprints-rename = Renommer une empreinte.
cli-about-fingerprints-remove = Supprimer une empreinte.
cli-about-config = Changer les réglages de la clé.
cli-about-config-always-uv = Toujours exiger le code PIN ou une empreinte, même quand le site ne le demande pas.
cli-about-config-min-pin-length = Augmenter la longueur minimale du code PIN.
cli-about-config-force-pin-change = Obliger l'utilisateur à changer le code PIN avant de pouvoir réutiliser la clé.
cli-about-reset = Effacer la clé : code PIN, clés d'accès et empreintes. Irréversible.
cli-about-identify = Faire clignoter une clé pour savoir laquelle c'est (touchez-la).
cli-about-report = Écrire un rapport sur la clé (sans secret ni nom de compte) en JSON et HTML : FILE.json et FILE.html. Avec --pin-stdin, il inclut le nombre de clés d'accès.
cli-about-virtual = Créer et piloter des clés virtuelles (tests, démonstrations, formation).
cli-about-virtual-create = Créer un fichier de clé virtuelle.
cli-about-virtual-seed = Créer des clés d'accès sur une clé virtuelle par le chemin client normal.
cli-about-virtual-replug = Débrancher et rebrancher une clé virtuelle (remise sous tension).
cli-about-virtual-serve-vpcd = Servir une clé virtuelle comme carte NFC dans le lecteur virtuel vpcd de pcscd (paquet vsmartcard-vpcd) jusqu'à l'arrêt. Le fichier de clé appartient à cette commande pendant qu'elle tourne : ne le modifiez pas avec d'autres commandes entre-temps.
cli-about-help = Afficher ce message ou l'aide de la commande indiquée.

## --help : les options et arguments

cli-help-virtual-key = Utiliser la clé virtuelle enregistrée dans ce fichier au lieu d'une vraie clé.
cli-help-device = Utiliser la clé avec cet identifiant (voir `keyguide devices`).
cli-help-pin-stdin = Lire les codes PIN sur l'entrée standard, un par ligne (d'abord l'actuel, puis le nouveau).
cli-help-stats = Afficher combien de commandes CTAP l'opération a envoyées (sur la sortie d'erreur).
cli-help-json = Sortie lisible par une machine sur la sortie standard.
cli-help-demo = Ouvrir l'application sur une clé virtuelle intégrée (aucune vraie clé nécessaire).
cli-help-theme = Les couleurs de l'application : system (comme le système), light ou dark.
cli-help-verbose = Écrire aussi le journal dans le terminal.
cli-help-language = La langue des textes de KeyGuide pour cette exécution : en-US, de-DE, fr-FR, es-ES, ja-JP ou zh-CN. Sinon, le réglage de l'application ou la langue du système.
cli-help-help = Afficher l'aide.
cli-help-version = Afficher la version.
cli-help-passkeys-delete-credential-id = L'identifiant de la clé d'accès, tel que l'affiche `keyguide passkeys list`.
cli-help-passkeys-delete-yes = Ne pas demander de confirmation.
cli-help-passkeys-update-user-credential-id = L'identifiant de la clé d'accès, tel que l'affiche `keyguide passkeys list`.
cli-help-passkeys-update-user-name = Le nouveau nom d'utilisateur (souvent une adresse e-mail).
cli-help-passkeys-update-user-display-name = Le nouveau nom affiché (souvent le nom complet de la personne).
cli-help-fingerprints-enroll-name = Un nom pour la nouvelle empreinte, par exemple « Index gauche ».
cli-help-fingerprints-rename-id = L'identifiant de l'empreinte, tel que l'affiche `keyguide fingerprints list`.
cli-help-fingerprints-rename-name = Le nouveau nom.
cli-help-fingerprints-remove-id = L'identifiant de l'empreinte, tel que l'affiche `keyguide fingerprints list`.
cli-help-fingerprints-remove-yes = Ne pas demander de confirmation.
cli-help-config-always-uv-state = on ou off.
cli-help-config-min-pin-length-length = Le nouveau minimum, en caractères (jusqu'à 63). Il ne peut qu'augmenter.
cli-help-reset-yes = Ne pas demander de confirmation.
cli-help-report-out = Où écrire ; les extensions .json et .html sont ajoutées.
cli-help-virtual-create-file = Le nouveau fichier de clé (un fichier existant n'est jamais écrasé).
cli-help-virtual-create-profile = Le type de clé : bio, pre, basic, ou mds:<aaguid> pour un modèle des métadonnées FIDO.
cli-help-virtual-seed-file = Le fichier de clé virtuelle.
cli-help-virtual-seed-passkeys = Combien de clés d'accès créer.
cli-help-virtual-seed-sites = Sur combien de sites les répartir.
cli-help-virtual-replug-file = Le fichier de clé virtuelle.
cli-help-virtual-serve-vpcd-file = Le fichier de clé virtuelle.
cli-help-virtual-serve-vpcd-host = Où vpcd écoute (restez sur cette machine).
cli-help-virtual-serve-vpcd-port = Le port du lecteur vpcd ; 35963 est le premier (« Virtual PCD 00 00 »).

## --help : les titres de section

cli-heading-usage = Utilisation
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options

## Exécution d'une commande

cli-could-not-start = démarrage impossible : { $error }
cli-stats-commands-sent = Commandes CTAP envoyées : { $count }
cli-json-failed = impossible d'écrire le JSON : { $error }

## Questions et demandes de code PIN

cli-prompt-current-pin = Code PIN de la clé :
cli-prompt-new-pin = { $min ->
    [one] Nouveau code PIN (au moins { $min } caractère) :
   *[other] Nouveau code PIN (au moins { $min } caractères) :
}
cli-prompt-repeat-pin = Répétez le nouveau code PIN :
cli-stdin-ended = L'entrée standard s'est terminée avant que tous les codes PIN soient lus.
cli-no-terminal-for-pin = Aucun terminal pour demander le code PIN ; transmettez-le sur l'entrée standard avec --pin-stdin.
cli-no-terminal-to-confirm = Cette opération efface des données et aucun terminal ne permet de la confirmer ; ajoutez --yes.
cli-confirm-type-word = Tapez { $word } pour continuer :

## Ce que la clé demande pendant une commande

cli-touch-key = Touchez maintenant votre clé de sécurité.
cli-touch-sensor = Touchez le capteur d'empreintes.
cli-sample-good = Bien.
cli-sample-too-high = Trop haut : placez votre doigt plus bas.
cli-sample-too-low = Trop bas : placez votre doigt plus haut.
cli-sample-too-left = Trop à gauche : déplacez votre doigt vers la droite.
cli-sample-too-right = Trop à droite : déplacez votre doigt vers la gauche.
cli-sample-too-fast = Trop rapide : laissez votre doigt un peu plus longtemps.
cli-sample-too-slow = Trop lent : levez votre doigt plus tôt.
cli-sample-poor-quality = Pas net : nettoyez et séchez votre doigt, puis appuyez bien à plat.
cli-sample-too-skewed = De travers : placez votre doigt bien droit.
cli-sample-too-short = Trop court : laissez votre doigt un peu plus longtemps sur le capteur.
cli-sample-merge-failure = Impossible d'associer ce contact : réessayez.
cli-sample-already-exists = Cette empreinte est déjà enregistrée.
cli-sample-no-user-activity = Aucun doigt détecté : touchez le capteur.
cli-sample-no-user-presence-transition = Levez votre doigt, puis touchez à nouveau.
cli-sample-unknown = Refusé : réessayez.
cli-sample-complete = { $advice } Empreinte terminée.
cli-sample-again = { $advice } Levez et touchez à nouveau (encore { $remaining }).

## devices

cli-devices-none = Aucune clé de sécurité trouvée. Insérez votre clé de sécurité (ou posez-la sur le lecteur).
cli-devices-on-reader = { $label } sur le lecteur « { $reader } »

## info

cli-yes = oui
cli-no = non
cli-info-warning = ATTENTION : { $warning }
cli-info-aaguid = AAGUID
cli-info-versions = Versions FIDO
cli-info-firmware = Micrologiciel
cli-info-transports = Transports
cli-info-certification = Certification
cli-info-pin = Code PIN
cli-info-min-pin-length = Longueur minimale du PIN
cli-info-fingerprints = Empreintes
cli-info-passkeys = Clés d'accès
cli-info-passkey-management = Gestion des clés d'accès
cli-info-always-uv = Toujours exiger le PIN
cli-info-pin-not-supported = non pris en charge
cli-info-pin-not-set = non défini (définissez-en un avec `keyguide pin set`)
cli-info-pin-set = défini
cli-info-pin-set-retries = { $count ->
    [one] défini, { $count } essai restant
   *[other] défini, { $count } essais restants
}
cli-info-pin-power-cycle = bloqué jusqu'à ce que vous retiriez et réinsériez la clé
cli-info-force-pin-change = Le code PIN doit être changé avant de pouvoir utiliser la clé.
cli-info-fingerprints-enrolled = pris en charge, enregistrées
cli-info-fingerprints-none = pris en charge, aucune enregistrée
cli-info-fingerprints-unsupported = non pris en charge
cli-info-passkeys-used = { $used } enregistrées, place pour { $remaining } de plus
cli-info-passkeys-room = place pour { $remaining } de plus

## pin

cli-pin-retries = { $count ->
    [one] Il reste { $count } essai de code PIN.
   *[other] Il reste { $count } essais de code PIN.
}
cli-pin-retries-power-cycle = Retirez la clé et insérez-la à nouveau avant le prochain essai.
cli-pin-set-done = Le code PIN est défini.
cli-pin-changed = Le code PIN est changé.

## passkeys

cli-passkeys-summary = { $used ->
    [one] { $used } clé d'accès enregistrée, place pour { $remaining } de plus.
   *[other] { $used } clés d'accès enregistrées, place pour { $remaining } de plus.
}
cli-passkeys-user-and-display-name = { $name } ({ $display_name })
cli-passkeys-no-user-name = (pas de nom d'utilisateur)
cli-passkeys-delete-confirm = Supprimer la clé d'accès { $id } ? Son compte ne pourra plus se connecter avec cette clé.
cli-passkeys-deleted = La clé d'accès est supprimée.
cli-passkeys-user-updated = Les noms d'utilisateur de la clé d'accès sont mis à jour.

## fingerprints

cli-fingerprints-none = Aucune empreinte enregistrée. Ajoutez-en une avec `keyguide fingerprints enroll`.
cli-fingerprints-no-name = (sans nom)
cli-fingerprints-enrolled = Empreinte enregistrée (identifiant { $id }).
cli-fingerprints-renamed = L'empreinte est renommée.
cli-fingerprints-remove-confirm = Supprimer l'empreinte { $id } ?
cli-fingerprints-removed = L'empreinte est supprimée.

## config

cli-config-always-uv-on = La clé demande désormais toujours le code PIN ou une empreinte.
cli-config-always-uv-off = La clé ne demande le code PIN ou une empreinte que lorsqu'un site l'exige.
cli-config-min-pin-length-set = La longueur minimale du code PIN est maintenant { $length }.
cli-config-min-pin-length-set-change-pin = La longueur minimale du code PIN est maintenant { $length }. Le code PIN actuel est plus court : il doit être changé avant de pouvoir réutiliser la clé.
cli-config-force-pin-change-done = Le code PIN doit être changé avant de pouvoir réutiliser la clé.

## reset et identify

cli-reset-confirm = La réinitialisation efface le code PIN, toutes les clés d'accès et toutes les empreintes de cette clé. Les comptes qui l'utilisent ne l'accepteront plus.
    Les clés n'acceptent une réinitialisation que dans les 10 secondes environ qui suivent leur branchement, et vous devez toucher la clé.
cli-reset-done = La clé est réinitialisée. Elle n'a plus de code PIN, de clés d'accès ni d'empreintes.
cli-identify-done = C'est la clé que vous avez touchée.

## report

cli-report-written = Rapport écrit dans { $json } et { $html }.
cli-report-not-written = Impossible d'écrire le rapport : { $error }
cli-report-only-key = la seule clé connectée

## virtual

cli-virtual-created = Clé virtuelle créée dans { $path }.
cli-virtual-replugged = La clé virtuelle a été retirée puis réinsérée.
cli-virtual-seeded = { $sites ->
    [one] { $count ->
        [one] { $count } clé d'accès créée pour { $sites } site.
       *[other] { $count } clés d'accès créées pour { $sites } site.
    }
   *[other] { $count ->
        [one] { $count } clé d'accès créée sur { $sites } sites.
       *[other] { $count } clés d'accès créées sur { $sites } sites.
    }
}
cli-virtual-serving = { $path } est servi comme carte NFC dans le lecteur vpcd à l'adresse { $reader }.
cli-virtual-not-an-aaguid = '{ $aaguid }' n'est pas un AAGUID (forme attendue : xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
cli-virtual-unknown-model = Aucun modèle avec l'AAGUID { $aaguid } dans les métadonnées FIDO.
cli-virtual-no-get-info = Les métadonnées FIDO n'ont pas d'authenticatorGetInfo pour { $model }.
