//! Every user-visible string, from the Fluent files in `i18n/<locale>/`.
//!
//! `t!("message-id")` or `t!("message-id", name = value)` gives the text in
//! the current language. A message missing from a translation falls back to
//! en-US (a test keeps the locales complete, so that is only a safety net).
//! The files are compiled in: the app and the CLI need no data directory.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs;

/// The languages KeyGuide speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    EnUs,
    DeDe,
    FrFr,
    EsEs,
    JaJp,
    ZhCn,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::EnUs,
        Language::DeDe,
        Language::FrFr,
        Language::EsEs,
        Language::JaJp,
        Language::ZhCn,
    ];

    /// The BCP 47 tag, also the folder name under `i18n/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::EnUs => "en-US",
            Language::DeDe => "de-DE",
            Language::FrFr => "fr-FR",
            Language::EsEs => "es-ES",
            Language::JaJp => "ja-JP",
            Language::ZhCn => "zh-CN",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::EnUs => "English",
            Language::DeDe => "Deutsch",
            Language::FrFr => "Français",
            Language::EsEs => "Español",
            Language::JaJp => "日本語",
            Language::ZhCn => "简体中文",
        }
    }

    /// Needs the bundled CJK font where the system has none.
    pub fn is_cjk(self) -> bool {
        matches!(self, Language::JaJp | Language::ZhCn)
    }

    /// Exact tags, and also `de_AT.UTF-8`, `fr`, `zh-Hans`: the nearest
    /// language KeyGuide has, by the language subtag. `None` when KeyGuide
    /// does not speak it.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Language::EnUs,
            "de" => Language::DeDe,
            "fr" => Language::FrFr,
            "es" => Language::EsEs,
            "ja" => Language::JaJp,
            "zh" => Language::ZhCn,
            _ => return None,
        })
    }

    /// The system's language (LC_ALL, LC_MESSAGES, LANG on Unix; the user
    /// locale on Windows and macOS), or English.
    pub fn system() -> Language {
        sys_locale::get_locales()
            .find_map(|l| Language::from_locale(&l))
            .unwrap_or(Language::EnUs)
    }

    fn index(self) -> usize {
        Language::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.native_name())
    }
}

impl std::str::FromStr for Language {
    type Err = String;
    fn from_str(s: &str) -> Result<Language, String> {
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s))
            .or_else(|| Language::from_locale(s))
            .ok_or_else(|| {
                let tags: Vec<_> = Language::ALL.iter().map(|l| l.tag()).collect();
                format!("{s:?}: choose one of {}", tags.join(", "))
            })
    }
}

/// The language setting: the system's, or one the user chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LanguageChoice {
    #[default]
    System,
    Fixed(Language),
}

impl LanguageChoice {
    pub const ALL: [LanguageChoice; 7] = [
        LanguageChoice::System,
        LanguageChoice::Fixed(Language::EnUs),
        LanguageChoice::Fixed(Language::DeDe),
        LanguageChoice::Fixed(Language::FrFr),
        LanguageChoice::Fixed(Language::EsEs),
        LanguageChoice::Fixed(Language::JaJp),
        LanguageChoice::Fixed(Language::ZhCn),
    ];

    pub fn resolve(self) -> Language {
        match self {
            LanguageChoice::System => Language::system(),
            LanguageChoice::Fixed(language) => language,
        }
    }
}

impl std::fmt::Display for LanguageChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LanguageChoice::System => f.write_str(&crate::t!(
                "settings-language-system",
                language = Language::system().native_name()
            )),
            LanguageChoice::Fixed(language) => f.write_str(language.native_name()),
        }
    }
}

/// Stored as `"system"` or a tag such as `"de-DE"`. An unknown tag makes
/// the settings file unreadable, so it is reported and kept, not replaced.
impl serde::Serialize for LanguageChoice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            LanguageChoice::System => s.serialize_str("system"),
            LanguageChoice::Fixed(language) => s.serialize_str(language.tag()),
        }
    }
}

impl<'de> serde::Deserialize<'de> for LanguageChoice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text == "system" {
            return Ok(LanguageChoice::System);
        }
        Language::ALL
            .into_iter()
            .find(|l| l.tag() == text)
            .map(LanguageChoice::Fixed)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language {text:?}")))
    }
}

/// The message files, one per area of the app. Adding one here and in each
/// locale folder is all a new area needs.
macro_rules! resources {
    ($($area:literal),+ $(,)?) => {
        /// The area files' names (without `.ftl`).
        pub const AREAS: &[&str] = &[$($area),+];

        fn sources(language: Language) -> Vec<&'static str> {
            match language {
                Language::EnUs => vec![$(include_str!(concat!("../i18n/en-US/", $area, ".ftl"))),+],
                Language::DeDe => vec![$(include_str!(concat!("../i18n/de-DE/", $area, ".ftl"))),+],
                Language::FrFr => vec![$(include_str!(concat!("../i18n/fr-FR/", $area, ".ftl"))),+],
                Language::EsEs => vec![$(include_str!(concat!("../i18n/es-ES/", $area, ".ftl"))),+],
                Language::JaJp => vec![$(include_str!(concat!("../i18n/ja-JP/", $area, ".ftl"))),+],
                Language::ZhCn => vec![$(include_str!(concat!("../i18n/zh-CN/", $area, ".ftl"))),+],
            }
        }
    };
}

resources!(
    "common",
    "errors",
    "cli",
    "app",
    "keys",
    "overview",
    "pin",
    "fingerprints",
    "passkeys",
    "key-settings",
    "reset",
    "settings",
    "guide",
    "it-staff",
    "platform",
    "report",
    "provision",
    "genuine",
    "doctor",
    "blobs",
    "capabilities",
    "inventory",
);

