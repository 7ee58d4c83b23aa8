# Réglages de l’app : choix des menus Thème et Langue.
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
# $language est la langue du système, dans sa propre langue (Deutsch, 日本語).
settings-language-system = Comme le système ({ $language })
