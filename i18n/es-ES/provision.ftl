# Preparar llaves en cantidad (keyguide provision) y registrar llaves para
# usuarios en Microsoft Entra ID (keyguide entra). Los nombres de campo del
# archivo de directiva (pin.random_digits ...) se quedan como están: es lo
# que el usuario escribe en el archivo.

## El archivo de directiva
provision-policy-error = Línea { $line }, { $field }: { $problem }
provision-policy-syntax = no es válido aquí ({ $detail }).
provision-policy-no-pin = la directiva necesita una tabla [pin] con random_digits o temporary_digits.
provision-policy-two-pins = indique random_digits o temporary_digits, no ambos.
provision-policy-out-of-range = debe ser un número de { $min } a { $max }.
provision-policy-pin-shorter-than-minimum = el PIN tendría { $digits } dígitos, menos que la longitud mínima de { $min }.
provision-policy-temporary-not-forced = un PIN temporal siempre debe cambiarse: quite force_change o póngalo en true.
provision-policy-not-an-aaguid = «{ $value }» no es un AAGUID (como ee882879-721c-4913-9775-3dfcce97072a).
provision-policy-unknown-certification = «{ $value }» no es un nivel de certificación (L1, L1+, L2, L2+, L3 o L3+).
provision-policy-unreadable = No se pudo leer la directiva { $path }: { $error }
provision-policy-invalid = La directiva { $path } no es válida. { $error }

## Por qué se rechazó una llave
provision-refused-model = La directiva no permite este modelo ({ $aaguid }).
provision-refused-certification = La directiva exige { $wanted } o superior; este modelo tiene { $has }.
provision-refused-feature = La directiva necesita { $feature }, que esta llave no ofrece.
provision-refused-in-use = La llave ya está en uso (tiene un PIN) y se dejó como estaba. Restablézcala primero o active reset_first en la directiva.
provision-refused-key-minimum = La llave exige PIN de al menos { $min } caracteres; el PIN de la directiva tiene { $digits } dígitos.
provision-refused-passkeys = La llave ya contiene { $count } llaves de acceso. Ahora tiene el PIN del informe; no se cambió nada más. Restablézcala primero o active reset_first en la directiva.
provision-not-verified = Al volver a leer la llave, estos ajustes no se aplicaron: { $settings }.

## El lote
provision-report-not-created = No se pudo crear el informe { $path }: { $error } (un informe existente nunca se sobrescribe).
provision-report-not-written = No se pudo escribir en el informe: { $error }
provision-insert-first = Inserte una llave o colóquela en el lector. Escriba q y pulse Intro para terminar.
provision-key-working = Llave { $number } ({ $label }): preparándola, no la retire…
provision-insert-next = Retire la llave e inserte la siguiente (q e Intro para terminar).
provision-key-prepared = Llave { $number } ({ $model }): preparada.
provision-key-refused = Llave { $number } ({ $model }): rechazada. { $reason }
provision-key-failed = Llave { $number }: error. { $reason }
provision-summary-all = Las { $count } llaves están preparadas. Informe: { $path }
provision-summary-some-not = { $prepared } de { $total } llaves preparadas; las demás se rechazaron o fallaron (vea { $path }).
provision-one-virtual-key-only = Solo el comando provision admite --virtual más de una vez.

## Microsoft Entra ID
provision-entra-request-explained = Envíe esta solicitud con sus propias herramientas de Microsoft Graph, con la sesión iniciada como Administrador de autenticación o Administrador de autenticación con privilegios, con el permiso { $permission }. Guarde la respuesta en un archivo JSON y páselo a «keyguide entra register --options».
provision-entra-request-then = Después envíe el archivo que escribe «keyguide entra register --out» como cuerpo de: POST { $url } (Content-Type: application/json).
provision-entra-options-unreadable = No se pudieron leer las opciones de creación { $path }: { $error }
provision-entra-options-invalid = Las opciones de creación de { $path } no se pueden usar: { $error } No se hizo nada en la llave.
provision-entra-not-json = esto no es JSON ({ $detail }).
provision-entra-missing = falta { $field } o está vacío.
provision-entra-not-base64 = { $field } no está en base64url.
provision-entra-challenge-too-short = el desafío tiene { $bytes } bytes, menos de { $min }: no son opciones de Microsoft Graph.
provision-entra-expired = el desafío caducó el { $at }. Obtenga nuevas opciones de creación.
provision-entra-bad-date = challengeTimeoutDateTime «{ $value }» no es una fecha.
provision-entra-no-algorithm = las opciones no permiten ningún algoritmo que usen las llaves de seguridad (ES256, EdDSA o RS256).
provision-entra-timeout-out-of-range = la validez del desafío debe ser de { $min } a { $max } minutos.
provision-entra-out-exists = { $path } ya existe; elija otro archivo para el registro.
provision-entra-out-not-written = No se pudo escribir { $path }: { $error }
provision-entra-touch = Toque la llave para crear la llave de acceso.
provision-entra-registered = Llave de acceso para { $user } creada en la llave. Envíe { $path } a Microsoft Graph para registrarla.

## La pantalla de la app para el personal de TI (Preparar llaves para otros). El PIN nunca se muestra aquí: está en el informe.
provision-app-open = Preparar llaves para otros (TI)
provision-app-title = Preparar llaves para otros
provision-app-detail = Para el personal de TI: cada llave que conecte o acerque se prepara según el archivo de directiva y se escribe como una fila del informe, con el PIN que recibió. Guarde el informe en un lugar seguro: contiene los PIN.
provision-app-policy = Archivo de directiva (TOML)
provision-app-report = Archivo de informe que se creará (CSV)
provision-app-policy-missing = Escriba la ruta del archivo de directiva.
provision-app-report-missing = Escriba la ruta de un archivo de informe nuevo.
provision-app-report-exists = { $path } ya existe. Elija un nombre de archivo nuevo: un informe nunca se sobrescribe.
provision-app-start = Empezar
provision-app-stop = Detener
provision-app-insert-next = Conecte o acerque la siguiente llave.
provision-app-working = Preparando la llave { $number }. No la retire…
provision-app-insert-demo = Conectar la llave de demostración
provision-app-count = { $prepared } preparadas, { $failed } con error
provision-app-row-number = Llave { $number }
provision-app-result-prepared = Preparada
provision-app-result-refused = Rechazada
provision-app-result-failed = Error
