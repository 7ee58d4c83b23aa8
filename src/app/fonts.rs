//! The app's fonts are part of it, so it looks the same on every system and
//! draws text where the system has no fonts at all (a bare Wine prefix, a
//! minimal Linux install):
//! - DejaVu Sans and DejaVu Sans Mono for every language's Latin, Greek and
//!   Cyrillic text (assets/fonts/DEJAVU-LICENSE). They are the default
//!   sans-serif and monospace families, registered before the window opens
//!   without copying them (the bytes are static).
//! - Japanese and Chinese on machines with no CJK fonts: the app ships
//!   Noto Sans CJK cut down to the characters its messages use
//!   (tools/subset-cjk-fonts.sh) and hands the one a language needs to iced.
//!   Loaded only when needed, since loading copies the font into memory.

use iced::Task;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::i18n::Language;

pub const NOTO_SANS_CJK_JP: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansCJKjp-Regular-subset.otf");
pub const NOTO_SANS_CJK_SC: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular-subset.otf");

pub const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const DEJAVU_SANS_MONO: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansMono.ttf");

/// The family names inside the two files above.
pub const UI_FAMILY: &str = "DejaVu Sans";
pub const MONOSPACE_FAMILY: &str = "DejaVu Sans Mono";

/// Adds the UI fonts to iced's font database and makes them what
/// `Font::DEFAULT` (sans-serif) and `Font::MONOSPACE` resolve to. Call it
/// before the first window: text shaped earlier would keep the system's
/// choice. Once per process; later calls do nothing.
pub fn register_ui_fonts() {
    use iced::advanced::graphics::text::{cosmic_text::fontdb, font_system};
    use std::sync::{Arc, Once};
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let mut system = font_system().write().expect("the font system lock");
        let db = system.raw().db_mut();
        for bytes in [DEJAVU_SANS, DEJAVU_SANS_MONO] {
            db.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
        }
        db.set_sans_serif_family(UI_FAMILY);
        db.set_monospace_family(MONOSPACE_FAMILY);
    });
}

static JP_LOADED: AtomicBool = AtomicBool::new(false);
static SC_LOADED: AtomicBool = AtomicBool::new(false);

/// The bundled font a language's text needs, if any. Japanese glyph shapes
/// differ from Chinese ones for the same code points, hence two fonts.
pub fn bundled_for(language: Language) -> Option<&'static [u8]> {
    match language {
        Language::JaJp => Some(NOTO_SANS_CJK_JP),
        Language::ZhCn => Some(NOTO_SANS_CJK_SC),
        _ => None,
    }
}

/// Loads the language's font once per run.
pub fn load_for<M: Send + 'static>(language: Language) -> Task<M> {
    let flag = match language {
        Language::JaJp => &JP_LOADED,
        Language::ZhCn => &SC_LOADED,
        _ => return Task::none(),
    };
    match bundled_for(language) {
        Some(bytes) if !flag.swap(true, Ordering::Relaxed) => iced::font::load(bytes).discard(),
        _ => Task::none(),
    }
}

/// The language menu names every language in itself ("日本語", "简体中文");
/// the Japanese subset carries those characters too.
pub fn load_for_language_menu<M: Send + 'static>() -> Task<M> {
    load_for(Language::JaJp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn face(bytes: &[u8]) -> ttf_parser::Face<'_> {
        ttf_parser::Face::parse(bytes, 0).expect("the bundled font parses")
    }

    fn family(face: &ttf_parser::Face<'_>) -> Option<String> {
        face.names()
            .into_iter()
            .filter(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
            .find_map(|n| n.to_string())
    }

    #[test]
    fn the_ui_fonts_are_the_families_they_are_registered_as() {
        assert_eq!(family(&face(DEJAVU_SANS)).as_deref(), Some(UI_FAMILY));
        assert_eq!(
            family(&face(DEJAVU_SANS_MONO)).as_deref(),
            Some(MONOSPACE_FAMILY)
        );
        assert!(face(DEJAVU_SANS_MONO).is_monospaced());
    }

    /// Every character of the messages outside CJK is drawn by the bundled
    /// font itself, on a system with no fonts at all too.
    #[test]
    fn the_ui_font_covers_every_non_cjk_character_of_every_language() {
        let sans = face(DEJAVU_SANS);
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n");
        let mut missing = std::collections::BTreeSet::new();
        for language in Language::ALL {
            let dir = std::path::Path::new(root).join(language.tag());
            for entry in std::fs::read_dir(&dir).expect("the locale's folder") {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                missing.extend(text.chars().filter(|c| {
                    // CJK and the full-width forms come from the Noto CJK subsets.
                    let cjk =
                        matches!(*c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF);
                    !c.is_control() && !cjk && sans.glyph_index(*c).is_none()
                }));
            }
        }
        assert!(missing.is_empty(), "DejaVu Sans lacks {missing:?}");
    }
}