/// The `.ftl` sources of one locale, in area order (for tests and tools).
pub fn locale_sources(language: Language) -> Vec<(&'static str, &'static str)> {
    AREAS.iter().copied().zip(sources(language)).collect()
}

type Bundle = FluentBundle<FluentResource>;

/// Each area's messages are parsed the first time one of them is asked
/// for: the app at start-up needs a few areas, not the command line's.
fn bundle(language: Language, area: usize) -> &'static Bundle {
    type Row = [OnceLock<Bundle>; AREAS.len()];
    // Only the array initialiser: each copy is a separate, empty cell.
    #[allow(clippy::declare_interior_mutable_const)]
    const ROW: Row = [const { OnceLock::new() }; AREAS.len()];
    static BUNDLES: [Row; 6] = [ROW; 6];
    BUNDLES[language.index()][area].get_or_init(|| {
        let tag = language.tag().parse().expect("the tags above are valid");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // No Unicode isolation marks: iced draws them as boxes, and our
        // arguments never mix writing directions.
        bundle.set_use_isolating(false);
        let source = sources(language)[area];
        // A broken file keeps what parsed; tests refuse such a file.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The area a message id belongs to: ids start with their file's name
/// (`key-settings-apply` is in key-settings.ftl, not keys.ftl).
fn area_of(id: &str) -> Option<usize> {
    AREAS
        .iter()
        .enumerate()
        .filter(|(_, area)| {
            id.strip_prefix(**area)
                .is_some_and(|rest| rest.starts_with('-'))
        })
        .max_by_key(|(_, area)| area.len())
        .map(|(i, _)| i)
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// Tests that render two languages side by side set this per thread.
    static THREAD_LANGUAGE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Switches the whole program's language.
pub fn set_language(language: Language) {
    CURRENT.store(language.index() as u8, Ordering::Relaxed);
}

pub fn current() -> Language {
    THREAD_LANGUAGE
        .with(|l| l.get())
        .unwrap_or(Language::ALL[CURRENT.load(Ordering::Relaxed) as usize % 6])
}

/// Sets this thread's language until the guard drops (tests).
pub fn for_this_thread(language: Language) -> ThreadLanguage {
    let previous = THREAD_LANGUAGE.with(|l| l.replace(Some(language)));
    ThreadLanguage { previous }
}

pub struct ThreadLanguage {
    previous: Option<Language>,
}

impl Drop for ThreadLanguage {
    fn drop(&mut self) {
        THREAD_LANGUAGE.with(|l| l.set(self.previous));
    }
}

/// The message in the current language. Use the `t!` macro.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    format_in(current(), id, args)
        .or_else(|| format_in(Language::EnUs, id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// The message in one language, `None` if that locale lacks it.
pub fn format_in(language: Language, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(language, area_of(id)?);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// Turns a `t!` argument into a Fluent value: numbers stay numbers, so
/// plural rules apply.
pub trait Arg {
    fn into_value(self) -> FluentValue<'static>;
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl Arg for $t {
            fn into_value(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
    )+};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

impl Arg for &str {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl Arg for String {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl Arg for &String {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

pub fn arg(value: impl Arg) -> FluentValue<'static> {
    value.into_value()
}

/// `t!("id")`, `t!("id", count = n, site = name)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_the_nearest_language() {
        assert_eq!(Language::from_locale("de_AT.UTF-8"), Some(Language::DeDe));
        assert_eq!(Language::from_locale("zh-Hans-CN"), Some(Language::ZhCn));
        assert_eq!(Language::from_locale("ja"), Some(Language::JaJp));
        assert_eq!(Language::from_locale("C"), None);
        assert_eq!(Language::from_locale("pt-BR"), None);
        assert_eq!("FR-fr".parse::<Language>(), Ok(Language::FrFr));
        assert!("xx".parse::<Language>().is_err());
    }

    #[test]
    fn the_thread_language_wins_and_is_restored() {
        {
            let _de = for_this_thread(Language::DeDe);
            assert_eq!(current(), Language::DeDe);
            {
                let _ja = for_this_thread(Language::JaJp);
                assert_eq!(current(), Language::JaJp);
            }
            assert_eq!(current(), Language::DeDe);
        }
        assert_ne!(current(), Language::DeDe);
    }

    #[test]
    fn plural_rules_follow_the_language() {
        let _en = for_this_thread(Language::EnUs);
        assert_eq!(
            crate::t!("common-retries-left", count = 1u32),
            "1 attempt left"
        );
        assert_eq!(
            crate::t!("common-retries-left", count = 3u32),
            "3 attempts left"
        );
        // Japanese has one plural form: the same words for 1 and 3.
        let _ja = for_this_thread(Language::JaJp);
        let one = crate::t!("common-retries-left", count = 1u32);
        let three = crate::t!("common-retries-left", count = 3u32);
        assert_eq!(one.replace('1', "3"), three);
        assert!(!one.contains("attempt"), "{one}");
    }

    #[test]
    fn ids_find_their_area_by_the_longest_prefix() {
        let area = |id| area_of(id).map(|i| AREAS[i]);
        assert_eq!(area("key-settings-apply"), Some("key-settings"));
        assert_eq!(area("keys-title"), Some("keys"));
        assert_eq!(area("it-staff-title"), Some("it-staff"));
        assert_eq!(area("guide"), None);
        assert_eq!(area("nowhere-title"), None);
    }

    #[test]
    fn an_unknown_id_shows_itself_rather_than_nothing() {
        assert_eq!(message("no-such-message", None), "no-such-message");
    }
}
