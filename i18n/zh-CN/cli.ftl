# 命令行：面向用户输出的内容。命令名、选项名、--json 输出以及 clap
# 自身的错误语句不翻译。

## --help：命令

cli-about = 管理您的 FIDO2 安全密钥。不带命令时打开应用。
cli-about-devices = 列出已连接的密钥。
cli-about-info = 显示密钥是什么以及如何设置。
cli-about-pin = 设置、更改或查看 PIN。
cli-about-pin-set = 为没有 PIN 的密钥设置 PIN。
cli-about-pin-change = 更改 PIN。
cli-about-pin-retries = 显示剩余的 PIN 尝试次数。
cli-about-passkeys = 列出、删除或编辑通行密钥（可发现凭据）。
cli-about-passkeys-list = 按网站分组列出通行密钥。
cli-about-passkeys-delete = 删除一个通行密钥。
cli-about-passkeys-update-user = 更改通行密钥中存储的用户名和显示名称。
cli-about-fingerprints = 列出、录入、重命名或删除指纹。
cli-about-fingerprints-list = 列出已录入的指纹。
cli-about-fingerprints-enroll = 录入新指纹（需多次触摸传感器）。
cli-about-fingerprints-rename = 重命名指纹。
cli-about-fingerprints-remove = 删除指纹。
cli-about-config = 更改密钥设置。
cli-about-config-always-uv = 始终要求 PIN 或指纹，即使网站没有要求。
cli-about-config-min-pin-length = 提高 PIN 最小长度。
cli-about-config-force-pin-change = 要求用户更改 PIN 后才能再次使用密钥。
cli-about-config-enterprise-attestation = 开启企业证明（IT 人员）：密钥随后可以向您组织的网站单独表明身份。只有重置才能关闭它。
cli-help-config-enterprise-attestation-yes = 不要求确认。
cli-about-reset = 清除密钥：PIN、通行密钥和指纹。无法撤销。
cli-about-identify = 让密钥闪烁，以便分辨是哪一个（请触摸它）。
cli-about-genuine = 检查密钥是否为 FIDO 元数据中列出的正品型号（它只为一个虚构的网站签署测试，不保存任何内容）。
cli-about-doctor = 检查这台电脑：智能卡服务、USB 访问权限、识别到的密钥、日志文件夹。
cli-about-report = 以 JSON 和 HTML 写出密钥报告（不含机密和账户名）：FILE.json 和 FILE.html。加上 --pin-stdin 时包含通行密钥数量。
cli-about-virtual = 创建和控制虚拟密钥（用于测试、演示和培训）。
cli-about-virtual-create = 创建虚拟密钥文件。
cli-about-virtual-seed = 通过常规客户端流程在虚拟密钥上创建通行密钥。
cli-about-virtual-replug = 拔出并重新插入虚拟密钥（重新上电）。
cli-about-virtual-serve-vpcd = 在 pcscd 的 vpcd 虚拟读卡器（软件包 vsmartcard-vpcd）中将虚拟密钥作为 NFC 卡提供，直到被终止。运行期间密钥文件归此命令所有：请勿同时用其他命令修改它。
cli-about-help = 显示此信息或指定命令的帮助。

## --help：选项和参数

