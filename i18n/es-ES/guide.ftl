# La configuración guiada para una cuenta profesional o educativa (Microsoft Entra ID).

## Las etiquetas de Microsoft, tal como las muestra Microsoft. Cada paso que
## cita la página o la ventana de Microsoft usa estos términos: un cambio aquí
## actualiza todos los pasos (lo comprueba tests/ui_guide.rs). El texto propio
## de la app dice «llave»; las citas de Microsoft dicen lo que dice Microsoft
## («Clave de seguridad»). Etiquetas no verificadas en una página localizada
## de Microsoft Learn (ninguna estaba accesible); corregir aquí si difieren.
-ms-security-info = Información de seguridad
-ms-add-sign-in-method = + Agregar método de inicio de sesión
-ms-passkey = Clave de acceso
-ms-passkey-authenticator = Clave de acceso en Microsoft Authenticator
-ms-next = Siguiente
-ms-security-key = Clave de seguridad
-ms-use-another-device = Usar otro dispositivo
-ms-more-options = Más opciones
-ms-done = Listo
-ms-sign-in-options = Opciones de inicio de sesión

guide-title = Usar esta llave para el trabajo o los estudios
guide-intro = Tu organización te identifica con una cuenta de Microsoft (Microsoft Entra ID). Esta guía comprueba tu llave, te acompaña para añadirla en la página «{ -ms-security-info }» y confirma que ha funcionado.
guide-no-key = No hay ninguna llave abierta. Estas páginas explican cada paso; comprobar y confirmar necesitan la llave: conéctala y ábrela.

# Pestañas de la guía: cortas (caben seis en una fila).
guide-tab-check = Comprobar
guide-tab-register = Añadir
guide-tab-confirm = Confirmar
guide-tab-windows = Windows
guide-tab-help = Ayuda
guide-tab-it = Para TI

guide-next = Siguiente
guide-previous = Anterior
guide-step-of = Paso { $step } de { $total }
guide-on-the-page = En la página web
guide-in-keyguide = En KeyGuide

## Los pasos en la página Información de seguridad de Microsoft

guide-register-title = Añadir la llave a tu cuenta
guide-step-before-title = Antes de empezar
guide-step-before = Comprueba primero:
guide-step-before-admin = • Tu organización permite las claves de acceso (FIDO2) y que las configures tú. Si no estás seguro, pregunta a tu departamento de TI.
guide-step-before-mfa = • Microsoft pide iniciar sesión con un segundo método (por ejemplo Microsoft Authenticator o un SMS) y añadir la llave en los { $minutes } minutos siguientes: haz los próximos pasos de una vez.
guide-step-before-guest = • Las cuentas de invitado (invitadas desde otra organización) no pueden añadir claves de acceso.
guide-step-before-limit = Microsoft recomienda como máximo { $max } claves de acceso por cuenta.
guide-step-before-remember = KeyGuide anota qué claves de acceso del trabajo o los estudios tiene ya la llave, para reconocer la nueva al final.
guide-step-before-read = Anotar las claves de acceso
guide-step-before-noted = { $count ->
    [0] Anotado: la llave aún no tiene ninguna clave de acceso del trabajo o los estudios.
    [one] Anotado: la llave ya tiene 1 clave de acceso del trabajo o los estudios.
   *[other] Anotado: la llave ya tiene { $count } claves de acceso del trabajo o los estudios.
}

guide-step-open-title = Abrir «{ -ms-security-info }»
guide-step-open = Abre la página «{ -ms-security-info }» en el navegador e inicia sesión con tu cuenta del trabajo o de los estudios.
guide-step-open-button = Abrir { -ms-security-info }
guide-step-open-copy = Copiar la dirección
guide-step-open-opened = La página se abre en el navegador. Vuelve aquí para el paso siguiente.

guide-step-add-title = Añadir un método
guide-step-add = En la página «{ -ms-security-info }», selecciona «{ -ms-add-sign-in-method }».
guide-step-add-detail = Si la página te pide iniciar sesión de nuevo o confirmar tu identidad, hazlo primero.

