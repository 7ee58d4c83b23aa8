//! One error type for everything a key operation can end in, keeping the
//! CTAP meaning (CTAP 2.1 §8.2 status codes) so each case can be told to the
//! user with a next step. Codes without a case of their own stay as `Status`.

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
    /// More code points than this key's maxPINLength (CTAP 2.2 §6.4).
    TooLongForKey { max: usize },
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
    LargeBlobs,
    UpdateUserInformation,
    Selection,
    PinUvAuthToken,
}

/// Why the operating system refused access to a key, as data: the app and
/// the CLI say it in the user's language, with the fix for the platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AccessDenied {
    /// Opening this device was refused; `reason` is the system's own text.
    CannotOpen { device: String, reason: String },
    /// FIDO devices are connected but none of these can be opened.
    ConnectedCannotOpen { devices: Vec<String> },
    /// A refusal reported without details (the system's text).
    Other(String),
}

#[derive(Clone, Debug)]
pub enum KeyError {
    // --- PIN ---
    PinInvalid {
        retries: Option<u32>,
    },
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
    UvInvalid {
        retries: u32,
    },
    UvBlocked,
    FingerprintStorageFull,
    UnknownFingerprint(String),
    FingerprintNameTooLong {
        max: usize,
    },

    // --- passkeys ---
    KeyStoreFull,
    NoPasskeys,
    UnknownCredential(String),

    InvalidMinPinLength {
        current: usize,
    },

    // --- flow ---
    InvalidOption,
    NotAllowed,
    /// The user declined on the key (CTAP2_ERR_OPERATION_DENIED).
    OperationDenied,
    ResetWindowPassed,
    /// The user declined the reset on the key (§6.6: OPERATION_DENIED).
    ResetDeclined,
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
    OsPermissionDenied(AccessDenied),
    Protocol(String),
    /// A CTAP status code (CTAP 2.1 §8.2) with no dedicated case above; the
    /// app words each one it knows, and shows unknown ones as hex.
    Status(u8),
    Other(String),

    // --- virtual key and files ---
    VirtualKeyFile(String),
    Io(Arc<std::io::Error>),
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
            // The attempts left are read by the caller (getUVRetries).
            Ctap2UserVerificationInvalid => KeyError::UvInvalid { retries: 0 },
            Ctap2FingerprintDatabaseFull => KeyError::FingerprintStorageFull,
            Ctap2KeyStoreFull => KeyError::KeyStoreFull,
            Ctap2NoCredentials => KeyError::NoPasskeys,
            Ctap2InvalidOption => KeyError::InvalidOption,
            Ctap2NotAllowed => KeyError::NotAllowed,
            Ctap2OperationDenied => KeyError::OperationDenied,
            Ctap2UserActionTimeout | Ctap2ActionTimeout => KeyError::UserActionTimeout,
            Ctap1Timeout => KeyError::Timeout,
            Ctap2KeepAliveCancel => KeyError::Cancelled,
            Ctap1ChannelBusy => KeyError::Busy,
            // `CtapError` is not `Clone`; its codes map one to one, so the
            // code is found by comparison.
            other => KeyError::Status(
                (0..=u8::MAX)
                    .find(|code| CtapError::from(*code) == *other)
                    .unwrap_or(0x7f),
            ),
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
                KeyError::OsPermissionDenied(AccessDenied::Other("permission denied".into()))
            }
            WebauthnCError::NoHidDevices => KeyError::NoKey,
            WebauthnCError::Cbor | WebauthnCError::MissingRequiredField => {
                KeyError::Protocol(format!("{e}"))
            }
            WebauthnCError::HidError(h) => {
                let text = h.to_string();
                if text.to_ascii_lowercase().contains("permission") {
                    KeyError::OsPermissionDenied(AccessDenied::Other(text))
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
