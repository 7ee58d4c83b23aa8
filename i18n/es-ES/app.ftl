app-copied = Copiado.
app-key-removed = Se ha retirado la llave.
app-pin-saved = El PIN está guardado. Recuérdalo: la llave no puede mostrártelo.
app-passkey-deleted = La llave de acceso se ha eliminado.
app-fingerprint-removed = La huella se ha eliminado.
app-setting-saved = El ajuste se ha guardado en la llave.
app-identified = Esa es esta llave.
app-reset-window-passed = La llave se ha negado: habían pasado más de 10 segundos desde que se conectó. Empieza de nuevo y toca la llave en cuanto vuelva a estar conectada.
app-reset-not-touched = No se tocó la llave a tiempo, así que no se ha borrado nada. Empieza de nuevo cuando estés listo.
app-reset-cancelled = Restablecimiento cancelado. No se ha borrado nada.
app-keep-on-reader = Mantén la llave sobre el lector hasta que termine.
app-nav-overview = Resumen
app-nav-pin = PIN
app-nav-fingerprints = Huellas
app-nav-passkeys = Llaves de acceso
app-nav-key-settings = Ajustes de la llave
app-nav-reset = Restablecer
app-nav-guide = Trabajo o estudios
app-all-keys = Todas las llaves
app-settings = Ajustes de la app
app-press-escape = Pulsa Esc o Cancelar para detenerlo.
app-unlock-title = Introduce el PIN de la llave
app-unlock-detail = KeyGuide lo pide una vez y olvida el PIN cuando cierras la llave.
app-unlock = Desbloquear
app-unlock-fingerprint = Usar tu huella
app-unlock-fingerprint-detail = Toca el sensor de la llave con un dedo registrado. El PIN también sirve.
app-unlock-fingerprint-retries = { $count ->
    [one] Queda { $count } intento de huella antes de necesitar el PIN.
   *[other] Quedan { $count } intentos de huella antes de necesitar el PIN.
}
app-theme = Tema
app-language = Idioma
app-report-saved = Informe guardado: { $html } y { $json }
app-report-not-saved = No se ha guardado el informe: { $error }
app-settings-not-saved = No se han podido guardar los ajustes: { $error }
app-reset-failed = { $error } No se ha borrado nada.
app-reset-seconds-left = { $seconds ->
    [one] Queda { $seconds } segundo para restablecer
   *[other] Quedan { $seconds } segundos para restablecer
}
app-busy-unlock = Comprobando el PIN…
app-busy-unlock-fingerprint = Esperando tu huella…
app-busy-set-pin = Estableciendo el PIN…
app-busy-change-pin = Cambiando el PIN…
app-busy-passkeys = Leyendo las llaves de acceso…
app-busy-delete-passkey = Eliminando la llave de acceso…
app-busy-saving = Guardando…
app-busy-fingerprints = Leyendo las huellas…
app-busy-enroll = Toca el sensor de huellas
app-busy-cancelling = Cancelando…
app-busy-renaming = Cambiando el nombre…
app-busy-remove-fingerprint = Eliminando la huella…
app-busy-setting = Guardando el ajuste…
app-busy-reset = Toca tu llave para confirmar el restablecimiento
app-busy-identify = Toca la llave que está parpadeando
app-report-dialog-title = Guardar informe
app-report-dialog-filter = Informe (HTML y JSON)
app-open-url-failed = No se ha podido abrir { $url } en el navegador: { $error }
app-no-home-folder = KeyGuide no ha encontrado tu carpeta personal.
app-pin-first = Esta llave aún no tiene PIN. Las llaves de acceso y las huellas se gestionan con el PIN de la llave: establece uno primero.
app-pin-first-button = Establecer un PIN
