## keyguide genuine: is this key the model it says it is (src/genuine.rs).
## "attestation certificate": the certificate the maker puts in every key of a model.

genuine-intro = KeyGuide asks the key to sign a test for a made-up site. Nothing is stored on the key.
genuine-genuine = Genuine { $model }: its attestation certificate leads to the maker's root certificate in the FIDO metadata.
genuine-certified = FIDO certification: { $level }.
genuine-not-certified = The FIDO metadata lists no certification for this model.
genuine-not-in-metadata = This model (AAGUID { $aaguid }) is not in the FIDO metadata, so KeyGuide cannot check it. Many good keys are not listed; this alone does not mean the key is fake.
genuine-no-roots = The FIDO metadata lists { $model } without root certificates, so KeyGuide cannot check it.
genuine-no-certificate = The key sent no attestation certificate (format "{ $format }"), so it cannot prove which model it is. Some keys never send one.
# $reason is one of the genuine-reason-* sentences.
genuine-failed = Not verified: { $reason } A key that fails this check may be counterfeit or altered. Ask your IT department or the maker before you use it.
genuine-reason-malformed = the key's answer could not be read ({ $detail }).
genuine-reason-signature = the key's signature does not match its certificate.
genuine-reason-certificate-rules = its certificate breaks the FIDO rules ({ $detail }).
genuine-reason-aaguid = its certificate is for a different model than the key reports.
genuine-reason-chain = its certificate does not lead to a root certificate of { $model } in the FIDO metadata.
genuine-reason-expired = a certificate on its chain is not valid today.
genuine-reason-algorithm = it uses a signature algorithm KeyGuide cannot check ({ $detail }).
genuine-busy = Checking the key…
