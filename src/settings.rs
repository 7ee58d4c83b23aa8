//! App preferences (theme and language), as JSON in the user's
//! config directory. Written atomically; never holds a secret. A file that
//! cannot be read is reported and left as it is: defaults are used and it
//! is not overwritten, so nothing the user set is lost.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

use crate::app::theme::ThemeChoice;
use crate::i18n::LanguageChoice;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    pub language: LanguageChoice,
    /// The guided setup was offered once (first run).
    pub guide_offered: bool,
}

impl Settings {
    /// Reads a settings file's bytes; unknown fields are ignored, missing
    /// ones take their defaults.
    pub fn parse(bytes: &[u8]) -> Result<Settings, serde_json::Error> {
        serde_json::from_slice(bytes)
    }
}

/// Where the settings live, and whether they may be written back.
#[derive(Clone, Debug)]
pub struct Store {
    path: Option<PathBuf>,
    /// False when the file exists but could not be parsed.
    writable: bool,
}

impl Store {
    /// The platform's config directory (`~/.config/keyguide` on Linux).
    pub fn default_location() -> Store {
        let path = directories::ProjectDirs::from("io.github", "keyguide", "KeyGuide")
            .map(|d| d.config_dir().join("settings.json"));
        Store {
            path,
            writable: true,
        }
    }

    pub fn at(path: &Path) -> Store {
        Store {
            path: Some(path.to_owned()),
            writable: true,
        }
    }

    /// Loads the settings. A broken file gives defaults plus a message for
    /// the user, and marks the store read-only for this run.
    pub fn load(&mut self) -> (Settings, Option<String>) {
        let Some(path) = &self.path else {
            return (Settings::default(), None);
        };
        match std::fs::read(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => {
                self.writable = false;
                (
                    Settings::default(),
                    Some(t!(
                        "platform-settings-unreadable",
                        path = path.display().to_string(),
                        error = e.to_string()
                    )),
                )
            }
            Ok(bytes) => match Settings::parse(&bytes) {
                Ok(s) => (s, None),
                Err(e) => {
                    self.writable = false;
                    (
                        Settings::default(),
                        Some(t!(
                            "platform-settings-damaged",
                            path = path.display().to_string(),
                            error = e.to_string()
                        )),
                    )
                }
            },
        }
    }

    /// Saves atomically (temporary file, then rename). Does nothing for a
    /// store whose file could not be parsed.
    pub fn save(&self, settings: &Settings) -> std::io::Result<()> {
        let (Some(path), true) = (&self.path, self.writable) else {
            return Ok(());
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        serde_json::to_writer_pretty(&mut tmp, settings).map_err(std::io::Error::other)?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let mut store = Store::at(&path);
        assert_eq!(store.load(), (Settings::default(), None));
        store
            .save(&Settings {
                theme: ThemeChoice::Dark,
                language: LanguageChoice::Fixed(crate::i18n::Language::JaJp),
                ..Settings::default()
            })
            .unwrap();
        let (s, problem) = Store::at(&path).load();
        assert_eq!(s.theme, ThemeChoice::Dark);
        assert_eq!(
            s.language,
            LanguageChoice::Fixed(crate::i18n::Language::JaJp)
        );
        assert!(problem.is_none());
    }

    #[test]
    fn a_damaged_file_is_reported_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{\"theme\": 42").unwrap();
        let mut store = Store::at(&path);
        let (s, problem) = {
            let _en = crate::i18n::for_this_thread(crate::i18n::Language::EnUs);
            store.load()
        };
        assert_eq!(s, Settings::default());
        assert!(problem.unwrap().contains("damaged"));
        store
            .save(&Settings {
                theme: ThemeChoice::Light,
                ..Settings::default()
            })
            .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"theme\": 42");
    }

    #[test]
    fn an_unknown_language_is_a_damaged_file_not_a_silent_default() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, br#"{"theme": "dark", "language": "tlh-KL"}"#).unwrap();
        let mut store = Store::at(&path);
        let (s, problem) = store.load();
        assert_eq!(s, Settings::default());
        assert!(problem.is_some());
        store.save(&Settings::default()).unwrap();
        assert!(std::fs::read_to_string(&path).unwrap().contains("tlh-KL"));
    }

    #[test]
    fn the_language_is_stored_as_its_tag() {
        let s = Settings {
            language: LanguageChoice::Fixed(crate::i18n::Language::DeDe),
            ..Settings::default()
        };
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains(r#""language":"de-DE""#), "{json}");
        assert_eq!(Settings::parse(json.as_bytes()).unwrap(), s);
        let old = Settings::parse(br#"{"theme": "light"}"#).unwrap();
        assert_eq!(old.language, LanguageChoice::System);
    }
}
