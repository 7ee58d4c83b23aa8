# コマンドライン: 人に向けて表示する内容。コマンド名、オプション名、
# --json の出力、clap 自身のエラー文は翻訳しません。

## --help: コマンド

cli-about = FIDO2 セキュリティ キーを管理します。コマンドを付けないとアプリを開きます。
cli-about-devices = 接続中のキーを一覧表示します。
cli-about-info = キーが何で、どう設定されているかを表示します。
cli-about-pin = PIN を設定、変更、確認します。
cli-about-pin-set = PIN のないキーに PIN を設定します。
cli-about-pin-change = PIN を変更します。
cli-about-pin-retries = PIN の残り試行回数を表示します。
cli-about-passkeys = パスキー (検出可能な資格情報) を一覧表示、削除、編集します。
cli-about-passkeys-list = パスキーをサイトごとに一覧表示します。
cli-about-passkeys-delete = パスキーを 1 つ削除します。
cli-about-passkeys-update-user = パスキーに保存されたユーザー名と表示名を変更します。
cli-about-fingerprints = 指紋を一覧表示、登録、名前変更、削除します。
cli-about-fingerprints-list = 登録済みの指紋を一覧表示します。
cli-about-fingerprints-enroll = 新しい指紋を登録します (センサーに何度かタッチします)。
cli-about-fingerprints-rename = 指紋の名前を変更します。
cli-about-fingerprints-remove = 指紋を削除します。
cli-about-config = キーの設定を変更します。
cli-about-config-always-uv = サイトが求めなくても、常に PIN または指紋を求めます。
cli-about-config-min-pin-length = PIN の最小文字数を引き上げます。
cli-about-config-force-pin-change = キーを再び使う前に PIN の変更を必須にします。
cli-about-config-enterprise-attestation = エンタープライズ構成証明をオンにします (IT 担当者向け): キーが組織のサイトに対して個別に自分を示せるようになります。オフにできるのはリセットだけです。
cli-help-config-enterprise-attestation-yes = 確認を求めません。
cli-about-reset = キーを消去します (PIN、パスキー、指紋)。元に戻せません。
cli-about-identify = キーを点滅させ、どれかを確かめます (タッチしてください)。
cli-about-genuine = キーが FIDO メタデータに載っている本物のモデルか確認します (架空のサイト向けにテストの署名をするだけで、何も保存しません)。
cli-about-doctor = このコンピューターを確認します: スマートカード サービス、USB アクセス、認識しているキー、ログ フォルダー。
cli-about-report = キーのレポート (秘密情報やアカウント名は含まない) を JSON と HTML で書き出します: FILE.json と FILE.html。--pin-stdin を付けるとパスキーの数も含めます。
cli-about-virtual = 仮想キーを作成、操作します (テスト、デモ、研修用)。
cli-about-virtual-create = 仮想キーのファイルを作成します。
cli-about-virtual-seed = 通常のクライアント経路で仮想キーにパスキーを作成します。
cli-about-virtual-replug = 仮想キーを抜いて挿し直します (電源の入れ直し)。
cli-about-virtual-serve-vpcd = 終了されるまで、仮想キーを pcscd の vpcd 仮想リーダー (パッケージ vsmartcard-vpcd) で NFC カードとして提供します。実行中、キーのファイルはこのコマンドのものです。その間ほかのコマンドで変更しないでください。
cli-about-help = このメッセージ、または指定したコマンドのヘルプを表示します。

## --help: オプションと引数

