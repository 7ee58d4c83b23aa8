# La página legible (HTML) del informe. El archivo JSON mantiene sus nombres de campo en inglés.

report-title = Informe de la llave de seguridad: { $model }
report-heading = Informe de la llave de seguridad
report-subtitle = { $model } · creado el { $created } por { $generator }
report-no-secrets = Este informe no contiene ningún PIN, ninguna llave de acceso ni ningún nombre de cuenta.

## Las filas de la tabla

report-model = Modelo
report-aaguid = AAGUID
report-connection = Conexión
report-firmware = Firmware
report-versions = Versiones de FIDO
report-transports = Transportes
report-extensions = Extensiones
report-pin = PIN
report-min-pin-length = Longitud mínima del PIN
report-pin-change-required = Cambio de PIN exigido
report-fingerprint-sensor = Sensor de huellas
report-fingerprints-enrolled = Huellas registradas
report-always-uv = Exigir siempre la verificación
report-passkey-management = Gestión de llaves de acceso
report-passkeys-stored = Llaves de acceso guardadas
report-passkey-slots-free = Huecos libres
report-sites = Sitios
report-in-metadata = En los metadatos FIDO
report-certification = Certificación
report-metadata-warning = Aviso de los metadatos

## Los valores

report-yes = sí
report-no = no
report-pin-not-supported = no compatible
report-pin-not-set = sin establecer
report-pin-set = establecido
report-pin-set-retries = { $count ->
    [one] establecido, queda { $count } intento
   *[other] establecido, quedan { $count } intentos
}
report-connection-nfc-reader = NFC en { $reader }
report-connection-nfc = NFC
report-connection-usb = USB: { $label }
report-connection-virtual = llave virtual: { $label }