cli-help-virtual-key = 使用此文件中存储的虚拟密钥，而不是实体密钥。
cli-help-device = 使用此 ID 的密钥（见 `keyguide devices`）。
cli-help-pin-stdin = 从标准输入读取 PIN，每行一个（先当前 PIN，再新 PIN）。
cli-help-stats = 显示操作发送了多少条 CTAP 命令（输出到标准错误）。
cli-help-json = 在标准输出上输出机器可读的结果。
cli-help-demo = 在内置虚拟密钥上打开应用（无需实体密钥）。
cli-help-demo-profile = 与 --demo 一起使用：虚拟密钥的配置：bio（默认）、pre、basic 或 ctap22（较新的密钥：PIN 规则、大型数据块、重置规则）。
cli-help-theme = 应用的配色：system（跟随系统）、light 或 dark。
cli-help-verbose = 同时将日志输出到终端。
cli-help-language = 本次运行时 KeyGuide 文本的语言：en-US、de-DE、fr-FR、es-ES、ja-JP 或 zh-CN。不指定时使用应用设置或系统语言。
cli-help-help = 显示帮助。
cli-help-version = 显示版本。
cli-help-passkeys-delete-credential-id = 通行密钥的 ID，与 `keyguide passkeys list` 显示的一致。
cli-help-passkeys-delete-yes = 不要求确认。
cli-help-passkeys-update-user-credential-id = 通行密钥的 ID，与 `keyguide passkeys list` 显示的一致。
cli-help-passkeys-update-user-name = 新的用户名（通常是电子邮件地址）。
cli-help-passkeys-update-user-display-name = 新的显示名称（通常是此人的全名）。
cli-about-passkeys-export = 保存密钥上的网站和账户列表（不含任何机密）：CSV，或使用 --json 或 .json 文件名时为 JSON。请在重置前保存。
cli-help-passkeys-export-file = 要写入的文件。
cli-help-passkeys-export-force = 如果文件已存在则替换它。
cli-about-passkeys-compare = 列出在此密钥上而不在另一个密钥上的网站和账户，反之亦然。
cli-help-passkeys-compare-with = 另一个密钥：其设备 ID（见 keyguide devices）或虚拟密钥文件。
cli-help-fingerprints-enroll-name = 新指纹的名称，例如“左手食指”。
cli-help-fingerprints-rename-id = 指纹的 ID，与 `keyguide fingerprints list` 显示的一致。
cli-help-fingerprints-rename-name = 新名称。
cli-help-fingerprints-remove-id = 指纹的 ID，与 `keyguide fingerprints list` 显示的一致。
cli-help-fingerprints-remove-yes = 不要求确认。
cli-help-config-always-uv-state = on 或 off。
cli-help-config-min-pin-length-length = 新的最小值，以字符计（最多 63）。只能增加。
cli-help-reset-yes = 不要求确认。
cli-help-report-out = 写入位置；会加上 .json 和 .html 扩展名。
cli-help-virtual-create-file = 新的密钥文件（绝不覆盖现有文件）。
cli-help-virtual-create-profile = 密钥类型：bio、pre、basic，或用 mds:<aaguid> 指定 FIDO 元数据中的型号。
cli-help-virtual-create-quirk = 按某些真实密钥的方式应答，而不是按规范应答。forced-change-policy-violation：在强制更改 PIN 期间，正确的 PIN 得到 PIN_POLICY_VIOLATION 而不是 PIN_INVALID。可多次指定。
cli-help-virtual-seed-file = 虚拟密钥文件。
cli-help-virtual-seed-passkeys = 要创建的通行密钥数量。
cli-help-virtual-seed-sites = 分布到多少个网站。
cli-help-virtual-replug-file = 虚拟密钥文件。
cli-help-virtual-serve-vpcd-file = 虚拟密钥文件。
cli-help-virtual-serve-vpcd-host = vpcd 监听的地址（请保持在本机）。
cli-help-virtual-serve-vpcd-port = vpcd 读卡器的端口；35963 是第一个（“Virtual PCD 00 00”）。

## --help：章节标题

cli-heading-usage = 用法
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项

## 运行命令

cli-could-not-start = 无法启动：{ $error }
cli-stats-commands-sent = 已发送的 CTAP 命令：{ $count }
cli-json-failed = 无法写出 JSON：{ $error }

## 提问和 PIN 提示

cli-prompt-current-pin = 密钥的 PIN：
cli-prompt-new-pin = 新 PIN（至少 { $min } 个字符）：
cli-prompt-repeat-pin = 再次输入新 PIN：
cli-stdin-ended = 标准输入在读完所有 PIN 之前就结束了。
cli-stdin-not-utf8 = 标准输入不是有效的 UTF-8 文本；请每行输入一个 PIN。
cli-no-terminal-for-pin = 没有可用于询问 PIN 的终端；请用 --pin-stdin 通过标准输入传入。
cli-no-terminal-to-confirm = 此操作无法撤消，但没有终端可供确认；请加上 --yes。
cli-confirm-type-word = 输入 { $word } 以继续：

