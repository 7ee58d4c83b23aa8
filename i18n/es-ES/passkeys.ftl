passkeys-title = Llaves de acceso
passkeys-unlock-to-see = Desbloquea la llave con su PIN para ver las llaves de acceso guardadas en ella.
passkeys-show = Mostrar llaves de acceso
passkeys-search = Buscar por sitio o nombre de usuario
passkeys-user-name = Nombre de usuario
passkeys-display-name = Nombre visible
passkeys-no-user-name = (sin nombre de usuario)
passkeys-edit = Editar
passkeys-delete = Eliminar
passkeys-menu-open = Más ▾
passkeys-menu-close = Cerrar ▴
passkeys-delete-confirm = Eliminar llave de acceso
passkeys-delete-question = ¿Eliminar la llave de acceso de { $user } en { $site }?
passkeys-delete-detail = Ya no podrás iniciar sesión en esta cuenta con esta llave. Si es tu única forma de iniciar sesión, añade otra primero.
passkeys-slots = { $used } guardadas, espacio para { $remaining } más.
passkeys-empty = Aún no hay llaves de acceso. Cuando añadas esta llave a una cuenta de un sitio web, la llave de acceso aparecerá aquí.
passkeys-hidden = { $hidden ->
    [one] { $hidden } más sin mostrar. Escribe parte de un sitio o nombre de usuario para encontrarla.
   *[other] { $hidden } más sin mostrar. Escribe parte de un sitio o nombre de usuario para encontrar una.
}
passkeys-show-more = Mostrar { $count } más
passkeys-no-match = Ninguna llave de acceso coincide con «{ $filter }».
# Compare with another key (e.g. the spare): only sites and user names.
passkeys-compare-start = Comparar con otra llave…
passkeys-compare-remembered = KeyGuide recuerda los sitios y nombres de usuario de { $first } hasta que cierres KeyGuide.
passkeys-compare-next = Ahora abre tu otra llave: insértala (o acércala al lector) y elígela en «Todas las llaves». KeyGuide mostrará qué sitios están en una llave y no en la otra.
passkeys-compare-show-this = Muestra las llaves de acceso de esta llave para compararlas con { $first }.
passkeys-compare-same-key = Es la misma llave que antes ({ $first }). Para comparar, abre tu otra llave en «Todas las llaves».
passkeys-compare-title = Comparada con { $first }
passkeys-compare-only-first = Solo en { $first }:
passkeys-compare-only-this = Solo en esta llave:
passkeys-compare-none = Ninguna
passkeys-compare-both = { $count ->
    [one] En ambas llaves: { $count } cuenta
   *[other] En ambas llaves: { $count } cuentas
}
passkeys-compare-where = Para usar un sitio con cualquiera de las dos llaves, añade la llave que falta a tu cuenta en ese sitio.
passkeys-compare-done = Listo
# credProtect levels (CTAP 2.1 §12.1), shown in a passkey's open menu.
passkeys-protect-1 = Protección: basta con tocar la llave para usar esta llave de acceso; no hace falta el PIN.
passkeys-protect-2 = Protección: sin el PIN, solo el sitio que la creó puede usarla, y solo después de que indiques tu nombre de usuario. Iniciar sesión sin nombre de usuario requiere el PIN.
passkeys-protect-3 = Protección: esta llave de acceso siempre requiere el PIN (o tu huella digital).
passkeys-has-blob = El sitio guarda datos para ella en la llave (bloque grande).
passkeys-third-party-payment = El sitio permite pagar con ella en otras tiendas (pago para terceros).
