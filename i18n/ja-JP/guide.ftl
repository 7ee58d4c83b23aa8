# 職場または学校のアカウント (Microsoft Entra ID) 用のガイド付きセットアップ。

guide-title = このキーを職場や学校で使う
guide-intro = あなたの組織は Microsoft アカウント (Microsoft Entra ID) でサインインします。このガイドはキーを確認し、「セキュリティ情報」ページでキーを追加する手順を案内し、うまくいったことを確かめます。

guide-tab-check = キーの確認
guide-tab-register = アカウントに追加
guide-tab-confirm = 確認
guide-tab-windows = Windows サインイン
guide-tab-help = トラブルシューティング
guide-tab-it = IT 担当者向け

guide-next = 次へ
guide-previous = 前へ
guide-step-of = ステップ { $step } / { $total }
guide-on-the-page = Web ページで
guide-in-keyguide = KeyGuide で

## 準備状況の確認

guide-check-title = このキーは使える状態ですか?
guide-check-intro = 組織のサインインに必要なものを KeyGuide が確認します。キーを追加する前に、赤い項目を解決してください。
guide-check-unlock = PIN でパスキーを確認
guide-check-unlock-detail = パスキーの空き数や、職場・学校のパスキーがすでにあるかどうかは、キーの PIN がないと読み取れません。
guide-check-ready = このキーは準備ができています。アカウントへの追加に進んでください。
guide-check-not-ready = まず赤い項目を解決してください。
guide-check-continue = アカウントに追加する

guide-check-capabilities = Microsoft のサインインに対応
guide-check-capabilities-ok = このキーは、キーに保存するパスキー、PIN、hmac-secret 拡張機能に対応しています。
guide-check-capabilities-missing = このキーには Microsoft のサインインに必要な機能がありません: { $missing }。組織では使えないため、別のキーを依頼してください。
guide-capability-fido2 = FIDO2
guide-capability-discoverable = キーに保存するパスキー
guide-capability-pin = PIN
guide-capability-hmac-secret = hmac-secret 拡張機能

guide-check-pin = PIN が設定済み
guide-check-pin-ok = キーには PIN があります。Web ページでこの PIN を入力します。
guide-check-pin-missing = キーにはまだ PIN がありません。Web ページで求められるので、先にここで設定してください。
guide-check-pin-blocked = PIN がブロックされています。再び使えるようにするにはリセットしかなく、キーは消去されます。
guide-check-pin-change = このキーは、使う前に新しい PIN を求めています。
guide-fix-set-pin = PIN を設定
guide-fix-change-pin = PIN を変更
guide-fix-reset = リセットへ

guide-check-fingerprint = 指紋が登録済み (任意)
guide-check-fingerprint-ok = PIN の代わりに指でサインインできます。
guide-check-fingerprint-missing = 登録には不要ですが、指紋があれば PIN を入力せずにサインインできます。
guide-fix-add-fingerprint = 指紋を追加

guide-check-slots = 新しいパスキーの空き
guide-check-slots-ok = キーにはパスキーをもう 1 つ保存する空きがあります。
guide-check-slots-full = キーがいっぱいです。先に不要なパスキーを削除してください。
guide-check-slots-unknown = 確認するには、PIN でキーのロックを解除してください。
guide-fix-passkeys = パスキーを開く

guide-check-certification = FIDO 認定
guide-check-certification-ok = このモデルは FIDO 認定を受けており、認定は有効です。
guide-check-certification-revoked = FIDO Alliance はこのモデルの認定を取り消しました。認定を確認する組織はこのキーを拒否します。
guide-check-certification-unlisted = このモデルは KeyGuide に含まれる FIDO メタデータにありません。組織が構成証明を必須にしている場合は拒否されることがあります。IT 部門に確認してください。
guide-check-certification-uncertified = このモデルは登録されていますが、FIDO 認定を受けていません。組織が構成証明を必須にしている場合は拒否されることがあります。

