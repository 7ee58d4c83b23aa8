## keyguide doctor and the Doctor page of App settings (src/doctor.rs):
## what on this machine stands between the user and their keys.

doctor-title = Check this computer
doctor-intro = What on this computer could stop KeyGuide from reaching your keys, and how to fix it. Nothing is sent to any key.
doctor-run = Check now
doctor-running = Checking…
doctor-status-ok = OK
doctor-status-info = Note
doctor-status-warning = Warning
doctor-status-problem = Problem
doctor-check-smart-card-service = Smart-card service (NFC readers)
doctor-check-usb-access = Access to USB keys
doctor-check-udev-rule = Device rule for security keys
doctor-check-elevation = Administrator rights
doctor-check-keys = Keys this computer sees
doctor-check-log-folder = Log folder
doctor-pcsc-readers = The smart-card service is running. { $count ->
    [one] Reader: { $readers }.
   *[other] { $count } readers: { $readers }.
}
doctor-pcsc-no-readers = The smart-card service is running, but no NFC or smart-card reader is connected.
doctor-pcsc-no-readers-fix = To use a key over NFC, connect a reader. USB keys do not need one.
doctor-pcsc-no-service = The smart-card service is not running, so NFC readers cannot be used.
doctor-pcsc-error = The smart-card service answered with an error: { $error }.
doctor-pcsc-fix-linux = Install and start pcscd (on Debian and Ubuntu with the commands below; on Fedora: sudo dnf install pcsc-lite).
doctor-pcsc-fix-windows = Start the "Smart Card" service: open Services (services.msc), find Smart Card, and choose Start.
doctor-pcsc-fix-macos = macOS starts its smart-card service by itself when a reader is connected. Reconnect the reader, or restart the Mac.
doctor-usb-none = No USB security key is connected.
doctor-usb-ok = { $count ->
    [one] KeyGuide may use the connected USB security key.
   *[other] KeyGuide may use the { $count } connected USB security keys.
}
doctor-usb-refused = The system does not let you open { $devices }, so KeyGuide cannot use that key.
doctor-udev-found = A device rule for security keys is installed: { $rules }.
doctor-udev-missing = No device rule for security keys is installed. Keys may work for administrators only, or only until the next login.
doctor-udev-missing-fix = Install KeyGuide's rule with the commands below, then unplug and replug your key.
doctor-elevation-needed = This version of Windows lets only administrators talk to security keys directly.
doctor-elevation-ok = KeyGuide can talk to security keys directly.
doctor-keys-none = No security key is connected.
doctor-keys-none-fix = Insert your key, or hold it on the NFC reader.
doctor-keys-found = { $count ->
    [one] One key: { $keys }.
   *[other] { $count } keys: { $keys }.
}
doctor-logs = Logs are written to { $folder }.
doctor-logs-not-writable = KeyGuide cannot write its logs to { $folder }.
doctor-logs-no-folder = This system has no folder for KeyGuide's logs (no home folder?).
