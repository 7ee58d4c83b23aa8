//! What Microsoft Entra ID (work or school accounts) asks of a security key,
//! checked against one key; and the exact values admins type in. The guided
//! setup (`app::screen::guide`) shows these; nothing here talks to a key or
//! to the network.

use uuid::Uuid;

use crate::device::model::{KeyInfo, PasskeyList};

/// Where users add a security key to their work or school account.
pub const SECURITY_INFO_URL: &str = "https://mysignins.microsoft.com/security-info";

/// The relying party id of passkeys registered with Entra ID.
pub const ENTRA_RP_ID: &str = "login.microsoft.com";

/// Microsoft's guide allows this many security keys per account.
pub const MAX_KEYS_PER_ACCOUNT: u32 = 10;

/// Windows sign-in with a security key needs Windows 10 1903 or later.
pub const WINDOWS_SIGN_IN_MIN_VERSION: &str = "Windows 10 1903";

/// Intune custom setting that turns on security-key sign-in to Windows.
pub const INTUNE_OMA_URI: &str =
    "./Device/Vendor/MSFT/PassportForWork/SecurityKey/UseSecurityKeyForSignin";
pub const INTUNE_DATA_TYPE: &str = "Integer";
pub const INTUNE_VALUE: &str = "1";

/// The same setting in a provisioning package (Windows Configuration
/// Designer).
pub const PROVISIONING_PATH: &str =
    "Runtime settings > WindowsHelloForBusiness > SecurityKeys > UseSecurityKeyForSignIn";
pub const PROVISIONING_VALUE: &str = "Enabled";

/// The same setting as a Group Policy (hybrid-joined devices).
pub const GROUP_POLICY_PATH: &str =
    "Computer Configuration > Administrative Templates > System > Logon > Turn on security key sign-in";
pub const GROUP_POLICY_VALUE: &str = "Enabled";

/// One line of the readiness check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// FIDO2 with discoverable credentials, client PIN and hmac-secret.
    Capabilities,
    /// A PIN is set (and usable).
    Pin,
    /// A fingerprint is enrolled (biometric keys only; optional).
    Fingerprint,
    /// Room for one more passkey.
    FreeSlots,
    /// FIDO certified and not revoked, per the metadata.
    Certification,
    /// A passkey for login.microsoft.com is already on the key.
    ExistingPasskey,
}

/// How one check came out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ready,
    /// Must be fixed before registering.
    Problem(Problem),
    /// Fine to go on, but worth knowing.
    Advice(Problem),
    /// Needs the PIN to tell (slots, passkeys).
    NeedsPin,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// What the key lacks: `discoverable credentials`, `PIN`, `hmac-secret`.
    MissingCapabilities(Vec<Capability>),
    NoPin,
    PinBlocked,
    PinChangeRequired,
    NoFingerprint,
    NoFreeSlots,
    NotInMetadata,
    NotCertified,
    Revoked,
    /// An Entra passkey is already there: registering again adds a second.
    AlreadyRegistered {
        accounts: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    Fido2,
    DiscoverableCredentials,
    ClientPin,
    HmacSecret,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub check: Check,
    pub outcome: Outcome,
}

/// Checks a key for Entra ID. `passkeys` is the list read with the PIN,
/// when the user has unlocked the key.
pub fn readiness(info: &KeyInfo, passkeys: Option<&PasskeyList>) -> Vec<Item> {
    let mut items = Vec::new();
    let mut missing = Vec::new();
    if !info.versions.iter().any(|v| v.starts_with("FIDO_2")) {
        missing.push(Capability::Fido2);
    }
    if !info.discoverable {
        missing.push(Capability::DiscoverableCredentials);
    }
    if info.pin_set.is_none() {
        missing.push(Capability::ClientPin);
    }
    if !info.extensions.iter().any(|e| e == "hmac-secret") {
        missing.push(Capability::HmacSecret);
    }
    items.push(Item {
        check: Check::Capabilities,
        outcome: if missing.is_empty() {
            Outcome::Ready
        } else {
            Outcome::Problem(Problem::MissingCapabilities(missing))
        },
    });

    let pin = match (info.pin_set, info.pin_retries) {
        // No PIN support at all: already reported under capabilities.
        (None, _) => None,
        (Some(false), _) => Some(Outcome::Problem(Problem::NoPin)),
        (Some(true), Some(0)) => Some(Outcome::Problem(Problem::PinBlocked)),
        _ if info.force_pin_change => Some(Outcome::Problem(Problem::PinChangeRequired)),
        _ => Some(Outcome::Ready),
    };
    if let Some(outcome) = pin {
        items.push(Item {
            check: Check::Pin,
            outcome,
        });
    }

    if info.bio {
        items.push(Item {
            check: Check::Fingerprint,
            outcome: if info.fingerprints_enrolled == Some(true) {
                Outcome::Ready
            } else {
                Outcome::Advice(Problem::NoFingerprint)
            },
        });
    }

    let remaining = passkeys
        .map(|l| l.slots.remaining)
        .or(info.passkeys_remaining);
    items.push(Item {
        check: Check::FreeSlots,
        outcome: match remaining {
            Some(0) => Outcome::Problem(Problem::NoFreeSlots),
            Some(_) => Outcome::Ready,
            None => Outcome::NeedsPin,
        },
    });

    items.push(Item {
        check: Check::Certification,
        outcome: if info.revoked {
            Outcome::Problem(Problem::Revoked)
        } else if !info.in_metadata {
            Outcome::Advice(Problem::NotInMetadata)
        } else if info.certification.is_none() {
            Outcome::Advice(Problem::NotCertified)
        } else {
            Outcome::Ready
        },
    });

    items.push(Item {
        check: Check::ExistingPasskey,
        outcome: match passkeys.map(entra_accounts) {
            None if info.credential_management => Outcome::NeedsPin,
            // Keys that cannot list passkeys: nothing to say either way.
            None => Outcome::Ready,
            Some(0) => Outcome::Ready,
            Some(accounts) => Outcome::Advice(Problem::AlreadyRegistered { accounts }),
        },
    });
    items
}

