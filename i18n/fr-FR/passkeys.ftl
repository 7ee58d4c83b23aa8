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
