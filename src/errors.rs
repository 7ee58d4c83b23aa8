//! Device errors in the user's language. The device crate's errors carry
//! data (`keyguide_ctap::KeyError`); the sentences, with a next step each,
//! are here (`i18n/<locale>/errors.ftl`), for the app and the CLI alike.

use crate::device::error::{AccessDenied, Feature, KeyError, PinProblem};

/// The sentence a person reads for an error, in the current language.
pub trait UserText {
    fn user_text(&self) -> String;
}

impl UserText for KeyError {
    fn user_text(&self) -> String {
        match self {
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
            KeyError::InvalidPin(problem) => problem.user_text(),
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
            KeyError::OperationDenied => t!("errors-operation-denied"),
            KeyError::ResetWindowPassed => t!("errors-reset-window-passed"),
            KeyError::ResetDeclined => t!("errors-reset-declined"),
            KeyError::UserActionTimeout => t!("errors-user-action-timeout"),
            KeyError::Timeout => t!("errors-timeout"),
            KeyError::Cancelled => t!("errors-cancelled"),
            KeyError::Unsupported(feature) => unsupported_text(*feature),
            KeyError::Busy => t!("errors-busy"),
            KeyError::Disconnected => t!("errors-disconnected"),
            KeyError::NoKey => t!("errors-no-key"),
            KeyError::SeveralKeys => t!("errors-several-keys"),
            KeyError::UnknownDevice(id) => t!("errors-unknown-device", id = id),
            KeyError::NoSmartCardService => t!("errors-no-smart-card-service"),
            KeyError::OsPermissionDenied(denied) => {
                t!(
                    "errors-os-permission-denied",
                    reason = access_denied_text(denied)
                )
            }
            KeyError::Protocol(detail) => t!("errors-protocol", detail = detail),
            KeyError::Status(code) => status_text(*code),
            KeyError::Other(detail) => t!("errors-other", detail = detail),
            // Already the whole sentence (file errors, the system's text).
            KeyError::VirtualKeyFile(text) => text.clone(),
            KeyError::Io(e) => e.to_string(),
        }
    }
}

impl UserText for PinProblem {
    fn user_text(&self) -> String {
        match self {
            PinProblem::TooShort { min } => t!("errors-pin-too-short", min = *min),
            PinProblem::TooLong => t!("errors-pin-too-long"),
            PinProblem::TooLongForKey { max } => t!("errors-pin-too-long-for-key", max = *max),
            PinProblem::ContainsNul => t!("errors-pin-contains-nul"),
            PinProblem::Mismatch => t!("errors-pin-mismatch"),
        }
    }
}

/// A CTAP status (CTAP 2.1 §8.2) that has no case of its own in `KeyError`:
/// what it means for the user and what to do, with the code in hex for
/// support. Codes a key can return in management flows are grouped by what
/// the user can do about them.
fn status_text(code: u8) -> String {
    let hex = format!("0x{code:02X}");
    match code {
        // INVALID_COMMAND, UNSUPPORTED_ALGORITHM, UNSUPPORTED_OPTION,
        // INVALID_SUBCOMMAND: the key does not implement what was asked.
        0x01 | 0x26 | 0x2B | 0x3E => t!("errors-status-unsupported", code = hex),
        // INVALID_PARAMETER, INVALID_LENGTH, CBOR_UNEXPECTED_TYPE,
        // INVALID_CBOR, MISSING_PARAMETER, LIMIT_EXCEEDED, REQUEST_TOO_LARGE:
        // the key rejected the request's form.
        0x02 | 0x03 | 0x11 | 0x12 | 0x14 | 0x15 | 0x39 => {
            t!("errors-status-request-rejected", code = hex)
        }
        // INVALID_SEQ, LOCK_REQUIRED, INVALID_CHANNEL: the CTAPHID channel
        // (§11.2.9.1) got out of step.
        0x04 | 0x0A | 0x0B => t!("errors-status-channel", code = hex),
        // PROCESSING, USER_ACTION_PENDING, OPERATION_PENDING: still busy with
        // an earlier request.
        0x21 | 0x23 | 0x24 => t!("errors-status-pending", code = hex),
        // NO_OPERATIONS: nothing to continue (e.g. a lost enrollment).
        0x25 => t!("errors-status-no-operations", code = hex),
        0x22 => t!("errors-status-invalid-credential", code = hex),
        0x19 => t!("errors-status-credential-excluded", code = hex),
        0x18 => t!("errors-status-large-blob-full", code = hex),
        0x3B => t!("errors-status-up-required", code = hex),
        0x3D => t!("errors-status-integrity", code = hex),
        // CTAP1_ERR_OTHER: "other unspecified error", the key's own failure.
        0x7F => t!("errors-status-other", code = hex),
        _ => unknown_status_text(code),
    }
}

