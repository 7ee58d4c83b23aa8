//! Japanese and Chinese text on machines with no CJK fonts: the app ships
//! Noto Sans CJK cut down to the characters its messages use
//! (tools/subset-cjk-fonts.sh) and hands the one a language needs to iced.
//! Loaded only when needed, since loading copies the font into memory.

use iced::Task;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::i18n::Language;

pub const NOTO_SANS_CJK_JP: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansCJKjp-Regular-subset.otf");
pub const NOTO_SANS_CJK_SC: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular-subset.otf");

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
