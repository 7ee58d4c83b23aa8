## keyguide doctor: what this machine has and lacks, each with its fix.

doctor-mark-ok = [ok]
doctor-mark-warning = [!]
doctor-mark-problem = [problem]
doctor-pcscd-running = The smart-card service (pcscd) is running: NFC keys can be used.
doctor-pcscd-not-running = The smart-card service (pcscd) is not running, so KeyGuide cannot see keys on NFC readers.
doctor-pcscd-fix-linux = Install and start it: sudo apt install pcscd, then sudo systemctl enable --now pcscd.socket
doctor-pcscd-fix-other = Start the Smart Card service (on Windows: services.msc, "Smart Card").
doctor-no-readers = The smart-card service sees no NFC reader.
doctor-no-readers-fix = Connect an NFC reader to use keys over NFC. USB keys do not need one.
doctor-readers = { $count ->
    [one] { $count } NFC reader
   *[other] { $count } NFC readers
}: { $names }
doctor-usb-no-keys = No USB security key is plugged in, so access to USB keys could not be checked. Plug one in and run this again.
doctor-usb-access-ok = { $count ->
    [one] You may open the USB security key that is plugged in.
   *[other] You may open all { $count } USB security keys that are plugged in.
}
doctor-usb-access-refused = The system does not let you open these USB security keys: { $nodes }
doctor-udev-rule-installed = KeyGuide's udev rule ({ $rule }) is installed.
doctor-udev-rule-missing = KeyGuide's udev rule ({ $rule }) is not installed. Many keys work without it, thanks to the system's own rules; some do not.
doctor-keys-none = KeyGuide sees no security key right now.
doctor-keys-none-fix = Plug in a key, or lay it on the NFC reader, and run this again.
doctor-keys-seen = { $count ->
    [one] KeyGuide sees { $count } key
   *[other] KeyGuide sees { $count } keys
}: { $keys }
doctor-keys-error-fix = Unplug the key, plug it in again and run this again. If it keeps happening, the logs have the details.
doctor-log-ok = Logs are written to { $path }.
doctor-log-no-home = There is no home folder, so KeyGuide keeps no logs.
doctor-log-no-home-fix = Run KeyGuide as a user with a home folder.
doctor-log-not-writable = The log folder { $path } cannot be written to.
doctor-log-not-writable-fix = Make the folder yours: sudo chown -R "$USER" { $path }
