# 職場または学校のアカウント (Microsoft Entra ID) 用のガイド付きセットアップ。

## Microsoft の表示どおりのラベル。Microsoft のページやウィンドウを引用する手順は
## すべてこれらの term を使うので、ここを 1 か所直せば全手順に反映されます
## (tests/ui_guide.rs で確認)。日本語ラベルはローカライズ版 Microsoft Learn で
## 未確認 (参照できるページがありませんでした)。違っていればここを直してください。
-ms-security-info = セキュリティ情報
-ms-add-sign-in-method = + サインイン方法の追加
-ms-passkey = パスキー
-ms-passkey-authenticator = Microsoft Authenticator のパスキー
-ms-next = 次へ
-ms-security-key = セキュリティ キー
-ms-use-another-device = 別のデバイスを使用する
-ms-more-options = その他のオプション
-ms-done = 完了
-ms-sign-in-options = サインイン オプション

guide-title = このキーを職場または学校で使う
guide-intro = 組織は Microsoft アカウント (Microsoft Entra ID) でサインインします。このガイドはキーを確認し、「{ -ms-security-info }」ページでの追加を案内し、うまくいったことを確かめます。
guide-no-key = キーが開かれていません。各手順の説明はここで読めます。キーの確認と登録の確認にはキーが必要です。キーを挿して開いてください。

# ガイド上部のタブ。短く (6 つが 1 行に収まるように)。
guide-tab-check = 確認
guide-tab-register = 追加
guide-tab-confirm = 結果
guide-tab-windows = Windows
guide-tab-help = ヘルプ
guide-tab-it = IT 担当者

guide-next = 次へ
guide-previous = 前へ
guide-step-of = 手順 { $step }/{ $total }
guide-on-the-page = Web ページで
guide-in-keyguide = KeyGuide で

## Microsoft の「セキュリティ情報」ページでの手順

guide-register-title = キーをアカウントに追加する
guide-step-before-title = 始める前に
guide-step-before = まず確認してください:
guide-step-before-admin = • 組織がパスキー (FIDO2) を許可し、自分で設定することを認めていること。わからない場合は IT 部門に確認してください。
guide-step-before-mfa = • Microsoft は 2 つ目の方法 (Microsoft Authenticator や SMS など) でのサインインを求め、その後 { $minutes } 分以内にキーを追加する必要があります。次の手順は続けて行ってください。
guide-step-before-guest = • ゲスト アカウント (他の組織から招待されたもの) はパスキーを追加できません。
guide-step-before-limit = Microsoft は 1 アカウントあたりパスキーを最大 { $max } 個までにすることを推奨しています。
guide-step-before-remember = 最後に新しいパスキーを見分けられるよう、KeyGuide はキーにすでにある職場または学校のパスキーを記録します。
guide-step-before-read = キーのパスキーを記録
guide-step-before-noted = { $count ->
    [0] 記録しました: キーには職場または学校のパスキーはまだありません。
   *[other] 記録しました: キーにはすでに職場または学校のパスキーが { $count } 個あります。
}

guide-step-open-title = 「{ -ms-security-info }」を開く
guide-step-open = ブラウザーで「{ -ms-security-info }」ページを開き、職場または学校のアカウントでサインインします。
guide-step-open-button = { -ms-security-info }を開く
guide-step-open-copy = アドレスをコピー
guide-step-open-opened = ページがブラウザーで開きます。次の手順のためにここへ戻ってください。

guide-step-add-title = サインイン方法を追加
guide-step-add = 「{ -ms-security-info }」ページで「{ -ms-add-sign-in-method }」を選びます。
guide-step-add-detail = 再サインインや本人確認を求められたら、先にそれを済ませてください。

guide-step-choose-title = 「{ -ms-passkey }」を選ぶ
guide-step-choose = 方法の一覧で「{ -ms-passkey }」を選び、「{ -ms-next }」を選びます。
guide-step-choose-not-authenticator = 「{ -ms-passkey-authenticator }」ではありません。そちらはパスキーをキーではなくスマートフォンのアプリに保存します。
guide-step-choose-missing = 一覧に「{ -ms-passkey }」がない場合は、組織がまだ許可していません。ヘルプを参照してください。
guide-picture-methods = 方法の一覧。強調された「{ -ms-passkey }」を選びます。
guide-picture-methods-row = { -ms-passkey }

