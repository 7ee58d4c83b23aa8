//! Windows 10 1903 and later let only elevated (administrator) processes
//! open FIDO HID devices directly; everyone else must go through the
//! system's WebAuthn API, which offers no key management. Windows 10 1809,
//! where Settings cannot manage keys at all, still allows direct access.
//! This is the decision; `platform::windows` reads the facts it needs.

/// Windows 10 1903 (19H1) is build 18362.
pub const FIRST_BUILD_NEEDING_ELEVATION: u32 = 18362;

/// What the app should offer when Windows refuses a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElevationAdvice {
    /// Direct access works as we are: the refusal has another cause.
    NotNeeded,
    /// Offer "Restart as administrator".
    RestartAsAdministrator,
}

pub fn advice(windows_build: u32, elevated: bool) -> ElevationAdvice {
    if windows_build >= FIRST_BUILD_NEEDING_ELEVATION && !elevated {
        ElevationAdvice::RestartAsAdministrator
    } else {
        ElevationAdvice::NotNeeded
    }
}

/// The one-line reason shown beside the button, in the current language.
/// `'static` because the access fix carries it as such: each language's
/// text is made once and kept.
pub fn reason() -> &'static str {
    use crate::i18n::{current, Language};
    use std::sync::OnceLock;
    static TEXTS: [OnceLock<String>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    let language = current();
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    TEXTS[index].get_or_init(|| t!("platform-elevation-reason"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_10_1809_never_needs_elevation() {
        assert_eq!(advice(17763, false), ElevationAdvice::NotNeeded);
    }

    #[test]
    fn windows_10_1903_and_later_need_it_unless_already_elevated() {
        assert_eq!(
            advice(18362, false),
            ElevationAdvice::RestartAsAdministrator
        );
        assert_eq!(
            advice(22631, false),
            ElevationAdvice::RestartAsAdministrator
        );
        assert_eq!(advice(22631, true), ElevationAdvice::NotNeeded);
    }

    #[test]
    fn the_reason_is_made_once_per_language() {
        let _en = crate::i18n::for_this_thread(crate::i18n::Language::EnUs);
        assert!(reason().starts_with("Windows 10 version 1903"));
        assert!(std::ptr::eq(reason(), reason()), "made once per language");
    }
}
