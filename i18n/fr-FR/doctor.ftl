## keyguide doctor : ce qui manque à cette machine, avec la solution.

doctor-mark-ok = [ok]
doctor-mark-warning = [!]
doctor-mark-problem = [problème]
doctor-pcscd-running = Le service de carte à puce (pcscd) fonctionne : les clés NFC peuvent être utilisées.
doctor-pcscd-not-running = Le service de carte à puce (pcscd) ne fonctionne pas : KeyGuide ne voit donc aucune clé sur les lecteurs NFC.
doctor-pcscd-fix-linux = Installez-le et démarrez-le : sudo apt install pcscd, puis sudo systemctl enable --now pcscd.socket
doctor-pcscd-fix-other = Démarrez le service « Carte à puce » (sous Windows : services.msc, « Carte à puce »).
doctor-no-readers = Le service de carte à puce ne voit aucun lecteur NFC.
doctor-no-readers-fix = Branchez un lecteur NFC pour utiliser des clés en NFC. Les clés USB n’en ont pas besoin.
doctor-readers = { $count ->
    [one] { $count } lecteur NFC
   *[other] { $count } lecteurs NFC
} : { $names }
doctor-usb-no-keys = Aucune clé de sécurité USB n’est branchée : l’accès aux clés USB n’a donc pas pu être vérifié. Branchez-en une et relancez la vérification.
doctor-usb-access-ok = { $count ->
    [one] Vous pouvez ouvrir la clé de sécurité USB branchée.
   *[other] Vous pouvez ouvrir les { $count } clés de sécurité USB branchées.
}
doctor-usb-access-refused = Le système ne vous laisse pas ouvrir ces clés de sécurité USB : { $nodes }
doctor-udev-rule-installed = La règle udev de KeyGuide ({ $rule }) est installée.
doctor-udev-rule-missing = La règle udev de KeyGuide ({ $rule }) n’est pas installée. Beaucoup de clés fonctionnent sans elle grâce aux règles du système ; certaines non.
doctor-keys-none = KeyGuide ne voit aucune clé de sécurité pour le moment.
doctor-keys-none-fix = Branchez une clé, ou posez-la sur le lecteur NFC, et relancez la vérification.
doctor-keys-seen = { $count ->
    [one] KeyGuide voit { $count } clé
   *[other] KeyGuide voit { $count } clés
} : { $keys }
doctor-keys-error-fix = Débranchez la clé, rebranchez-la et relancez la vérification. Si cela se reproduit, les journaux donnent les détails.
doctor-log-ok = Les journaux sont écrits dans { $path }.
doctor-log-no-home = Il n’y a pas de dossier personnel : KeyGuide ne tient donc aucun journal.
doctor-log-no-home-fix = Lancez KeyGuide avec un utilisateur qui a un dossier personnel.
doctor-log-not-writable = Impossible d’écrire dans le dossier des journaux { $path }.
doctor-log-not-writable-fix = Rendez-vous propriétaire du dossier : sudo chown -R "$USER" { $path }