guide-step-choose-title = Elegir «{ -ms-passkey }»
guide-step-choose = En la lista de métodos, elige «{ -ms-passkey }» y después selecciona «{ -ms-next }».
guide-step-choose-not-authenticator = No «{ -ms-passkey-authenticator }»: esa guarda la clave de acceso en la app de tu teléfono, no en tu llave.
guide-step-choose-missing = ¿No aparece «{ -ms-passkey }» en la lista? Tu organización aún no lo ha permitido para ti: consulta Ayuda.
guide-picture-methods = La lista de métodos. Elige la entrada resaltada, «{ -ms-passkey }».
guide-picture-methods-row = { -ms-passkey }

guide-step-save-title = Guardarla en la «{ -ms-security-key }»
guide-step-save = El navegador o Windows pregunta ahora dónde guardar la clave de acceso. Elige «{ -ms-security-key }».
guide-step-save-windows = Windows (cualquier navegador): la ventana puede ofrecer primero guardarla en Windows. Elige «{ -ms-use-another-device }» o «{ -ms-more-options }» y después «{ -ms-security-key }».
guide-step-save-chrome = Chrome en macOS o Linux muestra su propia ventana: elige la opción de llave de seguridad USB.
guide-step-save-edge = Edge funciona como Chrome en macOS y usa la ventana de Windows en Windows.
guide-step-save-macos = Safari y Firefox en macOS muestran la ventana del sistema: elige la opción de llave de seguridad, no el llavero de iCloud.
guide-picture-save = La ventana que pregunta dónde guardar la clave de acceso. Elige la entrada resaltada, «{ -ms-security-key }».
guide-picture-save-row = { -ms-security-key }

guide-step-pin-title = Conectar la llave y escribir el PIN
guide-step-pin-connect = { $transport ->
    [usb] Tu llave está conectada: déjala así.
    [nfc] Acerca la llave al lector NFC cuando la ventana lo pida.
   *[other] Conecta la llave, o acércala al lector, cuando la ventana lo pida.
}
guide-step-pin = La ventana pide el PIN de la llave. Escribe el PIN de esta llave, no la contraseña de tu cuenta.
guide-step-pin-none = ¿Aún no tiene PIN? La ventana te pide crear uno. También puedes definirlo antes en KeyGuide.
guide-step-pin-retries = { $count ->
    [one] Cuidado: queda { $count } intento antes de que se bloquee el PIN.
   *[other] Quedan { $count } intentos antes de que se bloquee el PIN.
}

guide-step-touch-title = Tocar la llave
guide-step-touch = Cuando la ventana lo pida, toca el botón o el sensor de la llave. Puede parpadear mientras espera.
guide-step-touch-detail = Con una llave de huella, tócala con un dedo registrado.

guide-step-name-title = Ponerle nombre y «{ -ms-done }»
guide-step-name = De vuelta en la página «{ -ms-security-info }», dale a la llave un nombre que reconozcas, por ejemplo «{ $name }», y selecciona «{ -ms-done }».
guide-step-done-button = He añadido la llave
guide-step-done-detail = KeyGuide vuelve a leer la llave y busca la nueva clave de acceso.

## Confirmación

guide-confirm-title = ¿Ha funcionado?
guide-confirm-checking = Leyendo las claves de acceso de la llave…
guide-confirm-unlock = Desbloquea la llave con su PIN para que KeyGuide busque la nueva clave de acceso.
guide-confirm-check = Comprobar la llave
guide-confirm-found = { $count ->
    [one] Ha funcionado: la llave tiene una clave de acceso nueva para esta cuenta del trabajo o los estudios:
   *[other] Ha funcionado: la llave tiene { $count } claves de acceso nuevas, para estas cuentas del trabajo o los estudios:
}
guide-confirm-account = • { $display } ({ $user })
guide-confirm-unnamed = (sin nombre guardado)
guide-confirm-not-found = KeyGuide no ha encontrado ninguna clave de acceso nueva para login.microsoft.com en esta llave.
guide-confirm-not-found-detail = Comprueba que la página «{ -ms-security-info }» muestra la nueva clave de acceso, que elegiste «{ -ms-security-key }» (no Windows ni tu teléfono) con esta llave y que seleccionaste «{ -ms-done }». Después vuelve a comprobar.
guide-confirm-older = { $count ->
    [one] La llave tiene además una clave de acceso anterior del trabajo o los estudios: no cuenta.
   *[other] La llave tiene además { $count } claves de acceso anteriores del trabajo o los estudios: no cuentan.
}
guide-confirm-no-baseline = KeyGuide no leyó la llave antes de empezar, así que no puede distinguir una clave de acceso nueva de una anterior. Vuelve al paso 1, deja que KeyGuide anote las claves de acceso y sigue los pasos desde ahí.
guide-confirm-start = Volver al paso 1
guide-confirm-next = Siguiente: iniciar sesión en Windows

