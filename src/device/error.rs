//! One error type for everything a key operation can end in, keeping the
//! CTAP meaning (CTAP 2.1 §8.2 status codes) so each case can be told to the
//! user with a next step. Raw codes appear only in `Other`, for logs.

use std::sync::Arc;
use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;

/// Why a PIN was refused before anything was sent to the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinProblem {
    /// Fewer Unicode code points than the key's minimum (CTAP 2.1 §6.5.1).
    TooShort { min: usize },
    /// More than 63 bytes of UTF-8.
    TooLong,
    /// Contains a NUL character, which the padding scheme cannot carry.
    ContainsNul,
    /// The two entries of a new PIN differ.
    Mismatch,
}

/// A feature the key does not offer (from its getInfo).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    ClientPin,
    CredentialManagement,
    BioEnrollment,
    AuthenticatorConfig,
    AlwaysUv,
    MinPinLength,
    EnterpriseAttestation,
    UpdateUserInformation,
    Selection,
    PinUvAuthToken,
}

#[derive(Clone, Debug)]
pub enum KeyError {
    // --- PIN ---
    PinInvalid { retries: Option<u32> },
    PinAuthBlocked,
    PinBlocked,
    PinNotSet,
    PinAlreadySet,
    PinChangeRequired,
    PinPolicyViolation,
    InvalidPin(PinProblem),
    PinRequired,
    TokenRejected,

    // --- fingerprints (user verification) ---
    UvInvalid { retries: u32 },
    UvBlocked,
    FingerprintStorageFull,
    UnknownFingerprint(String),
    FingerprintNameTooLong { max: usize },

    // --- passkeys ---
    KeyStoreFull,
    NoPasskeys,
    UnknownCredential(String),

    InvalidMinPinLength { current: usize },

    // --- flow ---
    InvalidOption,
    NotAllowed,
    ResetWindowPassed,
    UserActionTimeout,
    Timeout,
    Cancelled,
    Unsupported(Feature),
    Busy,

    // --- connection ---
    Disconnected,
    NoKey,
    SeveralKeys,
    UnknownDevice(String),
    NoSmartCardService,
    OsPermissionDenied(String),
    Protocol(String),
    Other(String),

    // --- virtual key and files ---
    VirtualKeyFile(String),
    Io(Arc<std::io::Error>),
}

/// The user's sentence for each case, in the current language
/// (`i18n/<locale>/errors.ftl`).
impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            KeyError::PinInvalid { retries: None } => t!("errors-pin-invalid"),
            KeyError::PinInvalid {
                retries: Some(retries),
            } => t!("errors-pin-invalid-retries", retries = *retries),
            KeyError::PinAuthBlocked => t!("errors-pin-auth-blocked"),
            KeyError::PinBlocked => t!("errors-pin-blocked"),
            KeyError::PinNotSet => t!("errors-pin-not-set"),
            KeyError::PinAlreadySet => t!("errors-pin-already-set"),
            KeyError::PinChangeRequired => t!("errors-pin-change-required"),
            KeyError::PinPolicyViolation => t!("errors-pin-policy-violation"),
            KeyError::InvalidPin(problem) => problem.to_string(),
            KeyError::PinRequired => t!("errors-pin-required"),
            KeyError::TokenRejected => t!("errors-token-rejected"),
            KeyError::UvInvalid { retries } => t!("errors-uv-invalid", retries = *retries),
            KeyError::UvBlocked => t!("errors-uv-blocked"),
            KeyError::FingerprintStorageFull => t!("errors-fingerprint-storage-full"),
            KeyError::UnknownFingerprint(id) => t!("errors-unknown-fingerprint", id = id),
            KeyError::FingerprintNameTooLong { max } => {
                t!("errors-fingerprint-name-too-long", max = *max)
            }
            KeyError::KeyStoreFull => t!("errors-key-store-full"),
            KeyError::NoPasskeys => t!("errors-no-passkeys"),
            KeyError::UnknownCredential(id) => t!("errors-unknown-credential", id = id),
            KeyError::InvalidMinPinLength { current } => {
                t!("errors-invalid-min-pin-length", current = *current)
            }
            KeyError::InvalidOption => t!("errors-invalid-option"),
            KeyError::NotAllowed => t!("errors-not-allowed"),
            KeyError::ResetWindowPassed => t!("errors-reset-window-passed"),
            KeyError::UserActionTimeout => t!("errors-user-action-timeout"),
            KeyError::Timeout => t!("errors-timeout"),
            KeyError::Cancelled => t!("errors-cancelled"),
            KeyError::Unsupported(feature) => feature.unsupported_text(),
            KeyError::Busy => t!("errors-busy"),
            KeyError::Disconnected => t!("errors-disconnected"),
            KeyError::NoKey => t!("errors-no-key"),
            KeyError::SeveralKeys => t!("errors-several-keys"),
            KeyError::UnknownDevice(id) => t!("errors-unknown-device", id = id),
            KeyError::NoSmartCardService => t!("errors-no-smart-card-service"),
            KeyError::OsPermissionDenied(reason) => {
                t!("errors-os-permission-denied", reason = reason)
            }
            KeyError::Protocol(detail) => t!("errors-protocol", detail = detail),
            KeyError::Other(detail) => t!("errors-other", detail = detail),
            // Already the whole sentence (file errors, the system's text).
            KeyError::VirtualKeyFile(text) => text.clone(),
            KeyError::Io(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for KeyError {}

impl std::fmt::Display for PinProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            PinProblem::TooShort { min } => t!("errors-pin-too-short", min = *min),
            PinProblem::TooLong => t!("errors-pin-too-long"),
            PinProblem::ContainsNul => t!("errors-pin-contains-nul"),
            PinProblem::Mismatch => t!("errors-pin-mismatch"),
        })
    }
}