/// The sentence for a status code KeyGuide has no meaning for (CTAP2_ERR_LAST,
/// extension and vendor codes, and anything undefined): still a next step,
/// and the code for support. Tests use it to reject this wording where a
/// specific message is expected.
pub fn unknown_status_text(code: u8) -> String {
    t!("errors-status-unknown", code = format!("0x{code:02X}"))
}

/// "This key does not support ...", one whole sentence per feature so that
/// each language can word it its own way.
fn unsupported_text(feature: Feature) -> String {
    match feature {
        Feature::ClientPin => t!("errors-unsupported-client-pin"),
        Feature::CredentialManagement => t!("errors-unsupported-credential-management"),
        Feature::BioEnrollment => t!("errors-unsupported-bio-enrollment"),
        Feature::AuthenticatorConfig => t!("errors-unsupported-authenticator-config"),
        Feature::AlwaysUv => t!("errors-unsupported-always-uv"),
        Feature::MinPinLength => t!("errors-unsupported-min-pin-length"),
        Feature::EnterpriseAttestation => t!("errors-unsupported-enterprise-attestation"),
        Feature::LargeBlobs => t!("errors-unsupported-large-blobs"),
        Feature::UpdateUserInformation => t!("errors-unsupported-update-user-information"),
        Feature::Selection => t!("errors-unsupported-selection"),
        Feature::PinUvAuthToken => t!("errors-unsupported-pin-uv-auth-token"),
    }
}

/// What the system refused, with the fix for this platform.
fn access_denied_text(denied: &AccessDenied) -> String {
    match denied {
        AccessDenied::CannotOpen { device, reason } => t!(
            "keys-cannot-open",
            device = device.clone(),
            reason = reason.clone(),
            hint = permission_hint()
        ),
        AccessDenied::ConnectedCannotOpen { devices } => t!(
            "keys-connected-cannot-open",
            devices = devices.join(", "),
            hint = permission_hint()
        ),
        AccessDenied::Other(reason) => reason.clone(),
    }
}

