# 向导中面向 IT 人员的页面。值（OMA-URI、路径）保持原样。

## Microsoft Entra 管理中心里的微软标签，由下面的消息引用。
## 中文标签未在本地化的 Microsoft Learn 页面上核实。
-ms-entra-id = Entra ID
-ms-security = 安全
-ms-security-info = 安全信息
-ms-authentication-methods = 身份验证方法
-ms-policies = 策略
-ms-passkey-fido2 = 通行密钥(FIDO2)
-ms-enable-and-target = 启用和目标
-ms-configure = 配置
-ms-allow-self-service = 允许自助设置
-ms-yes = 是
-ms-default-profile = 默认通行密钥配置文件
-ms-enforce-attestation = 强制证明
-ms-wcd = Windows 配置设计器

it-staff-title = 面向 IT 人员
it-staff-intro = 管理员需要配置哪些内容，用户才能注册安全密钥并用它登录 Windows。
it-staff-enable = 允许安全密钥
it-staff-enable-detail = 在 Microsoft Entra 管理中心打开 { -ms-entra-id } > { -ms-security } > { -ms-authentication-methods } > { -ms-policies } > “{ -ms-passkey-fido2 }”。在“{ -ms-enable-and-target }”中启用，并添加需要的用户或组。
it-staff-self-service = 允许用户自行添加密钥
it-staff-self-service-detail = 在“{ -ms-configure }”中，将“{ -ms-allow-self-service }”设为“{ -ms-yes }”。否则即使启用了该方法，用户也无法在“{ -ms-security-info }”页面添加通行密钥。
it-staff-profiles = 通行密钥配置文件
it-staff-profiles-detail = 最多 { $max } 个配置文件（含“{ -ms-default-profile }”），每个用于各自的组。每个配置文件设定通行密钥类型（设备绑定、同步；安全密钥属于设备绑定）、“{ -ms-enforce-attestation }”（注册时检查），以及按 AAGUID 允许或阻止型号的密钥限制。注意：删除之前允许的 AAGUID，也会让已注册的密钥无法登录。
it-staff-restrict = 限制密钥型号（可选）
it-staff-restrict-detail = 在同一策略中，密钥限制可按 AAGUID 允许或阻止型号，在注册和每次登录时都会生效。强制证明时，只接受 FIDO 元数据中列出的 FIDO 认证型号。此密钥的 AAGUID：
it-staff-windows = 使用安全密钥登录 Windows
it-staff-windows-detail = 加入 Entra 的电脑需要 { $entra } 或更高版本，混合加入的电脑需要 { $hybrid } 或更高版本。浏览器中使用密钥需要 { $browser }；Windows 10 1809 无法用密钥解锁。混合加入的电脑还需要设置对本地资源的 FIDO2 登录。可用以下三种方式之一启用：
it-staff-intune = Intune（自定义配置文件）
it-staff-oma-uri = OMA-URI
it-staff-data-type = 数据类型
it-staff-value = 值
it-staff-provisioning = 预配包（{ -ms-wcd }）
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
