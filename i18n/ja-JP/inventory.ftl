## キーに保存されている内容: リセット前に保存するサイトの一覧と、予備のキーとの比較。

inventory-holds-passkeys = { $sites } 件のサイトのパスキー { $passkeys } 件
inventory-holds-with-fingerprints = { $passkeys }、指紋 { $fingerprints } 件
inventory-account-line = { $site } — { $user }
inventory-account-line-no-user = { $site }（ユーザー名なし）

## コマンドライン
inventory-export-exists = { $path } は既にあります。別の名前を選ぶか、--force を付けて置き換えてください。
inventory-export-not-written = { $path } に書き込めませんでした: { $error }
inventory-exported = { $count } 件のアカウントを { $path } に保存しました。一覧に秘密情報は含まれません。リセット後にどこで登録し直すか分かるように保管してください。
inventory-prompt-pin-this-key = このキー（{ $key }）の PIN:
inventory-prompt-pin-other-key = もう一方のキー（{ $key }）の PIN:
inventory-other-key-failed = もう一方のキー（{ $key }）: { $error }
inventory-no-such-key-file = 仮想キーのファイル { $path } はありません。
inventory-compare-this-only = このキーだけにあるもの:
inventory-compare-other-only = もう一方のキーだけにあるもの:
inventory-compare-none = なし
inventory-compare-on-both = 両方にあるもの: { $count } 件
inventory-compare-same = 両方のキーに同じアカウントがあります。

## リセット画面
inventory-busy-reading = キーの内容を読み取っています…
inventory-reset-holds = このキーには { $holdings } があります。リセットするとすべて消去されます。
inventory-reset-unlock = ロックを解除してキーの内容を見る
inventory-reset-unlock-hint = PIN があれば、KeyGuide はリセットの前にこのキーのパスキーと指紋を数え、サイトの一覧を保存できます。
inventory-reset-save = 先にサイトの一覧を保存…
inventory-reset-save-hint = リセット後にどこで登録し直すか分かるように一覧を保管してください。サイト名とユーザー名だけで、秘密情報は含みません。
inventory-reset-saved = サイトの一覧を { $path } に保存しました。
inventory-reset-not-saved = 一覧を保存できませんでした: { $error }
inventory-dialog-title = このキーのサイト一覧を保存
inventory-dialog-filter-csv = 表計算（CSV）
inventory-dialog-filter-json = JSON
inventory-reset-cancel = キャンセル
inventory-reset-set-pin = PIN を設定
# ファイル名（拡張子なし）: サイトの一覧。
inventory-file-stem = sites-on-my-key