fn permission_hint() -> String {
    if cfg!(target_os = "linux") {
        t!("keys-permission-hint-linux")
    } else if cfg!(target_os = "windows") {
        t!("keys-permission-hint-windows")
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::error::{Feature, PinProblem};
    use crate::i18n::{for_this_thread, Language};

    #[test]
    fn counts_take_the_plural_form() {
        let _en = for_this_thread(Language::EnUs);
        let wrong = |retries| KeyError::PinInvalid { retries }.user_text();
        assert_eq!(wrong(None), "Wrong PIN.");
        assert_eq!(wrong(Some(1)), "Wrong PIN. 1 attempt left.");
        assert_eq!(wrong(Some(7)), "Wrong PIN. 7 attempts left.");
        assert_eq!(
            KeyError::UvInvalid { retries: 1 }.user_text(),
            "Fingerprint not recognised. 1 attempt left."
        );
        assert_eq!(
            KeyError::InvalidPin(PinProblem::TooShort { min: 4 }).user_text(),
            "The PIN must have at least 4 characters."
        );
    }

    #[test]
    fn refusals_are_told_as_what_they_are() {
        let _en = for_this_thread(Language::EnUs);
        assert_eq!(
            KeyError::PinChangeRequired.user_text(),
            "Your PIN must be changed before the key can be used."
        );
        assert_eq!(
            KeyError::ResetDeclined.user_text(),
            "You declined the reset on the key. Nothing was erased."
        );
        assert_ne!(
            KeyError::ResetDeclined.user_text(),
            KeyError::ResetWindowPassed.user_text()
        );
    }

    #[test]
    fn technical_details_are_kept_as_given() {
        let _en = for_this_thread(Language::EnUs);
        assert_eq!(
            KeyError::Other("the NFC listing stopped".into()).user_text(),
            "Something went wrong while talking to the key (the NFC listing stopped). \
             Remove the key, insert it again and try again."
        );
        assert_eq!(
            KeyError::Status(0xF3).user_text(),
            "The key reported an error KeyGuide does not know (code 0xF3). Remove the key, \
             insert it again and try again. If it keeps happening, give this code to your \
             IT support."
        );
        assert_eq!(
            KeyError::Unsupported(Feature::CredentialManagement).user_text(),
            "This key does not support passkey management."
        );
    }

    #[test]
    fn every_status_a_key_can_return_has_its_own_sentence() {
        // CTAP 2.1 §8.2: every defined code that has no dedicated case.
        let _en = for_this_thread(Language::EnUs);
        let defined = [
            0x01, 0x02, 0x03, 0x04, 0x0A, 0x0B, 0x11, 0x12, 0x14, 0x15, 0x18, 0x19, 0x21, 0x22,
            0x23, 0x24, 0x25, 0x26, 0x2B, 0x39, 0x3B, 0x3D, 0x3E, 0x7F,
        ];
        for code in defined {
            let text = KeyError::Status(code).user_text();
            assert_ne!(text, unknown_status_text(code), "{code:#x}");
            assert!(text.contains(&format!("0x{code:02X}")), "{text}");
        }
        // Mapped through the device crate, a defined code with a case of its
        // own never lands in `Status`; others keep their code.
        let from = |code: u8| KeyError::from_ctap(&code.into());
        assert!(matches!(from(0x31), KeyError::PinInvalid { .. }));
        assert!(matches!(from(0x7F), KeyError::Status(0x7F)));
        assert!(matches!(from(0xF3), KeyError::Status(0xF3)));
        assert_eq!(
            KeyError::Status(0x7F).user_text(),
            "The key hit an internal error and did not finish (code 0x7F). Remove the key, \
             insert it again and try again. If it happens again, the key may be faulty."
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
            KeyError::OperationDenied,
            KeyError::ResetWindowPassed,
            KeyError::ResetDeclined,
            KeyError::UserActionTimeout,
            KeyError::Timeout,
            KeyError::Cancelled,
            KeyError::Busy,
            KeyError::Disconnected,
            KeyError::NoKey,
            KeyError::SeveralKeys,
            KeyError::UnknownDevice("usb:1".into()),
            KeyError::NoSmartCardService,
            KeyError::OsPermissionDenied(AccessDenied::Other("denied".into())),
            KeyError::OsPermissionDenied(AccessDenied::CannotOpen {
                device: "/dev/hidraw0".into(),
                reason: "Permission denied".into(),
            }),
            KeyError::OsPermissionDenied(AccessDenied::ConnectedCannotOpen {
                devices: vec!["/dev/hidraw0".into()],
            }),
            KeyError::Protocol("bad CBOR".into()),
            KeyError::Other("0x7f".into()),
        ];
        errors.extend((0..=u8::MAX).map(KeyError::Status));
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
                let text = e.user_text();
                assert!(
                    !text.is_empty() && !text.contains("errors-"),
                    "{language:?}, {e:?}: {text:?}"
                );
            }
        }
    }
}
