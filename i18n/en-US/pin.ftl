pin-enter-current = Enter the current PIN.
pin-mismatch = The two new PINs do not match yet.
pin-title-change = Change the PIN
pin-title-set = Set a PIN
pin-not-supported = This key does not support a PIN.
pin-go-to-reset = Go to Reset
pin-power-cycle = Three wrong PINs in a row: remove the key, insert it again, then try once more.
pin-current = Current PIN
pin-new = New PIN
pin-repeat = Repeat the new PIN
pin-submit-change = Change PIN
pin-submit-set = Set PIN
pin-too-short = { $min ->
    [one] The new PIN needs at least { $min } character.
   *[other] The new PIN needs at least { $min } characters.
}
pin-blocked = The PIN is blocked after too many wrong attempts. The key cannot be unblocked: a reset makes it usable again, and erases its passkeys and fingerprints.
pin-rules = Use at least { $min } characters. Letters, digits and symbols all work; a longer PIN is safer.
pin-forced-change-title = Choose a new PIN
pin-forced-change-detail = The key requires a new PIN before it can be used. KeyGuide kept the PIN you just typed: enter the new PIN twice.
pin-show = Show PINs
pin-hide = Hide PINs
pin-too-long-for-key = The PIN can be at most { $max } characters long on this key.
pin-rules-max = This key accepts PINs of at most { $max } characters.
pin-policy = This key also refuses PINs that are too simple, such as repeated or consecutive digits.
pin-policy-with-url = This key also refuses PINs that are too simple, such as repeated or consecutive digits. Its rules: { $url }
