pin-enter-current = Introduce el PIN actual.
pin-mismatch = Los dos PIN nuevos aún no coinciden.
pin-title-change = Cambiar el PIN
pin-title-set = Establecer un PIN
pin-not-supported = Esta llave no admite PIN.
pin-go-to-reset = Ir a Restablecer
pin-power-cycle = Tres PIN incorrectos seguidos: retira la llave, vuelve a insertarla y prueba una vez más.
pin-current = PIN actual
pin-new = PIN nuevo
pin-repeat = Repite el PIN nuevo
pin-submit-change = Cambiar PIN
pin-submit-set = Establecer PIN
pin-too-short = { $min ->
    [one] El PIN nuevo necesita al menos { $min } carácter.
   *[other] El PIN nuevo necesita al menos { $min } caracteres.
}
pin-blocked = El PIN está bloqueado tras demasiados intentos incorrectos. La llave no se puede desbloquear: un restablecimiento la vuelve a hacer utilizable y borra sus llaves de acceso y huellas.
pin-rules = Usa al menos { $min } caracteres. Valen letras, números y símbolos; un PIN más largo es más seguro.
pin-forced-change-title = Elige un PIN nuevo
pin-forced-change-detail = La llave exige un PIN nuevo antes de poder usarse. KeyGuide ha guardado el PIN que acabas de escribir: introduce el PIN nuevo dos veces.
pin-show = Mostrar los PIN
pin-hide = Ocultar los PIN
pin-too-long-for-key = En esta llave el PIN puede tener como máximo { $max } caracteres.
pin-rules-max = Esta llave acepta PIN de como máximo { $max } caracteres.
pin-policy = Esta llave también rechaza los PIN demasiado simples, como dígitos repetidos o consecutivos.
pin-policy-with-url = Esta llave también rechaza los PIN demasiado simples, como dígitos repetidos o consecutivos. Sus reglas: { $url }
