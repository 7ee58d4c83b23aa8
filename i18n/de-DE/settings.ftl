# App-Einstellungen: die Einträge der Menüs Darstellung und Sprache.
settings-theme-system = Wie im System
settings-theme-light = Hell
settings-theme-dark = Dunkel
# $language ist die Sprache des Systems, in ihrem eigenen Namen (Deutsch, 日本語).
settings-language-system = Wie im System ({ $language })
