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
