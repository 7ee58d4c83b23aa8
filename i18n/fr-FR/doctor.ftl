## keyguide doctor et la page « Vérifier cet ordinateur » des réglages de l'app (src/doctor.rs).

doctor-title = Vérifier cet ordinateur
doctor-intro = Ce qui, sur cet ordinateur, pourrait empêcher KeyGuide d'atteindre vos clés, et comment y remédier. Rien n'est envoyé à aucune clé.
doctor-run = Vérifier maintenant
doctor-running = Vérification…
doctor-status-ok = OK
doctor-status-info = Remarque
doctor-status-warning = Avertissement
doctor-status-problem = Problème
doctor-check-smart-card-service = Service de cartes à puce (lecteurs NFC)
doctor-check-usb-access = Accès aux clés USB
doctor-check-udev-rule = Règle de périphérique pour les clés de sécurité
doctor-check-elevation = Droits d'administrateur
doctor-check-keys = Clés que voit cet ordinateur
doctor-check-log-folder = Dossier des journaux
doctor-pcsc-readers = Le service de cartes à puce fonctionne. { $count ->
    [one] Lecteur : { $readers }.
   *[other] { $count } lecteurs : { $readers }.
}
doctor-pcsc-no-readers = Le service de cartes à puce fonctionne, mais aucun lecteur NFC ou de cartes à puce n'est branché.
doctor-pcsc-no-readers-fix = Pour utiliser une clé en NFC, branchez un lecteur. Les clés USB n'en ont pas besoin.
doctor-pcsc-no-service = Le service de cartes à puce ne fonctionne pas : les lecteurs NFC sont inutilisables.
doctor-pcsc-error = Le service de cartes à puce a répondu par une erreur : { $error }.
doctor-pcsc-fix-linux = Installez et démarrez pcscd (sous Debian et Ubuntu avec les commandes ci-dessous ; sous Fedora : sudo dnf install pcsc-lite).
doctor-pcsc-fix-windows = Démarrez le service « Carte à puce » : ouvrez Services (services.msc), trouvez Carte à puce et choisissez Démarrer.
doctor-pcsc-fix-macos = macOS démarre son service de cartes à puce dès qu'un lecteur est branché. Rebranchez le lecteur ou redémarrez le Mac.
doctor-usb-none = Aucune clé de sécurité USB n'est branchée.
doctor-usb-ok = { $count ->
    [one] KeyGuide peut utiliser la clé de sécurité USB branchée.
   *[other] KeyGuide peut utiliser les { $count } clés de sécurité USB branchées.
}
doctor-usb-refused = Le système ne vous permet pas d'ouvrir { $devices } : KeyGuide ne peut pas utiliser cette clé.
doctor-udev-found = Une règle de périphérique pour les clés de sécurité est installée : { $rules }.
doctor-udev-missing = Aucune règle de périphérique pour les clés de sécurité n'est installée. Les clés risquent de ne marcher que pour les administrateurs, ou seulement jusqu'à la prochaine connexion.
doctor-udev-missing-fix = Installez la règle de KeyGuide avec les commandes ci-dessous, puis débranchez et rebranchez votre clé.
doctor-elevation-needed = Cette version de Windows ne laisse que les administrateurs dialoguer directement avec les clés de sécurité.
doctor-elevation-ok = KeyGuide peut dialoguer directement avec les clés de sécurité.
doctor-keys-none = Aucune clé de sécurité n'est branchée.
doctor-keys-none-fix = Insérez votre clé ou posez-la sur le lecteur NFC.
doctor-keys-found = { $count ->
    [one] Une clé : { $keys }.
   *[other] { $count } clés : { $keys }.
}
doctor-logs = Les journaux sont écrits dans { $folder }.
doctor-logs-not-writable = KeyGuide ne peut pas écrire ses journaux dans { $folder }.
doctor-logs-no-folder = Ce système n'a pas de dossier pour les journaux de KeyGuide (pas de dossier personnel ?).
