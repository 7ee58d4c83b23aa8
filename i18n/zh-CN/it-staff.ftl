# 向导中面向 IT 人员的页面。值（OMA-URI、路径）保持原样。

it-staff-title = 面向 IT 人员
it-staff-intro = 管理员需要配置哪些内容，用户才能注册安全密钥并用它登录 Windows。
it-staff-enable = 允许安全密钥
it-staff-enable-detail = 在 Microsoft Entra 管理中心打开“身份验证方法”，再打开“策略”，为需要的用户启用“通行密钥（FIDO2）”。
it-staff-restrict = 限制密钥型号（可选）
it-staff-restrict-detail = 在同一策略中，密钥限制可按 AAGUID 允许或阻止型号，在注册和每次登录时都会生效。强制证明时，只接受 FIDO 元数据中列出的 FIDO 认证型号。此密钥的 AAGUID：
it-staff-windows = 使用安全密钥登录 Windows
it-staff-windows-detail = 适用于 { $version } 或更高版本、已加入 Entra 或混合加入的设备。可用以下三种方式之一启用：
it-staff-intune = Intune（自定义配置文件）
it-staff-oma-uri = OMA-URI
it-staff-data-type = 数据类型
it-staff-value = 值
it-staff-provisioning = 预配包（Windows 配置设计器）
it-staff-setting = 设置
it-staff-group-policy = 组策略
it-staff-policy = 策略
it-staff-copy = 复制
it-staff-prepare = 为他人准备密钥
it-staff-prepare-detail = 对每个密钥：设置临时 PIN，提高 PIN 最小长度，并要求更改 PIN，让新主人首次使用时自己设置 PIN。请将临时 PIN 与密钥分开交付。
it-staff-prepare-here = 在 KeyGuide 中为此密钥操作：
it-staff-prepare-pin = 设置 PIN
it-staff-prepare-settings = 密钥设置
it-staff-prepare-cli = 或在终端中批量处理多个密钥（PIN 以不显示的方式读取，绝不放在命令行上）：
it-staff-script-prompt = 临时 PIN：
