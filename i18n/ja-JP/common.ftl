# 多くの画面で共通の語句。

common-retries-left = 残り { $count } 回
common-reading-key = キーを読み取っています…
common-cancel = キャンセル
common-back = 戻る
common-dismiss = 閉じる
common-saved = 保存しました。
common-copy = コピー
common-pin-retries-before-block = PIN がブロックされるまで残り { $count } 回です。
common-save = 保存
