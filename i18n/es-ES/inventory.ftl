## Lo que contiene una llave: la lista de sitios para guardar (antes de
## restablecerla) y la comparación con una llave de repuesto.

inventory-holds-passkeys = { $passkeys ->
    [one] { $passkeys } llave de acceso
   *[other] { $passkeys } llaves de acceso
} en { $sites ->
    [one] { $sites } sitio
   *[other] { $sites } sitios
}
inventory-holds-with-fingerprints = { $passkeys }, { $fingerprints ->
    [one] { $fingerprints } huella
   *[other] { $fingerprints } huellas
}
inventory-account-line = { $site } — { $user }
inventory-account-line-no-user = { $site } (sin nombre de usuario)

## Línea de comandos
inventory-export-exists = { $path } ya existe. Elija otro nombre o añada --force para reemplazarlo.
inventory-export-not-written = No se pudo escribir { $path }: { $error }
inventory-exported = { $count ->
    [one] { $count } cuenta guardada
   *[other] { $count } cuentas guardadas
} en { $path }. La lista no contiene secretos: consérvela para saber dónde volver a registrarse tras un restablecimiento.
inventory-prompt-pin-this-key = PIN de esta llave ({ $key }):
inventory-prompt-pin-other-key = PIN de la otra llave ({ $key }):
inventory-other-key-failed = La otra llave ({ $key }): { $error }
inventory-no-such-key-file = No existe el archivo de llave virtual { $path }.
inventory-compare-this-only = Solo en esta llave:
inventory-compare-other-only = Solo en la otra llave:
inventory-compare-none = ninguna
inventory-compare-on-both = En ambas: { $count }
inventory-compare-same = Las dos llaves contienen las mismas cuentas.

## Página Restablecer
inventory-busy-reading = Leyendo lo que contiene la llave…
inventory-reset-holds = Esta llave contiene { $holdings }. Restablecerla lo borra todo.
inventory-reset-unlock = Desbloquear para ver lo que contiene esta llave
inventory-reset-unlock-hint = Con el PIN, KeyGuide puede contar las llaves de acceso y las huellas de esta llave y guardar la lista de sitios antes de restablecerla.
inventory-reset-save = Guardar primero la lista de sitios…
inventory-reset-save-hint = Conserve la lista para saber dónde volver a registrarse después del restablecimiento. Solo contiene nombres de sitios y de usuarios, ningún secreto.
inventory-reset-saved = La lista de sitios está guardada en { $path }.
inventory-reset-not-saved = No se pudo guardar la lista: { $error }
inventory-dialog-title = Guardar la lista de sitios de esta llave
inventory-dialog-filter-csv = Hoja de cálculo (CSV)
inventory-dialog-filter-json = JSON
inventory-reset-cancel = Cancelar
inventory-reset-set-pin = Establecer un PIN
# Un nombre de archivo (sin extensión): la lista de sitios.
inventory-file-stem = sitios-en-mi-llave
