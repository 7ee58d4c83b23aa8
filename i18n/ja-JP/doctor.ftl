## keyguide doctor: このコンピューターに足りないものと、その直し方。

doctor-mark-ok = [OK]
doctor-mark-warning = [!]
doctor-mark-problem = [問題]
doctor-pcscd-running = スマートカード サービス (pcscd) が動いています。NFC のキーを使えます。
doctor-pcscd-not-running = スマートカード サービス (pcscd) が動いていないため、KeyGuide は NFC リーダー上のキーを見つけられません。
doctor-pcscd-fix-linux = インストールして起動してください: sudo apt install pcscd、次に sudo systemctl enable --now pcscd.socket
doctor-pcscd-fix-other = スマートカード サービスを起動してください (Windows: services.msc の「Smart Card」)。
doctor-no-readers = スマートカード サービスに NFC リーダーが見えません。
doctor-no-readers-fix = NFC でキーを使うには NFC リーダーをつないでください。USB のキーには不要です。
doctor-readers = NFC リーダー { $count } 台: { $names }
doctor-usb-no-keys = USB のセキュリティ キーが挿さっていないため、USB のキーへのアクセスを確認できませんでした。キーを挿してもう一度実行してください。
doctor-usb-access-ok = 挿さっている USB のセキュリティ キー { $count } 本をすべて開けます。
doctor-usb-access-refused = システムがこれらの USB のセキュリティ キーを開くことを許していません: { $nodes }
doctor-udev-rule-installed = KeyGuide の udev ルール ({ $rule }) はインストールされています。
doctor-udev-rule-missing = KeyGuide の udev ルール ({ $rule }) はインストールされていません。多くのキーはシステムのルールで動きますが、動かないキーもあります。
doctor-keys-none = KeyGuide には今セキュリティ キーが見えません。
doctor-keys-none-fix = キーを挿すか NFC リーダーに置いて、もう一度実行してください。
doctor-keys-seen = KeyGuide に見えるキー { $count } 本: { $keys }
doctor-keys-error-fix = キーを抜いて挿し直し、もう一度実行してください。繰り返し起きる場合は、ログに詳しい情報があります。
doctor-log-ok = ログは { $path } に書き込まれます。
doctor-log-no-home = ホーム フォルダーがないため、KeyGuide はログを残しません。
doctor-log-no-home-fix = ホーム フォルダーのあるユーザーで KeyGuide を実行してください。
doctor-log-not-writable = ログ フォルダー { $path } に書き込めません。
doctor-log-not-writable-fix = フォルダーを自分のものにしてください: sudo chown -R "$USER" { $path }
