# La página de la guía para el personal de TI. Los valores (OMA-URI, rutas)
# se quedan exactamente como están.

## Etiquetas de Microsoft en el Centro de administración de Microsoft Entra,
## citadas por los mensajes de abajo. No verificadas en una página localizada
## de Microsoft Learn (ninguna accesible).
-ms-entra-id = Entra ID
-ms-security = Seguridad
-ms-authentication-methods = Métodos de autenticación
-ms-policies = Directivas
-ms-passkey-fido2 = Clave de acceso (FIDO2)
-ms-enable-and-target = Habilitar y establecer destino
-ms-configure = Configurar
-ms-allow-self-service = Permitir configuración de autoservicio
-ms-yes = Sí
-ms-default-profile = Perfil de clave de acceso predeterminado
-ms-enforce-attestation = Exigir atestación
-ms-wcd = Diseñador de configuración de Windows

it-staff-title = Para TI
it-staff-intro = Lo que configura un administrador para que las personas puedan registrar llaves de seguridad e iniciar sesión en Windows con ellas.
it-staff-enable = Permitir las llaves de seguridad
it-staff-enable-detail = En el Centro de administración de Microsoft Entra, abre { -ms-entra-id } > { -ms-security } > { -ms-authentication-methods } > { -ms-policies } > «{ -ms-passkey-fido2 }». En «{ -ms-enable-and-target }», habilítala y añade los usuarios o grupos que la necesiten.
it-staff-self-service = Dejar que los usuarios añadan su llave
it-staff-self-service-detail = En «{ -ms-configure }», pon «{ -ms-allow-self-service }» en «{ -ms-yes }». Si no, los usuarios no pueden añadir una clave de acceso en la página Información de seguridad, aunque el método esté habilitado.
it-staff-profiles = Perfiles de clave de acceso
it-staff-profiles-detail = Hasta { $max } perfiles, incluido «{ -ms-default-profile }», cada uno para sus grupos. Cada uno fija los tipos de clave de acceso (vinculada al dispositivo, sincronizada; las llaves de seguridad están vinculadas al dispositivo), «{ -ms-enforce-attestation }» (se comprueba al registrar) y restricciones que permiten o bloquean modelos por AAGUID. Cuidado: quitar un AAGUID permitido antes impide también iniciar sesión con las llaves ya registradas.
it-staff-restrict = Restringir modelos de llave (opcional)
it-staff-restrict-detail = En la misma directiva, las restricciones de llave permiten o bloquean modelos por AAGUID, tanto al registrar una llave como en cada inicio de sesión. Si se exige la atestación, solo se aceptan modelos certificados por FIDO que figuren en los metadatos FIDO. El AAGUID de esta llave:
it-staff-windows = Inicio de sesión en Windows con llaves de seguridad
it-staff-windows-detail = Los PC unidos a Entra necesitan { $entra } o posterior; los unidos de forma híbrida, { $hybrid } o posterior. Las llaves en el navegador necesitan { $browser }; Windows 10 1809 no se puede desbloquear con una llave. Los PC híbridos también necesitan configurado el inicio de sesión FIDO2 en recursos locales. Actívalo de una de estas tres formas:
it-staff-intune = Intune (perfil de configuración personalizado)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Tipo de datos
it-staff-value = Valor
it-staff-provisioning = Paquete de aprovisionamiento ({ -ms-wcd })
it-staff-setting = Ajuste
it-staff-group-policy = Directiva de grupo
it-staff-policy = Directiva
it-staff-copy = Copiar
it-staff-prepare = Preparar llaves para otras personas
it-staff-prepare-detail = Para cada llave: establece un PIN provisional, sube la longitud mínima del PIN y exige un cambio de PIN para que la persona que la reciba elija su propio PIN al usarla por primera vez. Entrega el PIN provisional por separado de la llave.
it-staff-prepare-here = Hazlo para esta llave en KeyGuide:
it-staff-prepare-pin = Establecer el PIN
it-staff-prepare-settings = Ajustes de la llave
it-staff-prepare-cli = O, para varias llaves seguidas, en un terminal (el PIN se lee sin mostrarlo, nunca desde la línea de comandos):
it-staff-script-prompt = PIN provisional:
