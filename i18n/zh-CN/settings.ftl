# 应用设置：“主题”和“语言”菜单中的选项。
settings-theme-system = 跟随系统
settings-theme-light = 浅色
settings-theme-dark = 深色
# $language 是系统语言，以该语言自身的名称显示（Deutsch、日本語）。
settings-language-system = 跟随系统（{ $language }）
