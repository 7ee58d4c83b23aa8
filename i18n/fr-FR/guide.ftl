# La configuration guidée pour un compte professionnel ou scolaire (Microsoft Entra ID).
# « Security info » est le nom de la page web de Microsoft : on le garde tel
# que Microsoft l’affiche dans chaque langue (« Sicherheitsinformationen »,
# « Informations de sécurité », « Información de seguridad », « セキュリティ情報 », « 安全信息 »).

guide-title = Utiliser cette clé au travail ou à l’école
guide-intro = Votre organisation utilise un compte Microsoft (Microsoft Entra ID) pour vous connecter. Ce guide vérifie votre clé, vous accompagne pour l’ajouter sur la page Informations de sécurité, puis confirme que tout a fonctionné.

# Onglets en haut du guide.
guide-tab-check = Vérifier la clé
guide-tab-register = L’ajouter au compte
guide-tab-confirm = Confirmer
guide-tab-windows = Connexion Windows
guide-tab-help = Dépannage
guide-tab-it = Pour l’équipe IT

guide-next = Suivant
guide-previous = Précédent
guide-step-of = Étape { $step } sur { $total }
guide-on-the-page = Sur la page web
guide-in-keyguide = Dans KeyGuide

## Vérification de la clé

guide-check-title = Cette clé est-elle prête ?
guide-check-intro = KeyGuide vérifie ce dont la connexion de votre organisation a besoin. Corrigez tout ce qui est signalé en rouge avant d’ajouter la clé.
guide-check-unlock = Vérifier les clés d’accès avec le code PIN
guide-check-unlock-detail = Le nombre de places libres pour les clés d’accès et la présence éventuelle d’une clé d’accès professionnelle ou scolaire ne peuvent être lus qu’avec le code PIN de la clé.
guide-check-ready = Cette clé est prête. Passez à la suite pour l’ajouter à votre compte.
guide-check-not-ready = Corrigez d’abord les points signalés en rouge.
guide-check-continue = L’ajouter à mon compte

guide-check-capabilities = Compatible avec la connexion Microsoft
guide-check-capabilities-ok = La clé prend en charge les clés d’accès stockées sur la clé, le code PIN et l’extension hmac-secret.
# $missing est une liste comme « un code PIN, l’extension hmac-secret ».
guide-check-capabilities-missing = Il manque à cette clé ce dont la connexion Microsoft a besoin : { $missing }. Votre organisation ne peut pas l’utiliser ; demandez une autre clé.
guide-capability-fido2 = FIDO2
guide-capability-discoverable = les clés d’accès stockées sur la clé
guide-capability-pin = un code PIN
guide-capability-hmac-secret = l’extension hmac-secret

guide-check-pin = Un code PIN est défini
guide-check-pin-ok = La clé a un code PIN. Vous le saisirez sur la page web.
guide-check-pin-missing = La clé n’a pas encore de code PIN. La page web va en demander un : définissez-le d’abord ici.
guide-check-pin-blocked = Le code PIN est bloqué. Seule une réinitialisation peut rendre la clé à nouveau utilisable, et elle efface tout son contenu.
guide-check-pin-change = La clé demande un nouveau code PIN avant de pouvoir être utilisée.
guide-fix-set-pin = Définir un code PIN
guide-fix-change-pin = Modifier le code PIN
guide-fix-reset = Aller à la réinitialisation

guide-check-fingerprint = Une empreinte digitale est enregistrée (facultatif)
guide-check-fingerprint-ok = Vous pouvez vous connecter avec votre doigt au lieu du code PIN.
guide-check-fingerprint-missing = Inutile pour l’inscription, mais avec une empreinte, vous pourrez vous connecter sans taper le code PIN.
guide-fix-add-fingerprint = Ajouter une empreinte

guide-check-slots = De la place pour une nouvelle clé d’accès
guide-check-slots-ok = La clé a de la place pour une autre clé d’accès.
guide-check-slots-full = La clé est pleine. Supprimez d’abord une clé d’accès dont vous n’avez plus besoin.
guide-check-slots-unknown = Déverrouillez la clé avec son code PIN pour le vérifier.
guide-fix-passkeys = Ouvrir Clés d’accès

guide-check-certification = Certifiée FIDO
guide-check-certification-ok = Ce modèle est certifié FIDO et sa certification est toujours valide.
guide-check-certification-revoked = La FIDO Alliance a révoqué la certification de ce modèle. Les organisations qui vérifient la certification refuseront la clé.
guide-check-certification-unlisted = Ce modèle ne figure pas dans les métadonnées FIDO fournies avec KeyGuide. Si votre organisation impose l’attestation, elle risque de refuser la clé : renseignez-vous auprès de votre service informatique.
guide-check-certification-uncertified = Ce modèle est répertorié, mais il n’est pas certifié FIDO. Si votre organisation impose l’attestation, elle risque de refuser la clé.

