## keyguide doctor：这台电脑缺少什么，以及如何解决。

doctor-mark-ok = [正常]
doctor-mark-warning = [!]
doctor-mark-problem = [问题]
doctor-pcscd-running = 智能卡服务（pcscd）正在运行：可以使用 NFC 密钥。
doctor-pcscd-not-running = 智能卡服务（pcscd）没有运行，因此 KeyGuide 看不到 NFC 读卡器上的密钥。
doctor-pcscd-fix-linux = 请安装并启动它：sudo apt install pcscd，然后 sudo systemctl enable --now pcscd.socket
doctor-pcscd-fix-other = 请启动智能卡服务（Windows：services.msc 中的“Smart Card”）。
doctor-no-readers = 智能卡服务没有看到 NFC 读卡器。
doctor-no-readers-fix = 要通过 NFC 使用密钥，请连接 NFC 读卡器。USB 密钥不需要读卡器。
doctor-readers = { $count } 个 NFC 读卡器：{ $names }
doctor-usb-no-keys = 没有插入 USB 安全密钥，因此无法检查对 USB 密钥的访问。请插入一个后再运行一次。
doctor-usb-access-ok = 您可以打开已插入的全部 { $count } 个 USB 安全密钥。
doctor-usb-access-refused = 系统不允许您打开这些 USB 安全密钥：{ $nodes }
doctor-udev-rule-installed = KeyGuide 的 udev 规则（{ $rule }）已安装。
doctor-udev-rule-missing = KeyGuide 的 udev 规则（{ $rule }）未安装。借助系统自带的规则，许多密钥不需要它也能使用，但有些不行。
doctor-keys-none = KeyGuide 现在看不到任何安全密钥。
doctor-keys-none-fix = 请插入密钥或将其放在 NFC 读卡器上，然后再运行一次。
doctor-keys-seen = KeyGuide 看到 { $count } 个密钥：{ $keys }
doctor-keys-error-fix = 请拔下密钥再插回，然后再运行一次。如果问题反复出现，日志中有详细信息。
doctor-log-ok = 日志写入 { $path }。
doctor-log-no-home = 没有主文件夹，因此 KeyGuide 不保存日志。
doctor-log-no-home-fix = 请以有主文件夹的用户身份运行 KeyGuide。
doctor-log-not-writable = 无法写入日志文件夹 { $path }。
doctor-log-not-writable-fix = 请把该文件夹改为您所有：sudo chown -R "$USER" { $path }
