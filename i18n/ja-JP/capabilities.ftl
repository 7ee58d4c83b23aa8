# 新しいキー（CTAP 2.2）が自身について伝える情報: `keyguide info` と、PIN なしでのパスキー一覧。
capabilities-max-pin-length = PIN の最大文字数
capabilities-pin-rules = PIN のルール
capabilities-pin-policy = このキーには、長さ以外にも独自の PIN ルールがあります
capabilities-pin-policy-with-url = このキーには、長さ以外にも独自の PIN ルールがあります: { $url }
capabilities-reset = リセット
capabilities-reset-long-touch = 長押しが必要です（数秒間キーに指を当て続けてください）
capabilities-reset-transports = リセットできる接続
capabilities-attestation-formats = 構成証明の形式
capabilities-uv-count = 前回の PIN 以降の指紋によるロック解除
capabilities-read-only-listing = PIN を再入力せずにパスキー一覧を読み取れます
capabilities-key-identifier = キーの識別子
capabilities-passkeys-remembered = PIN を再入力せずに一覧を表示しました: KeyGuide を閉じるまで、このキーへの読み取りのみのアクセスを保持します。
