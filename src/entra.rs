//! What Microsoft Entra ID (work or school accounts) asks of a security key,
//! checked against one key; and the exact values admins type in. The guided
//! setup (`app::screen::guide`) shows these; nothing here talks to a key or
//! to the network.

use uuid::Uuid;

use crate::device::model::{KeyInfo, Passkey, PasskeyList};

// Microsoft's facts below were checked on Microsoft Learn (November 2026):
// - registering: https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey-with-security-key
//   and https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey
// - the admin side: https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-enable-passkey-fido2
//   and https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-authentication-passkey-profiles
// - Windows sign-in: https://learn.microsoft.com/en-us/entra/identity/authentication/howto-authentication-passwordless-security-key-windows

/// Where users add a security key to their work or school account
/// (how-to-authentication-passkey-profiles links this address).
pub const SECURITY_INFO_URL: &str = "https://mysignins.microsoft.com/security-info";

/// The relying party id of passkeys registered with Entra ID
/// (how-to-register-passkey-with-security-key: "you're directed to
/// login.microsoft.com").
pub const ENTRA_RP_ID: &str = "login.microsoft.com";

/// Passkeys (FIDO2) per user Microsoft recommends at most: "We recommend no
/// more than 20 sets of keys for each passwordless method for any user
/// account" (https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-passkeys-fido2,
/// "Unsupported scenarios"; older guidance said 10).
pub const MAX_KEYS_PER_ACCOUNT: u32 = 20;

/// How recent the MFA sign-in must be before registering, in minutes
/// (how-to-authentication-passkey-profiles, Prerequisites: "within the
/// past five minutes").
pub const RECENT_MFA_MINUTES: u32 = 5;

/// Passkey profiles per tenant, the Default one included
/// (how-to-authentication-passkey-profiles: "Up to three passkey profiles,
/// including the Default passkey profile").
pub const MAX_PASSKEY_PROFILES: u32 = 3;

/// Where the admin enables the method in the Microsoft Entra admin center
/// (the path of Microsoft Learn's passkey page of March 2026,
/// how-to-authentication-passkeys-fido2: Entra ID > Security >
/// Authentication methods > Policies > Passkey (FIDO2); some older pages
/// still omit "Security").
pub const ADMIN_CENTER_URL: &str = "https://entra.microsoft.com";

/// Intune custom setting that turns on security-key sign-in to Windows
/// (howto-authentication-passwordless-security-key-windows, "Targeted
/// Intune deployment").
pub const INTUNE_OMA_URI: &str =
    "./Device/Vendor/MSFT/PassportForWork/SecurityKey/UseSecurityKeyForSignin";
pub const INTUNE_DATA_TYPE: &str = "Integer";
pub const INTUNE_VALUE: &str = "1";

/// The same setting in a provisioning package (Windows Configuration
/// Designer; same page, "Enable with a provisioning package").
pub const PROVISIONING_PATH: &str =
    "Runtime settings > WindowsHelloForBusiness > SecurityKeys > UseSecurityKeyForSignIn";
pub const PROVISIONING_VALUE: &str = "Enabled";

/// The same setting as a Group Policy (hybrid-joined devices; same page,
/// "Enable with Group Policy").
pub const GROUP_POLICY_PATH: &str =
    "Computer Configuration > Administrative Templates > System > Logon > Turn on security key sign-in";
pub const GROUP_POLICY_VALUE: &str = "Enabled";

/// Windows builds that matter for security keys
/// (howto-authentication-passwordless-security-key-windows, Requirements
/// and Unsupported scenarios).
pub mod build {
    /// Windows 10 1809: KeyGuide works, but unlocking Windows with a key
    /// is not supported.
    pub const W10_1809: u32 = 17763;
    /// Windows 10 1903: the minimum for keys in the browser (WebAuthn).
    pub const W10_1903: u32 = 18362;
    /// Windows 10 1909: the minimum for Entra-joined sign-in.
    pub const W10_1909: u32 = 18363;
    /// Windows 10 2004: the minimum for hybrid-joined sign-in.
    pub const W10_2004: u32 = 19041;
    /// Windows 11's first build.
    pub const W11: u32 = 22000;
}

