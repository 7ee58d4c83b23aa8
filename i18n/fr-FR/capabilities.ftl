# Ce que les clés récentes (CTAP 2.2) disent d'elles-mêmes : `keyguide info`
# et la liste des clés d'accès sans le PIN.
capabilities-max-pin-length = Longueur maximale du PIN
capabilities-pin-rules = Règles du PIN
capabilities-pin-policy = La clé applique ses propres règles aux PIN, au-delà de la longueur
capabilities-pin-policy-with-url = La clé applique ses propres règles aux PIN, au-delà de la longueur : { $url }
capabilities-reset = Réinitialisation
capabilities-reset-long-touch = demande un appui long (gardez le doigt sur la clé pendant plusieurs secondes)
capabilities-reset-transports = Réinitialisation possible par
capabilities-attestation-formats = Formats d'attestation
capabilities-uv-count = Déverrouillages par empreinte depuis le dernier PIN
capabilities-read-only-listing = La liste des clés d'accès peut être lue sans redemander le PIN
capabilities-key-identifier = Identité de la clé
capabilities-passkeys-remembered = Liste obtenue sans redemander votre PIN : KeyGuide garde un accès en lecture seule à cette clé jusqu'à sa fermeture.
