reset-title = Réinitialiser la clé
reset-erases = Une réinitialisation efface tout le contenu de la clé :
reset-erases-pin = • son code PIN
reset-erases-passkeys = • toutes les clés d’accès : vous ne pourrez plus vous connecter à ces comptes avec cette clé
reset-erases-fingerprints = • toutes les empreintes digitales
reset-other-way = Assurez-vous d’abord que chaque compte dispose d’un autre moyen de connexion. Une réinitialisation est irréversible.
reset-window = Les clés n’acceptent une réinitialisation que dans les 10 secondes qui suivent leur branchement, et seulement avec un toucher. KeyGuide vous demandera de retirer la clé puis de la réinsérer.
reset-continue = Continuer
reset-insert-again = Réinsérez maintenant la clé. La réinitialisation démarre dès qu’elle est reconnectée.
reset-remove-now = Retirez la clé maintenant (ou éloignez-la du lecteur NFC).
reset-nfc-lift-and-return = Éloignez la clé du lecteur NFC, puis reposez-la dessus. La réinitialisation démarre dès qu’elle est de retour.
reset-nfc-put-back = Reposez maintenant la clé sur le lecteur NFC. La réinitialisation démarre dès qu’elle est de retour.
reset-simulate-replug = Simuler : retirer et réinsérer la clé de démonstration
reset-touch-now = Touchez votre clé maintenant pour confirmer la réinitialisation
reset-done = La clé est réinitialisée. Elle n’a plus de code PIN, de clés d’accès ni d’empreintes. Définissez un nouveau code PIN pour l’utiliser à nouveau.
reset-try-again = Réessayer
reset-type-word = Tapez { $word } pour continuer.
reset-seconds-left = { $seconds ->
    [one] { $seconds } seconde restante
   *[other] { $seconds } secondes restantes
}
reset-transports = Cette clé ne peut être réinitialisée que par : { $transports }.
reset-touch-long = Touchez la clé et gardez le doigt dessus plusieurs secondes
reset-transport-usb = USB
reset-transport-nfc = NFC
reset-transport-ble = Bluetooth
