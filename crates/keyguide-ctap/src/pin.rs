//! A PIN as the user typed it: zeroized on drop, never printed, checked
//! against the key's policy before anything is sent (CTAP 2.1 §6.5.1).

use std::fmt;
use zeroize::Zeroizing;

use super::error::{KeyError, PinProblem};

/// Longest PIN the padding scheme can carry: 63 bytes of UTF-8.
pub const MAX_PIN_BYTES: usize = 63;

pub struct Pin(Zeroizing<String>);

impl Pin {
    /// Takes ownership so the caller's copy cannot outlive this one.
    pub fn new(pin: String) -> Self {
        Pin(Zeroizing::new(pin))
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub fn code_points(&self) -> usize {
        self.0.chars().count()
    }

    /// Checks a PIN the user wants to set against `min_length` code points
    /// and the 63-byte limit. Current PINs are not checked against the
    /// minimum: a key may have raised it since (the library's change_pin
    /// gets this wrong).
    pub fn check_new(&self, min_length: usize) -> Result<(), KeyError> {
        self.check_encodable()?;
        if self.code_points() < min_length.max(4) {
            return Err(KeyError::InvalidPin(PinProblem::TooShort {
                min: min_length.max(4),
            }));
        }
        Ok(())
    }

    /// Checks only what every PIN must satisfy to be sent at all.
    pub fn check_encodable(&self) -> Result<(), KeyError> {
        if self.0.is_empty() {
            return Err(KeyError::InvalidPin(PinProblem::TooShort { min: 4 }));
        }
        if self.0.len() > MAX_PIN_BYTES {
            return Err(KeyError::InvalidPin(PinProblem::TooLong));
        }
        if self.0.contains('\0') {
            return Err(KeyError::InvalidPin(PinProblem::ContainsNul));
        }
        Ok(())
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_counts_code_points_not_bytes() {
        // Four characters, eight bytes: long enough for a minimum of 4.
        assert!(Pin::new("äöüß".into()).check_new(4).is_ok());
        assert!(matches!(
            Pin::new("123".into()).check_new(4),
            Err(KeyError::InvalidPin(PinProblem::TooShort { min: 4 }))
        ));
        assert!(matches!(
            Pin::new("12345".into()).check_new(6),
            Err(KeyError::InvalidPin(PinProblem::TooShort { min: 6 }))
        ));
    }

    #[test]
    fn sixty_four_bytes_is_too_long() {
        assert!(Pin::new("1".repeat(63)).check_new(4).is_ok());
        assert!(matches!(
            Pin::new("1".repeat(64)).check_new(4),
            Err(KeyError::InvalidPin(PinProblem::TooLong))
        ));
        // 22 three-byte characters = 66 bytes.
        assert!(Pin::new("€".repeat(22)).check_new(4).is_err());
    }

    #[test]
    fn debug_never_shows_the_pin() {
        assert!(!format!("{:?}", Pin::new("246810".into())).contains("246810"));
    }
}
