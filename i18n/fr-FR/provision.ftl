# Préparer des clés en nombre (keyguide provision) et enregistrer des clés
# pour des utilisateurs dans Microsoft Entra ID (keyguide entra). Les noms
# de champs du fichier de stratégie (pin.random_digits ...) restent tels
# quels : c’est ce que l’utilisateur écrit dans le fichier.

## Le fichier de stratégie
provision-policy-error = Ligne { $line }, { $field } : { $problem }
provision-policy-syntax = non valable ici ({ $detail }).
provision-policy-no-pin = la stratégie doit avoir une table [pin] avec random_digits ou temporary_digits.
provision-policy-two-pins = indiquez random_digits ou temporary_digits, pas les deux.
provision-policy-out-of-range = doit être un nombre de { $min } à { $max }.
provision-policy-pin-shorter-than-minimum = le code PIN aurait { $digits } chiffres, moins que la longueur minimale de { $min }.
provision-policy-temporary-not-forced = un code PIN temporaire doit toujours être changé : supprimez force_change ou mettez-le à true.
provision-policy-not-an-aaguid = « { $value } » n’est pas un AAGUID (comme ee882879-721c-4913-9775-3dfcce97072a).
provision-policy-unknown-certification = « { $value } » n’est pas un niveau de certification (L1, L1+, L2, L2+, L3 ou L3+).
provision-policy-unreadable = Impossible de lire la stratégie { $path } : { $error }
provision-policy-invalid = La stratégie { $path } n’est pas valable. { $error }

## Pourquoi une clé a été refusée
provision-refused-model = La stratégie n’autorise pas ce modèle ({ $aaguid }).
provision-refused-certification = La stratégie exige { $wanted } ou plus ; ce modèle a { $has }.
provision-refused-feature = La stratégie a besoin de { $feature }, que cette clé n’offre pas.
provision-refused-in-use = La clé est déjà utilisée (elle a un code PIN) et a été laissée telle quelle. Réinitialisez-la d’abord, ou activez reset_first dans la stratégie.
provision-refused-key-minimum = La clé exige des codes PIN d’au moins { $min } caractères ; le code PIN de la stratégie a { $digits } chiffres.
provision-refused-passkeys = La clé contient déjà { $count } clés d’accès. Elle a maintenant le code PIN du rapport ; rien d’autre n’a été modifié. Réinitialisez-la d’abord, ou activez reset_first dans la stratégie.
provision-not-verified = Relus sur la clé, ces réglages n’ont pas pris effet : { $settings }.

## Le lot
provision-report-not-created = Impossible de créer le rapport { $path } : { $error } (un rapport existant n’est jamais écrasé).
provision-report-not-written = Impossible d’écrire dans le rapport : { $error }
provision-insert-first = Insérez une clé ou posez-la sur le lecteur. Tapez q puis Entrée pour arrêter.
provision-key-working = Clé { $number } ({ $label }) : préparation en cours, ne la retirez pas…
provision-insert-next = Retirez la clé et insérez la suivante (q puis Entrée pour arrêter).
provision-key-prepared = Clé { $number } ({ $model }) : préparée.
provision-key-refused = Clé { $number } ({ $model }) : refusée. { $reason }
provision-key-failed = Clé { $number } : échec. { $reason }
provision-summary-all = Les { $count } clés sont préparées. Rapport : { $path }
provision-summary-some-not = { $prepared } clés sur { $total } préparées ; les autres ont été refusées ou ont échoué (voir { $path }).
provision-one-virtual-key-only = Seule la commande provision accepte --virtual plusieurs fois.

## Microsoft Entra ID
provision-entra-request-explained = Envoyez cette requête avec vos propres outils Microsoft Graph, connecté en tant qu’Administrateur d’authentification ou Administrateur d’authentification privilégié, avec l’autorisation { $permission }. Enregistrez la réponse dans un fichier JSON et donnez-le à « keyguide entra register --options ».
provision-entra-request-then = Envoyez ensuite le fichier écrit par « keyguide entra register --out » comme corps de : POST { $url } (Content-Type: application/json).
provision-entra-options-unreadable = Impossible de lire les options de création { $path } : { $error }
provision-entra-options-invalid = Les options de création de { $path } sont inutilisables : { $error } Rien n’a été fait sur la clé.
provision-entra-not-json = ce n’est pas du JSON ({ $detail }).
provision-entra-missing = { $field } est absent ou vide.
provision-entra-not-base64 = { $field } n’est pas en base64url.
provision-entra-challenge-too-short = le défi fait { $bytes } octets, moins de { $min } : ce ne sont pas des options de Microsoft Graph.
provision-entra-expired = le défi a expiré le { $at }. Récupérez de nouvelles options de création.
provision-entra-bad-date = challengeTimeoutDateTime « { $value } » n’est pas une date.
provision-entra-no-algorithm = les options n’autorisent aucun algorithme utilisé par les clés de sécurité (ES256, EdDSA ou RS256).
provision-entra-timeout-out-of-range = la validité du défi doit être de { $min } à { $max } minutes.
provision-entra-out-exists = { $path } existe déjà ; choisissez un autre fichier pour l’enregistrement.
provision-entra-out-not-written = Impossible d’écrire { $path } : { $error }
provision-entra-touch = Touchez la clé pour créer la clé d’accès.
provision-entra-registered = Clé d’accès pour { $user } créée sur la clé. Envoyez { $path } à Microsoft Graph pour l’enregistrer.

## L’écran de l’app pour le service informatique (Préparer des clés pour d’autres). Le code PIN n’est jamais affiché ici : il est dans le rapport.
provision-app-open = Préparer des clés pour d’autres (informatique)
provision-app-title = Préparer des clés pour d’autres
provision-app-detail = Pour le service informatique : chaque clé que vous branchez ou approchez est préparée selon le fichier de règles et inscrite comme une ligne du rapport, avec le code PIN qu’elle a reçu. Gardez le rapport en lieu sûr : il contient les codes PIN.
provision-app-policy = Fichier de règles (TOML)
provision-app-report = Fichier de rapport à créer (CSV)
provision-app-policy-missing = Indiquez le chemin du fichier de règles.
provision-app-report-missing = Indiquez le chemin d’un nouveau fichier de rapport.
provision-app-report-exists = { $path } existe déjà. Choisissez un nouveau nom de fichier : un rapport n’est jamais écrasé.
provision-app-start = Démarrer
provision-app-stop = Arrêter
provision-app-insert-next = Branchez ou approchez la clé suivante.
provision-app-working = Préparation de la clé { $number }. Ne la retirez pas…
provision-app-insert-demo = Brancher la clé de démonstration
provision-app-count = { $prepared } préparées, { $failed } en échec
provision-app-row-number = Clé { $number }
provision-app-result-prepared = Préparée
provision-app-result-refused = Refusée
provision-app-result-failed = Échec
