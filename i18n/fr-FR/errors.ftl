# Les issues possibles d’une opération sur la clé (src/device/error.rs),
# chacune avec l’étape suivante pour l’utilisateur. Affichées dans l’app
# et par la ligne de commande.
# Les détails techniques bruts (codes CTAP, messages d’erreur du système) arrivent dans des variables.

## Code PIN

errors-pin-invalid = Code PIN incorrect.
# $retries : les tentatives de code PIN qu’il reste à la clé.
errors-pin-invalid-retries = { $retries ->
    [one] Code PIN incorrect. Il reste { $retries } tentative.
   *[other] Code PIN incorrect. Il reste { $retries } tentatives.
}
errors-pin-auth-blocked = Trop de codes PIN incorrects d’affilée. Retirez la clé, réinsérez-la et réessayez.
errors-pin-blocked = Le code PIN est bloqué après trop de tentatives incorrectes. Seule une réinitialisation peut rendre la clé à nouveau utilisable (elle efface tout son contenu).
errors-pin-not-set = Cette clé n’a pas encore de code PIN. Commencez par en définir un.
# `change` est la commande de la ligne de commande : ne pas la traduire.
errors-pin-already-set = Cette clé a déjà un code PIN. Utilisez plutôt « change ».
errors-pin-change-required = Votre code PIN doit être changé avant que la clé puisse être utilisée.
errors-pin-policy-violation = La clé a refusé ce code PIN en raison de ses règles (trop court, trop simple ou identique au précédent).
errors-pin-required = Cette opération nécessite le code PIN de la clé.
errors-token-rejected = La clé n’accepte plus le jeton PIN de cette session. Saisissez à nouveau le code PIN.

## Un code PIN refusé avant tout envoi à la clé

# $min : la longueur minimale du code PIN de la clé.
errors-pin-too-short = { $min ->
    [one] Le code PIN doit comporter au moins { $min } caractère.
   *[other] Le code PIN doit comporter au moins { $min } caractères.
}
errors-pin-too-long = Le code PIN ne doit pas dépasser 63 octets.
errors-pin-too-long-for-key = Cette clé accepte des codes PIN d’au plus { $max } caractères.
errors-pin-contains-nul = Le code PIN ne doit pas contenir de caractère NUL.
errors-pin-mismatch = Les deux codes PIN ne correspondent pas.

## Empreintes digitales (vérification de l’utilisateur)

# $retries : les tentatives d’empreinte qu’il reste à la clé.
errors-uv-invalid = { $retries ->
    [one] Empreinte non reconnue. Il reste { $retries } tentative.
   *[other] Empreinte non reconnue. Il reste { $retries } tentatives.
}
errors-uv-blocked = La reconnaissance d’empreinte est bloquée. Utilisez plutôt le code PIN.
errors-fingerprint-storage-full = La mémoire d’empreintes de cette clé est pleine. Supprimez d’abord une empreinte.
# $id : l’identifiant de l’empreinte, tel que la clé l’indique.
errors-unknown-fingerprint = Aucune empreinte avec l’identifiant { $id } sur cette clé.
errors-fingerprint-name-too-long = { $max ->
    [one] Le nom de l’empreinte est trop long pour cette clé ({ $max } octet au maximum).
   *[other] Le nom de l’empreinte est trop long pour cette clé ({ $max } octets au maximum).
}

## Clés d’accès

errors-key-store-full = La mémoire de clés d’accès de cette clé est pleine. Supprimez d’abord une clé d’accès.
errors-no-passkeys = Cette clé ne contient aucune clé d’accès.
# $id : l’identifiant (credential id) de la clé d’accès.
errors-unknown-credential = Aucune clé d’accès avec l’identifiant { $id } sur cette clé.
# $current : la longueur minimale actuelle du code PIN de la clé.
errors-invalid-min-pin-length = La longueur minimale du code PIN ne peut qu’augmenter : choisissez une valeur entre { $current } et 63.

## Le déroulement d’une opération

errors-invalid-option = La clé a refusé une option de cette demande.
errors-not-allowed = La clé n’a pas autorisé cette opération.
errors-operation-denied = L’opération a été refusée sur la clé.
errors-reset-window-passed = La clé n’accepte une réinitialisation que dans les 10 secondes environ qui suivent son branchement. Retirez la clé, réinsérez-la et réessayez aussitôt.
errors-reset-declined = Vous avez refusé la réinitialisation sur la clé. Rien n’a été effacé.
errors-user-action-timeout = Vous n’avez pas touché la clé à temps. Réessayez.
errors-timeout = La clé n’a pas répondu à temps. Retirez-la, réinsérez-la et réessayez.
errors-cancelled = Annulé.
errors-busy = La clé est occupée par un autre programme. Fermez les autres programmes qui l’utilisent et réessayez.

