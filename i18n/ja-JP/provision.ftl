# キーの一括準備 (keyguide provision) と、Microsoft Entra ID でのユーザー用キー
# 登録 (keyguide entra)。ポリシー ファイルのフィールド名 (pin.random_digits
# など) はそのままにします。ユーザーがファイルに書く名前です。

## ポリシー ファイル
provision-policy-error = { $line } 行目、{ $field }: { $problem }
provision-policy-syntax = ここでは使えません ({ $detail })。
provision-policy-no-pin = ポリシーには random_digits か temporary_digits を含む [pin] テーブルが必要です。
provision-policy-two-pins = random_digits と temporary_digits のどちらか一方だけを指定してください。
provision-policy-out-of-range = { $min } から { $max } までの数値にしてください。
provision-policy-pin-shorter-than-minimum = PIN が { $digits } 桁になり、最小の長さ { $min } に足りません。
provision-policy-temporary-not-forced = 仮の PIN は必ず変更させる必要があります。force_change を削除するか true にしてください。
provision-policy-not-an-aaguid = 「{ $value }」は AAGUID ではありません (例: ee882879-721c-4913-9775-3dfcce97072a)。
provision-policy-unknown-certification = 「{ $value }」は認定レベルではありません (L1、L1+、L2、L2+、L3、L3+)。
provision-policy-unreadable = ポリシー { $path } を読み込めませんでした: { $error }
provision-policy-invalid = ポリシー { $path } が正しくありません。{ $error }

## キーが拒否された理由
provision-refused-model = ポリシーはこのモデル ({ $aaguid }) を許可していません。
provision-refused-certification = ポリシーは { $wanted } 以上を求めていますが、このモデルは { $has } です。
provision-refused-feature = ポリシーには { $feature } が必要ですが、このキーにはありません。
provision-refused-in-use = このキーは使用中 (PIN が設定済み) のため、変更していません。先にリセットするか、ポリシーで reset_first を設定してください。
provision-refused-key-minimum = このキーは { $min } 文字以上の PIN を求めますが、ポリシーの PIN は { $digits } 桁です。
provision-refused-passkeys = このキーにはすでに { $count } 個のパスキーがあります。キーにはレポートの PIN が設定されましたが、それ以外は変更していません。先にリセットするか、ポリシーで reset_first を設定してください。
provision-not-verified = キーから読み直したところ、次の設定が反映されていません: { $settings }。

## 一括処理
provision-report-not-created = レポート { $path } を作成できませんでした: { $error } (既存のレポートは上書きしません)。
provision-report-not-written = レポートに書き込めませんでした: { $error }
provision-insert-first = キーを挿すか、リーダーに置いてください。終了するには q を入力して Enter を押します。
provision-key-working = キー { $number } ({ $label }): 準備中です。抜かないでください…
provision-insert-next = キーを抜いて、次のキーを挿してください (終了は q と Enter)。
provision-key-prepared = キー { $number } ({ $model }): 準備しました。
provision-key-refused = キー { $number } ({ $model }): 拒否しました。{ $reason }
provision-key-failed = キー { $number }: 失敗しました。{ $reason }
provision-summary-all = { $count } 個のキーをすべて準備しました。レポート: { $path }
provision-summary-some-not = { $total } 個中 { $prepared } 個のキーを準備しました。残りは拒否または失敗です ({ $path } を参照)。
provision-one-virtual-key-only = --virtual を複数回指定できるのは provision コマンドだけです。

## Microsoft Entra ID
provision-entra-request-explained = この要求を、認証管理者または特権認証管理者としてサインインし、アクセス許可 { $permission } を持つご自身の Microsoft Graph ツールで送信してください。応答を JSON ファイルに保存し、「keyguide entra register --options」に渡します。
provision-entra-request-then = その後、「keyguide entra register --out」が書き出したファイルを次の本文として送信します: POST { $url } (Content-Type: application/json)。
provision-entra-options-unreadable = 作成オプション { $path } を読み込めませんでした: { $error }
provision-entra-options-invalid = { $path } の作成オプションは使用できません: { $error } キーには何もしていません。
provision-entra-not-json = JSON ではありません ({ $detail })。
provision-entra-missing = { $field } がないか空です。
provision-entra-not-base64 = { $field } が base64url ではありません。
provision-entra-challenge-too-short = チャレンジが { $bytes } バイトで、{ $min } バイトに足りません。Microsoft Graph のオプションではありません。
provision-entra-expired = チャレンジは { $at } に期限切れになりました。新しい作成オプションを取得してください。
provision-entra-bad-date = challengeTimeoutDateTime「{ $value }」は日時ではありません。
provision-entra-no-algorithm = オプションに、セキュリティ キーが使うアルゴリズム (ES256、EdDSA、RS256) がありません。
provision-entra-timeout-out-of-range = チャレンジの有効期間は { $min } から { $max } 分にしてください。
provision-entra-out-exists = { $path } はすでに存在します。登録用に別のファイルを指定してください。
provision-entra-out-not-written = { $path } を書き込めませんでした: { $error }
provision-entra-touch = キーに触れてパスキーを作成してください。
provision-entra-registered = { $user } のパスキーをキーに作成しました。{ $path } を Microsoft Graph に送信して登録してください。

## IT 担当者向けのアプリ画面（他の人のキーを準備）。PIN はここには表示されず、レポートにだけ記録されます。
provision-app-open = 他の人のキーを準備（IT 担当者向け）
provision-app-title = 他の人のキーを準備
provision-app-detail = IT 担当者向け: 差し込んだりかざしたりしたキーを 1 本ずつポリシー ファイルに従って準備し、設定した PIN と共にレポートに 1 行ずつ書き込みます。レポートには PIN が含まれるため、安全に保管してください。
provision-app-policy = ポリシー ファイル (TOML)
provision-app-report = 作成するレポート ファイル (CSV)
provision-app-policy-missing = ポリシー ファイルのパスを入力してください。
provision-app-report-missing = 新しいレポート ファイルのパスを入力してください。
provision-app-report-exists = { $path } は既に存在します。新しいファイル名を指定してください。レポートが上書きされることはありません。
provision-app-start = 開始
provision-app-stop = 停止
provision-app-insert-next = 次のキーを差し込むか、かざしてください。
provision-app-working = キー { $number } を準備しています。取り外さないでください…
provision-app-insert-demo = デモ キーを差し込む
provision-app-count = 準備済み { $prepared } 本、失敗 { $failed } 本
provision-app-row-number = キー { $number }
provision-app-result-prepared = 準備済み
provision-app-result-refused = 拒否
provision-app-result-failed = 失敗
