# La configuración guiada para una cuenta profesional o educativa (Microsoft Entra ID).

guide-title = Usar esta llave en el trabajo o centro educativo
guide-intro = Tu organización te hace iniciar sesión con una cuenta de Microsoft (Microsoft Entra ID). Esta guía comprueba tu llave, te acompaña para añadirla en la página «Información de seguridad» y confirma que ha funcionado.

guide-tab-check = Comprobar la llave
guide-tab-register = Añadirla a tu cuenta
guide-tab-confirm = Confirmar
guide-tab-windows = Inicio en Windows
guide-tab-help = Solución de problemas
guide-tab-it = Para TI

guide-next = Siguiente
guide-previous = Anterior
guide-step-of = Paso { $step } de { $total }
guide-on-the-page = En la página web
guide-in-keyguide = En KeyGuide

## Comprobación

guide-check-title = ¿Está lista esta llave?
guide-check-intro = KeyGuide comprueba lo que necesita el inicio de sesión de tu organización. Corrige lo marcado en rojo antes de añadir la llave.
guide-check-unlock = Comprobar con el PIN
guide-check-unlock-detail = Los huecos libres para llaves de acceso y si ya hay una del trabajo o centro educativo solo se pueden leer con el PIN de la llave.
guide-check-ready = Esta llave está lista. Continúa para añadirla a tu cuenta.
guide-check-not-ready = Corrige primero lo marcado en rojo.
guide-check-continue = Añadirla a mi cuenta

guide-check-capabilities = Compatible con el inicio de sesión de Microsoft
guide-check-capabilities-ok = La llave admite llaves de acceso guardadas en ella, un PIN y la extensión hmac-secret.
guide-check-capabilities-missing = A esta llave le falta lo que necesita el inicio de sesión de Microsoft: { $missing }. Tu organización no puede usarla; pide otra llave.
guide-capability-fido2 = FIDO2
guide-capability-discoverable = llaves de acceso guardadas en la llave
guide-capability-pin = un PIN
guide-capability-hmac-secret = la extensión hmac-secret

guide-check-pin = Hay un PIN establecido
guide-check-pin-ok = La llave tiene un PIN. Lo escribirás en la página web.
guide-check-pin-missing = La llave aún no tiene PIN. La página web te pedirá uno, así que establécelo aquí primero.
guide-check-pin-blocked = El PIN está bloqueado. Solo un restablecimiento vuelve a hacer utilizable la llave, y la borra.
guide-check-pin-change = La llave pide un PIN nuevo antes de poder usarse.
guide-fix-set-pin = Establecer PIN
guide-fix-change-pin = Cambiar el PIN
guide-fix-reset = Ir a Restablecer

guide-check-fingerprint = Hay una huella registrada (opcional)
guide-check-fingerprint-ok = Puedes iniciar sesión con el dedo en lugar del PIN.
guide-check-fingerprint-missing = No hace falta para registrarla, pero con una huella inicias sesión sin escribir el PIN.
guide-fix-add-fingerprint = Añadir una huella

guide-check-slots = Espacio para una llave de acceso nueva
guide-check-slots-ok = La llave tiene espacio para otra llave de acceso.
guide-check-slots-full = La llave está llena. Elimina primero una llave de acceso que ya no necesites.
guide-check-slots-unknown = Desbloquea la llave con su PIN para comprobarlo.
guide-fix-passkeys = Abrir Llaves de acceso

guide-check-certification = Certificada por FIDO
guide-check-certification-ok = Este modelo está certificado por FIDO y su certificación sigue vigente.
guide-check-certification-revoked = La FIDO Alliance ha revocado la certificación de este modelo. Las organizaciones que comprueban la certificación rechazarán la llave.
guide-check-certification-unlisted = Este modelo no está en los metadatos FIDO que incluye KeyGuide. Si tu organización exige atestación, puede rechazar la llave: pregunta a tu departamento de TI.
guide-check-certification-uncertified = Este modelo figura en la lista, pero no está certificado por FIDO. Si tu organización exige atestación, puede rechazar la llave.

guide-check-existing = Llave de acceso del trabajo o centro educativo
guide-check-existing-none = La llave aún no tiene ninguna llave de acceso del trabajo o centro educativo.
guide-check-existing-found = { $count ->
    [one] La llave ya contiene una llave de acceso del trabajo o centro educativo. Solo necesitas otra para una cuenta distinta.
   *[other] La llave ya contiene { $count } llaves de acceso del trabajo o centro educativo. Solo necesitas otra para una cuenta distinta.
}
guide-check-existing-unknown = Desbloquea la llave con su PIN para comprobarlo.

