## Quand le système ne laisse pas KeyGuide ouvrir une clé

platform-access-windows-refused = Windows n'a pas laissé KeyGuide ouvrir la clé de sécurité.
platform-access-windows-restart = Redémarrez KeyGuide en tant qu'administrateur pour gérer la clé.
platform-access-windows-other-programs = Fermez les autres programmes qui utilisent la clé, puis retirez-la et insérez-la à nouveau.
platform-access-linux-rule-not-applied = La règle d'accès de KeyGuide est installée, mais elle ne s'applique pas encore à cette clé.
platform-access-linux-replug-or-log-in = Retirez la clé et insérez-la à nouveau. Si cela échoue encore, déconnectez-vous puis reconnectez-vous : la règle donne accès à la personne connectée devant l'écran de cet ordinateur, pas aux sessions à distance (SSH).
platform-access-linux-install-rule = Linux ne laisse ouvrir les clés de sécurité qu'aux utilisateurs autorisés. Exécutez ces commandes dans un terminal pour installer la règle d'accès de KeyGuide (il faut un mot de passe administrateur) :
platform-access-linux-then-replug = Retirez ensuite la clé et insérez-la à nouveau.

## Exécution en tant qu'administrateur (Windows)

platform-elevation-reason = Depuis Windows 10 version 1903, seuls les programmes exécutés en tant qu'administrateur peuvent gérer les clés de sécurité.
platform-elevation-failed = Windows n'a pas démarré KeyGuide en tant qu'administrateur.

## Le fichier de réglages

platform-settings-unreadable = Impossible de lire le fichier de réglages { $path } : { $error }. Les valeurs par défaut sont utilisées.
platform-settings-damaged = Le fichier de réglages { $path } est endommagé ({ $error }). KeyGuide utilise les valeurs par défaut et laisse le fichier tel quel.

## Le fichier journal

platform-log-not-written = Aucun fichier journal n'est écrit dans { $folder } : { $error }

## La fenêtre « KeyGuide s'est arrêté »

platform-crash-title = KeyGuide s'est arrêté
platform-crash-explanation = KeyGuide a rencontré une erreur interne et a dû se fermer. Une opération en cours sur votre clé n'a pas été terminée ; rouvrez KeyGuide pour vérifier la clé.
platform-crash-log-file = Ce qui s'est passé est écrit dans ce fichier journal :
platform-crash-open-folder = Ouvrir le dossier du journal
platform-crash-copy-path = Copier le chemin
platform-crash-close = Fermer
platform-crash-folder-opens = Le dossier s'ouvre dans votre gestionnaire de fichiers.
platform-crash-no-file-manager = Aucun gestionnaire de fichiers n'a pu être lancé ; copiez plutôt le chemin.
platform-crash-path-copied = Le chemin est copié.
platform-crash-no-log = Aucun fichier journal n'a pu être écrit. Lancez KeyGuide depuis un terminal avec --verbose pour voir les détails.