## Une fonction que la clé n’offre pas

errors-unsupported-client-pin = Cette clé ne prend pas en charge les codes PIN.
errors-unsupported-credential-management = Cette clé ne permet pas de gérer les clés d’accès.
errors-unsupported-bio-enrollment = Cette clé ne prend pas en charge les empreintes digitales.
errors-unsupported-authenticator-config = Cette clé ne permet pas de modifier ses réglages.
errors-unsupported-always-uv = Cette clé ne prend pas en charge le réglage « Toujours exiger la vérification ».
errors-unsupported-min-pin-length = Cette clé ne permet pas de modifier la longueur minimale du code PIN.
errors-unsupported-enterprise-attestation = Cette clé ne prend pas en charge l’attestation d’entreprise.
errors-unsupported-large-blobs = Cette clé n’a pas de stockage pour les grands blocs de données (large blobs).
errors-unsupported-update-user-information = Cette clé ne permet pas de modifier les noms d’utilisateur des clés d’accès.
errors-unsupported-selection = Cette clé ne permet pas de l’identifier en la faisant clignoter.
errors-unsupported-pin-uv-auth-token = Cette clé ne prend pas en charge les jetons PIN avec autorisations.

## La connexion

errors-disconnected = La clé a été retirée.
errors-no-key = Aucune clé de sécurité trouvée. Insérez votre clé de sécurité et réessayez.
# `--device` est une option de la ligne de commande : ne pas la traduire.
errors-several-keys = Plusieurs clés sont connectées. Choisissez-en une avec --device.
# $id : l’identifiant d’appareil demandé par l’utilisateur.
errors-unknown-device = Aucune clé connectée ne porte l’identifiant { $id }.
errors-no-smart-card-service = Aucun service de carte à puce trouvé ; démarrez pcscd (sous Windows, le service « Carte à puce ») pour utiliser des clés NFC.
# $reason : ce que le système a répondu, ou la description du refus par KeyGuide.
errors-os-permission-denied = Le système n’a pas autorisé l’accès à la clé : { $reason }
# $detail : une description technique de la réponse illisible.
errors-protocol = La clé a envoyé une réponse que KeyGuide n’a pas pu lire ({ $detail }). Retirez la clé, réinsérez-la et réessayez.
# $detail : l’erreur brute, pour l’assistance.
errors-other = Un problème est survenu lors de l’échange avec la clé ({ $detail }). Retirez la clé, réinsérez-la et réessayez.

## A CTAP status with no message above (CTAP 2.1 §8.2)
# $code: the status code in hex (0x7F), for support; not translated.
errors-status-unsupported = Cette clé ne prend pas en charge cette demande (code { $code }). Mettre à jour le micrologiciel de la clé ou utiliser une autre clé peut aider.
errors-status-request-rejected = La clé a refusé la demande de KeyGuide comme non valide (code { $code }). Retirez la clé, réinsérez-la et réessayez ; si cela se reproduit, signalez-le avec ce code.
errors-status-channel = La connexion avec la clé s’est désynchronisée (code { $code }). Retirez la clé, réinsérez-la et réessayez.
errors-status-pending = La clé est encore occupée par une demande précédente (code { $code }). Patientez un instant et réessayez.
errors-status-no-operations = La clé n’avait aucune action en cours à poursuivre (code { $code }). Recommencez l’action.
errors-status-invalid-credential = La clé n’a pas reconnu cette clé d’accès (code { $code }). Actualisez la liste et réessayez.
errors-status-credential-excluded = Cette clé contient déjà une clé d’accès pour ce compte (code { $code }). Rien n’a été modifié.
errors-status-large-blob-full = L’espace de la clé réservé aux données supplémentaires des clés d’accès est plein (code { $code }). Supprimez les clés d’accès dont vous n’avez plus besoin et réessayez.
errors-status-up-required = Pour cela, vous devez toucher la clé (code { $code }). Réessayez et touchez la clé lorsqu’elle clignote.
errors-status-integrity = La clé a constaté que des données reçues ou stockées ont échoué à une vérification (code { $code }). Réessayez ; si cela se reproduit, signalez-le avec ce code.
errors-status-other = La clé a rencontré une erreur interne et n’a pas terminé (code { $code }). Retirez la clé, réinsérez-la et réessayez. Si cela se reproduit, la clé est peut-être défectueuse.
errors-status-unknown = La clé a signalé une erreur inconnue de KeyGuide (code { $code }). Retirez la clé, réinsérez-la et réessayez. Si cela se reproduit, communiquez ce code à votre support informatique.
