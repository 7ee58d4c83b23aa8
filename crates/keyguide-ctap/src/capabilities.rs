//! What a key can do, decided once from its getInfo (CTAP 2.1 §6.4), in the
//! spirit of python-fido2's `is_supported(info)`: for each command family,
//! whether the key offers it, on which command byte, and which permissions
//! a token for it needs. Every decision in this crate reads a
//! [`Capabilities`]; none goes back to the raw getInfo fields.
//!
//! The rules, from the specification's option definitions (§6.4, "options")
//! and its prototype annex, as independent clients apply them:
//! - clientPIN exists when the `clientPin` option is present (its value says
//!   whether a PIN is set).
//! - Credential management (§6.8) is offered when `credMgmt` is true
//!   (command 0x0A); a FIDO_2_1_PRE key with `credentialMgmtPreview` offers
//!   the prototype 0x41 with the same sub-commands. A key listing both
//!   speaks the standard byte.
//! - Bio enrollment (§6.7) is offered when `bioEnroll` is present (0x09);
//!   a FIDO_2_1_PRE key with `userVerificationMgmtPreview` offers 0x40. The
//!   option's value says whether a fingerprint is enrolled.
//! - authenticatorConfig (§6.11) when `authnrCfg` is true; large blobs
//!   (§6.10) when `largeBlobs` is true; authenticatorSelection (§6.9) on
//!   FIDO_2_1 keys.
//! - Tokens with permissions (§6.5.5.7) when `pinUvAuthToken` is true;
//!   otherwise the legacy getPinToken, whose token may do everything.
//!   Built-in user verification gives tokens (clientPIN 0x06) when `uv`
//!   and `pinUvAuthToken` are both true.

use webauthn_authenticator_rs::ctap2::commands::Permissions;
use webauthn_authenticator_rs::ctap2::GetInfoResponse;

use super::pin_uv::PinUvProtocol;

/// Which command byte a management family answers on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommandSet {
    /// CTAP 2.1: 0x0A credential management, 0x09 bio enrollment.
    Standard,
    /// FIDO_2_1_PRE: 0x41 and 0x40 with the same sub-commands.
    Prototype,
}

impl CommandSet {
    /// The credential-management command byte.
    pub fn credential_management_byte(self) -> u8 {
        match self {
            CommandSet::Standard => 0x0A,
            CommandSet::Prototype => 0x41,
        }
    }

    /// The bio-enrollment command byte.
    pub fn bio_enrollment_byte(self) -> u8 {
        match self {
            CommandSet::Standard => 0x09,
            CommandSet::Prototype => 0x40,
        }
    }
}

/// Everything the session decides from getInfo, computed in one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capabilities {
    pub fido_2_1: bool,
    pub fido_2_1_pre: bool,
    /// `None`: no clientPIN at all; `Some(set)`: whether a PIN is set.
    pub client_pin: Option<bool>,
    /// getPinUvAuthTokenUsingPinWithPermissions (0x09) is offered.
    pub pin_uv_auth_token: bool,
    /// The PIN/UV protocols we both speak, in the key's order of
    /// preference (§6.5.4: the platform takes the first it supports).
    pub pin_protocols: Vec<PinUvProtocol>,
    pub credential_management: Option<CommandSet>,
    pub bio_enrollment: Option<CommandSet>,
    /// `Some(true)`: a fingerprint is enrolled (bioEnroll or its preview).
    pub fingerprints_enrolled: Option<bool>,
    pub authenticator_config: bool,
    pub large_blobs: bool,
    pub selection: bool,
    /// `uv`: `Some(true)` built-in user verification is configured.
    pub uv: Option<bool>,
    pub always_uv: Option<bool>,
    pub set_min_pin_length: bool,
    /// `ep`: `Some(enabled)` when the key offers enterprise attestation.
    pub enterprise_attestation: Option<bool>,
    pub make_cred_uv_not_rqd: bool,
    /// `rk`: discoverable credentials.
    pub discoverable: bool,
    pub force_pin_change: bool,
    /// The minimum PIN length the key enforces (at least 4, §6.5.1).
    pub min_pin_length: usize,
}

