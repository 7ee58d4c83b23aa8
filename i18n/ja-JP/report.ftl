# レポートの読みやすい (HTML) ページ。JSON ファイルのフィールド名は英語のまま。

report-title = セキュリティ キー レポート: { $model }
report-heading = セキュリティ キー レポート
report-subtitle = { $model } · { $created } に { $generator } で作成
report-no-secrets = このレポートには PIN、パスキー、アカウント名は含まれません。

## 表の行

report-model = モデル
report-aaguid = AAGUID
report-connection = 接続
report-firmware = ファームウェア
report-versions = FIDO バージョン
report-transports = トランスポート
report-extensions = 拡張機能
report-pin = PIN
report-min-pin-length = PIN の最小文字数
report-pin-change-required = PIN の変更が必須
report-fingerprint-sensor = 指紋センサー
report-fingerprints-enrolled = 登録済みの指紋
report-always-uv = 常に本人確認を求める
report-passkey-management = パスキーの管理
report-passkeys-stored = 保存済みのパスキー
report-passkey-slots-free = パスキーの空き
report-sites = サイト
report-in-metadata = FIDO メタデータに掲載
report-certification = 認定
report-metadata-warning = メタデータの警告

## 値

report-yes = はい
report-no = いいえ
report-pin-not-supported = 非対応
report-pin-not-set = 未設定
report-pin-set = 設定済み
report-pin-set-retries = 設定済み、残り { $count } 回
report-connection-nfc-reader = { $reader } の NFC
report-connection-nfc = NFC
report-connection-usb = USB: { $label }
report-connection-virtual = 仮想キー: { $label }
