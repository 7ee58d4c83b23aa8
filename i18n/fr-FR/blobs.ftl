## Grands blocs de données (CTAP 2.1 §6.10) : données que des sites conservent sur la clé, p. ex. des certificats.

blobs-space = Stockage de grands blocs : { $used } octets utilisés sur { $max }, { $free } libres.
blobs-space-unknown-max = Stockage de grands blocs : { $used } octets utilisés.
blobs-empty = Aucun site n'y conserve de données.
blobs-entries = { $count ->
    [one] Une entrée.
   *[other] { $count } entrées.
}
blobs-owner = { $user } sur { $site } : { $count ->
    [one] une entrée
   *[other] { $count } entrées
}
blobs-unowned = { $count ->
    [one] Une entrée n'appartient à aucune clé d'accès de cette clé (celle d'une clé d'accès supprimée, par exemple).
   *[other] { $count } entrées n'appartiennent à aucune clé d'accès de cette clé (celles de clés d'accès supprimées, par exemple).
}
blobs-owners-need-pin = Les clés d'accès auxquelles elles appartiennent s'affichent avec le code PIN.
