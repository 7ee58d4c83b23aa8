# アプリの設定: 「テーマ」と「言語」メニューの項目。
settings-theme-system = システムに合わせる
settings-theme-light = ライト
settings-theme-dark = ダーク
# $language はシステムの言語 (その言語自身での名前)。
settings-language-system = システムに合わせる ({ $language })
