# 较新的密钥（CTAP 2.2）提供的自身信息：`keyguide info` 以及无需 PIN 的通行密钥列表。
capabilities-max-pin-length = PIN 最大长度
capabilities-pin-rules = PIN 规则
capabilities-pin-policy = 此密钥除长度外还有自己的 PIN 规则
capabilities-pin-policy-with-url = 此密钥除长度外还有自己的 PIN 规则：{ $url }
capabilities-reset = 重置
capabilities-reset-long-touch = 需要长按（将手指在密钥上保持几秒钟）
capabilities-reset-transports = 允许重置的连接方式
capabilities-attestation-formats = 证明格式
capabilities-uv-count = 自上次输入 PIN 以来的指纹解锁次数
capabilities-read-only-listing = 无需再次输入 PIN 即可读取通行密钥列表
capabilities-key-identifier = 密钥标识
capabilities-passkeys-remembered = 已列出，无需再次输入 PIN：在您关闭 KeyGuide 之前，它会保留对此密钥的只读访问权限。
