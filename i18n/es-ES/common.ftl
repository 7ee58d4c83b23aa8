# Palabras y frases que comparten muchas pantallas.

common-retries-left = { $count ->
    [one] Queda { $count } intento
   *[other] Quedan { $count } intentos
}
common-reading-key = Leyendo la llave…
common-cancel = Cancelar
common-back = Atrás
common-dismiss = Cerrar
common-saved = Guardado.
common-copy = Copiar
common-pin-retries-before-block = { $count ->
    [one] Queda { $count } intento antes de que el PIN se bloquee.
   *[other] Quedan { $count } intentos antes de que el PIN se bloquee.
}
common-save = Guardar