## Los pasos en la página «Información de seguridad» de Microsoft

guide-register-title = Añadir la llave a tu cuenta
guide-step-before-title = Antes de empezar
guide-step-before = Deben estar ya listas dos cosas:
guide-step-before-admin = • Tu organización ha permitido las llaves de seguridad (llaves de acceso) para iniciar sesión. Si no estás seguro, pregunta a tu departamento de TI.
guide-step-before-mfa = • Ya tienes otra forma de demostrar que eres tú, por ejemplo la app Microsoft Authenticator o un número de teléfono. La página la pide antes de dejarte añadir una llave.
guide-step-before-limit = Puedes añadir hasta { $max } llaves de seguridad a una cuenta.

guide-step-open-title = Abrir «Información de seguridad»
guide-step-open = Abre la página «Información de seguridad» en el navegador e inicia sesión con tu cuenta profesional o educativa si te lo pide.
guide-step-open-button = Abrir Información de seguridad
guide-step-open-copy = Copiar la dirección
guide-step-open-opened = La página se abre en tu navegador. Vuelve aquí para el siguiente paso.

guide-step-add-title = Agregar un método de inicio de sesión
guide-step-add = En la página «Información de seguridad», selecciona «+ Agregar método de inicio de sesión».
guide-step-add-detail = Si la página te pide que vuelvas a iniciar sesión o que confirmes tu identidad, hazlo primero.

guide-step-choose-title = Elegir «Llave de seguridad»
guide-step-choose = En la lista de métodos, elige «Llave de seguridad» (algunas organizaciones lo llaman «Clave de acceso») y selecciona Agregar.
guide-step-choose-missing = ¿No aparece «Llave de seguridad» en la lista? Tu organización aún no la ha permitido: consulta Solución de problemas.

guide-step-transport-title = USB o NFC
guide-step-transport = La página pregunta cómo se conecta la llave. Elige «Dispositivo USB» si está enchufada o «Dispositivo NFC» si la acercas a un lector.
guide-step-transport-yours = { $transport ->
    [usb] Tu llave está conectada por USB: elige «Dispositivo USB».
    [nfc] Tu llave está sobre un lector NFC: elige «Dispositivo NFC».
   *[other] Elige cómo se conecta tu llave real.
}
guide-step-transport-browser = Después, tu navegador o Windows abre su propia ventana de llave de seguridad. Mantén la llave conectada.

guide-step-pin-title = Introducir el PIN de la llave
guide-step-pin = La ventana pide el PIN de la llave. Escribe el PIN que estableciste para esta llave, no la contraseña de tu cuenta.
guide-step-pin-none = ¿Aún no tienes PIN? La ventana te pedirá que crees uno. También puedes establecerlo antes en KeyGuide.
guide-step-pin-retries = { $count ->
    [one] Cuidado: queda { $count } intento antes de que el PIN se bloquee.
   *[other] Quedan { $count } intentos antes de que el PIN se bloquee.
}

guide-step-touch-title = Tocar la llave
guide-step-touch = Cuando la ventana lo pida, toca el botón o el sensor de la llave. Puede parpadear mientras espera.
guide-step-touch-detail = Con una llave de huella, tócala con un dedo que hayas registrado.

guide-step-name-title = Poner nombre a la llave
guide-step-name = De vuelta en la página, ponle a la llave un nombre que reconozcas después, por ejemplo «{ $name }», y selecciona Siguiente.

guide-step-done-title = Seleccionar Listo
guide-step-done = La página muestra la llave entre tus métodos de inicio de sesión. Selecciona Listo.
guide-step-done-button = Ya he añadido la llave
guide-step-done-detail = Después, KeyGuide comprueba que la llave contiene ahora tu llave de acceso del trabajo o centro educativo.

## Confirmación