/// How this PC is joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinState {
    /// Joined to Microsoft Entra ID only.
    Entra,
    /// Joined to an on-premises domain and to Entra ID.
    Hybrid,
    /// Joined to an on-premises domain only (not supported for key sign-in).
    DomainOnly,
    /// Not joined: a personal or workgroup PC.
    NotJoined,
}

/// What KeyGuide read about this Windows PC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PcFacts {
    /// `CurrentBuild`, e.g. 19045.
    pub build: u32,
    /// `UBR`, the update revision after the dot.
    pub revision: Option<u32>,
    /// `DisplayVersion`, e.g. "22H2" (absent before 20H2).
    pub display_version: Option<String>,
    /// `None` when the join state could not be read.
    pub join: Option<JoinState>,
}

/// Can this PC's lock screen sign in with a security key?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockScreen {
    /// The PC qualifies; IT must still turn the sign-in on.
    Possible,
    /// Windows is too old for this join state: it needs this build.
    NeedsUpdate { build: u32 },
    /// A personal or workgroup PC: Windows sign-in with a key needs an
    /// Entra-joined or hybrid-joined PC.
    NotJoined,
    /// On-premises domain only: not supported.
    DomainOnly,
    /// The join state is unknown; the build alone qualifies.
    JoinUnknown,
}

/// The verdict for this PC: the lock screen, and keys in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PcVerdict {
    pub lock_screen: LockScreen,
    /// Windows 10 1903 or later: the browser can use the key.
    pub browser: bool,
}

/// Decides from the build number and the join state.
pub fn windows_verdict(build: u32, join: Option<JoinState>) -> PcVerdict {
    let needed = |join: JoinState| match join {
        JoinState::Hybrid => build::W10_2004,
        _ => build::W10_1909,
    };
    let lock_screen = match join {
        Some(JoinState::NotJoined) => LockScreen::NotJoined,
        Some(JoinState::DomainOnly) => LockScreen::DomainOnly,
        Some(j @ (JoinState::Entra | JoinState::Hybrid)) if build < needed(j) => {
            LockScreen::NeedsUpdate { build: needed(j) }
        }
        Some(_) => LockScreen::Possible,
        None if build < build::W10_1909 => LockScreen::NeedsUpdate {
            build: build::W10_1909,
        },
        None => LockScreen::JoinUnknown,
    };
    PcVerdict {
        lock_screen,
        browser: build >= build::W10_1903,
    }
}

/// Windows 10 or 11, by build.
pub fn windows_name(build: u32) -> &'static str {
    if build >= build::W11 {
        "Windows 11"
    } else {
        "Windows 10"
    }
}

/// The version name people look for, for a minimum build.
pub fn version_for_build(build: u32) -> &'static str {
    match build {
        build::W10_2004 => "Windows 10 2004",
        build::W10_1909 => "Windows 10 1909",
        build::W10_1903 => "Windows 10 1903",
        _ => "Windows 10",
    }
}

/// The join state from `dsregcmd /status` (its "Device State" section:
/// `AzureAdJoined : YES`, `DomainJoined : NO`). `None` when the output
/// lacks either line.
pub fn parse_dsregcmd(output: &str) -> Option<JoinState> {
    let value = |name: &str| {
        output.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim().eq_ignore_ascii_case(name))
                .then(|| value.trim().eq_ignore_ascii_case("YES"))
        })
    };
    let entra = value("AzureAdJoined")?;
    let domain = value("DomainJoined")?;
    Some(match (entra, domain) {
        (true, true) => JoinState::Hybrid,
        (true, false) => JoinState::Entra,
        (false, true) => JoinState::DomainOnly,
        (false, false) => JoinState::NotJoined,
    })
}