guide-check-existing = Clé d’accès professionnelle ou scolaire
guide-check-existing-none = La clé ne contient pas encore de clé d’accès professionnelle ou scolaire.
guide-check-existing-found = { $count ->
    [one] La clé contient déjà une clé d’accès professionnelle ou scolaire. Il ne vous en faut une nouvelle que pour un autre compte.
   *[other] La clé contient déjà { $count } clés d’accès professionnelles ou scolaires. Il ne vous en faut une nouvelle que pour un autre compte.
}
guide-check-existing-unknown = Déverrouillez la clé avec son code PIN pour le vérifier.

## Les étapes sur la page Informations de sécurité de Microsoft

guide-register-title = Ajouter la clé à votre compte
guide-step-before-title = Avant de commencer
guide-step-before = Deux conditions doivent déjà être remplies :
guide-step-before-admin = • Votre organisation a autorisé les clés de sécurité (clés d’accès) pour la connexion. En cas de doute, renseignez-vous auprès de votre service informatique.
guide-step-before-mfa = • Vous disposez déjà d’un deuxième moyen de prouver votre identité, par exemple l’application Microsoft Authenticator ou un numéro de téléphone. La page vous le demandera avant que vous puissiez ajouter une clé.
guide-step-before-limit = Vous pouvez ajouter jusqu’à { $max } clés de sécurité à un même compte.

guide-step-open-title = Ouvrir Informations de sécurité
guide-step-open = Ouvrez la page Informations de sécurité dans votre navigateur et, si elle vous le demande, connectez-vous avec votre compte professionnel ou scolaire.
guide-step-open-button = Ouvrir Informations de sécurité
guide-step-open-copy = Copier l’adresse
guide-step-open-opened = La page s’ouvre dans votre navigateur. Revenez ici pour l’étape suivante.

guide-step-add-title = Ajouter une méthode de connexion
guide-step-add = Sur la page Informations de sécurité, sélectionnez « + Ajouter une méthode de connexion ».
guide-step-add-detail = Si la page vous demande de vous reconnecter ou de confirmer votre identité, faites-le d’abord.

guide-step-choose-title = Choisir « Clé de sécurité »
guide-step-choose = Dans la liste des méthodes, choisissez « Clé de sécurité » (certaines organisations l’appellent « Clé d’accès »), puis sélectionnez Ajouter.
guide-step-choose-missing = « Clé de sécurité » n’apparaît pas dans la liste ? Votre organisation ne l’a pas encore autorisée : consultez l’onglet Dépannage.

guide-step-transport-title = USB ou NFC
guide-step-transport = La page vous demande comment la clé se connecte. Choisissez « Périphérique USB » si elle est branchée, ou « Appareil NFC » si vous la posez sur un lecteur.
guide-step-transport-yours = { $transport ->
    [usb] Votre clé est actuellement connectée en USB : choisissez « Périphérique USB ».
    [nfc] Votre clé est actuellement posée sur un lecteur NFC : choisissez « Appareil NFC ».
   *[other] Choisissez le mode de connexion de votre vraie clé.
}
guide-step-transport-browser = Votre navigateur ou Windows ouvre ensuite sa propre fenêtre de clé de sécurité. Gardez la clé connectée.

guide-step-pin-title = Saisir le code PIN de la clé
guide-step-pin = La fenêtre demande le code PIN de la clé. Tapez le code PIN que vous avez défini pour cette clé, et non le mot de passe de votre compte.
guide-step-pin-none = Pas encore de code PIN ? La fenêtre vous propose d’en créer un. Vous pouvez aussi le définir d’abord dans KeyGuide.
guide-step-pin-retries = { $count ->
    [one] Attention : { $count } tentative restante avant le blocage du code PIN.
   *[other] { $count } tentatives restantes avant le blocage du code PIN.
}

guide-step-touch-title = Toucher la clé
guide-step-touch = Quand la fenêtre le demande, touchez le bouton ou le capteur de la clé. Elle peut clignoter pendant l’attente.
guide-step-touch-detail = Avec une clé à empreinte digitale, touchez-la avec un doigt que vous avez enregistré.

guide-step-name-title = Nommer la clé
guide-step-name = De retour sur la page, donnez à la clé un nom que vous reconnaîtrez plus tard, par exemple « { $name } », puis sélectionnez Suivant.

guide-step-done-title = Sélectionner Terminé
guide-step-done = La page affiche la clé parmi vos méthodes de connexion. Sélectionnez Terminé.
guide-step-done-button = J’ai ajouté la clé
guide-step-done-detail = KeyGuide vérifie ensuite que la clé contient bien votre clé d’accès professionnelle ou scolaire.

## Confirmation

