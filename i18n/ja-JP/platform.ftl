## システムが KeyGuide にキーを開かせないとき

platform-access-windows-refused = Windows が KeyGuide によるセキュリティ キーのオープンを許可しませんでした。
platform-access-windows-restart = キーを管理するには、KeyGuide を管理者として再起動してください。
platform-access-windows-other-programs = キーを使っているほかのプログラムを閉じてから、キーを抜いて挿し直してください。
platform-access-linux-rule-not-applied = KeyGuide のアクセス ルールはインストール済みですが、このキーにはまだ適用されていません。
platform-access-linux-replug-or-log-in = キーを抜いて挿し直してください。それでも失敗する場合はログアウトして再ログインしてください。このルールは、このパソコンの画面の前でサインインしている人に適用され、リモート (SSH) セッションには適用されません。
platform-access-linux-install-rule = Linux では、許可されたユーザーだけがセキュリティ キーを開けます。ターミナルで次のコマンドを実行して KeyGuide のアクセス ルールをインストールしてください (管理者のパスワードが必要です):
platform-access-linux-then-replug = その後、キーを抜いて挿し直してください。

## 管理者として実行 (Windows)

platform-elevation-reason = Windows 10 バージョン 1903 以降では、管理者として実行しているプログラムだけがセキュリティ キーを管理できます。
platform-elevation-failed = Windows が KeyGuide を管理者として起動しませんでした。

## 設定ファイル

platform-settings-unreadable = 設定ファイル { $path } を読み取れませんでした: { $error }。既定値を使います。
platform-settings-damaged = 設定ファイル { $path } が壊れています ({ $error })。KeyGuide は既定値を使い、ファイルはそのままにします。

## ログ ファイル

platform-log-not-written = { $folder } にログ ファイルを書き込みません: { $error }

## 「KeyGuide が停止しました」ウィンドウ

platform-crash-title = KeyGuide が停止しました
platform-crash-explanation = KeyGuide で内部エラーが発生したため、終了しました。キーで実行中だった手順は完了していません。KeyGuide をもう一度開いてキーを確認してください。
platform-crash-log-file = 何が起きたかは次のログ ファイルに記録されています:
platform-crash-open-folder = ログ フォルダーを開く
platform-crash-copy-path = パスをコピー
platform-crash-close = 閉じる
platform-crash-folder-opens = ファイル マネージャーでフォルダーが開きます。
platform-crash-no-file-manager = ファイル マネージャーを起動できませんでした。代わりにパスをコピーしてください。
platform-crash-path-copied = パスをコピーしました。
platform-crash-no-log = ログ ファイルを書き込めませんでした。詳細を見るには、ターミナルから --verbose 付きで KeyGuide を起動してください。
