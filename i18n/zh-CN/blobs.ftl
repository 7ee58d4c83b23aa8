## 大型数据块（CTAP 2.1 §6.10）：网站保存在密钥上的数据，例如证书。

blobs-space = 大型数据块存储：已用 { $used } / { $max } 字节，可用 { $free } 字节。
blobs-space-unknown-max = 大型数据块存储：已用 { $used } 字节。
blobs-empty = 没有网站在其中保存数据。
blobs-entries = 共 { $count } 个条目。
blobs-owner = { $site } 上的 { $user }：{ $count } 个条目
blobs-unowned = 有 { $count } 个条目不属于此密钥上的任何通行密钥（例如已删除的通行密钥的条目）。
blobs-owners-need-pin = 输入 PIN 后会显示它们属于哪些通行密钥。