impl Capabilities {
    pub fn from_info(info: &GetInfoResponse) -> Self {
        let option = |name: &str| info.options.as_ref().and_then(|o| o.get(name).copied());
        let has = |name: &str| option(name).is_some();
        let fido_2_1 = info.versions.contains("FIDO_2_1");
        let fido_2_1_pre = info.versions.contains("FIDO_2_1_PRE");
        let client_pin = option("clientPin");

        let credential_management = if option("credMgmt") == Some(true) {
            Some(CommandSet::Standard)
        } else if fido_2_1_pre && option("credentialMgmtPreview") == Some(true) {
            Some(CommandSet::Prototype)
        } else {
            None
        };
        let (bio_enrollment, fingerprints_enrolled) = if has("bioEnroll") {
            (Some(CommandSet::Standard), option("bioEnroll"))
        } else if fido_2_1_pre && has("userVerificationMgmtPreview") {
            (
                Some(CommandSet::Prototype),
                option("userVerificationMgmtPreview"),
            )
        } else {
            (None, None)
        };
        // A key that lists no protocols but has clientPin speaks one
        // (CTAP 2.0 keys predate the field).
        let listed: &[u32] = match (&info.pin_protocols, client_pin) {
            (Some(p), _) => p,
            (None, Some(_)) => &[1],
            (None, None) => &[],
        };
        let pin_protocols = listed
            .iter()
            .filter_map(|n| PinUvProtocol::from_number(*n).ok())
            .collect();

        Capabilities {
            fido_2_1,
            fido_2_1_pre,
            client_pin,
            pin_uv_auth_token: option("pinUvAuthToken") == Some(true),
            pin_protocols,
            credential_management,
            bio_enrollment,
            fingerprints_enrolled,
            authenticator_config: option("authnrCfg") == Some(true),
            large_blobs: option("largeBlobs") == Some(true),
            selection: fido_2_1,
            uv: option("uv"),
            always_uv: option("alwaysUv"),
            set_min_pin_length: option("setMinPINLength") == Some(true),
            enterprise_attestation: option("ep"),
            make_cred_uv_not_rqd: option("makeCredUvNotRqd") == Some(true),
            discoverable: option("rk") == Some(true),
            force_pin_change: info.force_pin_change,
            min_pin_length: info.min_pin_length.unwrap_or(4).max(4),
        }
    }

    /// The protocol to use: the key's first that we speak.
    pub fn preferred_pin_protocol(&self) -> Option<PinUvProtocol> {
        self.pin_protocols.first().copied()
    }

    /// updateUserInformation exists only in CTAP 2.1 proper (§6.8.6), not
    /// in the prototype command.
    pub fn update_user_information(&self) -> bool {
        self.credential_management == Some(CommandSet::Standard)
    }

    /// The permissions a management token asks for: every management
    /// family this key offers (cm, be, acfg), unbound to any site.
    pub fn management_permissions(&self) -> Permissions {
        let mut permissions = Permissions::empty();
        if self.credential_management.is_some() {
            permissions |= Permissions::CREDENTIAL_MANAGEMENT;
        }
        if self.bio_enrollment.is_some() {
            permissions |= Permissions::BIO_ENROLLMENT;
        }
        if self.authenticator_config {
            permissions |= Permissions::AUTHENTICATOR_CONFIGURATION;
        }
        permissions
    }

