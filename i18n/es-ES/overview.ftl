overview-connected-usb = Conectada por USB
overview-connected-virtual = Llave virtual (para probar KeyGuide)
overview-next-set-pin = Establece un PIN para empezar
overview-next-set-pin-detail = Los sitios web y Windows piden este PIN cuando inicias sesión con la llave.
overview-next-pin-blocked = El PIN está bloqueado
overview-next-pin-blocked-detail = Demasiados PIN incorrectos. Solo un restablecimiento vuelve a hacer utilizable la llave, y borra todo lo que contiene.
overview-next-change-pin = Cambia el PIN
overview-next-change-pin-detail = La llave pide un PIN nuevo antes de poder usarse.
overview-next-add-fingerprint = Añade una huella
overview-next-add-fingerprint-detail = Así podrás iniciar sesión con un toque en lugar de escribir el PIN.
overview-pin-not-supported = No compatible
overview-pin-not-set = Sin establecer
overview-pin-blocked = Bloqueado
overview-pin-set = Establecido
overview-passkeys-unlock = Desbloquea con el PIN para verlas
overview-passkeys-cannot-list = Esta llave no puede listar sus llaves de acceso
overview-fingerprints-no-sensor = Sin sensor de huellas
overview-fingerprints-enrolled = Añadidas
overview-fingerprints-none = Ninguna añadida todavía
overview-not-certified = No figura como certificada por FIDO
overview-firmware-not-reported = No indicado
overview-fact-pin = PIN
overview-fact-passkeys = Llaves de acceso
overview-fact-fingerprints = Huellas
overview-fact-min-pin-length = Longitud mínima del PIN
overview-fact-certification = Certificación
overview-fact-versions = Versiones de FIDO
overview-fact-connections = Conexiones
overview-fact-firmware = Firmware
overview-fact-aaguid = Id. del modelo (AAGUID)
overview-identify = Identificar esta llave
overview-identify-detail = La llave parpadea; tócala para confirmar que es la que buscas.
overview-save-report = Guardar informe…
overview-certified = Certificada por FIDO
overview-connected-nfc = En el lector NFC { $reader }
overview-pin-set-replug = Establecido, { $retries ->
    [one] queda { $retries } intento
   *[other] quedan { $retries } intentos
}; retira la llave y vuelve a insertarla antes del siguiente intento
overview-pin-set-retries = Establecido, { $retries ->
    [one] queda { $retries } intento
   *[other] quedan { $retries } intentos
}
overview-passkeys-stored = { $used } guardadas, espacio para { $remaining } más
overview-passkeys-room = Espacio para { $remaining } más
overview-certification-see-warning = { $level } (consulta el aviso de arriba)
overview-certified-level = Certificada por FIDO, nivel { $level }
overview-warning-revoked = La FIDO Alliance ha revocado la certificación de este modelo. Las organizaciones pueden rechazarlo; considera sustituir la llave.
overview-warning-uv-bypass = Este modelo tiene un fallo conocido que permite saltarse la comprobación del PIN o de la huella. Ponte en contacto con el fabricante.
overview-warning-attestation-compromise = La clave de atestación de este modelo está comprometida: los servicios no pueden confiar en que sea auténtico.
overview-warning-remote-compromise = Este modelo tiene un fallo que puede exponer sus claves a distancia. Sustituye la llave.
overview-warning-physical-compromise = Quien tenga este modelo en la mano puede extraer sus claves. Guárdalo bien o sustitúyelo.
overview-warning-update-available = El fabricante ofrece una actualización de firmware para este modelo.

# La configuración guiada (guide.ftl) tal como la ofrece el resumen. Estos textos
# están aquí para que el inicio no tenga que leer el archivo de la guía.
overview-guide-open = Usar esta llave en el trabajo o centro educativo
overview-guide-start = Iniciar la configuración guiada
overview-guide-offer-title = ¿Vas a configurar una llave para tu cuenta profesional o educativa?
overview-guide-offer-detail = KeyGuide comprueba la llave y te guía paso a paso por la página «Información de seguridad» de Microsoft.
overview-guide-offer-later = Ahora no

## The key's status, first on the overview.
overview-status-ready = Lista para iniciar sesión en el trabajo
overview-status-ready-detail = La llave tiene un PIN y todo lo que Microsoft exige a una llave de seguridad.
overview-status-needs-pin = Necesita un PIN
overview-status-needs-new-pin = Necesita un PIN nuevo
overview-status-blocked = PIN bloqueado
overview-status-replug = Quita la llave y vuelve a insertarla
overview-status-replug-detail = Tres PIN incorrectos seguidos. Quita la llave, vuelve a insertarla e intenta el PIN una vez más.
overview-status-not-for-work = No apta para iniciar sesión en el trabajo
overview-status-not-for-work-detail = Microsoft exige una llave que guarde ella misma las claves de acceso, tenga un PIN y admita la extensión hmac-secret. A esta le falta algo de eso.
overview-details = Detalles técnicos
overview-fact-extensions = Extensiones
overview-none = Ninguna