guide-step-save-title = 「{ -ms-security-key }」に保存
guide-step-save = ブラウザーまたは Windows が、パスキーの保存先を尋ねます。「{ -ms-security-key }」を選びます。
guide-step-save-windows = Windows (どのブラウザーでも): まず Windows に保存するよう勧められることがあります。「{ -ms-use-another-device }」または「{ -ms-more-options }」を選び、次に「{ -ms-security-key }」を選びます。
guide-step-save-chrome = macOS や Linux の Chrome は独自のウィンドウを表示します。USB セキュリティ キーの選択肢を選んでください。
guide-step-save-edge = Edge は macOS では Chrome と同じ、Windows では Windows のウィンドウを使います。
guide-step-save-macos = macOS の Safari と Firefox はシステムのウィンドウを表示します。iCloud キーチェーンではなく、セキュリティ キーの選択肢を選んでください。
guide-picture-save = パスキーの保存先を尋ねるウィンドウ。強調された「{ -ms-security-key }」を選びます。
guide-picture-save-row = { -ms-security-key }

guide-step-pin-title = キーを接続して PIN を入力
guide-step-pin-connect = { $transport ->
    [usb] キーは挿さっています。そのままにしてください。
    [nfc] ウィンドウに求められたら、キーを NFC リーダーにかざしてください。
   *[other] ウィンドウに求められたら、キーを挿すかリーダーにかざしてください。
}
guide-step-pin = ウィンドウがキーの PIN を尋ねます。アカウントのパスワードではなく、このキーに設定した PIN を入力します。
guide-step-pin-none = PIN がまだない場合は、ウィンドウで作成を求められます。先に KeyGuide で設定することもできます。
guide-step-pin-retries = { $count ->
   *[other] PIN がブロックされるまで、残り { $count } 回です。
}

guide-step-touch-title = キーに触れる
guide-step-touch = ウィンドウに求められたら、キーのボタンまたはセンサーに触れます。待機中は点滅することがあります。
guide-step-touch-detail = 指紋キーの場合は、登録した指で触れてください。

guide-step-name-title = 名前を付けて「{ -ms-done }」
guide-step-name = 「{ -ms-security-info }」ページに戻り、あとでわかる名前 (例:「{ $name }」) をキーに付けて、「{ -ms-done }」を選びます。
guide-step-done-button = キーを追加しました
guide-step-done-detail = KeyGuide がキーをもう一度読み取り、新しいパスキーを探します。

## 確認

guide-confirm-title = うまくいきましたか?
guide-confirm-checking = キーのパスキーを読み取っています…
guide-confirm-unlock = KeyGuide が新しいパスキーを探せるよう、PIN でキーのロックを解除してください。
guide-confirm-check = キーを確認
guide-confirm-found = { $count ->
   *[other] 成功しました: キーには次の職場または学校のアカウントの新しいパスキーが { $count } 個あります:
}
guide-confirm-account = • { $display } ({ $user })
guide-confirm-unnamed = (名前なし)
guide-confirm-not-found = このキーに login.microsoft.com の新しいパスキーは見つかりませんでした。
guide-confirm-not-found-detail = 「{ -ms-security-info }」ページに新しいパスキーが表示されているか、このキーで (Windows やスマートフォンではなく)「{ -ms-security-key }」を選んだか、「{ -ms-done }」を選んだかを確認し、もう一度確認してください。
guide-confirm-older = { $count ->
   *[other] キーには以前からの職場または学校のパスキーも { $count } 個ありますが、数に入りません。
}
guide-confirm-no-baseline = 開始前に KeyGuide がキーを読み取っていないため、新しいパスキーと以前のものを区別できません。手順 1 に戻って KeyGuide にパスキーを記録させ、そこから手順を進めてください。
guide-confirm-start = 手順 1 に戻る
guide-confirm-next = 次へ: Windows にサインイン

