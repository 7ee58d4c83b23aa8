# La configuration guidée pour un compte professionnel ou scolaire (Microsoft Entra ID).
# « Security info » est le nom de la page web de Microsoft : on le garde tel
# que Microsoft l’affiche dans chaque langue (« Sicherheitsinformationen »,
# « Informations de sécurité », « Información de seguridad », « セキュリティ情報 », « 安全信息 »).

## Les libellés de Microsoft, tels que Microsoft les affiche. Chaque étape qui
## cite la page ou la fenêtre de Microsoft utilise ces termes : une seule
## modification ici met à jour toutes les étapes (vérifié par tests/ui_guide.rs).
## Libellés français non vérifiés sur une page Microsoft Learn localisée
## (aucune n'était accessible) ; à corriger ici en cas d'écart.
-ms-security-info = Informations de sécurité
-ms-add-sign-in-method = + Ajouter une méthode de connexion
-ms-passkey = Clé d’accès
-ms-passkey-authenticator = Clé d’accès dans Microsoft Authenticator
-ms-next = Suivant
-ms-security-key = Clé de sécurité
-ms-use-another-device = Utiliser un autre appareil
-ms-more-options = Plus d’options
-ms-done = Terminé
-ms-sign-in-options = Options de connexion

guide-title = Utiliser cette clé pour le travail ou l’école
guide-intro = Votre organisation vous connecte avec un compte Microsoft (Microsoft Entra ID). Ce guide vérifie votre clé, vous accompagne pour l’ajouter sur la page « { -ms-security-info } » et confirme que cela a fonctionné.
guide-no-key = Aucune clé n’est ouverte. Ces pages expliquent chaque étape ; la vérification et la confirmation ont besoin de la clé : branchez-la et ouvrez-la.

# Onglets en haut du guide : courts (six sur une ligne).
guide-tab-check = Vérifier
guide-tab-register = Ajouter
guide-tab-confirm = Confirmer
guide-tab-windows = Windows
guide-tab-help = Aide
guide-tab-it = Équipe IT

guide-next = Suivant
guide-previous = Précédent
guide-step-of = Étape { $step } sur { $total }
guide-on-the-page = Sur la page web
guide-in-keyguide = Dans KeyGuide

## Les étapes sur la page Informations de sécurité de Microsoft

guide-register-title = Ajouter la clé à votre compte
guide-step-before-title = Avant de commencer
guide-step-before = Vérifiez d’abord :
guide-step-before-admin = • Votre organisation autorise les clés d’accès (FIDO2) et vous permet de les configurer vous-même. En cas de doute, demandez à votre service informatique.
guide-step-before-mfa = • Microsoft demande une connexion avec une deuxième méthode (par exemple Microsoft Authenticator ou un SMS) et l’ajout de la clé dans les { $minutes } minutes qui suivent : faites les étapes suivantes d’une traite.
guide-step-before-guest = • Les comptes invités (venant d’une autre organisation) ne peuvent pas ajouter de clé d’accès.
guide-step-before-limit = Microsoft recommande au plus { $max } clés d’accès par compte.
guide-step-before-remember = KeyGuide note les clés d’accès professionnelles ou scolaires déjà présentes sur la clé, pour reconnaître la nouvelle à la fin.
guide-step-before-read = Noter les clés d’accès
guide-step-before-noted = { $count ->
    [0] Noté : la clé ne contient encore aucune clé d’accès professionnelle ou scolaire.
    [one] Noté : la clé contient déjà 1 clé d’accès professionnelle ou scolaire.
   *[other] Noté : la clé contient déjà { $count } clés d’accès professionnelles ou scolaires.
}

guide-step-open-title = Ouvrir « { -ms-security-info } »
guide-step-open = Ouvrez la page « { -ms-security-info } » dans votre navigateur et connectez-vous avec votre compte professionnel ou scolaire.
guide-step-open-button = Ouvrir { -ms-security-info }
guide-step-open-copy = Copier l’adresse
guide-step-open-opened = La page s’ouvre dans le navigateur. Revenez ici pour l’étape suivante.

guide-step-add-title = Ajouter une méthode
guide-step-add = Sur la page « { -ms-security-info } », sélectionnez « { -ms-add-sign-in-method } ».
guide-step-add-detail = Si la page vous demande de vous reconnecter ou de confirmer votre identité, faites-le d’abord.

