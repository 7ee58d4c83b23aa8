# Cómo puede terminar una operación con la llave (src/device/error.rs).

## PIN

errors-pin-invalid = PIN incorrecto.
errors-pin-invalid-retries = { $retries ->
    [one] PIN incorrecto. Queda { $retries } intento.
   *[other] PIN incorrecto. Quedan { $retries } intentos.
}
errors-pin-auth-blocked = Demasiados PIN incorrectos seguidos. Retira la llave, vuelve a insertarla y reinténtalo.
errors-pin-blocked = El PIN está bloqueado tras demasiados intentos incorrectos. Solo un restablecimiento vuelve a hacer utilizable la llave (y la borra).
errors-pin-not-set = Esta llave aún no tiene PIN. Establece uno primero.
errors-pin-already-set = Esta llave ya tiene un PIN. Usa 'change' en su lugar.
errors-pin-change-required = Debes cambiar tu PIN antes de poder usar la llave.
errors-pin-policy-violation = La llave ha rechazado este PIN según su política (demasiado corto, demasiado simple o igual que el anterior).
errors-pin-required = Esta operación necesita el PIN de la llave.
errors-token-rejected = La llave ya no acepta el token PIN de esta sesión. Vuelve a introducir el PIN.

## Un PIN rechazado antes de enviar nada a la llave

errors-pin-too-short = { $min ->
    [one] El PIN debe tener al menos { $min } carácter.
   *[other] El PIN debe tener al menos { $min } caracteres.
}
errors-pin-too-long = El PIN no puede superar los 63 bytes.
errors-pin-too-long-for-key = Esta llave acepta PIN de como máximo { $max } caracteres.
errors-pin-contains-nul = El PIN no puede contener un carácter NUL.
errors-pin-mismatch = Los dos PIN no coinciden.

## Huellas

errors-uv-invalid = { $retries ->
    [one] Huella no reconocida. Queda { $retries } intento.
   *[other] Huella no reconocida. Quedan { $retries } intentos.
}
errors-uv-blocked = El reconocimiento de huellas está bloqueado. Usa el PIN en su lugar.
errors-fingerprint-storage-full = La memoria de huellas de esta llave está llena. Elimina primero una huella.
errors-unknown-fingerprint = No hay ninguna huella con el id. { $id } en esta llave.
errors-fingerprint-name-too-long = { $max ->
    [one] El nombre de la huella es demasiado largo para esta llave ({ $max } byte como máximo).
   *[other] El nombre de la huella es demasiado largo para esta llave ({ $max } bytes como máximo).
}

## Llaves de acceso

errors-key-store-full = La memoria de llaves de acceso está llena. Elimina primero una llave de acceso.
errors-no-passkeys = No hay llaves de acceso en esta llave.
errors-unknown-credential = No hay ninguna llave de acceso con el id. { $id } en esta llave.
errors-invalid-min-pin-length = La longitud mínima del PIN solo puede aumentar: elige un valor entre { $current } y 63.

## El desarrollo de una operación

errors-invalid-option = La llave ha rechazado una opción de esta solicitud.
errors-not-allowed = La llave no lo ha permitido.
errors-operation-denied = La operación se ha rechazado en la llave.
errors-reset-window-passed = La llave solo permite restablecerla en los 10 segundos aproximados después de conectarla. Retira la llave, vuelve a insertarla y reinténtalo enseguida.
errors-reset-declined = Has rechazado el restablecimiento en la llave. No se ha borrado nada.
errors-user-action-timeout = No has tocado la llave a tiempo. Inténtalo de nuevo.
errors-timeout = La llave no ha respondido a tiempo. Retírala, vuelve a insertarla y reinténtalo.
errors-cancelled = Cancelado.
errors-busy = Otro programa está usando la llave. Cierra los demás programas que la usan y reinténtalo.

## Una función que la llave no ofrece

