## keyguide genuine : cette clé est-elle le modèle qu'elle annonce (src/genuine.rs).

genuine-intro = KeyGuide demande à la clé de signer un test pour un site fictif. Rien n'est enregistré sur la clé.
genuine-genuine = { $model } authentique : son certificat d'attestation mène au certificat racine du fabricant dans les métadonnées FIDO.
genuine-certified = Certification FIDO : { $level }.
genuine-not-certified = Les métadonnées FIDO n'indiquent aucune certification pour ce modèle.
genuine-not-in-metadata = Ce modèle (AAGUID { $aaguid }) ne figure pas dans les métadonnées FIDO : KeyGuide ne peut pas le vérifier. Beaucoup de bonnes clés n'y figurent pas ; cela seul ne veut pas dire que la clé est fausse.
genuine-no-roots = Les métadonnées FIDO répertorient { $model } sans certificat racine : KeyGuide ne peut pas le vérifier.
genuine-no-certificate = La clé n'a envoyé aucun certificat d'attestation (format « { $format } ») : elle ne peut pas prouver quel modèle elle est. Certaines clés n'en envoient jamais.
genuine-failed = Non vérifiée : { $reason } Une clé qui échoue à ce contrôle peut être contrefaite ou modifiée. Demandez à votre service informatique ou au fabricant avant de l'utiliser.
genuine-reason-malformed = la réponse de la clé est illisible ({ $detail }).
genuine-reason-signature = la signature de la clé ne correspond pas à son certificat.
genuine-reason-certificate-rules = son certificat enfreint les règles FIDO ({ $detail }).
genuine-reason-aaguid = son certificat concerne un autre modèle que celui annoncé par la clé.
genuine-reason-chain = son certificat ne mène à aucun certificat racine de { $model } dans les métadonnées FIDO.
genuine-reason-expired = un certificat de sa chaîne n'est pas valide aujourd'hui.
genuine-reason-algorithm = elle utilise un algorithme de signature que KeyGuide ne sait pas vérifier ({ $detail }).
genuine-busy = Vérification de la clé…
