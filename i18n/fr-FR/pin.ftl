pin-enter-current = Saisissez le code PIN actuel.
pin-mismatch = Les deux nouveaux codes PIN ne correspondent pas encore.
pin-title-change = Modifier le code PIN
pin-title-set = Définir un code PIN
pin-not-supported = Cette clé ne prend pas en charge les codes PIN.
pin-go-to-reset = Aller à la réinitialisation
pin-power-cycle = Trois codes PIN erronés d’affilée : retirez la clé, réinsérez-la, puis réessayez une fois.
pin-current = Code PIN actuel
pin-new = Nouveau code PIN
pin-repeat = Confirmez le nouveau code PIN
pin-submit-change = Modifier le code PIN
pin-submit-set = Définir le code PIN
pin-too-short = { $min ->
    [one] Le nouveau code PIN doit comporter au moins { $min } caractère.
   *[other] Le nouveau code PIN doit comporter au moins { $min } caractères.
}
pin-blocked = Le code PIN est bloqué après trop de tentatives erronées. La clé ne peut pas être débloquée : une réinitialisation la rend à nouveau utilisable, mais efface ses clés d’accès et ses empreintes digitales.
pin-rules = Utilisez au moins { $min } caractères. Lettres, chiffres et symboles sont tous acceptés ; plus le code PIN est long, plus il est sûr.
pin-forced-change-title = Choisissez un nouveau code PIN
pin-forced-change-detail = La clé exige un nouveau code PIN avant de pouvoir être utilisée. KeyGuide a gardé le code PIN que vous venez de saisir : saisissez deux fois le nouveau code PIN.
pin-show = Afficher les PIN
pin-hide = Masquer les PIN
pin-too-long-for-key = Sur cette clé, le code PIN peut compter au plus { $max } caractères.
pin-rules-max = Cette clé accepte des codes PIN d'au plus { $max } caractères.
pin-policy = Cette clé refuse aussi les codes PIN trop simples, par exemple des chiffres répétés ou qui se suivent.
pin-policy-with-url = Cette clé refuse aussi les codes PIN trop simples, par exemple des chiffres répétés ou qui se suivent. Ses règles : { $url }
