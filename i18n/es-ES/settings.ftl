# Ajustes de la app: las opciones de los menús Tema e Idioma.
settings-theme-system = Como el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
# $language es el idioma del sistema, con su propio nombre (Deutsch, 日本語).
settings-language-system = Como el sistema ({ $language })