impl Feature {
    /// "This key does not support ...", one whole sentence per feature so
    /// that each language can word it its own way.
    fn unsupported_text(self) -> String {
        match self {
            Feature::ClientPin => t!("errors-unsupported-client-pin"),
            Feature::CredentialManagement => t!("errors-unsupported-credential-management"),
            Feature::BioEnrollment => t!("errors-unsupported-bio-enrollment"),
            Feature::AuthenticatorConfig => t!("errors-unsupported-authenticator-config"),
            Feature::AlwaysUv => t!("errors-unsupported-always-uv"),
            Feature::MinPinLength => t!("errors-unsupported-min-pin-length"),
            Feature::EnterpriseAttestation => t!("errors-unsupported-enterprise-attestation"),
            Feature::UpdateUserInformation => t!("errors-unsupported-update-user-information"),
            Feature::Selection => t!("errors-unsupported-selection"),
            Feature::PinUvAuthToken => t!("errors-unsupported-pin-uv-auth-token"),
        }
    }
}

impl From<std::io::Error> for KeyError {
    fn from(e: std::io::Error) -> Self {
        KeyError::Io(Arc::new(e))
    }
}

impl KeyError {
    /// Maps a CTAP status with no special context. Callers that know the
    /// context (for example `NotAllowed` during reset) map before this.
    pub fn from_ctap(e: &CtapError) -> Self {
        use CtapError::*;
        match e {
            Ctap2PinInvalid => KeyError::PinInvalid { retries: None },
            Ctap2PinBlocked => KeyError::PinBlocked,
            Ctap2PinAuthBlocked => KeyError::PinAuthBlocked,
            Ctap2PinNotSet => KeyError::PinNotSet,
            Ctap2PinPolicyViolation => KeyError::PinPolicyViolation,
            Ctap2PUATRequired => KeyError::PinRequired,
            Ctap2PinAuthInvalid | Ctap2UnauthorizedPermission => KeyError::TokenRejected,
            Ctap2UserVerificationBlocked => KeyError::UvBlocked,
            Ctap2FingerprintDatabaseFull => KeyError::FingerprintStorageFull,
            Ctap2KeyStoreFull => KeyError::KeyStoreFull,
            Ctap2NoCredentials => KeyError::NoPasskeys,
            Ctap2InvalidOption => KeyError::InvalidOption,
            Ctap2NotAllowed | Ctap2OperationDenied => KeyError::NotAllowed,
            Ctap2UserActionTimeout | Ctap2ActionTimeout => KeyError::UserActionTimeout,
            Ctap1Timeout => KeyError::Timeout,
            Ctap2KeepAliveCancel => KeyError::Cancelled,
            Ctap1ChannelBusy => KeyError::Busy,
            other => KeyError::Other(format!("{other:?}")),
        }
    }
}

