## keyguide genuine: ist dieser Schlüssel das Modell, das er angibt (src/genuine.rs).

genuine-intro = KeyGuide bittet den Schlüssel, einen Test für eine erfundene Website zu signieren. Auf dem Schlüssel wird nichts gespeichert.
genuine-genuine = Echter { $model }: Sein Attestierungszertifikat führt zum Stammzertifikat des Herstellers in den FIDO-Metadaten.
genuine-certified = FIDO-Zertifizierung: { $level }.
genuine-not-certified = Die FIDO-Metadaten nennen für dieses Modell keine Zertifizierung.
genuine-not-in-metadata = Dieses Modell (AAGUID { $aaguid }) steht nicht in den FIDO-Metadaten, daher kann KeyGuide es nicht prüfen. Viele gute Schlüssel sind dort nicht aufgeführt; das allein heißt nicht, dass der Schlüssel gefälscht ist.
genuine-no-roots = Die FIDO-Metadaten führen { $model } ohne Stammzertifikate, daher kann KeyGuide es nicht prüfen.
genuine-no-certificate = Der Schlüssel hat kein Attestierungszertifikat gesendet (Format „{ $format }“) und kann daher nicht belegen, welches Modell er ist. Manche Schlüssel senden nie eines.
genuine-failed = Nicht bestätigt: { $reason } Ein Schlüssel, der diese Prüfung nicht besteht, kann gefälscht oder verändert sein. Fragen Sie Ihre IT-Abteilung oder den Hersteller, bevor Sie ihn verwenden.
genuine-reason-malformed = Die Antwort des Schlüssels ist nicht lesbar ({ $detail }).
genuine-reason-signature = Die Signatur des Schlüssels passt nicht zu seinem Zertifikat.
genuine-reason-certificate-rules = Sein Zertifikat verstößt gegen die FIDO-Regeln ({ $detail }).
genuine-reason-aaguid = Sein Zertifikat gehört zu einem anderen Modell, als der Schlüssel angibt.
genuine-reason-chain = Sein Zertifikat führt zu keinem Stammzertifikat von { $model } in den FIDO-Metadaten.
genuine-reason-expired = Ein Zertifikat seiner Kette ist heute nicht gültig.
genuine-reason-algorithm = Er verwendet ein Signaturverfahren, das KeyGuide nicht prüfen kann ({ $detail }).
genuine-busy = Der Schlüssel wird geprüft …
