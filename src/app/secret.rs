//! PIN text on its way from a keystroke to the key. iced's `text_input`
//! hands each edit over as a new `String`; that `String` is moved (not
//! copied) into a [`SecretText`], which the app state keeps and which
//! becomes a [`Pin`] by moving the same buffer again. Every buffer is wiped
//! when dropped or replaced, and `Debug` never shows the text (messages are
//! `Debug`, and logs or panics may print them). What iced itself still
//! copies is listed in the README ("Where a PIN lives").

use std::fmt;
use zeroize::{Zeroize, Zeroizing};

use crate::device::Pin;

/// Secret text typed by the user: a PIN.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    /// Takes ownership of the text: the caller's buffer is this one now.
    pub fn new(text: String) -> Self {
        SecretText(Zeroizing::new(text))
    }

    /// The text, for the input field to show (as dots) and for checks.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of Unicode code points, as CTAP 2.1 §6.5.1 counts PIN length.
    pub fn code_points(&self) -> usize {
        self.0.chars().count()
    }

    /// Wipes the text (a PIN the key refused).
    pub fn clear(&mut self) {
        self.0.zeroize();
    }

    /// Replaces the text with a newer edit, wiping the old buffer first.
    pub fn replace(&mut self, newer: SecretText) {
        self.0.zeroize();
        *self = newer;
    }

    /// Moves the text into a [`Pin`] (same buffer, no copy), leaving this
    /// one empty.
    pub fn take_pin(&mut self) -> Pin {
        Pin::new(std::mem::take(&mut *self.0))
    }
}

impl From<String> for SecretText {
    fn from(text: String) -> Self {
        SecretText::new(text)
    }
}

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not even the length: it narrows a guess.
        f.write_str("SecretText(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_the_secret() {
        let secret = SecretText::from("493817".to_owned());
        for shown in [format!("{secret:?}"), format!("{secret:#?}")] {
            assert!(!shown.contains("493817"), "{shown}");
            assert!(!shown.contains('6'), "no length either: {shown}");
        }
        // Inside a message, as iced and logs would print it.
        let message = Some((secret, 1));
        assert!(!format!("{message:?}").contains("493817"));
    }

    #[test]
    fn the_typed_buffer_is_moved_not_copied() {
        let typed = "2468".to_owned();
        let address = typed.as_ptr();
        let mut secret = SecretText::from(typed);
        assert_eq!(secret.expose().as_ptr(), address);
        let pin = secret.take_pin();
        assert_eq!(pin.as_bytes().as_ptr(), address);
        assert_eq!(pin.as_bytes(), b"2468");
        assert!(secret.is_empty());
    }

    #[test]
    fn a_newer_edit_replaces_the_text() {
        let mut field = SecretText::from("12".to_owned());
        field.replace(SecretText::from("123".to_owned()));
        assert_eq!(field.expose(), "123");
        assert_eq!(field.code_points(), 3);
    }
}
