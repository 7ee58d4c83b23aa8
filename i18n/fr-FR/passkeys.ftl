passkeys-title = Clés d’accès
passkeys-unlock-to-see = Déverrouillez la clé avec son code PIN pour voir les clés d’accès qu’elle contient.
passkeys-show = Afficher les clés d’accès
passkeys-search = Rechercher par site ou nom d’utilisateur
passkeys-user-name = Nom d’utilisateur
passkeys-display-name = Nom d’affichage
passkeys-no-user-name = (pas de nom d’utilisateur)
passkeys-edit = Modifier
passkeys-delete = Supprimer
passkeys-menu-open = Plus ▾
passkeys-menu-close = Fermer ▴
passkeys-delete-confirm = Supprimer la clé d’accès
passkeys-delete-question = Supprimer la clé d’accès de { $user } sur { $site } ?
passkeys-delete-detail = Vous ne pourrez plus vous connecter à ce compte avec cette clé. Si c’est votre seul moyen de connexion, ajoutez-en d’abord un autre.
passkeys-slots = { $used ->
    [one] { $used } enregistrée
   *[other] { $used } enregistrées
}, { $remaining ->
    [one] encore { $remaining } place libre.
   *[other] encore { $remaining } places libres.
}
passkeys-empty = Aucune clé d’accès pour l’instant. Quand vous ajoutez cette clé à un compte sur un site web, la clé d’accès apparaît ici.
passkeys-hidden = { $hidden ->
    [one] { $hidden } autre clé d’accès n’est pas affichée. Tapez une partie du nom d’un site ou d’un utilisateur pour la trouver.
   *[other] { $hidden } autres clés d’accès ne sont pas affichées. Tapez une partie du nom d’un site ou d’un utilisateur pour en trouver une.
}
passkeys-show-more = Afficher { $count } de plus
passkeys-no-match = Aucune clé d’accès ne correspond à « { $filter } ».
# Compare with another key (e.g. the spare): only sites and user names.
passkeys-compare-start = Comparer avec une autre clé…
passkeys-compare-remembered = KeyGuide garde en mémoire les sites et noms d’utilisateur de { $first } jusqu’à sa fermeture.
passkeys-compare-next = Ouvrez maintenant votre autre clé : insérez-la (ou approchez-la du lecteur) et choisissez-la dans « Toutes les clés ». KeyGuide indiquera quels sites sont sur une clé et pas sur l’autre.
passkeys-compare-show-this = Affichez les clés d’accès de cette clé pour les comparer avec { $first }.
passkeys-compare-same-key = C’est la même clé qu’avant ({ $first }). Pour comparer, ouvrez votre autre clé dans « Toutes les clés ».
passkeys-compare-title = Comparaison avec { $first }
passkeys-compare-only-first = Seulement sur { $first } :
passkeys-compare-only-this = Seulement sur cette clé :
passkeys-compare-none = Aucun
passkeys-compare-both = { $count ->
    [one] Sur les deux clés : { $count } compte
   *[other] Sur les deux clés : { $count } comptes
}
passkeys-compare-where = Pour utiliser un site avec l’une ou l’autre clé, ajoutez la clé manquante à votre compte sur ce site.
passkeys-compare-done = Terminé
# credProtect levels (CTAP 2.1 §12.1), shown in a passkey's open menu.
passkeys-protect-1 = Protection : un simple contact suffit pour utiliser cette clé d’accès ; le code PIN n’est pas nécessaire.
passkeys-protect-2 = Protection : sans le code PIN, seul le site qui l’a créée peut l’utiliser, et seulement après que vous avez indiqué votre nom d’utilisateur. Se connecter sans nom d’utilisateur demande le code PIN.
passkeys-protect-3 = Protection : cette clé d’accès demande toujours le code PIN (ou votre empreinte digitale).
passkeys-has-blob = Le site conserve des données pour elle sur la clé (grand bloc).
passkeys-third-party-payment = Le site permet de payer avec elle chez d'autres marchands (paiement pour des tiers).