## Windows サインイン

guide-windows-title = キーで Windows にサインインする
guide-windows-intro = そのように設定された職場の PC では、Windows のロック画面でキーによるサインインを選べます。
guide-windows-how = サインインの方法:
guide-windows-how-1 = 1. ロック画面で「{ -ms-sign-in-options }」を選びます。
guide-windows-how-2 = 2. セキュリティ キーのアイコンを選びます。
guide-windows-how-3 = 3. キーを挿し (またはリーダーにかざし)、PIN を入力してキーに触れます。
guide-windows-this-pc = この PC
guide-windows-reading = この PC の Windows バージョンを読み取っています…
guide-windows-not-windows = このページは Windows PC についてのものです。このコンピューターは Windows ではないため KeyGuide は確認できません。以下はサインインしたい Windows PC に当てはまります。
guide-windows-pc-version = { $name } { $version } (ビルド { $build })
guide-windows-pc-join = { $join ->
    [entra] Microsoft Entra ID に参加しています。
    [hybrid] ハイブリッド参加: Microsoft Entra ID と組織のドメインに参加しています。
    [domain] オンプレミスのドメインにのみ参加しています。
    [none] どの組織にも参加していません (個人またはワークグループの PC)。
   *[unknown] この PC の参加状態を読み取れませんでした。
}
guide-windows-verdict-possible = この PC ではキーによる Windows サインインが可能です。ロック画面にキーが表示されない場合は、IT 部門がこの PC でまだ有効にしていません。
guide-windows-verdict-update = キーで Windows にサインインするには、この PC に { $version } 以降が必要です。Windows Update を適用するか、IT 部門に相談してください。
guide-windows-verdict-not-joined = キーによる Windows サインインには、Microsoft Entra ID に参加 (またはハイブリッド参加) した職場の PC が必要です。この PC では、ブラウザーで Web サイトにキーを使えます。
guide-windows-verdict-domain = キーで Windows にサインインするには、PC が Microsoft Entra ID にも参加している (ハイブリッド参加) 必要があります。ドメインだけでは足りません。IT 部門に相談してください。
guide-windows-verdict-unknown = バージョンは十分新しいです。使えるかどうかは PC の参加状態によります。IT 部門に確認してください。
guide-windows-browser-ok = ブラウザーでは、この PC でキーを使えます。
guide-windows-browser-old = ブラウザーでキーを使うには { $version } 以降が必要です。KeyGuide でのキーの管理はこの PC でもできます。
guide-windows-needs = PC に必要なこと (IT 部門が設定します):
guide-windows-needs-entra = • Microsoft Entra ID に参加: { $version } 以降。
guide-windows-needs-hybrid = • ハイブリッド参加 (Entra ID とドメイン): { $version } 以降。
guide-windows-needs-policy = • セキュリティ キーによるサインインが有効 (Intune、プロビジョニング パッケージ、またはグループ ポリシーで)。
guide-windows-needs-browser = ブラウザーでのキーには { $version } 以降が必要です。Windows 10 1809 はキーでロック解除できません。
guide-windows-no-option = ロック画面にセキュリティ キーがない場合は、この PC で有効になっていません。IT 部門に相談し、IT 担当者向けページを見せてください。

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
guide-help-full-detail = どのキーも保存できる数に限りがあります。KeyGuide のパスキー画面で使わなくなったものを削除してから、もう一度お試しください。
guide-help-browser = ブラウザーにセキュリティ キーが表示されない
guide-help-browser-detail = Microsoft Edge、Google Chrome、Firefox、Safari の最新版を使ってください。パスキーの保存先を尋ねるウィンドウでは、(Windows、スマートフォン、顔ではなく)「{ -ms-security-key }」を選びます。キーを使っている可能性のある他のプログラムを閉じ、キーを抜いて挿し直してから、もう一度お試しください。方法の一覧に「{ -ms-passkey }」がまったくない場合は、組織がまだ許可していません。