## 命令运行时密钥的要求

cli-touch-key = 现在请触摸您的安全密钥。
cli-touch-sensor = 请触摸指纹传感器。
cli-sample-good = 很好。
cli-sample-too-high = 太靠上：请把手指放低。
cli-sample-too-low = 太靠下：请把手指放高。
cli-sample-too-left = 太靠左：请把手指右移。
cli-sample-too-right = 太靠右：请把手指左移。
cli-sample-too-fast = 太快：请让手指多停留一会儿。
cli-sample-too-slow = 太慢：请早点抬起手指。
cli-sample-poor-quality = 不清晰：请清洁并擦干手指，然后平按。
cli-sample-too-skewed = 歪了：请将手指摆正。
cli-sample-too-short = 太短：请让手指在传感器上多停留一会儿。
cli-sample-merge-failure = 无法合并这次触摸：请重试。
cli-sample-already-exists = 此指纹已录入。
cli-sample-no-user-activity = 未检测到手指：请触摸传感器。
cli-sample-no-user-presence-transition = 请抬起手指，然后再次触摸。
cli-sample-unknown = 未被接受：请重试。
cli-sample-complete = { $advice } 指纹录入完成。
cli-sample-again = { $advice } 请抬起后再次触摸（还需 { $remaining } 次）。

## devices

cli-devices-none = 未找到安全密钥。请插入安全密钥（或将其放在读卡器上）。
cli-devices-on-reader = { $label }（在读卡器“{ $reader }”上）

## info

cli-yes = 是
cli-no = 否
cli-info-warning = 警告：{ $warning }
cli-info-aaguid = AAGUID
cli-info-versions = FIDO 版本
cli-info-firmware = 固件
cli-info-transports = 传输方式
cli-info-certification = 认证
cli-info-pin = PIN
cli-info-min-pin-length = PIN 最小长度
cli-info-fingerprints = 指纹
cli-info-passkeys = 通行密钥
cli-info-passkey-management = 通行密钥管理
cli-info-always-uv = 始终要求 PIN
cli-info-pin-not-supported = 不支持
cli-info-pin-not-set = 未设置（用 `keyguide pin set` 设置）
cli-info-pin-set = 已设置
cli-info-pin-set-retries = 已设置，还剩 { $count } 次
cli-info-pin-power-cycle = 已锁定，需拔出并重新插入密钥
cli-info-force-pin-change = 必须先更改 PIN 才能使用密钥。
cli-info-fingerprints-enrolled = 支持，已录入
cli-info-fingerprints-none = 支持，尚未录入
cli-info-fingerprints-unsupported = 不支持
cli-info-passkeys-used = 已存储 { $used } 个，还可存储 { $remaining } 个
cli-info-passkeys-room = 还可存储 { $remaining } 个

## pin

cli-pin-retries = 还剩 { $count } 次 PIN 尝试机会。
cli-pin-retries-power-cycle = 下次尝试前请拔出并重新插入密钥。
cli-pin-set-done = PIN 已设置。
cli-pin-changed = PIN 已更改。

## passkeys

cli-passkeys-summary = 已存储 { $used } 个通行密钥，还可存储 { $remaining } 个。
cli-passkeys-user-and-display-name = { $name }（{ $display_name }）
cli-passkeys-no-user-name = （无用户名）
cli-passkeys-delete-confirm = 删除通行密钥 { $id }？其账户将无法再用此密钥登录。
cli-passkeys-deleted = 通行密钥已删除。
cli-passkeys-user-updated = 通行密钥的用户名已更新。

## fingerprints

cli-fingerprints-none = 没有已录入的指纹。用 `keyguide fingerprints enroll` 添加一个。
cli-fingerprints-no-name = （无名称）
cli-fingerprints-enrolled = 指纹已录入（ID { $id }）。
cli-fingerprints-renamed = 指纹已重命名。
cli-fingerprints-remove-confirm = 删除指纹 { $id }？
cli-fingerprints-removed = 指纹已删除。