impl From<WebauthnCError> for KeyError {
    fn from(e: WebauthnCError) -> Self {
        match e {
            WebauthnCError::Ctap(c) => KeyError::from_ctap(&c),
            WebauthnCError::Cancelled => KeyError::Cancelled,
            WebauthnCError::Closed => KeyError::Disconnected,
            WebauthnCError::PermissionDenied => {
                KeyError::OsPermissionDenied("permission denied".into())
            }
            WebauthnCError::NoHidDevices => KeyError::NoKey,
            WebauthnCError::Cbor | WebauthnCError::MissingRequiredField => {
                KeyError::Protocol(format!("{e}"))
            }
            WebauthnCError::HidError(h) => {
                let text = h.to_string();
                if text.to_ascii_lowercase().contains("permission") {
                    KeyError::OsPermissionDenied(text)
                } else {
                    KeyError::Disconnected
                }
            }
            WebauthnCError::PcscError(p) => match p {
                pcsc::Error::RemovedCard
                | pcsc::Error::NoSmartcard
                | pcsc::Error::ResetCard
                | pcsc::Error::UnpoweredCard
                | pcsc::Error::ReaderUnavailable => KeyError::Disconnected,
                pcsc::Error::NoService | pcsc::Error::ServiceStopped => {
                    KeyError::NoSmartCardService
                }
                other => KeyError::Other(format!("smart-card service: {other}")),
            },
            other => KeyError::Other(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{for_this_thread, Language};

    #[test]
    fn counts_take_the_plural_form() {
        let _en = for_this_thread(Language::EnUs);
        let wrong = |retries| KeyError::PinInvalid { retries }.to_string();
        assert_eq!(wrong(None), "Wrong PIN.");
        assert_eq!(wrong(Some(1)), "Wrong PIN. 1 attempt left.");
        assert_eq!(wrong(Some(7)), "Wrong PIN. 7 attempts left.");
        assert_eq!(
            KeyError::UvInvalid { retries: 1 }.to_string(),
            "Fingerprint not recognised. 1 attempt left."
        );
        assert_eq!(
            KeyError::InvalidPin(PinProblem::TooShort { min: 4 }).to_string(),
            "The PIN must have at least 4 characters."
        );
    }

    #[test]
    fn technical_details_are_kept_as_given() {
        let _en = for_this_thread(Language::EnUs);
        assert_eq!(
            KeyError::Other("Ctap2Unknown(0x7f)".into()).to_string(),
            "The key reported an error (Ctap2Unknown(0x7f))."
        );
        assert_eq!(
            KeyError::Unsupported(Feature::CredentialManagement).to_string(),
            "This key does not support passkey management."
        );
    }

    #[test]
    fn every_error_has_a_sentence_in_every_language() {
        use Feature::*;
        let mut errors = vec![
            KeyError::PinInvalid { retries: None },
            KeyError::PinInvalid { retries: Some(2) },
            KeyError::PinAuthBlocked,
            KeyError::PinBlocked,
            KeyError::PinNotSet,
            KeyError::PinAlreadySet,
            KeyError::PinChangeRequired,
            KeyError::PinPolicyViolation,
            KeyError::PinRequired,
            KeyError::TokenRejected,
            KeyError::UvInvalid { retries: 2 },
            KeyError::UvBlocked,
            KeyError::FingerprintStorageFull,
            KeyError::UnknownFingerprint("01".into()),
            KeyError::FingerprintNameTooLong { max: 15 },
            KeyError::KeyStoreFull,
            KeyError::NoPasskeys,
            KeyError::UnknownCredential("abcd".into()),
            KeyError::InvalidMinPinLength { current: 4 },
            KeyError::InvalidOption,
            KeyError::NotAllowed,
            KeyError::ResetWindowPassed,
            KeyError::UserActionTimeout,
            KeyError::Timeout,
            KeyError::Cancelled,
            KeyError::Busy,
            KeyError::Disconnected,
            KeyError::NoKey,
            KeyError::SeveralKeys,
            KeyError::UnknownDevice("usb:1".into()),
            KeyError::NoSmartCardService,
            KeyError::OsPermissionDenied("denied".into()),
            KeyError::Protocol("bad CBOR".into()),
            KeyError::Other("0x7f".into()),
        ];
        errors.extend(
            [
                PinProblem::TooShort { min: 4 },
                PinProblem::TooLong,
                PinProblem::ContainsNul,
                PinProblem::Mismatch,
            ]
            .map(KeyError::InvalidPin),
        );
        errors.extend(
            [
                ClientPin,
                CredentialManagement,
                BioEnrollment,
                AuthenticatorConfig,
                AlwaysUv,
                MinPinLength,
                EnterpriseAttestation,
                UpdateUserInformation,
                Selection,
                PinUvAuthToken,
            ]
            .map(KeyError::Unsupported),
        );
        for language in Language::ALL {
            let _language = for_this_thread(language);
            for e in &errors {
                let text = e.to_string();
                assert!(
                    !text.is_empty() && !text.contains("errors-"),
                    "{language:?}, {e:?}: {text:?}"
                );
            }
        }
    }
}
