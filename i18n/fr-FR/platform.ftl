# Ce qui dépend du système : l’accès aux clés, l’exécution en tant
# qu’administrateur sous Windows, le fichier de réglages, le fichier
# journal et la fenêtre « KeyGuide s’est arrêté ».

## Quand le système ne laisse pas KeyGuide ouvrir une clé (src/platform/access.rs)

platform-access-windows-refused = Windows n’a pas laissé KeyGuide ouvrir la clé de sécurité.
platform-access-windows-restart = Relancez KeyGuide en tant qu’administrateur pour gérer la clé.
platform-access-windows-other-programs = Fermez les autres programmes qui utilisent la clé, puis retirez-la et réinsérez-la.
platform-access-linux-rule-not-applied = La règle d’accès de KeyGuide est installée, mais elle ne s’applique pas encore à cette clé.
platform-access-linux-replug-or-log-in = Retirez la clé et réinsérez-la. Si cela ne fonctionne toujours pas, fermez votre session et rouvrez-la : la règle donne accès à la personne connectée devant l’écran de cet ordinateur, pas aux sessions à distance (SSH).
platform-access-linux-install-rule = Sous Linux, seuls les utilisateurs autorisés peuvent ouvrir les clés de sécurité. Exécutez ces commandes dans un terminal pour installer la règle d’accès de KeyGuide (un mot de passe administrateur est nécessaire) :
platform-access-linux-then-replug = Retirez ensuite la clé et réinsérez-la.

## Exécution en tant qu’administrateur (Windows)

# Affiché à côté du bouton « Relancer en tant qu’administrateur ».
platform-elevation-reason = Depuis Windows 10 version 1903, seuls les programmes exécutés en tant qu’administrateur peuvent gérer les clés de sécurité.
platform-elevation-failed = Windows n’a pas lancé KeyGuide en tant qu’administrateur.

## Le fichier de réglages (src/settings.rs)

# $path : le fichier de réglages ; $error : la raison donnée par le système.
platform-settings-unreadable = Impossible de lire le fichier de réglages { $path } : { $error }. Les réglages par défaut sont utilisés.
# $path : le fichier de réglages ; $error : ce qui ne va pas dans son contenu.
platform-settings-damaged = Le fichier de réglages { $path } est endommagé ({ $error }). KeyGuide utilise les réglages par défaut et ne modifie pas le fichier.

## Le fichier journal

# $folder : le dossier du journal ; $error : la raison donnée par le système.
platform-log-not-written = Aucun fichier journal ne sera écrit dans { $folder } : { $error }

## La fenêtre « KeyGuide s’est arrêté », après un plantage (src/app/crash.rs)

platform-crash-title = KeyGuide s’est arrêté
platform-crash-explanation = KeyGuide a rencontré une erreur interne et a dû se fermer. Une opération en cours sur votre clé n’a pas été menée à son terme ; rouvrez KeyGuide pour vérifier la clé.
platform-crash-log-file = Les détails de l’incident sont enregistrés dans ce fichier journal :
platform-crash-open-folder = Ouvrir le dossier du journal
platform-crash-copy-path = Copier le chemin
platform-crash-close = Fermer
platform-crash-folder-opens = Le dossier s’ouvre dans votre gestionnaire de fichiers.
platform-crash-no-file-manager = Impossible de lancer un gestionnaire de fichiers ; copiez plutôt le chemin.
platform-crash-path-copied = Chemin copié.
# `--verbose` est une option de la ligne de commande : ne pas la traduire.
platform-crash-no-log = Aucun fichier journal n’a pu être écrit. Lancez KeyGuide depuis un terminal avec --verbose pour voir les détails.