guide-confirm-title = Ça a fonctionné ?
guide-confirm-checking = Lecture des clés d’accès enregistrées sur la clé…
guide-confirm-unlock = Déverrouillez la clé avec son code PIN pour que KeyGuide puisse rechercher la nouvelle clé d’accès.
guide-confirm-check = Vérifier la clé
guide-confirm-found = { $count ->
    [one] C’est fait : la clé contient une clé d’accès pour login.microsoft.com. Vous pouvez maintenant l’utiliser pour vous connecter à votre compte professionnel ou scolaire.
   *[other] C’est fait : la clé contient { $count } clés d’accès pour login.microsoft.com. Vous pouvez maintenant l’utiliser pour vous connecter à vos comptes professionnels ou scolaires.
}
guide-confirm-not-found = KeyGuide n’a trouvé aucune clé d’accès pour login.microsoft.com sur cette clé.
guide-confirm-not-found-detail = Vérifiez que la page Informations de sécurité affiche bien la clé et que vous avez sélectionné Terminé. Si la page a affiché une erreur, consultez l’onglet Dépannage. Puis vérifiez à nouveau.
guide-confirm-next = Étape suivante : se connecter à Windows

## Connexion à Windows

guide-windows-title = Se connecter à Windows avec la clé
guide-windows-intro = Sur un ordinateur professionnel configuré pour cela, l’écran de verrouillage propose la clé comme moyen de connexion.
guide-windows-how = Pour vous connecter :
guide-windows-how-1 = 1. Sur l’écran de verrouillage, sélectionnez « Options de connexion ».
guide-windows-how-2 = 2. Choisissez l’icône de clé de sécurité.
guide-windows-how-3 = 3. Insérez la clé (ou posez-la sur le lecteur), tapez son code PIN et touchez-la.
guide-windows-needs = Ce qu’il faut sur l’ordinateur (votre service informatique s’en charge) :
guide-windows-needs-version = • { $version } ou version ultérieure.
guide-windows-needs-join = • L’ordinateur est joint à Microsoft Entra ID, ou joint en mode hybride.
guide-windows-needs-policy = • La connexion par clé de sécurité y est activée (via Intune, un package d’approvisionnement ou une stratégie de groupe).
guide-windows-no-option = Pas d’option de clé de sécurité sur l’écran de verrouillage ? C’est qu’elle n’est pas activée sur cet ordinateur : adressez-vous à votre service informatique et montrez-lui l’onglet Pour l’équipe IT.

## Dépannage

guide-help-title = Dépannage
guide-help-pin-blocked = Le code PIN est bloqué
guide-help-pin-blocked-detail = Après trop de codes PIN erronés, la clé refuse tout code PIN. Elle ne peut pas être débloquée : une réinitialisation la rend à nouveau utilisable, mais efface toutes ses clés d’accès. Ajoutez-la ensuite de nouveau à votre compte.
guide-help-refused = Votre organisation refuse la clé
guide-help-refused-detail = Les organisations peuvent n’autoriser que certains modèles de clés, identifiés par leur AAGUID, et n’accepter que des modèles certifiés FIDO. Communiquez à votre service informatique l’AAGUID de cette clé :
guide-help-copy-aaguid = Copier l’AAGUID
guide-help-allowed-list = Votre service informatique vous a fourni la liste des AAGUID autorisés ? Collez-la ici pour vérifier si cette clé en fait partie :
guide-help-check-list = Vérifier
guide-help-list-nothing = Aucun AAGUID trouvé dans le texte collé. Un AAGUID ressemble à ceci : { $example }.
guide-help-list-listed = { $total ->
    [one] L’AAGUID de cette clé est celui de la liste : l’organisation autorise ce modèle.
   *[other] L’AAGUID de cette clé figure parmi les { $total } de la liste : l’organisation autorise ce modèle.
}
guide-help-list-not-listed = { $total ->
    [one] L’AAGUID de cette clé ne figure pas dans la liste ({ $total } AAGUID trouvé). L’organisation refusera ce modèle : demandez une clé autorisée.
   *[other] L’AAGUID de cette clé ne figure pas dans la liste ({ $total } AAGUID trouvés). L’organisation refusera ce modèle : demandez une clé autorisée.
}
guide-help-full = Plus de place pour une autre clé d’accès
guide-help-full-detail = Chaque clé dispose d’un nombre limité de places. Supprimez dans l’onglet Clés d’accès celles que vous n’utilisez plus, puis réessayez.
guide-help-browser = Le navigateur ne propose pas la clé de sécurité
guide-help-browser-detail = Utilisez une version récente de Microsoft Edge, Google Chrome, Firefox ou Safari. Sous Windows, choisissez « Clé de sécurité » dans la fenêtre de Windows (et non votre téléphone ni la reconnaissance faciale). Fermez les autres programmes qui pourraient utiliser la clé, débranchez-la puis rebranchez-la, et réessayez. Si « Clé de sécurité » ne figure pas du tout parmi les méthodes, c’est que votre organisation ne l’a pas encore autorisée.
