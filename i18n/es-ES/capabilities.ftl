# Lo que las llaves más nuevas (CTAP 2.2) dicen de sí mismas: `keyguide info`
# y la lista de llaves de acceso sin el PIN.
capabilities-max-pin-length = Longitud máxima del PIN
capabilities-pin-rules = Reglas del PIN
capabilities-pin-policy = La llave aplica sus propias reglas a los PIN, además de la longitud
capabilities-pin-policy-with-url = La llave aplica sus propias reglas a los PIN, además de la longitud: { $url }
capabilities-reset = Restablecimiento
capabilities-reset-long-touch = requiere un toque largo (mantenga el dedo sobre la llave varios segundos)
capabilities-reset-transports = Restablecimiento permitido por
capabilities-attestation-formats = Formatos de atestación
capabilities-uv-count = Desbloqueos con huella desde el último PIN
capabilities-read-only-listing = La lista de llaves de acceso se puede leer sin volver a pedir el PIN
capabilities-key-identifier = Identidad de la llave
capabilities-passkeys-remembered = Listado sin volver a pedir su PIN: KeyGuide conserva el acceso de solo lectura a esta llave hasta que la cierre.