cli-help-virtual-key = 実際のキーの代わりに、このファイルに保存された仮想キーを使います。
cli-help-device = この ID のキーを使います (`keyguide devices` を参照)。
cli-help-pin-stdin = PIN を標準入力から 1 行に 1 つずつ読み取ります (現在の PIN、次に新しい PIN)。
cli-help-stats = 操作で送った CTAP コマンドの数を (標準エラー出力に) 表示します。
cli-help-json = 機械可読な出力を標準出力に出します。
cli-help-demo = 内蔵の仮想キーでアプリを開きます (実際のキーは不要)。
cli-help-demo-profile = --demo と一緒に: 仮想キーのプロファイル。bio (既定)、pre、basic、ctap22 (新しいキー: PIN の規則、ラージ ブロブ、リセットの規則)。
cli-help-theme = アプリの色: system (システムに合わせる)、light、dark。
cli-help-verbose = ターミナルにもログを出します。
cli-help-language = この実行での KeyGuide の言語: en-US、de-DE、fr-FR、es-ES、ja-JP、zh-CN。指定しない場合はアプリの設定またはシステムの言語。
cli-help-help = ヘルプを表示します。
cli-help-version = バージョンを表示します。
cli-help-passkeys-delete-credential-id = パスキーの ID (`keyguide passkeys list` の表示どおり)。
cli-help-passkeys-delete-yes = 確認を求めません。
cli-help-passkeys-update-user-credential-id = パスキーの ID (`keyguide passkeys list` の表示どおり)。
cli-help-passkeys-update-user-name = 新しいユーザー名 (多くはメール アドレス)。
cli-help-passkeys-update-user-display-name = 新しい表示名 (多くはその人のフル ネーム)。
cli-about-passkeys-export = キーにあるサイトとアカウントの一覧を保存します（秘密情報は含みません）: CSV、または --json か .json の名前で JSON。リセットの前に保存してください。
cli-help-passkeys-export-file = 書き込むファイル。
cli-help-passkeys-export-force = ファイルが既にある場合は置き換えます。
cli-about-passkeys-compare = このキーにあって別のキーにないサイトとアカウント、またはその逆を一覧表示します。
cli-help-passkeys-compare-with = もう一方のキー: デバイス ID（keyguide devices を参照）または仮想キーのファイル。
cli-help-fingerprints-enroll-name = 新しい指紋の名前 (例:「左手の人差し指」)。
cli-help-fingerprints-rename-id = 指紋の ID (`keyguide fingerprints list` の表示どおり)。
cli-help-fingerprints-rename-name = 新しい名前。
cli-help-fingerprints-remove-id = 指紋の ID (`keyguide fingerprints list` の表示どおり)。
cli-help-fingerprints-remove-yes = 確認を求めません。
cli-help-config-always-uv-state = on または off。
cli-help-config-min-pin-length-length = 新しい最小値 (文字数、最大 63)。増やすことしかできません。
cli-help-reset-yes = 確認を求めません。
cli-help-report-out = 書き出し先。拡張子 .json と .html が付きます。
cli-help-virtual-create-file = 新しいキーのファイル (既存のファイルは上書きしません)。
cli-help-virtual-create-profile = キーの種類: bio、pre、basic、または FIDO メタデータのモデルなら mds:<aaguid>。
cli-help-virtual-create-quirk = 仕様どおりではなく、一部の実際のキーと同じように応答します。forced-change-policy-violation: PIN 変更が強制されている間、正しい PIN に PIN_INVALID ではなく PIN_POLICY_VIOLATION を返します。複数回指定できます。
cli-help-virtual-seed-file = 仮想キーのファイル。
cli-help-virtual-seed-passkeys = 作成するパスキーの数。
cli-help-virtual-seed-sites = 分散させるサイトの数。
cli-help-virtual-replug-file = 仮想キーのファイル。
cli-help-virtual-serve-vpcd-file = 仮想キーのファイル。
cli-help-virtual-serve-vpcd-host = vpcd の待ち受け先 (このマシン上にしてください)。
cli-help-virtual-serve-vpcd-port = vpcd リーダーのポート。35963 が最初のリーダー (「Virtual PCD 00 00」) です。

## --help: 見出し

cli-heading-usage = 使い方
cli-heading-commands = コマンド
cli-heading-arguments = 引数
cli-heading-options = オプション

## コマンドの実行

cli-could-not-start = 開始できませんでした: { $error }
cli-stats-commands-sent = 送信した CTAP コマンド: { $count }
cli-json-failed = JSON を書き出せませんでした: { $error }

## 質問と PIN の入力

cli-prompt-current-pin = キーの PIN:
cli-prompt-new-pin = 新しい PIN ({ $min } 文字以上):
cli-prompt-repeat-pin = 新しい PIN (確認):
cli-stdin-ended = すべての PIN を読み取る前に標準入力が終わりました。
cli-stdin-not-utf8 = 標準入力が有効な UTF-8 テキストではありません。PIN は 1 行に 1 つずつテキストで指定してください。
cli-no-terminal-for-pin = PIN を尋ねるターミナルがありません。--pin-stdin で標準入力から渡してください。
cli-no-terminal-to-confirm = 元に戻せない操作ですが、確認するためのターミナルがありません。--yes を付けてください。
cli-confirm-type-word = 続行するには { $word } と入力してください:

## コマンド実行中にキーが求めること

cli-touch-key = 今すぐセキュリティ キーにタッチしてください。
cli-touch-sensor = 指紋センサーにタッチしてください。
cli-sample-good = OK です。
cli-sample-too-high = 高すぎます。指を下に置いてください。
cli-sample-too-low = 低すぎます。指を上に置いてください。
cli-sample-too-left = 左すぎます。指を右へずらしてください。
cli-sample-too-right = 右すぎます。指を左へずらしてください。
cli-sample-too-fast = 速すぎます。もう少し長く指を置いてください。
cli-sample-too-slow = 遅すぎます。早めに指を離してください。
cli-sample-poor-quality = 読み取れません。指をきれいにして乾かし、平らに押し当ててください。
cli-sample-too-skewed = 斜めです。指をまっすぐ置いてください。
cli-sample-too-short = 短すぎます。もう少し長くセンサーに指を置いてください。
cli-sample-merge-failure = このタッチを組み合わせられませんでした。もう一度お試しください。
cli-sample-already-exists = この指紋はすでに登録されています。
cli-sample-no-user-activity = 指が検出されません。センサーにタッチしてください。
cli-sample-no-user-presence-transition = 指を離してから、もう一度タッチしてください。
cli-sample-unknown = 受け付けられませんでした。もう一度お試しください。
cli-sample-complete = { $advice } 指紋の登録が完了しました。
cli-sample-again = { $advice } 指を離してもう一度タッチしてください (あと { $remaining } 回)。

## devices

cli-devices-none = セキュリティ キーが見つかりません。セキュリティ キーを挿してください (またはリーダーにかざしてください)。
cli-devices-on-reader = { $label } (リーダー「{ $reader }」上)

## info

cli-yes = はい
cli-no = いいえ
cli-info-warning = 警告: { $warning }
cli-info-aaguid = AAGUID
cli-info-versions = FIDO バージョン
cli-info-firmware = ファームウェア
cli-info-transports = トランスポート
cli-info-certification = 認定
cli-info-pin = PIN
cli-info-min-pin-length = PIN の最小文字数
cli-info-fingerprints = 指紋
cli-info-passkeys = パスキー
cli-info-passkey-management = パスキーの管理
cli-info-always-uv = 常に PIN を求める
cli-info-pin-not-supported = 非対応
cli-info-pin-not-set = 未設定 (`keyguide pin set` で設定してください)
cli-info-pin-set = 設定済み
cli-info-pin-set-retries = 設定済み、残り { $count } 回
cli-info-pin-power-cycle = キーを抜いて挿し直すまでブロック中
cli-info-force-pin-change = キーを使う前に PIN を変更する必要があります。
cli-info-fingerprints-enrolled = 対応、登録済み
cli-info-fingerprints-none = 対応、未登録
cli-info-fingerprints-unsupported = 非対応
cli-info-passkeys-used = { $used } 個を保存、あと { $remaining } 個保存可能
cli-info-passkeys-room = あと { $remaining } 個保存可能

## pin

cli-pin-retries = PIN の残り試行回数は { $count } 回です。
cli-pin-retries-power-cycle = 次に試す前に、キーを抜いて挿し直してください。
cli-pin-set-done = PIN を設定しました。
cli-pin-changed = PIN を変更しました。

## passkeys

cli-passkeys-summary = パスキー { $used } 個を保存、あと { $remaining } 個保存可能です。
cli-passkeys-user-and-display-name = { $name } ({ $display_name })
cli-passkeys-no-user-name = (ユーザー名なし)
cli-passkeys-delete-confirm = パスキー { $id } を削除しますか? そのアカウントはこのキーでサインインできなくなります。
cli-passkeys-deleted = パスキーを削除しました。
cli-passkeys-user-updated = パスキーのユーザー名を更新しました。

## fingerprints

cli-fingerprints-none = 登録済みの指紋はありません。`keyguide fingerprints enroll` で追加してください。
cli-fingerprints-no-name = (名前なし)
cli-fingerprints-enrolled = 指紋を登録しました (ID { $id })。
cli-fingerprints-renamed = 指紋の名前を変更しました。
cli-fingerprints-remove-confirm = 指紋 { $id } を削除しますか?
cli-fingerprints-removed = 指紋を削除しました。