errors-unsupported-client-pin = Esta llave no admite PIN.
errors-unsupported-credential-management = Esta llave no permite gestionar llaves de acceso.
errors-unsupported-bio-enrollment = Esta llave no admite huellas.
errors-unsupported-authenticator-config = Esta llave no permite cambiar sus ajustes.
errors-unsupported-always-uv = Esta llave no admite el ajuste «exigir siempre la verificación».
errors-unsupported-min-pin-length = Esta llave no permite cambiar la longitud mínima del PIN.
errors-unsupported-enterprise-attestation = Esta llave no admite la atestación empresarial.
errors-unsupported-large-blobs = Esta llave no tiene almacenamiento para bloques de datos grandes (large blobs).
errors-unsupported-update-user-information = Esta llave no permite editar los nombres de usuario de las llaves de acceso.
errors-unsupported-selection = Esta llave no admite la identificación.
errors-unsupported-pin-uv-auth-token = Esta llave no admite tokens PIN con permisos.

## La conexión

errors-disconnected = Se ha retirado la llave.
errors-no-key = No se ha encontrado ninguna llave de seguridad. Inserta tu llave de seguridad y reinténtalo.
errors-several-keys = Hay varias llaves conectadas. Elige una con --device.
errors-unknown-device = No hay ninguna llave conectada con el id. { $id }.
errors-no-smart-card-service = No se ha encontrado ningún servicio de tarjetas inteligentes; inicia pcscd (en Windows, el servicio Tarjeta inteligente) para usar llaves NFC.
errors-os-permission-denied = El sistema no ha permitido el acceso a la llave: { $reason }
errors-protocol = La llave ha enviado una respuesta que KeyGuide no ha podido leer ({ $detail }). Retira la llave, vuelve a insertarla y reinténtalo.
errors-other = Algo ha fallado al comunicarse con la llave ({ $detail }). Retira la llave, vuelve a insertarla y reinténtalo.

## A CTAP status with no message above (CTAP 2.1 §8.2)
# $code: the status code in hex (0x7F), for support; not translated.
errors-status-unsupported = Esta llave no admite esta solicitud (código { $code }). Actualizar el firmware de la llave o usar otra llave puede ayudar.
errors-status-request-rejected = La llave ha rechazado la solicitud de KeyGuide por no ser válida (código { $code }). Retira la llave, vuelve a insertarla y reinténtalo; si vuelve a ocurrir, infórmalo con este código.
errors-status-channel = La conexión con la llave se ha desincronizado (código { $code }). Retira la llave, vuelve a insertarla y reinténtalo.
errors-status-pending = La llave sigue ocupada con una solicitud anterior (código { $code }). Espera un momento y reinténtalo.
errors-status-no-operations = La llave no tenía ninguna acción pendiente que continuar (código { $code }). Vuelve a empezar la acción.
errors-status-invalid-credential = La llave no ha reconocido esta clave de acceso (código { $code }). Actualiza la lista y reinténtalo.
errors-status-credential-excluded = Esta llave ya tiene una clave de acceso para esta cuenta (código { $code }). No se ha cambiado nada.
errors-status-large-blob-full = El espacio de la llave para datos adicionales de las claves de acceso está lleno (código { $code }). Elimina las claves de acceso que ya no necesites y reinténtalo.
errors-status-up-required = Para esto tienes que tocar la llave (código { $code }). Reinténtalo y toca la llave cuando parpadee.
errors-status-integrity = La llave ha detectado que unos datos recibidos o almacenados no han superado una comprobación (código { $code }). Reinténtalo; si vuelve a ocurrir, infórmalo con este código.
errors-status-other = La llave ha sufrido un error interno y no ha terminado (código { $code }). Retira la llave, vuelve a insertarla y reinténtalo. Si vuelve a ocurrir, puede que la llave esté averiada.
errors-status-unknown = La llave ha indicado un error que KeyGuide no conoce (código { $code }). Retira la llave, vuelve a insertarla y reinténtalo. Si vuelve a ocurrir, facilita este código a tu soporte informático.
