# 报告的可读（HTML）页面。旁边的 JSON 文件保留英文字段名。

report-title = 安全密钥报告：{ $model }
report-heading = 安全密钥报告
report-subtitle = { $model } · 由 { $generator } 于 { $created } 创建
report-no-secrets = 此报告不包含任何 PIN、通行密钥或账户名。

## 表格行

report-model = 型号
report-aaguid = AAGUID
report-connection = 连接
report-firmware = 固件
report-versions = FIDO 版本
report-transports = 传输方式
report-extensions = 扩展
report-pin = PIN
report-min-pin-length = PIN 最小长度
report-pin-change-required = 需要更改 PIN
report-fingerprint-sensor = 指纹传感器
report-fingerprints-enrolled = 已录入指纹
report-always-uv = 始终要求验证
report-passkey-management = 通行密钥管理
report-passkeys-stored = 已存储的通行密钥
report-passkey-slots-free = 通行密钥剩余空间
report-sites = 网站
report-in-metadata = 在 FIDO 元数据中
report-certification = 认证
report-metadata-warning = 元数据警告

## 值

report-yes = 是
report-no = 否
report-pin-not-supported = 不支持
report-pin-not-set = 未设置
report-pin-set = 已设置
report-pin-set-retries = 已设置，还剩 { $count } 次
report-connection-nfc-reader = { $reader } 上的 NFC
report-connection-nfc = NFC
report-connection-usb = USB：{ $label }
report-connection-virtual = 虚拟密钥：{ $label }
