# Mots et expressions communs à plusieurs écrans.

common-retries-left = { $count ->
    [one] { $count } tentative restante
   *[other] { $count } tentatives restantes
}
common-reading-key = Lecture de la clé…
common-cancel = Annuler
common-back = Retour
common-dismiss = Fermer
common-saved = Enregistré.
common-copy = Copier
common-pin-retries-before-block = { $count ->
    [one] { $count } tentative restante avant le blocage du code PIN.
   *[other] { $count } tentatives restantes avant le blocage du code PIN.
}
common-save = Enregistrer
