## keyguide doctor: lo que le falta a este equipo, cada cosa con su solución.

doctor-mark-ok = [ok]
doctor-mark-warning = [!]
doctor-mark-problem = [problema]
doctor-pcscd-running = El servicio de tarjetas inteligentes (pcscd) está en marcha: se pueden usar llaves NFC.
doctor-pcscd-not-running = El servicio de tarjetas inteligentes (pcscd) no está en marcha, así que KeyGuide no ve llaves en lectores NFC.
doctor-pcscd-fix-linux = Instálelo e inícielo: sudo apt install pcscd y después sudo systemctl enable --now pcscd.socket
doctor-pcscd-fix-other = Inicie el servicio «Tarjeta inteligente» (en Windows: services.msc, «Tarjeta inteligente»).
doctor-no-readers = El servicio de tarjetas inteligentes no ve ningún lector NFC.
doctor-no-readers-fix = Conecte un lector NFC para usar llaves por NFC. Las llaves USB no lo necesitan.
doctor-readers = { $count ->
    [one] { $count } lector NFC
   *[other] { $count } lectores NFC
}: { $names }
doctor-usb-no-keys = No hay ninguna llave de seguridad USB conectada, así que no se pudo comprobar el acceso a las llaves USB. Conecte una y vuelva a ejecutar la comprobación.
doctor-usb-access-ok = { $count ->
    [one] Puede abrir la llave de seguridad USB conectada.
   *[other] Puede abrir las { $count } llaves de seguridad USB conectadas.
}
doctor-usb-access-refused = El sistema no le deja abrir estas llaves de seguridad USB: { $nodes }
doctor-udev-rule-installed = La regla udev de KeyGuide ({ $rule }) está instalada.
doctor-udev-rule-missing = La regla udev de KeyGuide ({ $rule }) no está instalada. Muchas llaves funcionan sin ella gracias a las reglas del sistema; algunas no.
doctor-keys-none = KeyGuide no ve ninguna llave de seguridad ahora mismo.
doctor-keys-none-fix = Conecte una llave, o apóyela en el lector NFC, y vuelva a ejecutar la comprobación.
doctor-keys-seen = { $count ->
    [one] KeyGuide ve { $count } llave
   *[other] KeyGuide ve { $count } llaves
}: { $keys }
doctor-keys-error-fix = Desconecte la llave, conéctela de nuevo y vuelva a ejecutar la comprobación. Si vuelve a ocurrir, los registros tienen los detalles.
doctor-log-ok = Los registros se escriben en { $path }.
doctor-log-no-home = No hay carpeta personal, así que KeyGuide no guarda registros.
doctor-log-no-home-fix = Ejecute KeyGuide con un usuario que tenga carpeta personal.
doctor-log-not-writable = No se puede escribir en la carpeta de registros { $path }.
doctor-log-not-writable-fix = Haga suya la carpeta: sudo chown -R "$USER" { $path }
