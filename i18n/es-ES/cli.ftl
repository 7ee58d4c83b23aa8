# La línea de comandos: lo que muestra a las personas. Los nombres de
# comandos y opciones, la salida --json y los mensajes de error de clap no
# se traducen. Las palabras entre `acentos graves` son comandos.

## --help: los comandos

cli-about = Gestiona tus llaves de seguridad FIDO2. Sin comando, abre la aplicación.
cli-about-devices = Listar las llaves conectadas.
cli-about-info = Mostrar qué es la llave y cómo está configurada.
cli-about-pin = Establecer, cambiar o consultar el PIN.
cli-about-pin-set = Establecer un PIN en una llave que no tiene.
cli-about-pin-change = Cambiar el PIN.
cli-about-pin-retries = Mostrar cuántos intentos de PIN quedan.
cli-about-passkeys = Listar, eliminar o editar llaves de acceso (credenciales detectables).
cli-about-passkeys-list = Listar las llaves de acceso agrupadas por sitio.
cli-about-passkeys-delete = Eliminar una llave de acceso.
cli-about-passkeys-update-user = Cambiar el nombre de usuario y el nombre visible de una llave de acceso.
cli-about-fingerprints = Listar, registrar, renombrar o eliminar huellas.
cli-about-fingerprints-list = Listar las huellas registradas.
cli-about-fingerprints-enroll = Registrar una huella nueva (toca el sensor varias veces).
cli-about-fingerprints-rename = Cambiar el nombre de una huella.
cli-about-fingerprints-remove = Eliminar una huella.
cli-about-config = Cambiar los ajustes de la llave.
cli-about-config-always-uv = Exigir siempre el PIN o una huella, aunque el sitio no lo pida.
cli-about-config-min-pin-length = Aumentar la longitud mínima del PIN.
cli-about-config-force-pin-change = Obligar a cambiar el PIN antes de volver a usar la llave.
cli-about-config-enterprise-attestation = Activar la atestación empresarial (TI): la llave podrá identificarse de forma individual ante los sitios de su organización. Solo un restablecimiento la desactiva.
cli-help-config-enterprise-attestation-yes = No pedir confirmación.
cli-about-reset = Borrar la llave: PIN, llaves de acceso y huellas. No se puede deshacer.
cli-about-identify = Hacer parpadear una llave para saber cuál es (tócala).
cli-about-genuine = Comprobar que la llave es un modelo auténtico incluido en los metadatos FIDO (firma una prueba para un sitio inventado y no guarda nada).
cli-about-doctor = Comprobar este equipo: servicio de tarjetas inteligentes, acceso USB, llaves detectadas, carpeta de registros.
cli-about-report = Escribir un informe de la llave (sin secretos ni nombres de cuenta) en JSON y HTML: FILE.json y FILE.html. Con --pin-stdin incluye el número de llaves de acceso.
cli-about-virtual = Crear y controlar llaves virtuales (pruebas, demostraciones y formación).
cli-about-virtual-create = Crear un archivo de llave virtual.
cli-about-virtual-seed = Crear llaves de acceso en una llave virtual por la ruta normal del cliente.
cli-about-virtual-replug = Desconectar y volver a conectar una llave virtual (ciclo de encendido).
cli-about-virtual-serve-vpcd = Servir una llave virtual como tarjeta NFC en el lector virtual vpcd de pcscd (paquete vsmartcard-vpcd) hasta que se detenga. El archivo de la llave pertenece a este comando mientras se ejecuta: no lo modifiques entretanto con otros comandos.
cli-about-help = Mostrar este mensaje o la ayuda del comando indicado.

## --help: las opciones y argumentos