/// True when nothing blocks registering the key.
pub fn ready_to_register(items: &[Item]) -> bool {
    !items
        .iter()
        .any(|i| matches!(i.outcome, Outcome::Problem(_)))
}

/// How many work or school accounts have a passkey on this key.
pub fn entra_accounts(list: &PasskeyList) -> usize {
    list.sites
        .iter()
        .filter(|s| s.rp_id.eq_ignore_ascii_case(ENTRA_RP_ID))
        .map(|s| s.passkeys.len())
        .sum()
}

/// Every AAGUID in text pasted from an admin portal, a spreadsheet or an
/// email: with or without dashes or braces, any case, any separators.
pub fn parse_aaguid_list(text: &str) -> Vec<Uuid> {
    let mut found = Vec::new();
    let mut digits = String::new();
    // Walk runs of hex digits and dashes; a run with exactly 32 hex
    // digits in the 8-4-4-4-12 or plain form is an AAGUID.
    let flush = |run: &mut String, found: &mut Vec<Uuid>| {
        let hex: String = run.chars().filter(|c| *c != '-').collect();
        let dashed_ok = !run.contains('-')
            || run.split('-').map(str::len).collect::<Vec<_>>() == [8, 4, 4, 4, 12];
        if hex.len() == 32 && dashed_ok {
            if let Ok(u) = Uuid::parse_str(&hex) {
                if !found.contains(&u) {
                    found.push(u);
                }
            }
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_hexdigit() || c == '-' {
            digits.push(c);
        } else {
            flush(&mut digits, &mut found);
        }
    }
    flush(&mut digits, &mut found);
    found
}

/// The key's AAGUID against an organisation's allow list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListCheck {
    /// No AAGUID could be read from the text.
    NothingFound,
    Listed {
        total: usize,
    },
    NotListed {
        total: usize,
    },
}

