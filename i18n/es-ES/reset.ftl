reset-title = Restablecer la llave
reset-erases = Un restablecimiento borra todo lo que hay en la llave:
reset-erases-pin = • su PIN
reset-erases-passkeys = • todas las llaves de acceso: ya no podrás iniciar sesión en esas cuentas con esta llave
reset-erases-fingerprints = • todas las huellas
reset-other-way = Asegúrate antes de que cada cuenta tenga otra forma de iniciar sesión. Un restablecimiento no se puede deshacer.
reset-window = Las llaves solo aceptan un restablecimiento en los 10 primeros segundos después de conectarlas, y solo con un toque. KeyGuide te pedirá que retires la llave y la vuelvas a insertar.
reset-continue = Continuar
reset-insert-again = Ahora vuelve a insertar la llave. El restablecimiento empieza en cuanto vuelva.
reset-remove-now = Retira la llave ahora (o apártala del lector NFC).
reset-nfc-lift-and-return = Aparta la llave del lector NFC y vuelve a acercarla. El restablecimiento empieza en cuanto vuelva.
reset-nfc-put-back = Ahora vuelve a acercar la llave al lector NFC. El restablecimiento empieza en cuanto vuelva.
reset-simulate-replug = Simular: retirar e insertar la llave de demostración
reset-touch-now = Toca ahora tu llave para confirmar el restablecimiento
reset-done = La llave se ha restablecido. Ya no tiene PIN, llaves de acceso ni huellas. Establece un PIN nuevo para volver a usarla.
reset-try-again = Intentar de nuevo
reset-type-word = Escribe { $word } para continuar.
reset-seconds-left = { $seconds ->
    [one] Queda { $seconds } segundo
   *[other] Quedan { $seconds } segundos
}
reset-transports = Esta llave solo se puede restablecer por: { $transports }.
reset-touch-long = Toque la llave y mantenga el dedo encima varios segundos
reset-transport-usb = USB
reset-transport-nfc = NFC
reset-transport-ble = Bluetooth
