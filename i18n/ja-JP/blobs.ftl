## ラージ ブロブ (CTAP 2.1 §6.10): サイトがキーに保存するデータ (証明書など)。

blobs-space = ラージ ブロブ保存領域: { $max } バイト中 { $used } バイト使用、空き { $free } バイト。
blobs-space-unknown-max = ラージ ブロブ保存領域: { $used } バイト使用。
blobs-empty = データを保存しているサイトはありません。
blobs-entries = エントリ { $count } 件。
blobs-owner = { $site } の { $user }: { $count } 件
blobs-unowned = { $count } 件のエントリは、このキーのどのパスキーにも属していません (削除したパスキーのものなど)。
blobs-owners-need-pin = どのパスキーのものかは PIN を入力すると表示されます。