pub fn check_against_list(aaguid: &str, pasted: &str) -> ListCheck {
    let list = parse_aaguid_list(pasted);
    if list.is_empty() {
        return ListCheck::NothingFound;
    }
    let total = list.len();
    match Uuid::parse_str(aaguid) {
        Ok(key) if list.contains(&key) => ListCheck::Listed { total },
        _ => ListCheck::NotListed { total },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::model::{Passkey, PasskeySlots, Site};

    fn key() -> KeyInfo {
        KeyInfo {
            aaguid: "ee882879-721c-4913-9775-3dfcce97072a".into(),
            name: "Test key".into(),
            versions: vec!["FIDO_2_0".into(), "FIDO_2_1".into()],
            extensions: vec!["credProtect".into(), "hmac-secret".into()],
            transports: vec!["usb".into()],
            firmware_version: None,
            pin_protocols: vec![2, 1],
            pin_set: Some(true),
            pin_retries: Some(8),
            pin_power_cycle_required: false,
            bio: false,
            fingerprints_enrolled: None,
            uv_retries: None,
            fingerprint_unlock: false,
            credential_management: true,
            passkeys_used: None,
            passkeys_remaining: None,
            min_pin_length: 4,
            always_uv: Some(false),
            force_pin_change: false,
            authenticator_config: true,
            set_min_pin_length: true,
            enterprise_attestation: None,
            update_user_information: true,
            prototype_commands: false,
            certification: Some("FIDO_CERTIFIED_L1".into()),
            discoverable: true,
            in_metadata: true,
            revoked: false,
            warning: None,
        }
    }

    fn list(sites: &[(&str, usize)], remaining: u32) -> PasskeyList {
        PasskeyList {
            sites: sites
                .iter()
                .map(|(rp, n)| Site {
                    rp_id: rp.to_string(),
                    name: None,
                    passkeys: (0..*n)
                        .map(|i| Passkey {
                            credential_id: format!("{rp}-{i}"),
                            rp_id: rp.to_string(),
                            user_id: format!("u{i}"),
                            user_name: None,
                            display_name: None,
                        })
                        .collect(),
                })
                .collect(),
            slots: PasskeySlots {
                used: sites.iter().map(|(_, n)| *n as u32).sum(),
                remaining,
            },
        }
    }

    fn outcome(items: &[Item], check: Check) -> Option<Outcome> {
        items
            .iter()
            .find(|i| i.check == check)
            .map(|i| i.outcome.clone())
    }

    #[test]
    fn a_capable_key_with_a_pin_is_ready_once_the_pin_shows_its_passkeys() {
        let info = key();
        let locked = readiness(&info, None);
        assert_eq!(outcome(&locked, Check::FreeSlots), Some(Outcome::NeedsPin));
        assert_eq!(
            outcome(&locked, Check::ExistingPasskey),
            Some(Outcome::NeedsPin)
        );
        assert!(ready_to_register(&locked));
        let unlocked = readiness(&info, Some(&list(&[("github.com", 2)], 23)));
        assert!(
            unlocked.iter().all(|i| i.outcome == Outcome::Ready),
            "{unlocked:?}"
        );
        assert_eq!(outcome(&unlocked, Check::Fingerprint), None);
    }

    #[test]
    fn missing_capabilities_are_named() {
        let mut info = key();
        info.extensions.clear();
        info.discoverable = false;
        let items = readiness(&info, None);
        assert_eq!(
            outcome(&items, Check::Capabilities),
            Some(Outcome::Problem(Problem::MissingCapabilities(vec![
                Capability::DiscoverableCredentials,
                Capability::HmacSecret
            ])))
        );
        assert!(!ready_to_register(&items));
    }

    #[test]
    fn pin_states_block_registration() {
        let mut info = key();
        info.pin_set = Some(false);
        assert_eq!(
            outcome(&readiness(&info, None), Check::Pin),
            Some(Outcome::Problem(Problem::NoPin))
        );
        info.pin_set = Some(true);
        info.pin_retries = Some(0);
        assert_eq!(
            outcome(&readiness(&info, None), Check::Pin),
            Some(Outcome::Problem(Problem::PinBlocked))
        );
        info.pin_retries = Some(8);
        info.force_pin_change = true;
        assert_eq!(
            outcome(&readiness(&info, None), Check::Pin),
            Some(Outcome::Problem(Problem::PinChangeRequired))
        );
    }

    #[test]
    fn fingerprints_are_advice_only_on_biometric_keys() {
        let mut info = key();
        info.bio = true;
        info.fingerprints_enrolled = Some(false);
        let items = readiness(&info, None);
        assert_eq!(
            outcome(&items, Check::Fingerprint),
            Some(Outcome::Advice(Problem::NoFingerprint))
        );
        assert!(ready_to_register(&items));
    }

    #[test]
    fn a_full_key_and_a_revoked_model_are_problems() {
        let mut info = key();
        info.revoked = true;
        let items = readiness(&info, Some(&list(&[("github.com", 25)], 0)));
        assert_eq!(
            outcome(&items, Check::FreeSlots),
            Some(Outcome::Problem(Problem::NoFreeSlots))
        );
        assert_eq!(
            outcome(&items, Check::Certification),
            Some(Outcome::Problem(Problem::Revoked))
        );
        info.revoked = false;
        info.in_metadata = false;
        assert_eq!(
            outcome(&readiness(&info, None), Check::Certification),
            Some(Outcome::Advice(Problem::NotInMetadata))
        );
    }

    #[test]
    fn an_existing_entra_passkey_is_found_by_its_relying_party() {
        let info = key();
        let items = readiness(
            &info,
            Some(&list(&[("github.com", 1), ("login.microsoft.com", 2)], 5)),
        );
        assert_eq!(
            outcome(&items, Check::ExistingPasskey),
            Some(Outcome::Advice(Problem::AlreadyRegistered { accounts: 2 }))
        );
        assert_eq!(entra_accounts(&list(&[("microsoft.com", 1)], 5)), 0);
    }

    #[test]
    fn aaguids_are_read_from_any_pasted_text() {
        let text = "Allowed keys:\n  {EE882879-721C-4913-9775-3DFCCE97072A}, 
            cb69481e8ff7403993ec0a2729a154a8; ee882879-721c-4913-9775-3dfcce97072a (dup)
            not-an-aaguid 1234-5678 deadbeef";
        let list = parse_aaguid_list(text);
        assert_eq!(list.len(), 2);
        assert_eq!(
            check_against_list("ee882879-721c-4913-9775-3dfcce97072a", text),
            ListCheck::Listed { total: 2 }
        );
        assert_eq!(
            check_against_list("00000000-0000-0000-0000-000000000001", text),
            ListCheck::NotListed { total: 2 }
        );
        assert_eq!(
            check_against_list("ee882879-721c-4913-9775-3dfcce97072a", "none here"),
            ListCheck::NothingFound
        );
        // A dashed run that is not 8-4-4-4-12 is not an AAGUID.
        assert!(parse_aaguid_list("ee882879721c-4913-9775-3dfcce97072a").is_empty());
    }
}
