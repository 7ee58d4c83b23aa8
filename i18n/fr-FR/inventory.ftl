## Ce que contient une clé : la liste des sites à conserver (avant une
## réinitialisation) et la comparaison avec une clé de secours.

inventory-holds-passkeys = { $passkeys ->
    [one] { $passkeys } clé d’accès
   *[other] { $passkeys } clés d’accès
} sur { $sites ->
    [one] { $sites } site
   *[other] { $sites } sites
}
inventory-holds-with-fingerprints = { $passkeys }, { $fingerprints ->
    [one] { $fingerprints } empreinte digitale
   *[other] { $fingerprints } empreintes digitales
}
inventory-account-line = { $site } — { $user }
inventory-account-line-no-user = { $site } (sans nom d’utilisateur)

## Ligne de commande
inventory-export-exists = { $path } existe déjà. Choisissez un autre nom, ou ajoutez --force pour le remplacer.
inventory-export-not-written = Impossible d’écrire { $path } : { $error }
inventory-exported = { $count ->
    [one] { $count } compte enregistré
   *[other] { $count } comptes enregistrés
} dans { $path }. La liste ne contient aucun secret : gardez-la pour savoir où vous réinscrire après une réinitialisation.
inventory-prompt-pin-this-key = Code PIN de cette clé ({ $key }) :
inventory-prompt-pin-other-key = Code PIN de l’autre clé ({ $key }) :
inventory-other-key-failed = L’autre clé ({ $key }) : { $error }
inventory-no-such-key-file = Il n’y a pas de fichier de clé virtuelle { $path }.
inventory-compare-this-only = Uniquement sur cette clé :
inventory-compare-other-only = Uniquement sur l’autre clé :
inventory-compare-none = aucun
inventory-compare-on-both = Sur les deux : { $count }
inventory-compare-same = Les deux clés contiennent les mêmes comptes.

## Page Réinitialiser
inventory-busy-reading = Lecture du contenu de la clé…
inventory-reset-holds = Cette clé contient { $holdings }. Une réinitialisation efface tout.
inventory-reset-unlock = Déverrouiller pour voir ce que contient cette clé
inventory-reset-unlock-hint = Avec le code PIN, KeyGuide peut compter les clés d’accès et les empreintes de cette clé et enregistrer la liste des sites avant la réinitialisation.
inventory-reset-save = Enregistrer d’abord la liste des sites…
inventory-reset-save-hint = Gardez la liste pour savoir où vous réinscrire après la réinitialisation. Elle ne contient que des noms de sites et d’utilisateurs, aucun secret.
inventory-reset-saved = La liste des sites est enregistrée dans { $path }.
inventory-reset-not-saved = La liste n’a pas pu être enregistrée : { $error }
inventory-dialog-title = Enregistrer la liste des sites de cette clé
inventory-dialog-filter-csv = Tableur (CSV)
inventory-dialog-filter-json = JSON
inventory-reset-cancel = Annuler
inventory-reset-set-pin = Définir un code PIN
# Un nom de fichier (sans extension) : la liste des sites.
inventory-file-stem = sites-sur-ma-cle