/// One value from `reg query <key> /v <name>` output: the line
/// `    CurrentBuild    REG_SZ    19045`. REG_DWORD values come as hex
/// (`0x12c2`), REG_SZ as text.
pub fn parse_reg_value(output: &str, name: &str) -> Option<String> {
    output.lines().find_map(|line| {
        let mut parts = line.split_whitespace();
        if !parts.next()?.eq_ignore_ascii_case(name) {
            return None;
        }
        let kind = parts.next()?;
        let value = parts.collect::<Vec<_>>().join(" ");
        if kind == "REG_DWORD" {
            let hex = value.trim_start_matches("0x");
            u32::from_str_radix(hex, 16).ok().map(|n| n.to_string())
        } else {
            Some(value)
        }
    })
}

/// The `login.microsoft.com` passkeys on a key, by credential id: what
/// KeyGuide remembers when the user starts registering.
pub fn entra_credential_ids(list: &PasskeyList) -> std::collections::BTreeSet<String> {
    entra_passkeys(list)
        .map(|p| p.credential_id.clone())
        .collect()
}

fn entra_passkeys(list: &PasskeyList) -> impl Iterator<Item = &Passkey> {
    list.sites
        .iter()
        .filter(|s| s.rp_id.eq_ignore_ascii_case(ENTRA_RP_ID))
        .flat_map(|s| s.passkeys.iter())
}

/// The account a new passkey belongs to, as the key stores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub user_name: Option<String>,
    pub display_name: Option<String>,
}

