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

#[derive(Clone, Debug, thiserror::Error)]
pub enum KeyError {
    // --- PIN ---
    #[error("Wrong PIN.{}", retries_text(*.retries))]
    PinInvalid { retries: Option<u32> },
    #[error("Too many wrong PINs in a row. Remove the key, insert it again and retry.")]
    PinAuthBlocked,
    #[error("The PIN is blocked after too many wrong attempts. Only a reset makes the key usable again (this erases it).")]
    PinBlocked,
    #[error("This key has no PIN yet. Set one first.")]
    PinNotSet,
    #[error("This key already has a PIN. Use 'change' instead.")]
    PinAlreadySet,
    #[error("The key requires its PIN to be changed before anything else.")]
    PinChangeRequired,
    #[error("The key refused this PIN under its PIN policy (too short, too simple, or the same as before).")]
    PinPolicyViolation,
    #[error("{}", pin_problem_text(.0))]
    InvalidPin(PinProblem),
    #[error("This operation needs the key's PIN.")]
    PinRequired,
    #[error("The key no longer accepts this session's PIN token. Enter the PIN again.")]
    TokenRejected,

    // --- fingerprints (user verification) ---
    #[error("Fingerprint not recognised. {retries} attempts left.")]
    UvInvalid { retries: u32 },
    #[error("Fingerprint matching is blocked. Use the PIN instead.")]
    UvBlocked,
    #[error("The fingerprint storage on this key is full. Remove a fingerprint first.")]
    FingerprintStorageFull,
    #[error("No fingerprint with id {0} on this key.")]
    UnknownFingerprint(String),
    #[error("The fingerprint name is too long for this key ({max} bytes at most).")]
    FingerprintNameTooLong { max: usize },

    // --- passkeys ---
    #[error("The key's passkey storage is full. Delete a passkey first.")]
    KeyStoreFull,
    #[error("There are no passkeys on this key.")]
    NoPasskeys,
    #[error("No passkey with id {0} on this key.")]
    UnknownCredential(String),

    #[error("The minimum PIN length can only grow: choose a value from {current} to 63.")]
    InvalidMinPinLength { current: usize },

    // --- flow ---
    #[error("The key refused an option of this request.")]
    InvalidOption,
    #[error("The key did not allow this.")]
    NotAllowed,
    #[error("The key only allows a reset within about 10 seconds of being plugged in. Remove the key, insert it again and retry straight away.")]
    ResetWindowPassed,
    #[error("You did not touch the key in time. Try again.")]
    UserActionTimeout,
    #[error("The key did not answer in time. Remove it, insert it again and retry.")]
    Timeout,
    #[error("Cancelled.")]
    Cancelled,
    #[error("This key does not support {}.", feature_text(*.0))]
    Unsupported(Feature),
    #[error("The key is busy with another program. Close other programs that use it and retry.")]
    Busy,

    // --- connection ---
    #[error("The key was removed.")]
    Disconnected,
    #[error("No security key found. Insert your security key and retry.")]
    NoKey,
    #[error("Several keys are connected. Choose one with --device.")]
    SeveralKeys,
    #[error("No key with id {0} is connected.")]
    UnknownDevice(String),
    #[error("No smart-card service found; start pcscd (on Windows, the Smart Card service) to use NFC keys.")]
    NoSmartCardService,
    #[error("The system did not allow access to the key: {0}")]
    OsPermissionDenied(String),
    #[error("The key sent an answer KeyGuide could not read ({0}). Remove the key, insert it again and retry.")]
    Protocol(String),
    #[error("The key reported an error ({0}).")]
    Other(String),

    // --- virtual key and files ---
    #[error("{0}")]
    VirtualKeyFile(String),
    #[error("{0}")]
    Io(Arc<std::io::Error>),
}

fn retries_text(retries: Option<u32>) -> String {
    match retries {
        Some(1) => " 1 attempt left.".into(),
        Some(n) => format!(" {n} attempts left."),
        None => String::new(),
    }
}

fn pin_problem_text(p: &PinProblem) -> String {
    match p {
        PinProblem::TooShort { min } => format!("The PIN must have at least {min} characters."),
        PinProblem::TooLong => "The PIN must be at most 63 bytes long.".into(),
        PinProblem::ContainsNul => "The PIN must not contain a NUL character.".into(),
        PinProblem::Mismatch => "The two PINs do not match.".into(),
    }
}

fn feature_text(f: Feature) -> &'static str {
    match f {
        Feature::ClientPin => "a PIN",
        Feature::CredentialManagement => "passkey management",
        Feature::BioEnrollment => "fingerprints",
        Feature::AuthenticatorConfig => "changing its settings",
        Feature::AlwaysUv => "the always-require-verification setting",
        Feature::MinPinLength => "changing the minimum PIN length",
        Feature::EnterpriseAttestation => "enterprise attestation",
        Feature::UpdateUserInformation => "editing passkey user names",
        Feature::Selection => "the identify action",
        Feature::PinUvAuthToken => "PIN tokens with permissions",
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
