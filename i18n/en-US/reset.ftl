reset-title = Reset the key
reset-erases = A reset erases everything on the key:
reset-erases-pin = • its PIN
reset-erases-passkeys = • every passkey: you can no longer sign in to those accounts with this key
reset-erases-fingerprints = • every fingerprint
reset-other-way = Make sure each account has another way to sign in first. A reset cannot be undone.
reset-window = Keys accept a reset only in the first 10 seconds after they are plugged in, and only with a touch. KeyGuide will ask you to remove the key and insert it again.
reset-continue = Continue
reset-insert-again = Now insert the key again. The reset starts as soon as it is back.
reset-remove-now = Remove the key now (or lift it off the NFC reader).
reset-nfc-lift-and-return = Lift the key off the NFC reader, then put it back. The reset starts as soon as it is back.
reset-nfc-put-back = Now put the key back on the NFC reader. The reset starts as soon as it is back.
reset-simulate-replug = Simulate: remove and insert the demo key
reset-touch-now = Touch your key now to confirm the reset
reset-done = The key is reset. It has no PIN, passkeys or fingerprints now. Set a new PIN to use it again.
reset-try-again = Try again
reset-type-word = Type { $word } to continue.
reset-seconds-left = { $seconds ->
    [one] { $seconds } second left
   *[other] { $seconds } seconds left
}
reset-transports = This key can be reset only over: { $transports }.
reset-touch-long = Touch the key and keep your finger on it for several seconds
reset-transport-usb = USB
reset-transport-nfc = NFC
reset-transport-ble = Bluetooth
