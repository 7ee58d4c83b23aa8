## keyguide doctor y la página «Comprobar este equipo» de los ajustes de la app (src/doctor.rs).

doctor-title = Comprobar este equipo
doctor-intro = Qué podría impedir en este equipo que KeyGuide llegue a sus llaves, y cómo arreglarlo. No se envía nada a ninguna llave.
doctor-run = Comprobar ahora
doctor-running = Comprobando…
doctor-status-ok = Correcto
doctor-status-info = Nota
doctor-status-warning = Aviso
doctor-status-problem = Problema
doctor-check-smart-card-service = Servicio de tarjetas inteligentes (lectores NFC)
doctor-check-usb-access = Acceso a llaves USB
doctor-check-udev-rule = Regla de dispositivo para llaves de seguridad
doctor-check-elevation = Permisos de administrador
doctor-check-keys = Llaves que ve este equipo
doctor-check-log-folder = Carpeta de registros
doctor-pcsc-readers = El servicio de tarjetas inteligentes está en marcha. { $count ->
    [one] Lector: { $readers }.
   *[other] { $count } lectores: { $readers }.
}
doctor-pcsc-no-readers = El servicio de tarjetas inteligentes está en marcha, pero no hay ningún lector NFC o de tarjetas conectado.
doctor-pcsc-no-readers-fix = Para usar una llave por NFC, conecte un lector. Las llaves USB no lo necesitan.
doctor-pcsc-no-service = El servicio de tarjetas inteligentes no está en marcha, así que no se pueden usar lectores NFC.
doctor-pcsc-error = El servicio de tarjetas inteligentes respondió con un error: { $error }.
doctor-pcsc-fix-linux = Instale e inicie pcscd (en Debian y Ubuntu con los comandos de abajo; en Fedora: sudo dnf install pcsc-lite).
doctor-pcsc-fix-windows = Inicie el servicio «Tarjeta inteligente»: abra Servicios (services.msc), busque Tarjeta inteligente y elija Iniciar.
doctor-pcsc-fix-macos = macOS inicia su servicio de tarjetas inteligentes al conectar un lector. Vuelva a conectar el lector o reinicie el Mac.
doctor-usb-none = No hay ninguna llave de seguridad USB conectada.
doctor-usb-ok = { $count ->
    [one] KeyGuide puede usar la llave de seguridad USB conectada.
   *[other] KeyGuide puede usar las { $count } llaves de seguridad USB conectadas.
}
doctor-usb-refused = El sistema no le permite abrir { $devices }, así que KeyGuide no puede usar esa llave.
doctor-udev-found = Hay una regla de dispositivo para llaves de seguridad instalada: { $rules }.
doctor-udev-missing = No hay ninguna regla de dispositivo para llaves de seguridad instalada. Puede que las llaves solo funcionen para administradores, o solo hasta el próximo inicio de sesión.
doctor-udev-missing-fix = Instale la regla de KeyGuide con los comandos de abajo y luego desconecte y vuelva a conectar su llave.
doctor-elevation-needed = Esta versión de Windows solo deja a los administradores comunicarse directamente con las llaves de seguridad.
doctor-elevation-ok = KeyGuide puede comunicarse directamente con las llaves de seguridad.
doctor-keys-none = No hay ninguna llave de seguridad conectada.
doctor-keys-none-fix = Inserte su llave o acérquela al lector NFC.
doctor-keys-found = { $count ->
    [one] Una llave: { $keys }.
   *[other] { $count } llaves: { $keys }.
}
doctor-logs = Los registros se escriben en { $folder }.
doctor-logs-not-writable = KeyGuide no puede escribir sus registros en { $folder }.
doctor-logs-no-folder = Este sistema no tiene carpeta para los registros de KeyGuide (¿no hay carpeta personal?).
