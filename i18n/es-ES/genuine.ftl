## keyguide genuine: ¿es esta llave el modelo que dice ser? (src/genuine.rs).

genuine-intro = KeyGuide pide a la llave que firme una prueba para un sitio inventado. No se guarda nada en la llave.
genuine-genuine = { $model } auténtica: su certificado de atestación lleva al certificado raíz del fabricante en los metadatos FIDO.
genuine-certified = Certificación FIDO: { $level }.
genuine-not-certified = Los metadatos FIDO no indican ninguna certificación para este modelo.
genuine-not-in-metadata = Este modelo (AAGUID { $aaguid }) no está en los metadatos FIDO, así que KeyGuide no puede comprobarlo. Muchas llaves buenas no aparecen; eso por sí solo no significa que la llave sea falsa.
genuine-no-roots = Los metadatos FIDO incluyen { $model } sin certificados raíz, así que KeyGuide no puede comprobarlo.
genuine-no-certificate = La llave no envió ningún certificado de atestación (formato «{ $format }»), así que no puede demostrar qué modelo es. Algunas llaves nunca lo envían.
genuine-failed = No verificada: { $reason } Una llave que no supera esta comprobación puede estar falsificada o alterada. Consulte a su departamento de TI o al fabricante antes de usarla.
genuine-reason-malformed = no se pudo leer la respuesta de la llave ({ $detail }).
genuine-reason-signature = la firma de la llave no coincide con su certificado.
genuine-reason-certificate-rules = su certificado incumple las reglas FIDO ({ $detail }).
genuine-reason-aaguid = su certificado es de un modelo distinto del que indica la llave.
genuine-reason-chain = su certificado no lleva a ningún certificado raíz de { $model } en los metadatos FIDO.
genuine-reason-expired = un certificado de su cadena no es válido hoy.
genuine-reason-algorithm = usa un algoritmo de firma que KeyGuide no puede comprobar ({ $detail }).
genuine-busy = Comprobando la llave…
