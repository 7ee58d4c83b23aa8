# La página de la guía para el personal de TI. Los valores (OMA-URI, rutas)
# se quedan exactamente como están.

it-staff-title = Para TI
it-staff-intro = Lo que configura un administrador para que las personas puedan registrar llaves de seguridad e iniciar sesión en Windows con ellas.
it-staff-enable = Permitir las llaves de seguridad
it-staff-enable-detail = En el Centro de administración de Microsoft Entra, abre Métodos de autenticación, luego Directivas, y habilita «Clave de acceso (FIDO2)» para los usuarios que la necesiten.
it-staff-restrict = Restringir modelos de llave (opcional)
it-staff-restrict-detail = En la misma directiva, las restricciones de llave permiten o bloquean modelos por AAGUID, tanto al registrar una llave como en cada inicio de sesión. Si se exige la atestación, solo se aceptan modelos certificados por FIDO que figuren en los metadatos FIDO. El AAGUID de esta llave:
it-staff-windows = Inicio de sesión en Windows con llaves de seguridad
it-staff-windows-detail = Dispositivos unidos a Entra o unidos de forma híbrida con { $version } o posterior. Actívalo de una de estas tres formas:
it-staff-intune = Intune (perfil de configuración personalizado)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Tipo de datos
it-staff-value = Valor
it-staff-provisioning = Paquete de aprovisionamiento (Windows Configuration Designer)
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