## config

cli-config-always-uv-on = 此密钥现在始终要求 PIN 或指纹。
cli-config-always-uv-off = 此密钥仅在网站要求时才要求 PIN 或指纹。
cli-config-min-pin-length-set = PIN 最小长度现在为 { $length }。
cli-config-min-pin-length-set-change-pin = PIN 最小长度现在为 { $length }。当前 PIN 更短，因此必须先更改才能再次使用密钥。
cli-config-force-pin-change-done = 必须先更改 PIN 才能再次使用密钥。
cli-config-enterprise-attestation-confirm = 企业证明允许此密钥向您的组织或密钥制造商选定的网站单独表明身份（例如通过序列号）。只有重置密钥才能再次关闭它。
cli-config-enterprise-attestation-done = 企业证明已开启。

## reset 和 identify

cli-reset-confirm = 重置会清除此密钥上的 PIN、所有通行密钥和所有指纹。使用它的账户将不再接受它。
    密钥只在插入后约 10 秒内接受重置，并且需要触摸密钥。
cli-reset-done = 密钥已重置。它现在没有 PIN、通行密钥或指纹。
cli-identify-done = 这就是您触摸的密钥。

## report

cli-report-written = 报告已写入 { $json } 和 { $html }。
cli-report-not-written = 无法写出报告：{ $error }
cli-report-only-key = 唯一连接的密钥

## virtual

cli-virtual-created = 已在 { $path } 中创建虚拟密钥。
cli-virtual-replugged = 虚拟密钥已拔出并重新插入。
cli-virtual-seeded = 已在 { $sites } 个网站上创建 { $count } 个通行密钥。
cli-virtual-serving = 正在 { $reader } 的 vpcd 读卡器中将 { $path } 作为 NFC 卡提供。
cli-virtual-not-an-aaguid = '{ $aaguid }' 不是 AAGUID（应为 xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx 格式）。
cli-virtual-unknown-model = FIDO 元数据中没有 AAGUID 为 { $aaguid } 的型号。
cli-virtual-no-get-info = FIDO 元数据中没有 { $model } 的 authenticatorGetInfo。
cli-about-provision = 按策略批量准备密钥（IT 人员）：逐个处理密钥，直到您输入 q，每个密钥在报告中占一行。
cli-help-provision-policy = 准备策略（TOML；见 examples/provision-policy.toml）。
cli-help-provision-report = 要创建的报告（CSV，仅您可读；包含 PIN）。
cli-about-entra = 在 Microsoft Entra ID 中为用户注册密钥（离线）。
cli-about-entra-request = 显示获取用户创建选项的 Microsoft Graph 请求。
cli-help-entra-request-user = 用户的对象 ID 或用户主体名称。
cli-help-entra-request-challenge-timeout = 质询的有效时间，以分钟计（5 到 43200）。
cli-about-entra-register = 根据创建选项在密钥上创建用户的通行密钥，并写出要发送到 Microsoft Graph 的正文。
cli-help-entra-register-options = Microsoft Graph 返回的创建选项（JSON）。
cli-help-entra-register-out = 注册正文的写入位置（JSON）。
cli-help-entra-register-display-name = 密钥在用户方法列表中的名称。
cli-about-blobs = 显示或清空密钥的大型数据块（large blob）存储：网站保存在密钥上的数据。
cli-about-blobs-list = 存储的使用量，以及哪些通行密钥在其中有数据（需要 PIN）。
cli-about-blobs-clear = 清除存储中所有网站的数据。通行密钥保留。
cli-help-blobs-clear-yes = 不要求确认。
cli-blobs-clear-confirm = 清空会删除各网站保存在此密钥大型数据块存储中的数据（例如证书）。通行密钥会保留，但网站可能需要重新保存它们的数据。
cli-blobs-cleared = 大型数据块存储已清空。