    /// Built-in user verification (a fingerprint) can give a token:
    /// getPinUvAuthTokenUsingUvWithPermissions (clientPIN 0x06, §6.5.5.7.3)
    /// needs both `uv` and `pinUvAuthToken` true.
    pub fn uv_token(&self) -> bool {
        self.uv == Some(true) && self.pin_uv_auth_token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn info(
        versions: &[&str],
        options: &[(&str, bool)],
        protocols: Option<&[u32]>,
    ) -> GetInfoResponse {
        GetInfoResponse {
            versions: versions
                .iter()
                .map(|v| v.to_string())
                .collect::<BTreeSet<_>>(),
            options: Some(
                options
                    .iter()
                    .map(|(k, v)| (k.to_string(), *v))
                    .collect::<BTreeMap<_, _>>(),
            ),
            pin_protocols: protocols.map(<[u32]>::to_vec),
            ..Default::default()
        }
    }

    /// A YubiKey 5 with firmware 5.4 (CTAP 2.1 proper): it lists the
    /// preview options too, and the standard bytes win.
    fn yubikey_5_ctap_2_1() -> GetInfoResponse {
        let mut i = info(
            &["U2F_V2", "FIDO_2_0", "FIDO_2_1_PRE", "FIDO_2_1"],
            &[
                ("rk", true),
                ("up", true),
                ("plat", false),
                ("alwaysUv", false),
                ("credMgmt", true),
                ("authnrCfg", true),
                ("clientPin", true),
                ("largeBlobs", true),
                ("pinUvAuthToken", true),
                ("setMinPINLength", true),
                ("makeCredUvNotRqd", true),
                ("credentialMgmtPreview", true),
            ],
            Some(&[2, 1]),
        );
        i.min_pin_length = Some(4);
        i
    }

    /// A YubiKey 5 with firmware 5.2 (FIDO_2_1_PRE): prototype commands,
    /// legacy token only.
    fn yubikey_5_ctap_2_1_pre() -> GetInfoResponse {
        info(
            &["U2F_V2", "FIDO_2_0", "FIDO_2_1_PRE"],
            &[
                ("rk", true),
                ("up", true),
                ("plat", false),
                ("clientPin", false),
                ("credentialMgmtPreview", true),
            ],
            Some(&[1]),
        )
    }

    /// A YubiKey Bio (CTAP 2.1 with a fingerprint enrolled).
    fn yubikey_bio() -> GetInfoResponse {
        info(
            &["U2F_V2", "FIDO_2_0", "FIDO_2_1_PRE", "FIDO_2_1"],
            &[
                ("rk", true),
                ("up", true),
                ("uv", true),
                ("plat", false),
                ("uvToken", true),
                ("alwaysUv", true),
                ("credMgmt", true),
                ("authnrCfg", true),
                ("bioEnroll", true),
                ("clientPin", true),
                ("largeBlobs", true),
                ("pinUvAuthToken", true),
                ("setMinPINLength", true),
                ("makeCredUvNotRqd", false),
                ("credentialMgmtPreview", true),
                ("userVerificationMgmtPreview", true),
            ],
            Some(&[2, 1]),
        )
    }

    /// A CTAP 2.0 key (e.g. a Security Key NFC with firmware 5.1), which
    /// predates pinUvAuthProtocols.
    fn ctap_2_0_key() -> GetInfoResponse {
        info(
            &["U2F_V2", "FIDO_2_0"],
            &[
                ("rk", true),
                ("up", true),
                ("plat", false),
                ("clientPin", true),
            ],
            None,
        )
    }

    #[test]
    fn a_ctap_2_1_key_uses_the_standard_commands_with_token_permissions() {
        let c = Capabilities::from_info(&yubikey_5_ctap_2_1());
        assert_eq!(c.credential_management, Some(CommandSet::Standard));
        assert_eq!(
            c.credential_management
                .unwrap()
                .credential_management_byte(),
            0x0A
        );
        assert_eq!(c.bio_enrollment, None);
        assert!(c.pin_uv_auth_token && c.authenticator_config && c.large_blobs);
        assert!(c.selection && c.update_user_information());
        assert_eq!(c.client_pin, Some(true));
        assert_eq!(c.always_uv, Some(false));
        assert!(c.set_min_pin_length && c.make_cred_uv_not_rqd);
        assert_eq!(
            c.pin_protocols,
            vec![PinUvProtocol::Two, PinUvProtocol::One]
        );
        assert_eq!(c.preferred_pin_protocol(), Some(PinUvProtocol::Two));
        assert_eq!(
            c.management_permissions(),
            Permissions::CREDENTIAL_MANAGEMENT | Permissions::AUTHENTICATOR_CONFIGURATION
        );
        assert!(!c.uv_token(), "no built-in user verification");
    }

    #[test]
    fn a_2_1_pre_key_uses_the_prototype_command_and_the_legacy_token() {
        let c = Capabilities::from_info(&yubikey_5_ctap_2_1_pre());
        assert_eq!(c.credential_management, Some(CommandSet::Prototype));
        assert_eq!(
            c.credential_management
                .unwrap()
                .credential_management_byte(),
            0x41
        );
        assert!(!c.update_user_information(), "not in the prototype");
        assert!(!c.pin_uv_auth_token && !c.selection && !c.authenticator_config);
        assert_eq!(c.client_pin, Some(false));
        assert_eq!(c.pin_protocols, vec![PinUvProtocol::One]);
    }

    #[test]
    fn a_bio_key_with_a_finger_enrolled_offers_fingerprint_tokens() {
        let c = Capabilities::from_info(&yubikey_bio());
        assert_eq!(c.bio_enrollment, Some(CommandSet::Standard));
        assert_eq!(c.bio_enrollment.unwrap().bio_enrollment_byte(), 0x09);
        assert_eq!(c.fingerprints_enrolled, Some(true));
        assert!(c.uv_token());
        assert_eq!(
            c.management_permissions(),
            Permissions::CREDENTIAL_MANAGEMENT
                | Permissions::BIO_ENROLLMENT
                | Permissions::AUTHENTICATOR_CONFIGURATION
        );
        assert!(!c.make_cred_uv_not_rqd);
        assert_eq!(c.always_uv, Some(true));
    }

    #[test]
    fn a_bio_key_without_a_finger_offers_enrollment_but_no_fingerprint_token() {
        let mut i = yubikey_bio();
        let options = i.options.as_mut().unwrap();
        options.insert("bioEnroll".into(), false);
        options.insert("uv".into(), false);
        let c = Capabilities::from_info(&i);
        assert_eq!(c.bio_enrollment, Some(CommandSet::Standard));
        assert_eq!(c.fingerprints_enrolled, Some(false));
        assert!(!c.uv_token());
    }

    #[test]
    fn a_ctap_2_0_key_has_a_pin_and_nothing_to_manage() {
        let c = Capabilities::from_info(&ctap_2_0_key());
        assert_eq!(c.client_pin, Some(true));
        assert_eq!(c.pin_protocols, vec![PinUvProtocol::One], "implied");
        assert_eq!(c.credential_management, None);
        assert_eq!(c.bio_enrollment, None);
        assert!(!c.selection && !c.pin_uv_auth_token && !c.authenticator_config);
        assert_eq!(c.management_permissions(), Permissions::empty());
    }

    #[test]
    fn credential_management_needs_the_option_true_and_preview_needs_2_1_pre() {
        // credMgmt present but false: not offered (§6.4 "credMgmt").
        let c = Capabilities::from_info(&info(&["FIDO_2_1"], &[("credMgmt", false)], None));
        assert_eq!(c.credential_management, None);
        // The preview option on a key that does not claim FIDO_2_1_PRE is
        // ignored, as python-fido2 ignores it.
        let c = Capabilities::from_info(&info(
            &["FIDO_2_0"],
            &[
                ("credentialMgmtPreview", true),
                ("userVerificationMgmtPreview", true),
            ],
            None,
        ));
        assert_eq!(c.credential_management, None);
        assert_eq!(c.bio_enrollment, None);
    }

    #[test]
    fn unknown_protocols_are_skipped_and_the_minimum_pin_length_is_at_least_4() {
        let mut i = info(&["FIDO_2_1"], &[("clientPin", true)], Some(&[3, 1]));
        i.min_pin_length = Some(2);
        let c = Capabilities::from_info(&i);
        assert_eq!(c.pin_protocols, vec![PinUvProtocol::One]);
        assert_eq!(c.min_pin_length, 4);
        let c = Capabilities::from_info(&info(&["FIDO_2_1"], &[], None));
        assert_eq!(c.client_pin, None);
        assert!(c.pin_protocols.is_empty());
    }
}
