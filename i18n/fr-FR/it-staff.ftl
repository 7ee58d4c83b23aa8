# La page du guide destinée au service informatique. Les noms des paramètres
# Microsoft sont ceux de l’interface française de Microsoft ; les valeurs
# (OMA-URI, chemins) restent exactement telles quelles.

it-staff-title = Pour l’équipe IT
it-staff-intro = Ce qu’un administrateur doit configurer pour que les utilisateurs puissent enregistrer des clés de sécurité et s’en servir pour se connecter à Windows.
it-staff-enable = Autoriser les clés de sécurité
it-staff-enable-detail = Dans le Centre d’administration Microsoft Entra, ouvrez Méthodes d’authentification, puis Stratégies, et activez « Clé d’accès (FIDO2) » pour les utilisateurs qui en ont besoin.
it-staff-restrict = Restreindre les modèles de clés (facultatif)
it-staff-restrict-detail = Dans la même stratégie, les restrictions de clés autorisent ou bloquent des modèles par AAGUID, aussi bien à l’inscription d’une clé qu’à chaque connexion. Si l’attestation est appliquée, seuls les modèles certifiés FIDO répertoriés dans les métadonnées FIDO sont acceptés. AAGUID de cette clé :
it-staff-windows = Connexion à Windows avec des clés de sécurité
it-staff-windows-detail = Appareils joints à Microsoft Entra ou joints en mode hybride, sous { $version } ou version ultérieure. Activez-la de l’une de ces trois façons :
it-staff-intune = Intune (profil de configuration personnalisé)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Type de données
it-staff-value = Valeur
it-staff-provisioning = Package d’approvisionnement (Concepteur de configuration Windows)
it-staff-setting = Paramètre
it-staff-group-policy = Stratégie de groupe
it-staff-policy = Stratégie
it-staff-copy = Copier
it-staff-prepare = Préparer des clés pour d’autres personnes
it-staff-prepare-detail = Pour chaque clé : définissez un code PIN temporaire, augmentez la longueur minimale du code PIN et exigez un changement de code PIN, afin que le nouveau propriétaire choisisse son propre code PIN à la première utilisation. Remettez le code PIN temporaire séparément de la clé.
it-staff-prepare-here = Pour cette clé, directement dans KeyGuide :
it-staff-prepare-pin = Définir le code PIN
it-staff-prepare-settings = Réglages de la clé
it-staff-prepare-cli = Ou pour une série de clés, dans un terminal (le code PIN est lu sans être affiché, et jamais depuis la ligne de commande) :
it-staff-script-prompt = Code PIN temporaire :
