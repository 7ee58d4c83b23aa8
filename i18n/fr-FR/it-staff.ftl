# La page du guide destinée au service informatique. Les noms des paramètres
# Microsoft sont ceux de l’interface française de Microsoft ; les valeurs
# (OMA-URI, chemins) restent exactement telles quelles.

## Libellés de Microsoft dans le Centre d’administration Microsoft Entra,
## cités par les messages ci-dessous. Libellés français non vérifiés sur une
## page Microsoft Learn localisée (aucune accessible).
-ms-entra-id = Entra ID
-ms-security = Sécurité
-ms-authentication-methods = Méthodes d’authentification
-ms-policies = Stratégies
-ms-passkey-fido2 = Clé d’accès (FIDO2)
-ms-enable-and-target = Activer et cibler
-ms-configure = Configurer
-ms-allow-self-service = Autoriser la configuration en libre-service
-ms-yes = Oui
-ms-default-profile = Profil de clé d’accès par défaut
-ms-enforce-attestation = Appliquer l’attestation
-ms-wcd = Concepteur de configuration Windows

it-staff-title = Pour l’équipe IT
it-staff-intro = Ce qu’un administrateur doit configurer pour que les utilisateurs puissent enregistrer des clés de sécurité et s’en servir pour se connecter à Windows.
it-staff-enable = Autoriser les clés de sécurité
it-staff-enable-detail = Dans le Centre d’administration Microsoft Entra, ouvrez { -ms-entra-id } > { -ms-security } > { -ms-authentication-methods } > { -ms-policies } > « { -ms-passkey-fido2 } ». Sous « { -ms-enable-and-target } », activez la méthode et ajoutez les utilisateurs ou groupes concernés.
it-staff-self-service = Laisser les utilisateurs ajouter leur clé
it-staff-self-service-detail = Sous « { -ms-configure } », réglez « { -ms-allow-self-service } » sur « { -ms-yes } ». Sinon, les utilisateurs ne peuvent pas ajouter de clé d’accès sur la page Informations de sécurité, même avec la méthode activée.
it-staff-profiles = Profils de clé d’accès
it-staff-profiles-detail = Jusqu’à { $max } profils, « { -ms-default-profile } » compris, chacun pour ses groupes. Chacun fixe les types de clé d’accès (liée à l’appareil, synchronisée ; les clés de sécurité sont liées à l’appareil), « { -ms-enforce-attestation } » (vérifiée à l’inscription) et des restrictions qui autorisent ou bloquent des modèles par AAGUID. Attention : retirer un AAGUID autorisé auparavant empêche aussi les clés déjà inscrites de se connecter.
it-staff-restrict = Restreindre les modèles de clés (facultatif)
it-staff-restrict-detail = Dans la même stratégie, les restrictions de clés autorisent ou bloquent des modèles par AAGUID, aussi bien à l’inscription d’une clé qu’à chaque connexion. Si l’attestation est appliquée, seuls les modèles certifiés FIDO répertoriés dans les métadonnées FIDO sont acceptés. AAGUID de cette clé :
it-staff-windows = Connexion à Windows avec des clés de sécurité
it-staff-windows-detail = Les PC joints à Entra demandent { $entra } ou plus récent, les PC joints en mode hybride { $hybrid } ou plus récent. Les clés dans le navigateur demandent { $browser } ; Windows 10 1809 ne peut pas être déverrouillé avec une clé. Les PC hybrides doivent aussi avoir la connexion FIDO2 aux ressources locales configurée. Activez-la de l’une de ces trois façons :
it-staff-intune = Intune (profil de configuration personnalisé)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Type de données
it-staff-value = Valeur
it-staff-provisioning = Package d’approvisionnement ({ -ms-wcd })
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