/// "I've added the key": the `login.microsoft.com` passkeys that were not
/// on the key before. Empty means nothing new, whatever else is there.
pub fn new_entra_accounts(
    before: &std::collections::BTreeSet<String>,
    now: &PasskeyList,
) -> Vec<Account> {
    entra_passkeys(now)
        .filter(|p| !before.contains(&p.credential_id))
        .map(|p| Account {
            user_name: p.user_name.clone(),
            display_name: p.display_name.clone(),
        })
        .collect()
}

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
            large_blobs: false,
            update_user_information: true,
            prototype_commands: false,
            certification: Some("FIDO_CERTIFIED_L1".into()),
            discoverable: true,
            in_metadata: true,
            revoked: false,
            warning: None,
            ctap22: Default::default(),
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
                            cred_protect: None,
                            large_blob_key: None,
                            third_party_payment: None,
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

    #[test]
    fn windows_sign_in_follows_the_build_and_the_join_state() {
        use build::*;
        let lock = |b, j| windows_verdict(b, Some(j)).lock_screen;
        // 1809: KeyGuide runs, but neither the browser nor the lock screen.
        let v = windows_verdict(17763, Some(JoinState::Entra));
        assert!(!v.browser);
        assert_eq!(v.lock_screen, LockScreen::NeedsUpdate { build: W10_1909 });
        // 1903: keys in the browser, not yet at the lock screen.
        let v = windows_verdict(18362, Some(JoinState::Entra));
        assert!(v.browser);
        assert_eq!(v.lock_screen, LockScreen::NeedsUpdate { build: W10_1909 });
        // 1909: Entra joined qualifies, hybrid joined does not.
        assert_eq!(lock(18363, JoinState::Entra), LockScreen::Possible);
        assert_eq!(
            lock(18363, JoinState::Hybrid),
            LockScreen::NeedsUpdate { build: W10_2004 }
        );
        // 2004: both.
        assert_eq!(lock(19041, JoinState::Hybrid), LockScreen::Possible);
        assert_eq!(lock(19041, JoinState::Entra), LockScreen::Possible);
        // Windows 11: both; a personal or domain-only PC never.
        assert_eq!(lock(22631, JoinState::Hybrid), LockScreen::Possible);
        assert_eq!(lock(22631, JoinState::NotJoined), LockScreen::NotJoined);
        assert_eq!(lock(22631, JoinState::DomainOnly), LockScreen::DomainOnly);
        assert!(windows_verdict(22631, Some(JoinState::NotJoined)).browser);
        // Join unknown: the build decides what it can.
        assert_eq!(
            windows_verdict(22000, None).lock_screen,
            LockScreen::JoinUnknown
        );
        assert_eq!(
            windows_verdict(18362, None).lock_screen,
            LockScreen::NeedsUpdate { build: W10_1909 }
        );
        assert_eq!(windows_name(22000), "Windows 11");
        assert_eq!(windows_name(19045), "Windows 10");
    }

    #[test]
    fn dsregcmd_status_gives_the_join_state() {
        let sample = "
+----------------------------------------------------------------------+
| Device State                                                         |
+----------------------------------------------------------------------+

             AzureAdJoined : YES
          EnterpriseJoined : NO
              DomainJoined : YES
                DomainName : CONTOSO
           Virtual Desktop : NOT SET
               Device Name : PC-042.contoso.com
";
        assert_eq!(parse_dsregcmd(sample), Some(JoinState::Hybrid));
        let entra = sample.replace("DomainJoined : YES", "DomainJoined : NO");
        assert_eq!(parse_dsregcmd(&entra), Some(JoinState::Entra));
        let personal = entra.replace("AzureAdJoined : YES", "AzureAdJoined : NO");
        assert_eq!(parse_dsregcmd(&personal), Some(JoinState::NotJoined));
        let domain = sample.replace("AzureAdJoined : YES", "AzureAdJoined : NO");
        assert_eq!(parse_dsregcmd(&domain), Some(JoinState::DomainOnly));
        assert_eq!(parse_dsregcmd("The command failed."), None);
    }

    #[test]
    fn reg_query_values_are_read_as_text_and_numbers() {
        let out = "
HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion
    CurrentBuild    REG_SZ    19045
    DisplayVersion    REG_SZ    22H2
    UBR    REG_DWORD    0x12c2
";
        assert_eq!(
            parse_reg_value(out, "CurrentBuild").as_deref(),
            Some("19045")
        );
        assert_eq!(
            parse_reg_value(out, "DisplayVersion").as_deref(),
            Some("22H2")
        );
        assert_eq!(parse_reg_value(out, "UBR").as_deref(), Some("4802"));
        assert_eq!(parse_reg_value(out, "ProductName"), None);
    }

    fn named(rp: &str, id: &str, user: &str) -> Passkey {
        Passkey {
            credential_id: id.into(),
            rp_id: rp.into(),
            user_id: id.into(),
            user_name: Some(user.into()),
            display_name: Some(format!("{user} (name)")),
            cred_protect: None,
            large_blob_key: None,
            third_party_payment: None,
        }
    }

    fn with(passkeys: Vec<Passkey>) -> PasskeyList {
        let mut sites: Vec<Site> = Vec::new();
        for p in passkeys {
            match sites.iter_mut().find(|s| s.rp_id == p.rp_id) {
                Some(s) => s.passkeys.push(p),
                None => sites.push(Site {
                    rp_id: p.rp_id.clone(),
                    name: None,
                    passkeys: vec![p],
                }),
            }
        }
        PasskeyList {
            sites,
            slots: PasskeySlots {
                used: 0,
                remaining: 10,
            },
        }
    }

    #[test]
    fn only_a_new_entra_passkey_confirms() {
        let old = named("login.microsoft.com", "old", "ann@contoso.com");
        let before =
            entra_credential_ids(&with(vec![old.clone(), named("github.com", "gh", "ann")]));
        assert_eq!(before.len(), 1);
        // Nothing new: an older Microsoft passkey is not a confirmation.
        let same = with(vec![old.clone(), named("github.com", "gh2", "ann")]);
        assert!(new_entra_accounts(&before, &same).is_empty());
        // A new one, named.
        let one = with(vec![
            old.clone(),
            named("login.microsoft.com", "new", "bob@contoso.com"),
        ]);
        assert_eq!(
            new_entra_accounts(&before, &one),
            vec![Account {
                user_name: Some("bob@contoso.com".into()),
                display_name: Some("bob@contoso.com (name)".into()),
            }]
        );
        // Two new accounts: both listed.
        let two = with(vec![
            old,
            named("login.microsoft.com", "n1", "bob@contoso.com"),
            named("LOGIN.MICROSOFT.COM", "n2", "eve@fabrikam.com"),
        ]);
        let names: Vec<_> = new_entra_accounts(&before, &two)
            .into_iter()
            .filter_map(|a| a.user_name)
            .collect();
        assert_eq!(names, ["bob@contoso.com", "eve@fabrikam.com"]);
    }
}