guide-check-existing = 職場・学校のパスキー
guide-check-existing-none = キーにはまだ職場・学校のパスキーがありません。
guide-check-existing-found = キーにはすでに職場・学校のパスキーが { $count } 個あります。新しいパスキーは別のアカウント用にのみ必要です。
guide-check-existing-unknown = 確認するには、PIN でキーのロックを解除してください。

## Microsoft の「セキュリティ情報」ページでの手順

guide-register-title = キーをアカウントに追加
guide-step-before-title = 始める前に
guide-step-before = 次の 2 つが済んでいる必要があります:
guide-step-before-admin = • 組織がサインイン用のセキュリティ キー (パスキー) を許可している。わからない場合は IT 部門に確認してください。
guide-step-before-mfa = • 本人確認の方法がすでにもう 1 つある (Microsoft Authenticator アプリや電話番号など)。キーを追加する前にページで求められます。
guide-step-before-limit = 1 つのアカウントには最大 { $max } 個のセキュリティ キーを追加できます。

guide-step-open-title = 「セキュリティ情報」を開く
guide-step-open = ブラウザーで「セキュリティ情報」ページを開き、求められたら職場または学校のアカウントでサインインしてください。
guide-step-open-button = セキュリティ情報を開く
guide-step-open-copy = アドレスをコピー
guide-step-open-opened = ブラウザーでページが開きます。次の手順のためにここに戻ってください。

guide-step-add-title = サインイン方法を追加
guide-step-add = 「セキュリティ情報」ページで「+ サインイン方法の追加」を選びます。
guide-step-add-detail = もう一度サインインするよう、または本人確認をするよう求められたら、先にそれを済ませてください。

guide-step-choose-title = 「セキュリティ キー」を選ぶ
guide-step-choose = 方法の一覧から「セキュリティ キー」(組織によっては「パスキー」) を選び、「追加」を選びます。
guide-step-choose-missing = 一覧に「セキュリティ キー」がありませんか? 組織がまだ許可していません。「トラブルシューティング」を参照してください。

guide-step-transport-title = USB または NFC
guide-step-transport = キーの接続方法を尋ねられます。挿している場合は「USB デバイス」、リーダーにかざす場合は「NFC デバイス」を選びます。
guide-step-transport-yours = { $transport ->
    [usb] 今このキーは USB で接続されています。「USB デバイス」を選んでください。
    [nfc] 今このキーは NFC リーダー上にあります。「NFC デバイス」を選んでください。
   *[other] 実際のキーの接続方法を選んでください。
}
guide-step-transport-browser = 続いて、ブラウザーまたは Windows がセキュリティ キー用のウィンドウを開きます。キーは接続したままにしてください。

guide-step-pin-title = キーの PIN を入力
guide-step-pin = ウィンドウがキーの PIN を求めます。アカウントのパスワードではなく、このキーに設定した PIN を入力してください。
guide-step-pin-none = まだ PIN がない場合は、ウィンドウで作成するよう求められます。先に KeyGuide で設定することもできます。
guide-step-pin-retries = 注意: PIN がブロックされるまで残り { $count } 回です。

guide-step-touch-title = キーにタッチ
guide-step-touch = 求められたら、キーのボタンまたはセンサーにタッチします。待機中は点滅することがあります。
guide-step-touch-detail = 指紋キーの場合は、登録した指でタッチしてください。

guide-step-name-title = キーに名前を付ける
guide-step-name = ページに戻り、後で見分けられる名前 (例:「{ $name }」) をキーに付けて、「次へ」を選びます。

guide-step-done-title = 「完了」を選ぶ
guide-step-done = ページのサインイン方法の一覧にキーが表示されます。「完了」を選びます。
guide-step-done-button = キーを追加しました
guide-step-done-detail = KeyGuide が、キーに職場・学校のパスキーが入ったかを確認します。

## 確認