guide-confirm-title = ¿Ha funcionado?
guide-confirm-checking = Leyendo las llaves de acceso de la llave…
guide-confirm-unlock = Desbloquea la llave con su PIN para que KeyGuide busque la nueva llave de acceso.
guide-confirm-check = Comprobar la llave
guide-confirm-found = { $count ->
    [one] Ha funcionado: la llave contiene una llave de acceso para login.microsoft.com. Ya puedes iniciar sesión con ella en tu cuenta profesional o educativa.
   *[other] Ha funcionado: la llave contiene { $count } llaves de acceso para login.microsoft.com. Ya puedes iniciar sesión con ella en tus cuentas profesionales o educativas.
}
guide-confirm-not-found = KeyGuide no ha encontrado ninguna llave de acceso para login.microsoft.com en esta llave.
guide-confirm-not-found-detail = Comprueba que la página «Información de seguridad» muestra la llave y que seleccionaste Listo. Si la página mostró un error, consulta Solución de problemas. Después, vuelve a comprobarlo.
guide-confirm-next = Siguiente: iniciar sesión en Windows

## Inicio de sesión en Windows

guide-windows-title = Iniciar sesión en Windows con la llave
guide-windows-intro = En un equipo del trabajo preparado para ello, la pantalla de bloqueo ofrece la llave como forma de iniciar sesión.
guide-windows-how = Cómo iniciar sesión:
guide-windows-how-1 = 1. En la pantalla de bloqueo, selecciona «Opciones de inicio de sesión».
guide-windows-how-2 = 2. Elige el icono de la llave de seguridad.
guide-windows-how-3 = 3. Inserta la llave (o acércala al lector), escribe su PIN y tócala.
guide-windows-needs = Lo que necesita el equipo (lo configura tu departamento de TI):
guide-windows-needs-version = • { $version } o posterior.
guide-windows-needs-join = • El equipo está unido a Microsoft Entra ID o unido de forma híbrida.
guide-windows-needs-policy = • El inicio de sesión con llave de seguridad está activado para él (con Intune, un paquete de aprovisionamiento o una directiva de grupo).
guide-windows-no-option = ¿No aparece la opción de llave de seguridad en la pantalla de bloqueo? Entonces no está activada en este equipo: pregunta a tu departamento de TI y enséñale la página para TI.

## Solución de problemas

guide-help-title = Solución de problemas
guide-help-pin-blocked = El PIN está bloqueado
guide-help-pin-blocked-detail = Tras demasiados PIN incorrectos, la llave rechaza cualquier PIN. No se puede desbloquear: un restablecimiento la vuelve a hacer utilizable y borra todas sus llaves de acceso. Después, añádela de nuevo a tu cuenta.
guide-help-refused = Tu organización rechaza la llave
guide-help-refused-detail = Las organizaciones pueden permitir solo ciertos modelos de llave, identificados por su AAGUID, y aceptar solo modelos certificados por FIDO. Da a tu departamento de TI el AAGUID de esta llave:
guide-help-copy-aaguid = Copiar AAGUID
guide-help-allowed-list = ¿Te ha dado tu departamento de TI la lista de AAGUID permitidos? Pégala aquí para comprobar esta llave:
guide-help-check-list = Comprobar
guide-help-list-nothing = No se ha encontrado ningún AAGUID en el texto pegado. Un AAGUID tiene este aspecto: { $example }.
guide-help-list-listed = { $total ->
    [one] El AAGUID de esta llave es el de la lista: la organización permite este modelo.
   *[other] El AAGUID de esta llave está entre los { $total } de la lista: la organización permite este modelo.
}
guide-help-list-not-listed = { $total ->
    [one] El AAGUID de esta llave no está en la lista (se ha encontrado 1 AAGUID). La organización rechazará este modelo: pide una llave permitida.
   *[other] El AAGUID de esta llave no está en la lista (se han encontrado { $total } AAGUID). La organización rechazará este modelo: pide una llave permitida.
}
guide-help-full = No hay espacio para otra llave de acceso
guide-help-full-detail = Cada llave tiene un número limitado de huecos. Elimina en Llaves de acceso las que ya no uses y vuelve a intentarlo.
guide-help-browser = El navegador no ofrece la llave de seguridad
guide-help-browser-detail = Usa una versión actual de Microsoft Edge, Google Chrome, Firefox o Safari. En Windows, elige «Llave de seguridad» en la ventana de Windows (no tu teléfono ni tu cara). Cierra otros programas que puedan estar usando la llave, desconéctala y vuelve a conectarla, e inténtalo de nuevo. Si «Llave de seguridad» no aparece entre los métodos, tu organización aún no la ha permitido.