guide-step-choose-title = Choisir « { -ms-passkey } »
guide-step-choose = Dans la liste des méthodes, choisissez « { -ms-passkey } », puis sélectionnez « { -ms-next } ».
guide-step-choose-not-authenticator = Pas « { -ms-passkey-authenticator } » : celle-ci enregistre la clé d’accès dans l’application de votre téléphone, pas sur votre clé.
guide-step-choose-missing = Pas de « { -ms-passkey } » dans la liste ? Votre organisation ne l’a pas encore autorisée pour vous : voir Aide.
guide-picture-methods = La liste des méthodes. Choisissez l’entrée en surbrillance, « { -ms-passkey } ».
guide-picture-methods-row = { -ms-passkey }

guide-step-save-title = L’enregistrer sur la « { -ms-security-key } »
guide-step-save = Votre navigateur ou Windows demande maintenant où enregistrer la clé d’accès. Choisissez « { -ms-security-key } ».
guide-step-save-windows = Windows (tous les navigateurs) : la fenêtre peut d’abord proposer d’enregistrer dans Windows. Choisissez « { -ms-use-another-device } » ou « { -ms-more-options } », puis « { -ms-security-key } ».
guide-step-save-chrome = Chrome sous macOS ou Linux affiche sa propre fenêtre : choisissez l’option pour une clé de sécurité USB.
guide-step-save-edge = Edge se comporte comme Chrome sous macOS et utilise la fenêtre de Windows sous Windows.
guide-step-save-macos = Safari et Firefox sous macOS affichent la fenêtre du système : choisissez l’option pour une clé de sécurité, pas le trousseau iCloud.
guide-picture-save = La fenêtre qui demande où enregistrer la clé d’accès. Choisissez l’entrée en surbrillance, « { -ms-security-key } ».
guide-picture-save-row = { -ms-security-key }

guide-step-pin-title = Brancher la clé, saisir le code PIN
guide-step-pin-connect = { $transport ->
    [usb] Votre clé est branchée : laissez-la en place.
    [nfc] Posez la clé sur le lecteur NFC quand la fenêtre le demande.
   *[other] Branchez la clé, ou posez-la sur le lecteur, quand la fenêtre le demande.
}
guide-step-pin = La fenêtre demande le code PIN de la clé. Saisissez le code PIN de cette clé, pas le mot de passe de votre compte.
guide-step-pin-none = Pas encore de code PIN ? La fenêtre vous demande d’en créer un. Vous pouvez aussi le définir d’abord dans KeyGuide.
guide-step-pin-retries = { $count ->
    [one] Attention : encore { $count } essai avant le blocage du code PIN.
   *[other] Encore { $count } essais avant le blocage du code PIN.
}

guide-step-touch-title = Toucher la clé
guide-step-touch = Quand la fenêtre le demande, touchez le bouton ou le capteur de la clé. Elle clignote parfois pendant l’attente.
guide-step-touch-detail = Avec une clé à empreinte, touchez-la avec un doigt enregistré.

guide-step-name-title = La nommer, puis « { -ms-done } »
guide-step-name = De retour sur la page « { -ms-security-info } », donnez à la clé un nom que vous reconnaîtrez, par exemple « { $name } », puis sélectionnez « { -ms-done } ».
guide-step-done-button = J’ai ajouté la clé
guide-step-done-detail = KeyGuide relit alors la clé et cherche la nouvelle clé d’accès.

## Confirmation

guide-confirm-title = Cela a-t-il fonctionné ?
guide-confirm-checking = Lecture des clés d’accès de la clé…
guide-confirm-unlock = Déverrouillez la clé avec son code PIN pour que KeyGuide cherche la nouvelle clé d’accès.
guide-confirm-check = Vérifier la clé
guide-confirm-found = { $count ->
    [one] Cela a fonctionné : la clé contient une nouvelle clé d’accès pour ce compte professionnel ou scolaire :
   *[other] Cela a fonctionné : la clé contient { $count } nouvelles clés d’accès, pour ces comptes professionnels ou scolaires :
}
guide-confirm-account = • { $display } ({ $user })
guide-confirm-unnamed = (aucun nom enregistré)
guide-confirm-not-found = KeyGuide n’a trouvé aucune nouvelle clé d’accès pour login.microsoft.com sur cette clé.
guide-confirm-not-found-detail = Vérifiez que la page « { -ms-security-info } » affiche la nouvelle clé d’accès, que vous avez choisi « { -ms-security-key } » (pas Windows ni votre téléphone) avec cette clé, et que vous avez sélectionné « { -ms-done } ». Puis vérifiez à nouveau.
guide-confirm-older = { $count ->
    [one] La clé contient aussi une clé d’accès professionnelle plus ancienne : elle ne compte pas.
   *[other] La clé contient aussi { $count } clés d’accès professionnelles plus anciennes : elles ne comptent pas.
}
guide-confirm-no-baseline = KeyGuide n’a pas lu la clé avant que vous commenciez : il ne peut pas distinguer une nouvelle clé d’accès d’une ancienne. Revenez à l’étape 1, laissez KeyGuide noter les clés d’accès et suivez les étapes à partir de là.
guide-confirm-start = Revenir à l’étape 1
guide-confirm-next = Suivant : se connecter à Windows

