# 批量准备密钥 (keyguide provision)，以及在 Microsoft Entra ID 中为用户注册
# 密钥 (keyguide entra)。策略文件的字段名 (pin.random_digits 等) 保持原样：
# 用户在文件中写的就是这些名称。

## 策略文件
provision-policy-error = 第 { $line } 行，{ $field }：{ $problem }
provision-policy-syntax = 此处无效（{ $detail }）。
provision-policy-no-pin = 策略需要一个包含 random_digits 或 temporary_digits 的 [pin] 表。
provision-policy-two-pins = 请只指定 random_digits 或 temporary_digits 其中之一。
provision-policy-out-of-range = 必须是 { $min } 到 { $max } 之间的数字。
provision-policy-pin-shorter-than-minimum = PIN 将只有 { $digits } 位，少于最小长度 { $min }。
provision-policy-temporary-not-forced = 临时 PIN 必须更改：请删除 force_change 或将其设为 true。
provision-policy-not-an-aaguid = “{ $value }”不是 AAGUID（例如 ee882879-721c-4913-9775-3dfcce97072a）。
provision-policy-unknown-certification = “{ $value }”不是认证级别（L1、L1+、L2、L2+、L3 或 L3+）。
provision-policy-unreadable = 无法读取策略 { $path }：{ $error }
provision-policy-invalid = 策略 { $path } 无效。{ $error }

## 密钥被拒绝的原因
provision-refused-model = 策略不允许此型号（{ $aaguid }）。
provision-refused-certification = 策略要求 { $wanted } 或更高；此型号为 { $has }。
provision-refused-feature = 策略需要 { $feature }，但此密钥不提供。
provision-refused-in-use = 此密钥已在使用中（已设置 PIN），未作任何更改。请先重置，或在策略中设置 reset_first。
provision-refused-key-minimum = 此密钥要求 PIN 至少 { $min } 个字符；策略的 PIN 为 { $digits } 位。
provision-refused-passkeys = 此密钥上已有 { $count } 个通行密钥。它现在使用报告中的 PIN；其他未作更改。请先重置，或在策略中设置 reset_first。
provision-not-verified = 从密钥读回后发现以下设置未生效：{ $settings }。

## 批处理
provision-report-not-created = 无法创建报告 { $path }：{ $error }（从不覆盖已有的报告）。
provision-report-not-written = 无法写入报告：{ $error }
provision-insert-first = 请插入密钥或将其放在读卡器上。输入 q 并按回车键停止。
provision-key-working = 密钥 { $number }（{ $label }）：正在准备，请勿拔出…
provision-insert-next = 请拔出密钥并插入下一个（输入 q 并按回车键停止）。
provision-key-prepared = 密钥 { $number }（{ $model }）：已准备。
provision-key-refused = 密钥 { $number }（{ $model }）：已拒绝。{ $reason }
provision-key-failed = 密钥 { $number }：失败。{ $reason }
provision-summary-all = 全部 { $count } 个密钥已准备。报告：{ $path }
provision-summary-some-not = { $total } 个密钥中已准备 { $prepared } 个；其余被拒绝或失败（见 { $path }）。
provision-one-virtual-key-only = 只有 provision 命令可以多次使用 --virtual。

## Microsoft Entra ID
provision-entra-request-explained = 请用您自己的 Microsoft Graph 工具发送此请求，以身份验证管理员或特权身份验证管理员身份登录，并具有权限 { $permission }。将响应保存为 JSON 文件，并交给“keyguide entra register --options”。
provision-entra-request-then = 然后将“keyguide entra register --out”写出的文件作为以下请求的正文发送：POST { $url }（Content-Type: application/json）。
provision-entra-options-unreadable = 无法读取创建选项 { $path }：{ $error }
provision-entra-options-invalid = { $path } 中的创建选项无法使用：{ $error } 未对密钥执行任何操作。
provision-entra-not-json = 这不是 JSON（{ $detail }）。
provision-entra-missing = 缺少 { $field } 或其为空。
provision-entra-not-base64 = { $field } 不是 base64url。
provision-entra-challenge-too-short = 质询只有 { $bytes } 字节，少于 { $min }：这不是来自 Microsoft Graph 的选项。
provision-entra-expired = 质询已于 { $at } 过期。请获取新的创建选项。
provision-entra-bad-date = challengeTimeoutDateTime“{ $value }”不是日期。
provision-entra-no-algorithm = 选项中没有安全密钥使用的算法（ES256、EdDSA 或 RS256）。
provision-entra-timeout-out-of-range = 质询有效期必须为 { $min } 到 { $max } 分钟。
provision-entra-out-exists = { $path } 已存在；请为注册选择另一个文件。
provision-entra-out-not-written = 无法写入 { $path }：{ $error }
provision-entra-touch = 请触摸密钥以创建通行密钥。
provision-entra-registered = 已在密钥上为 { $user } 创建通行密钥。请将 { $path } 发送到 Microsoft Graph 以完成注册。

## 面向 IT 人员的应用界面（为他人准备密钥）。PIN 从不在这里显示，只写在报告中。
provision-app-open = 为他人准备密钥（IT 人员）
provision-app-title = 为他人准备密钥
provision-app-detail = 面向 IT 人员：您插入或轻触的每个密钥都会按照策略文件进行准备，并连同为其设置的 PIN 作为一行写入报告。请妥善保管报告：其中含有 PIN。
provision-app-policy = 策略文件 (TOML)
provision-app-report = 要创建的报告文件 (CSV)
provision-app-policy-missing = 请输入策略文件的路径。
provision-app-report-missing = 请输入新报告文件的路径。
provision-app-report-exists = { $path } 已存在。请换一个新文件名：报告永远不会被覆盖。
provision-app-start = 开始
provision-app-stop = 停止
provision-app-insert-next = 请插入或轻触下一个密钥。
provision-app-working = 正在准备密钥 { $number }。请勿移除…
provision-app-insert-demo = 插入演示密钥
provision-app-count = 已准备 { $prepared } 个，失败 { $failed } 个
provision-app-row-number = 密钥 { $number }
provision-app-result-prepared = 已准备
provision-app-result-refused = 已拒绝
provision-app-result-failed = 失败
