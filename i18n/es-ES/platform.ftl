## Cuando el sistema no deja que KeyGuide abra una llave

platform-access-windows-refused = Windows no ha dejado que KeyGuide abra la llave de seguridad.
platform-access-windows-restart = Reinicia KeyGuide como administrador para gestionar la llave.
platform-access-windows-other-programs = Cierra los demás programas que usan la llave; después retírala y vuelve a insertarla.
platform-access-linux-rule-not-applied = La regla de acceso de KeyGuide está instalada, pero aún no se aplica a esta llave.
platform-access-linux-replug-or-log-in = Retira la llave y vuelve a insertarla. Si sigue fallando, cierra la sesión y vuelve a entrar: la regla da acceso a quien ha iniciado sesión ante la pantalla de este equipo, no a sesiones remotas (SSH).
platform-access-linux-install-rule = Linux solo deja abrir llaves de seguridad a los usuarios autorizados. Ejecuta estos comandos en un terminal para instalar la regla de acceso de KeyGuide (necesitas una contraseña de administrador):
platform-access-linux-then-replug = Después, retira la llave y vuelve a insertarla.

## Ejecutar como administrador (Windows)

platform-elevation-reason = A partir de Windows 10 versión 1903, solo los programas que se ejecutan como administrador pueden gestionar llaves de seguridad.
platform-elevation-failed = Windows no ha iniciado KeyGuide como administrador.

## El archivo de ajustes

platform-settings-unreadable = No se ha podido leer el archivo de ajustes { $path }: { $error }. Se usan los valores predeterminados.
platform-settings-damaged = El archivo de ajustes { $path } está dañado ({ $error }). KeyGuide usa los valores predeterminados y deja el archivo como está.

## El archivo de registro

platform-log-not-written = No se escribe ningún archivo de registro en { $folder }: { $error }

## La ventana «KeyGuide se ha detenido»

platform-crash-title = KeyGuide se ha detenido
platform-crash-explanation = KeyGuide ha sufrido un error interno y ha tenido que cerrarse. Un paso que no había terminado en tu llave no se ha completado; vuelve a abrir KeyGuide para comprobar la llave.
platform-crash-log-file = Lo ocurrido está escrito en este archivo de registro:
platform-crash-open-folder = Abrir la carpeta del registro
platform-crash-copy-path = Copiar la ruta
platform-crash-close = Cerrar
platform-crash-folder-opens = La carpeta se abre en tu gestor de archivos.
platform-crash-no-file-manager = No se ha podido abrir ningún gestor de archivos; copia la ruta.
platform-crash-path-copied = La ruta está copiada.
platform-crash-no-log = No se ha podido escribir ningún archivo de registro. Inicia KeyGuide desde un terminal con --verbose para ver los detalles.