cli-help-virtual-key = Usar la llave virtual guardada en este archivo en lugar de una llave real.
cli-help-device = Usar la llave con este id. (consulta `keyguide devices`).
cli-help-pin-stdin = Leer los PIN de la entrada estándar, uno por línea (primero el actual y luego el nuevo).
cli-help-stats = Mostrar cuántos comandos CTAP ha enviado la operación (en la salida de errores).
cli-help-json = Salida legible por máquinas en la salida estándar.
cli-help-demo = Abrir la aplicación con una llave virtual integrada (no hace falta una llave real).
cli-help-demo-profile = Con --demo: el perfil de la llave virtual: bio (predeterminado), pre, basic o ctap22 (una llave más nueva: reglas de PIN, bloques grandes, reglas de restablecimiento).
cli-help-theme = Los colores de la aplicación: system (como el sistema), light o dark.
cli-help-verbose = Escribir también el registro en el terminal.
cli-help-language = El idioma de los textos de KeyGuide en esta ejecución: en-US, de-DE, fr-FR, es-ES, ja-JP o zh-CN. Sin ella, el ajuste de la aplicación o el idioma del sistema.
cli-help-help = Mostrar la ayuda.
cli-help-version = Mostrar la versión.
cli-help-passkeys-delete-credential-id = El id. de la llave de acceso, tal como lo muestra `keyguide passkeys list`.
cli-help-passkeys-delete-yes = No pedir confirmación.
cli-help-passkeys-update-user-credential-id = El id. de la llave de acceso, tal como lo muestra `keyguide passkeys list`.
cli-help-passkeys-update-user-name = El nuevo nombre de usuario (a menudo una dirección de correo).
cli-help-passkeys-update-user-display-name = El nuevo nombre visible (a menudo el nombre completo de la persona).
cli-about-passkeys-export = Guardar la lista de sitios y cuentas de la llave (sin secretos): CSV, o JSON con --json o un nombre .json. Consérvela antes de restablecer.
cli-help-passkeys-export-file = El archivo que se escribe.
cli-help-passkeys-export-force = Reemplazar el archivo si ya existe.
cli-about-passkeys-compare = Mostrar los sitios y cuentas que están en esta llave y no en otra, o al revés.
cli-help-passkeys-compare-with = La otra llave: su id de dispositivo (vea keyguide devices) o un archivo de llave virtual.
cli-help-fingerprints-enroll-name = Un nombre para la huella nueva, como «Índice izquierdo».
cli-help-fingerprints-rename-id = El id. de la huella, tal como lo muestra `keyguide fingerprints list`.
cli-help-fingerprints-rename-name = El nombre nuevo.
cli-help-fingerprints-remove-id = El id. de la huella, tal como lo muestra `keyguide fingerprints list`.
cli-help-fingerprints-remove-yes = No pedir confirmación.
cli-help-config-always-uv-state = on u off.
cli-help-config-min-pin-length-length = El nuevo mínimo, en caracteres (hasta 63). Solo puede aumentar.
cli-help-reset-yes = No pedir confirmación.
cli-help-report-out = Dónde escribir; se añaden las extensiones .json y .html.
cli-help-virtual-create-file = El nuevo archivo de llave (nunca se sobrescribe un archivo existente).
cli-help-virtual-create-profile = El tipo de llave: bio, pre, basic o mds:<aaguid> para un modelo de los metadatos FIDO.
cli-help-virtual-create-quirk = Responder como algunas llaves reales en lugar de como dice la especificación. forced-change-policy-violation: un PIN correcto durante un cambio de PIN obligatorio recibe PIN_POLICY_VIOLATION en lugar de PIN_INVALID. Se puede indicar varias veces.
cli-help-virtual-seed-file = El archivo de la llave virtual.
cli-help-virtual-seed-passkeys = Cuántas llaves de acceso crear.
cli-help-virtual-seed-sites = Entre cuántos sitios repartirlas.
cli-help-virtual-replug-file = El archivo de la llave virtual.
cli-help-virtual-serve-vpcd-file = El archivo de la llave virtual.
cli-help-virtual-serve-vpcd-host = Dónde escucha vpcd (mantenlo en este equipo).
cli-help-virtual-serve-vpcd-port = El puerto del lector de vpcd; 35963 es el primero («Virtual PCD 00 00»).

## --help: los títulos de sección

cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones

## Ejecución de un comando

cli-could-not-start = no se ha podido iniciar: { $error }
cli-stats-commands-sent = Comandos CTAP enviados: { $count }
cli-json-failed = no se ha podido escribir el JSON: { $error }

## Preguntas y peticiones de PIN

cli-prompt-current-pin = PIN de la llave:
cli-prompt-new-pin = { $min ->
    [one] PIN nuevo (al menos { $min } carácter):
   *[other] PIN nuevo (al menos { $min } caracteres):
}
cli-prompt-repeat-pin = Repite el PIN nuevo:
cli-stdin-ended = La entrada estándar terminó antes de leer todos los PIN.
cli-stdin-not-utf8 = La entrada estándar no es texto UTF-8 válido; indica cada PIN en una línea de texto.
cli-no-terminal-for-pin = No hay terminal para pedir el PIN; pásalo por la entrada estándar con --pin-stdin.
cli-no-terminal-to-confirm = Esto no se puede deshacer y no hay terminal para confirmarlo; añade --yes.
cli-confirm-type-word = Escribe { $word } para continuar:

## Lo que pide la llave mientras se ejecuta un comando