## Inicio de sesión en Windows

guide-windows-title = Iniciar sesión en Windows con la llave
guide-windows-intro = En un PC del trabajo preparado para ello, la pantalla de bloqueo de Windows ofrece la llave para iniciar sesión.
guide-windows-how = Cómo iniciar sesión:
guide-windows-how-1 = 1. En la pantalla de bloqueo, selecciona «{ -ms-sign-in-options }».
guide-windows-how-2 = 2. Elige el icono de la llave de seguridad.
guide-windows-how-3 = 3. Conecta la llave (o acércala al lector), escribe su PIN y tócala.
guide-windows-this-pc = Este PC
guide-windows-reading = Leyendo la versión de Windows de este PC…
guide-windows-not-windows = Esta página trata de los PC con Windows. Este equipo no usa Windows, así que KeyGuide no puede comprobarlo: lo que sigue se aplica al PC con Windows en el que quieres iniciar sesión.
guide-windows-pc-version = { $name } { $version } (compilación { $build })
guide-windows-pc-join = { $join ->
    [entra] Unido a Microsoft Entra ID.
    [hybrid] Unido de forma híbrida: a Microsoft Entra ID y al dominio de tu organización.
    [domain] Unido solo a un dominio local.
    [none] No unido a ninguna organización (un PC personal o de grupo de trabajo).
   *[unknown] KeyGuide no ha podido leer cómo está unido este PC.
}
guide-windows-verdict-possible = Iniciar sesión en Windows con la llave puede funcionar en este PC. Si la pantalla de bloqueo no ofrece la llave, TI aún no lo ha activado para este PC.
guide-windows-verdict-update = Este PC necesita { $version } o posterior para iniciar sesión en Windows con una llave. Instala las actualizaciones de Windows o pregunta a TI.
guide-windows-verdict-not-joined = Iniciar sesión en Windows con una llave requiere un PC del trabajo unido a Microsoft Entra ID (o híbrido). En este PC, usa la llave en sitios web desde el navegador.
guide-windows-verdict-domain = Para iniciar sesión en Windows con una llave, el PC también debe estar unido a Microsoft Entra ID (unión híbrida); un dominio solo no basta. Pregunta a TI.
guide-windows-verdict-unknown = La versión es suficientemente reciente. Que funcione depende de cómo esté unido el PC: pregunta a TI.
guide-windows-browser-ok = En el navegador, la llave funciona en este PC.
guide-windows-browser-old = En el navegador, las llaves necesitan { $version } o posterior; KeyGuide puede gestionar la llave aquí de todos modos.
guide-windows-needs = Lo que necesita un PC (lo configura tu departamento de TI):
guide-windows-needs-entra = • Unido a Microsoft Entra ID: { $version } o posterior.
guide-windows-needs-hybrid = • Unido de forma híbrida (Entra ID y dominio): { $version } o posterior.
guide-windows-needs-policy = • El inicio de sesión con llave de seguridad activado (con Intune, un paquete de aprovisionamiento o una directiva de grupo).
guide-windows-needs-browser = Las llaves en el navegador necesitan { $version } o posterior. Windows 10 1809 no se puede desbloquear con una llave.
guide-windows-no-option = ¿No aparece la llave de seguridad en la pantalla de bloqueo? No está activada para este PC: pregunta a tu departamento de TI y enséñales la página para TI.

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
guide-help-browser-detail = Usa una versión actual de Microsoft Edge, Google Chrome, Firefox o Safari. En la ventana que pregunta dónde guardar la clave de acceso, elige «{ -ms-security-key }» (no Windows, tu teléfono ni tu cara). Cierra otros programas que puedan estar usando la llave, desconéctala y vuelve a conectarla, e inténtalo de nuevo. Si «{ -ms-passkey }» no aparece entre los métodos, tu organización aún no lo ha permitido.
