# キー操作の結果 (src/device/error.rs)。

## PIN

errors-pin-invalid = PIN が違います。
errors-pin-invalid-retries = PIN が違います。残り { $retries } 回です。
errors-pin-auth-blocked = 間違った PIN が続きました。キーを抜いて挿し直し、もう一度お試しください。
errors-pin-blocked = 間違いが多すぎたため、PIN はブロックされています。キーを再び使えるようにするにはリセットしかありません (キーは消去されます)。
errors-pin-not-set = このキーにはまだ PIN がありません。先に設定してください。
errors-pin-already-set = このキーにはすでに PIN があります。代わりに 'change' を使ってください。
errors-pin-change-required = キーを使う前に PIN を変更する必要があります。
errors-pin-policy-violation = キーの PIN ポリシーにより、この PIN は拒否されました (短すぎる、単純すぎる、または前と同じ)。
errors-pin-required = この操作にはキーの PIN が必要です。
errors-token-rejected = キーはこのセッションの PIN トークンを受け付けなくなりました。もう一度 PIN を入力してください。

## キーに送る前に拒否された PIN

errors-pin-too-short = PIN は { $min } 文字以上にしてください。
errors-pin-too-long = PIN は 63 バイト以内にしてください。
errors-pin-too-long-for-key = このキーが受け付ける PIN は最大 { $max } 文字です。
errors-pin-contains-nul = PIN に NUL 文字は使えません。
errors-pin-mismatch = 2 つの PIN が一致しません。

## 指紋

errors-uv-invalid = 指紋を認識できません。残り { $retries } 回です。
errors-uv-blocked = 指紋認証はブロックされています。代わりに PIN を使ってください。
errors-fingerprint-storage-full = このキーの指紋の保存領域がいっぱいです。先に指紋を削除してください。
errors-unknown-fingerprint = このキーに ID { $id } の指紋はありません。
errors-fingerprint-name-too-long = このキーには指紋の名前が長すぎます (最大 { $max } バイト)。

## パスキー

errors-key-store-full = キーのパスキー保存領域がいっぱいです。先にパスキーを削除してください。
errors-no-passkeys = このキーにパスキーはありません。
errors-unknown-credential = このキーに ID { $id } のパスキーはありません。
errors-invalid-min-pin-length = PIN の最小文字数は増やすことしかできません。{ $current } から 63 までの値を選んでください。

## 操作の流れ

errors-invalid-option = キーがこの要求のオプションを拒否しました。
errors-not-allowed = キーが許可しませんでした。
errors-operation-denied = キーで操作が拒否されました。
errors-reset-window-passed = キーは差し込んでから約 10 秒以内しかリセットを受け付けません。キーを抜いて挿し直し、すぐにもう一度お試しください。
errors-reset-declined = キーでリセットを拒否しました。何も消去されていません。
errors-user-action-timeout = 時間内にキーにタッチされませんでした。もう一度お試しください。
errors-timeout = キーが時間内に応答しませんでした。キーを抜いて挿し直し、もう一度お試しください。
errors-cancelled = キャンセルしました。
errors-busy = キーは別のプログラムが使用中です。キーを使っているほかのプログラムを閉じて、もう一度お試しください。

## キーにない機能

errors-unsupported-client-pin = このキーは PIN に対応していません。
errors-unsupported-credential-management = このキーはパスキーの管理に対応していません。
errors-unsupported-bio-enrollment = このキーは指紋に対応していません。
errors-unsupported-authenticator-config = このキーは設定の変更に対応していません。
errors-unsupported-always-uv = このキーは「常に本人確認を求める」設定に対応していません。
errors-unsupported-min-pin-length = このキーは PIN の最小文字数の変更に対応していません。
errors-unsupported-enterprise-attestation = このキーはエンタープライズ構成証明に対応していません。
errors-unsupported-large-blobs = このキーには大きなデータ ブロック (ラージ ブロブ) の保存領域がありません。
errors-unsupported-update-user-information = このキーはパスキーのユーザー名の編集に対応していません。
errors-unsupported-selection = このキーは識別操作に対応していません。
errors-unsupported-pin-uv-auth-token = このキーは権限付きの PIN トークンに対応していません。

## 接続

errors-disconnected = キーが取り外されました。
errors-no-key = セキュリティ キーが見つかりません。セキュリティ キーを挿して、もう一度お試しください。
errors-several-keys = 複数のキーが接続されています。--device で 1 つ選んでください。
errors-unknown-device = ID { $id } のキーは接続されていません。
errors-no-smart-card-service = スマート カード サービスが見つかりません。NFC キーを使うには pcscd (Windows ではスマート カード サービス) を起動してください。
errors-os-permission-denied = システムがキーへのアクセスを許可しませんでした: { $reason }
errors-protocol = キーから KeyGuide が読み取れない応答が返りました ({ $detail })。キーを抜いて挿し直し、もう一度お試しください。
errors-other = キーとの通信中に問題が発生しました ({ $detail })。キーを抜いて挿し直し、もう一度お試しください。

## A CTAP status with no message above (CTAP 2.1 §8.2)
# $code: the status code in hex (0x7F), for support; not translated.
errors-status-unsupported = このキーはこの要求に対応していません (コード { $code })。キーのファームウェアを更新するか、別のキーを使うと解決する場合があります。
errors-status-request-rejected = キーが KeyGuide の要求を無効として拒否しました (コード { $code })。キーを抜いて挿し直し、もう一度お試しください。繰り返し起きる場合は、このコードを添えて報告してください。
errors-status-channel = キーとの接続の同期が崩れました (コード { $code })。キーを抜いて挿し直し、もう一度お試しください。
errors-status-pending = キーは前の要求をまだ処理中です (コード { $code })。少し待ってから、もう一度お試しください。
errors-status-no-operations = キーには続行できる未完了の操作がありませんでした (コード { $code })。操作を最初からやり直してください。
errors-status-invalid-credential = キーがこのパスキーを認識しませんでした (コード { $code })。一覧を更新して、もう一度お試しください。
errors-status-credential-excluded = このキーには、このアカウントのパスキーがすでにあります (コード { $code })。何も変更されていません。
errors-status-large-blob-full = パスキーの追加データ用のキーの保存領域がいっぱいです (コード { $code })。不要なパスキーを削除して、もう一度お試しください。
errors-status-up-required = この操作にはキーへのタッチが必要です (コード { $code })。もう一度お試しいただき、キーが点滅したらタッチしてください。
errors-status-integrity = キーが、受け取ったデータまたは保存データの検査で不一致を検出しました (コード { $code })。もう一度お試しください。繰り返し起きる場合は、このコードを添えて報告してください。
errors-status-other = キーで内部エラーが発生し、操作が完了しませんでした (コード { $code })。キーを抜いて挿し直し、もう一度お試しください。再び起きる場合は、キーが故障している可能性があります。
errors-status-unknown = キーが KeyGuide の知らないエラーを報告しました (コード { $code })。キーを抜いて挿し直し、もう一度お試しください。繰り返し起きる場合は、このコードを IT サポートに伝えてください。