## config

cli-config-always-uv-on = このキーは常に PIN または指紋を求めるようになりました。
cli-config-always-uv-off = このキーは、サイトが求める場合だけ PIN または指紋を求めます。
cli-config-min-pin-length-set = PIN の最小文字数は { $length } になりました。
cli-config-min-pin-length-set-change-pin = PIN の最小文字数は { $length } になりました。現在の PIN はこれより短いため、キーを再び使う前に変更が必要です。
cli-config-force-pin-change-done = キーを再び使う前に PIN の変更が必要です。
cli-config-enterprise-attestation-confirm = エンタープライズ構成証明をオンにすると、このキーは組織またはキーのメーカーが選んだサイトに対して、個別に (たとえばシリアル番号で) 自分を示せるようになります。オフに戻せるのはキーのリセットだけです。
cli-config-enterprise-attestation-done = エンタープライズ構成証明はオンです。

## reset と identify

cli-reset-confirm = リセットすると、このキーの PIN、すべてのパスキー、すべての指紋が消去されます。このキーを使っているアカウントでは使えなくなります。
    キーは差し込んでから約 10 秒以内しかリセットを受け付けず、キーへのタッチが必要です。
cli-reset-done = キーをリセットしました。PIN、パスキー、指紋はありません。
cli-identify-done = これがタッチしたキーです。

## report

cli-report-written = レポートを { $json } と { $html } に書き出しました。
cli-report-not-written = レポートを書き出せませんでした: { $error }
cli-report-only-key = 接続中の唯一のキー

## virtual

cli-virtual-created = { $path } に仮想キーを作成しました。
cli-virtual-replugged = 仮想キーを抜いて挿し直しました。
cli-virtual-seeded = { $sites } 個のサイトにパスキーを { $count } 個作成しました。
cli-virtual-serving = { $path } を NFC カードとして vpcd リーダー ({ $reader }) で提供しています。
cli-virtual-not-an-aaguid = '{ $aaguid }' は AAGUID ではありません (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx の形式が必要です)。
cli-virtual-unknown-model = FIDO メタデータに AAGUID { $aaguid } のモデルはありません。
cli-virtual-no-get-info = FIDO メタデータには { $model } の authenticatorGetInfo がありません。
cli-about-provision = ポリシーに従ってキーを一括準備します (IT 担当者向け): q を入力するまでキーを次々に処理し、キーごとにレポートを 1 行書きます。
cli-help-provision-policy = 準備ポリシー (TOML。examples/provision-policy.toml を参照)。
cli-help-provision-report = 作成するレポート (CSV。本人だけが読めます。PIN を含みます)。
cli-about-entra = Microsoft Entra ID でユーザー用にキーを登録します (オフライン)。
cli-about-entra-request = ユーザーの作成オプションを取得する Microsoft Graph 要求を表示します。
cli-help-entra-request-user = ユーザーのオブジェクト ID またはユーザー プリンシパル名。
cli-help-entra-request-challenge-timeout = チャレンジの有効期間 (分、5 から 43200)。
cli-about-entra-register = 作成オプションからユーザーのパスキーをキーに作成し、Microsoft Graph に送る本文を書き出します。
cli-help-entra-register-options = Microsoft Graph が返した作成オプション (JSON)。
cli-help-entra-register-out = 登録の本文の書き出し先 (JSON)。
cli-help-entra-register-display-name = ユーザーの方法一覧に表示するキーの名前。
cli-about-blobs = キーのラージ ブロブ保存領域 (サイトがキーに保存するデータ) を表示または消去します。
cli-about-blobs-list = 保存領域の使用量と、そこにデータを持つパスキー (PIN が必要) を表示します。
cli-about-blobs-clear = 保存領域にある全サイトのデータを消去します。パスキーは残ります。
cli-help-blobs-clear-yes = 確認を求めません。
cli-blobs-clear-confirm = 消去すると、各サイトがこのキーのラージ ブロブ保存領域に保存しているデータ (証明書など) が消えます。パスキーは残りますが、サイトがデータを保存し直す必要があるかもしれません。
cli-blobs-cleared = ラージ ブロブ保存領域は空です。