cli-touch-key = Toca ahora tu llave de seguridad.
cli-touch-sensor = Toca el sensor de huellas.
cli-sample-good = Bien.
cli-sample-too-high = Demasiado arriba: coloca el dedo más abajo.
cli-sample-too-low = Demasiado abajo: coloca el dedo más arriba.
cli-sample-too-left = Demasiado a la izquierda: mueve el dedo a la derecha.
cli-sample-too-right = Demasiado a la derecha: mueve el dedo a la izquierda.
cli-sample-too-fast = Demasiado rápido: deja el dedo un poco más.
cli-sample-too-slow = Demasiado lento: levanta el dedo antes.
cli-sample-poor-quality = No se ve bien: limpia y seca el dedo y apóyalo plano.
cli-sample-too-skewed = Torcido: coloca el dedo recto.
cli-sample-too-short = Demasiado breve: deja el dedo sobre el sensor un poco más.
cli-sample-merge-failure = No se ha podido combinar este toque: inténtalo de nuevo.
cli-sample-already-exists = Esta huella ya está registrada.
cli-sample-no-user-activity = No se detecta ningún dedo: toca el sensor.
cli-sample-no-user-presence-transition = Levanta el dedo y vuelve a tocar.
cli-sample-unknown = No aceptado: inténtalo de nuevo.
cli-sample-complete = { $advice } Huella completada.
cli-sample-again = { $advice } Levanta y vuelve a tocar (faltan { $remaining }).

## devices

cli-devices-none = No se ha encontrado ninguna llave de seguridad. Inserta tu llave de seguridad (o acércala al lector).
cli-devices-on-reader = { $label } en el lector «{ $reader }»

## info

cli-yes = sí
cli-no = no
cli-info-warning = AVISO: { $warning }
cli-info-aaguid = AAGUID
cli-info-versions = Versiones de FIDO
cli-info-firmware = Firmware
cli-info-transports = Transportes
cli-info-certification = Certificación
cli-info-pin = PIN
cli-info-min-pin-length = Longitud mínima del PIN
cli-info-fingerprints = Huellas
cli-info-passkeys = Llaves de acceso
cli-info-passkey-management = Gestión de llaves de acceso
cli-info-always-uv = Exigir siempre el PIN
cli-info-pin-not-supported = no compatible
cli-info-pin-not-set = sin establecer (establece uno con `keyguide pin set`)
cli-info-pin-set = establecido
cli-info-pin-set-retries = { $count ->
    [one] establecido, queda { $count } intento
   *[other] establecido, quedan { $count } intentos
}
cli-info-pin-power-cycle = bloqueado hasta que retires y vuelvas a insertar la llave
cli-info-force-pin-change = Hay que cambiar el PIN antes de poder usar la llave.
cli-info-fingerprints-enrolled = compatible, registradas
cli-info-fingerprints-none = compatible, ninguna registrada
cli-info-fingerprints-unsupported = no compatible
cli-info-passkeys-used = { $used } guardadas, espacio para { $remaining } más
cli-info-passkeys-room = espacio para { $remaining } más

## pin

cli-pin-retries = { $count ->
    [one] Queda { $count } intento de PIN.
   *[other] Quedan { $count } intentos de PIN.
}
cli-pin-retries-power-cycle = Retira la llave y vuelve a insertarla antes del siguiente intento.
cli-pin-set-done = El PIN está establecido.
cli-pin-changed = El PIN se ha cambiado.

## passkeys

cli-passkeys-summary = { $used ->
    [one] { $used } llave de acceso guardada, espacio para { $remaining } más.
   *[other] { $used } llaves de acceso guardadas, espacio para { $remaining } más.
}
cli-passkeys-user-and-display-name = { $name } ({ $display_name })
cli-passkeys-no-user-name = (sin nombre de usuario)
cli-passkeys-delete-confirm = ¿Eliminar la llave de acceso { $id }? Su cuenta ya no podrá iniciar sesión con esta llave.
cli-passkeys-deleted = La llave de acceso se ha eliminado.
cli-passkeys-user-updated = Los nombres de usuario de la llave de acceso se han actualizado.

## fingerprints

cli-fingerprints-none = No hay huellas registradas. Añade una con `keyguide fingerprints enroll`.
cli-fingerprints-no-name = (sin nombre)
cli-fingerprints-enrolled = Huella registrada (id. { $id }).
cli-fingerprints-renamed = Se ha cambiado el nombre de la huella.
cli-fingerprints-remove-confirm = ¿Eliminar la huella { $id }?
cli-fingerprints-removed = La huella se ha eliminado.

## config

