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
