# 密钥操作的结果（src/device/error.rs）。

## PIN

errors-pin-invalid = PIN 错误。
errors-pin-invalid-retries = PIN 错误。还剩 { $retries } 次机会。
errors-pin-auth-blocked = 连续输错 PIN 次数过多。请拔出密钥，重新插入后重试。
errors-pin-blocked = 错误次数过多，PIN 已被锁定。只有重置才能让密钥重新可用（会清除密钥）。
errors-pin-not-set = 此密钥还没有 PIN。请先设置一个。
errors-pin-already-set = 此密钥已有 PIN。请改用 'change'。
errors-pin-change-required = 必须先更改 PIN，才能使用此密钥。
errors-pin-policy-violation = 根据 PIN 策略，密钥拒绝了此 PIN（太短、太简单或与之前相同）。
errors-pin-required = 此操作需要密钥的 PIN。
errors-token-rejected = 密钥不再接受此会话的 PIN 令牌。请重新输入 PIN。

## 发送给密钥之前就被拒绝的 PIN

errors-pin-too-short = PIN 至少需要 { $min } 个字符。
errors-pin-too-long = PIN 不能超过 63 个字节。
errors-pin-too-long-for-key = 此密钥接受最多 { $max } 个字符的 PIN。
errors-pin-contains-nul = PIN 不能包含 NUL 字符。
errors-pin-mismatch = 两次输入的 PIN 不一致。

## 指纹

errors-uv-invalid = 无法识别指纹。还剩 { $retries } 次机会。
errors-uv-blocked = 指纹识别已锁定。请改用 PIN。
errors-fingerprint-storage-full = 此密钥的指纹存储已满。请先删除一个指纹。
errors-unknown-fingerprint = 此密钥上没有 ID 为 { $id } 的指纹。
errors-fingerprint-name-too-long = 指纹名称对此密钥来说太长（最多 { $max } 个字节）。

## 通行密钥

errors-key-store-full = 密钥的通行密钥存储已满。请先删除一个通行密钥。
errors-no-passkeys = 此密钥上没有通行密钥。
errors-unknown-credential = 此密钥上没有 ID 为 { $id } 的通行密钥。
errors-invalid-min-pin-length = PIN 最小长度只能增加：请选择 { $current } 到 63 之间的值。

## 操作流程

errors-invalid-option = 密钥拒绝了此请求的某个选项。
errors-not-allowed = 密钥不允许此操作。
errors-operation-denied = 已在密钥上拒绝此操作。
errors-reset-window-passed = 密钥只允许在插入后约 10 秒内重置。请拔出密钥，重新插入后立即重试。
errors-reset-declined = 您已在密钥上拒绝重置。未清除任何内容。
errors-user-action-timeout = 您没有及时触摸密钥。请重试。
errors-timeout = 密钥没有及时响应。请拔出并重新插入后重试。
errors-cancelled = 已取消。
errors-busy = 密钥正被其他程序占用。请关闭使用它的其他程序后重试。

## 密钥不提供的功能

errors-unsupported-client-pin = 此密钥不支持 PIN。
errors-unsupported-credential-management = 此密钥不支持管理通行密钥。
errors-unsupported-bio-enrollment = 此密钥不支持指纹。
errors-unsupported-authenticator-config = 此密钥不支持更改其设置。
errors-unsupported-always-uv = 此密钥不支持“始终要求验证”设置。
errors-unsupported-min-pin-length = 此密钥不支持更改 PIN 最小长度。
errors-unsupported-enterprise-attestation = 此密钥不支持企业证明。
errors-unsupported-large-blobs = 此密钥没有用于大型数据块（large blob）的存储空间。
errors-unsupported-update-user-information = 此密钥不支持编辑通行密钥的用户名。
errors-unsupported-selection = 此密钥不支持识别操作。
errors-unsupported-pin-uv-auth-token = 此密钥不支持带权限的 PIN 令牌。

## 连接

errors-disconnected = 密钥已拔出。
errors-no-key = 未找到安全密钥。请插入安全密钥后重试。
errors-several-keys = 连接了多个密钥。请用 --device 选择一个。
errors-unknown-device = 没有连接 ID 为 { $id } 的密钥。
errors-no-smart-card-service = 未找到智能卡服务；要使用 NFC 密钥，请启动 pcscd（在 Windows 上为智能卡服务）。
errors-os-permission-denied = 系统不允许访问密钥：{ $reason }
errors-protocol = 密钥发送了 KeyGuide 无法读取的响应（{ $detail }）。请拔出密钥，重新插入后重试。
errors-other = 与密钥通信时出错（{ $detail }）。请拔出密钥，重新插入后重试。

## A CTAP status with no message above (CTAP 2.1 §8.2)
# $code: the status code in hex (0x7F), for support; not translated.
errors-status-unsupported = 此密钥不支持该请求（代码 { $code }）。更新密钥固件或换用其他密钥可能会有帮助。
errors-status-request-rejected = 密钥以无效为由拒绝了 KeyGuide 的请求（代码 { $code }）。请拔出密钥，重新插入后重试；如果反复出现，请附上此代码报告。
errors-status-channel = 与密钥的连接失去同步（代码 { $code }）。请拔出密钥，重新插入后重试。
errors-status-pending = 密钥仍在处理之前的请求（代码 { $code }）。请稍等片刻后重试。
errors-status-no-operations = 密钥没有可以继续的未完成操作（代码 { $code }）。请重新开始该操作。
errors-status-invalid-credential = 密钥无法识别此通行密钥（代码 { $code }）。请刷新列表后重试。
errors-status-credential-excluded = 此密钥中已有该账户的通行密钥（代码 { $code }）。未做任何更改。
errors-status-large-blob-full = 密钥中用于通行密钥附加数据的存储空间已满（代码 { $code }）。请删除不再需要的通行密钥后重试。
errors-status-up-required = 此操作需要您触摸密钥（代码 { $code }）。请重试，并在密钥闪烁时触摸它。
errors-status-integrity = 密钥发现收到或存储的数据未通过校验（代码 { $code }）。请重试；如果反复出现，请附上此代码报告。
errors-status-other = 密钥发生内部错误，操作未完成（代码 { $code }）。请拔出密钥，重新插入后重试。如果再次出现，密钥可能已损坏。
errors-status-unknown = 密钥报告了 KeyGuide 无法识别的错误（代码 { $code }）。请拔出密钥，重新插入后重试。如果反复出现，请将此代码告知您的 IT 支持人员。