cli-config-always-uv-on = La llave ahora pide siempre el PIN o una huella.
cli-config-always-uv-off = La llave pide el PIN o una huella solo cuando un sitio lo exige.
cli-config-min-pin-length-set = La longitud mínima del PIN es ahora { $length }.
cli-config-min-pin-length-set-change-pin = La longitud mínima del PIN es ahora { $length }. El PIN es más corto, así que hay que cambiarlo antes de volver a usar la llave.
cli-config-force-pin-change-done = Hay que cambiar el PIN antes de volver a usar la llave.
cli-config-enterprise-attestation-confirm = La atestación empresarial permite que esta llave se identifique de forma individual (por ejemplo, por su número de serie) ante los sitios que elijan su organización o el fabricante de la llave. Solo un restablecimiento de la llave la vuelve a desactivar.
cli-config-enterprise-attestation-done = La atestación empresarial está activada.

## reset e identify

cli-reset-confirm = Restablecer borra el PIN, todas las llaves de acceso y todas las huellas de esta llave. Las cuentas que la usan dejarán de aceptarla.
    Las llaves solo aceptan un restablecimiento en los 10 segundos aproximados después de conectarlas, y debes tocar la llave.
cli-reset-done = La llave se ha restablecido. Ya no tiene PIN, llaves de acceso ni huellas.
cli-identify-done = Esta es la llave que has tocado.

## report

cli-report-written = Informe escrito en { $json } y { $html }.
cli-report-not-written = No se ha podido escribir el informe: { $error }
cli-report-only-key = la única llave conectada

## virtual

cli-virtual-created = Se ha creado una llave virtual en { $path }.
cli-virtual-replugged = La llave virtual se ha retirado y vuelto a insertar.
cli-virtual-seeded = { $sites ->
    [one] { $count ->
        [one] Se ha creado { $count } llave de acceso para { $sites } sitio.
       *[other] Se han creado { $count } llaves de acceso para { $sites } sitio.
    }
   *[other] { $count ->
        [one] Se ha creado { $count } llave de acceso en { $sites } sitios.
       *[other] Se han creado { $count } llaves de acceso en { $sites } sitios.
    }
}
cli-virtual-serving = Sirviendo { $path } como tarjeta NFC en el lector vpcd de { $reader }.
cli-virtual-not-an-aaguid = '{ $aaguid }' no es un AAGUID (se esperaba la forma xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
cli-virtual-unknown-model = No hay ningún modelo con el AAGUID { $aaguid } en los metadatos FIDO.
cli-virtual-no-get-info = Los metadatos FIDO no tienen authenticatorGetInfo para { $model }.
cli-about-provision = Preparar llaves en cantidad según una directiva (personal de TI): llave tras llave hasta que escriba q, una fila del informe por llave.
cli-help-provision-policy = La directiva de preparación (TOML; vea examples/provision-policy.toml).
cli-help-provision-report = El informe que se crea (CSV, solo legible por usted; contiene los PIN).
cli-about-entra = Registrar una llave para un usuario en Microsoft Entra ID, sin conexión.
cli-about-entra-request = Mostrar la solicitud de Microsoft Graph que obtiene las opciones de creación de un usuario.
cli-help-entra-request-user = El id. de objeto o el nombre principal de usuario.
cli-help-entra-request-challenge-timeout = Cuánto tiempo es válido el desafío, en minutos (de 5 a 43200).
cli-about-entra-register = Crear la llave de acceso del usuario en la llave a partir de las opciones de creación y escribir el cuerpo que se envía a Microsoft Graph.
cli-help-entra-register-options = Las opciones de creación tal como las devolvió Microsoft Graph (JSON).
cli-help-entra-register-out = Dónde escribir el cuerpo del registro (JSON).
cli-help-entra-register-display-name = El nombre de la llave en la lista de métodos del usuario.
cli-about-blobs = Mostrar o vaciar el almacenamiento de bloques grandes (large blobs) de la llave: datos que los sitios guardan en ella.
cli-about-blobs-list = Cuánto espacio se usa y qué llaves de acceso tienen datos en él (con el PIN).
cli-about-blobs-clear = Borrar los datos de todos los sitios en el almacenamiento. Las llaves de acceso se conservan.
cli-help-blobs-clear-yes = No pedir confirmación.
cli-blobs-clear-confirm = Vaciar borra los datos que cada sitio guarda en el almacenamiento de bloques grandes de esta llave (por ejemplo, certificados). Las llaves de acceso se conservan, pero puede que los sitios tengan que guardar sus datos de nuevo.
cli-blobs-cleared = El almacenamiento de bloques grandes está vacío.