## Connexion à Windows

guide-windows-title = Se connecter à Windows avec la clé
guide-windows-intro = Sur un PC professionnel configuré pour cela, l’écran de verrouillage de Windows propose la clé pour se connecter.
guide-windows-how = Pour se connecter :
guide-windows-how-1 = 1. Sur l’écran de verrouillage, sélectionnez « { -ms-sign-in-options } ».
guide-windows-how-2 = 2. Choisissez l’icône de la clé de sécurité.
guide-windows-how-3 = 3. Branchez la clé (ou posez-la sur le lecteur), saisissez son code PIN et touchez-la.
guide-windows-this-pc = Ce PC
guide-windows-reading = Lecture de la version de Windows de ce PC…
guide-windows-not-windows = Cette page concerne les PC Windows. Cet ordinateur n’utilise pas Windows, KeyGuide ne peut donc pas le vérifier : ce qui suit s’applique au PC Windows auquel vous voulez vous connecter.
guide-windows-pc-version = { $name } { $version } (build { $build })
guide-windows-pc-join = { $join ->
    [entra] Joint à Microsoft Entra ID.
    [hybrid] Joint en mode hybride : à Microsoft Entra ID et au domaine de votre organisation.
    [domain] Joint uniquement à un domaine local.
    [none] Joint à aucune organisation (un PC personnel ou de groupe de travail).
   *[unknown] KeyGuide n’a pas pu lire comment ce PC est joint.
}
guide-windows-verdict-possible = La connexion à Windows avec la clé peut fonctionner sur ce PC. Si l’écran de verrouillage ne propose pas la clé, l’équipe IT ne l’a pas encore activée pour ce PC.
guide-windows-verdict-update = Ce PC a besoin de { $version } ou plus récent pour se connecter à Windows avec une clé. Installez les mises à jour de Windows ou demandez à l’équipe IT.
guide-windows-verdict-not-joined = La connexion à Windows avec une clé demande un PC professionnel joint à Microsoft Entra ID (ou en mode hybride). Sur ce PC, utilisez la clé sur les sites web dans votre navigateur.
guide-windows-verdict-domain = Pour se connecter à Windows avec une clé, le PC doit aussi être joint à Microsoft Entra ID (mode hybride) ; un domaine seul ne suffit pas. Demandez à l’équipe IT.
guide-windows-verdict-unknown = La version est assez récente. Le reste dépend de la façon dont le PC est joint : demandez à l’équipe IT.
guide-windows-browser-ok = Dans le navigateur, la clé fonctionne sur ce PC.
guide-windows-browser-old = Dans le navigateur, les clés demandent { $version } ou plus récent ; KeyGuide peut malgré tout gérer la clé ici.
guide-windows-needs = Ce dont un PC a besoin (configuré par votre service informatique) :
guide-windows-needs-entra = • Joint à Microsoft Entra ID : { $version } ou plus récent.
guide-windows-needs-hybrid = • Joint en mode hybride (Entra ID et domaine) : { $version } ou plus récent.
guide-windows-needs-policy = • La connexion par clé de sécurité activée (par Intune, un package de provisionnement ou une stratégie de groupe).
guide-windows-needs-browser = Les clés dans le navigateur demandent { $version } ou plus récent. Windows 10 1809 ne peut pas être déverrouillé avec une clé.
guide-windows-no-option = Pas de clé de sécurité sur l’écran de verrouillage ? Elle n’est pas activée pour ce PC : demandez à votre service informatique et montrez-lui la page pour l’équipe IT.

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
guide-help-browser-detail = Utilisez une version récente de Microsoft Edge, Google Chrome, Firefox ou Safari. Dans la fenêtre qui demande où enregistrer la clé d’accès, choisissez « { -ms-security-key } » (et non Windows, votre téléphone ou la reconnaissance faciale). Fermez les autres programmes qui pourraient utiliser la clé, débranchez-la puis rebranchez-la, et réessayez. Si « { -ms-passkey } » ne figure pas du tout parmi les méthodes, c’est que votre organisation ne l’a pas encore autorisée.