guide-confirm-title = うまくいきましたか?
guide-confirm-checking = キーのパスキーを読み取っています…
guide-confirm-unlock = KeyGuide が新しいパスキーを探せるよう、PIN でキーのロックを解除してください。
guide-confirm-check = キーを確認
guide-confirm-found = 成功です。キーには login.microsoft.com のパスキーが { $count } 個あります。このキーで職場または学校のアカウントにサインインできます。
guide-confirm-not-found = このキーには login.microsoft.com のパスキーが見つかりませんでした。
guide-confirm-not-found-detail = 「セキュリティ情報」ページにキーが表示されているか、「完了」を選んだかを確認してください。ページにエラーが表示された場合は「トラブルシューティング」を参照し、もう一度確認してください。
guide-confirm-next = 次へ: Windows にサインイン

## Windows サインイン

guide-windows-title = キーで Windows にサインイン
guide-windows-intro = 設定済みの職場のパソコンでは、ロック画面にサインイン方法としてキーが表示されます。
guide-windows-how = サインインの手順:
guide-windows-how-1 = 1. ロック画面で「サインイン オプション」を選びます。
guide-windows-how-2 = 2. セキュリティ キーのアイコンを選びます。
guide-windows-how-3 = 3. キーを挿し (またはリーダーにかざし)、PIN を入力してタッチします。
guide-windows-needs = パソコンに必要なもの (IT 部門が設定します):
guide-windows-needs-version = • { $version } 以降。
guide-windows-needs-join = • パソコンが Microsoft Entra ID に参加済み、またはハイブリッド参加済み。
guide-windows-needs-policy = • セキュリティ キーによるサインインが有効 (Intune、プロビジョニング パッケージ、またはグループ ポリシーで設定)。
guide-windows-no-option = ロック画面にセキュリティ キーの選択肢がない場合は、このパソコンで有効になっていません。IT 部門に問い合わせ、IT 担当者向けのページを見せてください。

## トラブルシューティング

guide-help-title = トラブルシューティング
guide-help-pin-blocked = PIN がブロックされた
guide-help-pin-blocked-detail = 間違った PIN が多すぎると、キーはどの PIN も受け付けなくなります。ブロックは解除できません。リセットすると再び使えますが、パスキーはすべて消去されます。その後、もう一度アカウントに追加してください。
guide-help-refused = 組織にキーを拒否された
guide-help-refused-detail = 組織は AAGUID で識別される特定のモデルだけを許可したり、FIDO 認定モデルだけを受け付けたりできます。このキーの AAGUID を IT 部門に伝えてください:
guide-help-copy-aaguid = AAGUID をコピー
guide-help-allowed-list = IT 部門から許可された AAGUID の一覧をもらいましたか? ここに貼り付けると、このキーが含まれるか確認できます:
guide-help-check-list = 確認
guide-help-list-nothing = 貼り付けたテキストに AAGUID が見つかりません。AAGUID は { $example } のような形式です。
guide-help-list-listed = このキーの AAGUID は一覧 ({ $total } 件) に含まれています。組織はこのモデルを許可しています。
guide-help-list-not-listed = このキーの AAGUID は一覧にありません (見つかった AAGUID: { $total } 件)。組織はこのモデルを拒否します。許可されたキーを依頼してください。
guide-help-full = パスキーの空きがない
guide-help-full-detail = どのキーも保存できる数に限りがあります。「パスキー」で使わなくなったものを削除してから、もう一度お試しください。
guide-help-browser = ブラウザーにセキュリティ キーが表示されない
guide-help-browser-detail = Microsoft Edge、Google Chrome、Firefox、Safari の最新版を使ってください。Windows では、Windows のウィンドウで (スマートフォンや顔ではなく)「セキュリティ キー」を選びます。キーを使っている可能性のある他のプログラムを閉じ、キーを抜いて挿し直してから、もう一度お試しください。方法の一覧に「セキュリティ キー」がまったくない場合は、組織がまだ許可していません。
