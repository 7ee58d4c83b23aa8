# 多个界面共用的词句。

common-retries-left = 还剩 { $count } 次
common-reading-key = 正在读取密钥…
common-cancel = 取消
common-back = 返回
common-dismiss = 关闭
common-saved = 已保存。
common-copy = 复制
common-pin-retries-before-block = 还剩 { $count } 次机会，之后 PIN 将被锁定。
common-save = 保存
