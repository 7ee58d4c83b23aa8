## 密钥中保存的内容：重置前要保存的网站列表，以及与备用密钥的比较。

inventory-holds-passkeys = { $sites } 个网站上的 { $passkeys } 个通行密钥
inventory-holds-with-fingerprints = { $passkeys }，{ $fingerprints } 个指纹
inventory-account-line = { $site } — { $user }
inventory-account-line-no-user = { $site }（无用户名）

## 命令行
inventory-export-exists = { $path } 已存在。请选择其他名称，或加上 --force 替换它。
inventory-export-not-written = 无法写入 { $path }：{ $error }
inventory-exported = 已将 { $count } 个账户保存到 { $path }。列表不含任何机密：请保留它，以便重置后知道要在哪里重新注册。
inventory-prompt-pin-this-key = 此密钥（{ $key }）的 PIN：
inventory-prompt-pin-other-key = 另一个密钥（{ $key }）的 PIN：
inventory-other-key-failed = 另一个密钥（{ $key }）：{ $error }
inventory-no-such-key-file = 没有虚拟密钥文件 { $path }。
inventory-compare-this-only = 仅在此密钥上：
inventory-compare-other-only = 仅在另一个密钥上：
inventory-compare-none = 无
inventory-compare-on-both = 两者都有：{ $count } 个
inventory-compare-same = 两个密钥保存的账户相同。

## 重置页面
inventory-busy-reading = 正在读取密钥中的内容…
inventory-reset-holds = 此密钥保存了 { $holdings }。重置会将其全部清除。
inventory-reset-unlock = 解锁以查看此密钥保存的内容
inventory-reset-unlock-hint = 有了 PIN，KeyGuide 可以在重置前统计此密钥上的通行密钥和指纹，并保存网站列表。
inventory-reset-save = 先保存网站列表…
inventory-reset-save-hint = 请保留此列表，以便重置后知道要在哪里重新注册。它只包含网站名和用户名，不含任何机密。
inventory-reset-saved = 网站列表已保存到 { $path }。
inventory-reset-not-saved = 无法保存列表：{ $error }
inventory-dialog-title = 保存此密钥上的网站列表
inventory-dialog-filter-csv = 电子表格（CSV）
inventory-dialog-filter-json = JSON
inventory-reset-cancel = 取消
inventory-reset-set-pin = 设置 PIN
# 文件名（不含扩展名）：网站列表。
inventory-file-stem = sites-on-my-key
