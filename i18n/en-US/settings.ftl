# App settings: choices in the Theme and Language menus.
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
# $language is the system's language, in its own name (Deutsch, 日本語).
settings-language-system = Follow the system ({ $language })
