//! What kind of key the simulator plays: its getInfo and its features.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::VirtualKeyError;

/// Our own AAGUID for the built-in profiles (random, registered nowhere).
pub const BIO_AAGUID: [u8; 16] = [
    0x6b, 0x65, 0x79, 0x67, 0x75, 0x69, 0x64, 0x65, 0x2d, 0x62, 0x69, 0x6f, 0x00, 0x00, 0x00, 0x01,
];
pub const PRE_AAGUID: [u8; 16] = [
    0x6b, 0x65, 0x79, 0x67, 0x75, 0x69, 0x64, 0x65, 0x2d, 0x70, 0x72, 0x65, 0x00, 0x00, 0x00, 0x01,
];
pub const BASIC_AAGUID: [u8; 16] = [
    0x6b, 0x65, 0x79, 0x67, 0x75, 0x69, 0x64, 0x65, 0x2d, 0x62, 0x61, 0x73, 0x00, 0x00, 0x00, 0x01,
];
pub const CTAP22_AAGUID: [u8; 16] = [
    0x6b, 0x65, 0x79, 0x67, 0x75, 0x69, 0x64, 0x65, 0x2d, 0x32, 0x32, 0x00, 0x00, 0x00, 0x00, 0x01,
];

/// Where the `ctap22` profile says its PIN complexity policy is described
/// (getInfo 0x1C). A documentation domain: the virtual key has no site.
pub const CTAP22_PIN_POLICY_URL: &str = "https://example.com/keyguide-virtual-key/pin-policy";

/// The name `info` shows for the built-in profiles, which the FIDO
/// metadata does not know.
pub fn builtin_name(aaguid: &[u8; 16]) -> Option<&'static str> {
    match *aaguid {
        BIO_AAGUID => Some("KeyGuide virtual key (fingerprint)"),
        PRE_AAGUID => Some("KeyGuide virtual key (CTAP 2.1-PRE)"),
        BASIC_AAGUID => Some("KeyGuide virtual key (CTAP 2.0)"),
        CTAP22_AAGUID => Some("KeyGuide virtual key (CTAP 2.2)"),
        _ => None,
    }
}

/// Which command bytes a management family answers on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Family {
    Absent,
    /// CTAP 2.1: 0x0A credential management, 0x09 bio enrollment.
    Standard,
    /// FIDO_2_1_PRE: 0x41 and 0x40.
    Prototype,
}

/// A profile, as given on the command line or built from the metadata.
#[derive(Clone, Debug, PartialEq)]
pub enum Profile {
    Bio,
    Pre,
    Basic,
    /// CTAP 2.2: the fingerprint key plus the 2.2 getInfo members, the
    /// persistent read-only token (pcmr) and a PIN complexity policy.
    Ctap22,
    Custom(Box<ProfileSpec>),
}

impl Profile {
    pub fn parse(name: &str) -> Result<Profile, VirtualKeyError> {
        match name {
            "bio" => Ok(Profile::Bio),
            "pre" => Ok(Profile::Pre),
            "basic" => Ok(Profile::Basic),
            "ctap22" => Ok(Profile::Ctap22),
            other => Err(VirtualKeyError::UnknownProfile(other.to_owned())),
        }
    }

    /// Builds a profile from a FIDO MDS3 `authenticatorGetInfo` object.
    pub fn from_metadata(
        aaguid: uuid::Uuid,
        get_info: &serde_json::Value,
    ) -> Result<Profile, VirtualKeyError> {
        let bad = |what: &str| VirtualKeyError::UnknownProfile(format!("mds:{aaguid} ({what})"));
        let obj = get_info
            .as_object()
            .ok_or_else(|| bad("no authenticatorGetInfo"))?;
        let strings = |key: &str| -> Vec<String> {
            obj.get(key)
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let versions = strings("versions");
        if versions.is_empty() {
            return Err(bad("no FIDO versions"));
        }
        let options: BTreeMap<String, bool> = obj
            .get("options")
            .and_then(|o| o.as_object())
            .map(|o| {
                o.iter()
                    .filter_map(|(k, v)| v.as_bool().map(|b| (k.clone(), b)))
                    .collect()
            })
            .unwrap_or_default();
        let num = |key: &str| obj.get(key).and_then(|v| v.as_u64());
        let cred_mgmt = if options.contains_key("credMgmt") {
            Family::Standard
        } else if options.contains_key("credentialMgmtPreview") {
            Family::Prototype
        } else {
            Family::Absent
        };
        let bio = if options.contains_key("bioEnroll") {
            Family::Standard
        } else if options.contains_key("userVerificationMgmtPreview") {
            Family::Prototype
        } else {
            Family::Absent
        };
        let mut pin_protocols: Vec<u32> = obj
            .get("pinUvAuthProtocols")
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|n| n.as_u64())
                    .map(|n| n as u32)
                    .collect()
            })
            .unwrap_or_default();
        pin_protocols.retain(|p| *p == 1 || *p == 2);
        if pin_protocols.is_empty() && options.contains_key("clientPin") {
            pin_protocols.push(1);
        }
        Ok(Profile::Custom(Box::new(ProfileSpec {
            name: format!("mds:{aaguid}"),
            aaguid: *aaguid.as_bytes(),
            versions,
            extensions: strings("extensions"),
            transports: strings("transports"),
            client_pin: options.contains_key("clientPin"),
            pin_uv_auth_token: options.get("pinUvAuthToken") == Some(&true),
            cred_mgmt,
            bio,
            config: options.get("authnrCfg") == Some(&true),
            set_min_pin_length: options.get("setMinPINLength") == Some(&true),
            always_uv: options.contains_key("alwaysUv"),
            enterprise_attestation: options.contains_key("ep"),
            large_blobs: options.get("largeBlobs") == Some(&true),
            pin_protocols,
            max_msg_size: num("maxMsgSize").unwrap_or(1200) as u32,
            min_pin_length: num("minPINLength").unwrap_or(4).max(4) as u32,
            firmware_version: num("firmwareVersion").unwrap_or(1),
            capacity: num("remainingDiscoverableCredentials").unwrap_or(25).max(1) as u32,
            quirks: Quirks::default(),
            ctap22: false,
        })))
    }

    pub fn spec(&self) -> ProfileSpec {
        match self {
            Profile::Bio => ProfileSpec {
                name: "bio".into(),
                aaguid: BIO_AAGUID,
                versions: vec!["FIDO_2_0".into(), "FIDO_2_1".into()],
                extensions: ["credProtect", "hmac-secret", "credBlob", "minPinLength"]
                    .map(String::from)
                    .to_vec(),
                transports: vec!["nfc".into(), "usb".into()],
                client_pin: true,
                pin_uv_auth_token: true,
                cred_mgmt: Family::Standard,
                bio: Family::Standard,
                config: true,
                set_min_pin_length: true,
                always_uv: true,
                enterprise_attestation: false,
                pin_protocols: vec![2, 1],
                max_msg_size: 1200,
                min_pin_length: 4,
                firmware_version: 3,
                capacity: 100,
                quirks: Quirks::default(),
                ctap22: false,
                large_blobs: false,
            },
            Profile::Pre => ProfileSpec {
                name: "pre".into(),
                aaguid: PRE_AAGUID,
                versions: vec!["U2F_V2".into(), "FIDO_2_0".into(), "FIDO_2_1_PRE".into()],
                extensions: vec!["credProtect".into(), "hmac-secret".into()],
                transports: vec!["usb".into()],
                client_pin: true,
                pin_uv_auth_token: false,
                cred_mgmt: Family::Prototype,
                bio: Family::Prototype,
                config: false,
                set_min_pin_length: false,
                always_uv: false,
                enterprise_attestation: false,
                pin_protocols: vec![1],
                max_msg_size: 1200,
                min_pin_length: 4,
                firmware_version: 2,
                capacity: 25,
                quirks: Quirks::default(),
                ctap22: false,
                large_blobs: false,
            },
            Profile::Basic => ProfileSpec {
                name: "basic".into(),
                aaguid: BASIC_AAGUID,
                versions: vec!["U2F_V2".into(), "FIDO_2_0".into()],
                extensions: vec!["hmac-secret".into()],
                transports: vec!["usb".into()],
                client_pin: true,
                pin_uv_auth_token: false,
                cred_mgmt: Family::Absent,
                bio: Family::Absent,
                config: false,
                set_min_pin_length: false,
                always_uv: false,
                enterprise_attestation: false,
                pin_protocols: vec![1],
                max_msg_size: 1200,
                min_pin_length: 4,
                firmware_version: 1,
                capacity: 25,
                quirks: Quirks::default(),
                ctap22: false,
                large_blobs: false,
            },
            Profile::Ctap22 => ProfileSpec {
                name: "ctap22".into(),
                aaguid: CTAP22_AAGUID,
                versions: vec!["FIDO_2_0".into(), "FIDO_2_1".into(), "FIDO_2_2".into()],
                ..Profile::Bio.spec()
            }
            .with_ctap22(),
            Profile::Custom(spec) => (**spec).clone(),
        }
    }

    /// This profile with `quirks` (tests, `virtual create --quirk`).
    pub fn with_quirks(&self, quirks: Quirks) -> Profile {
        let mut spec = self.spec();
        spec.quirks = quirks;
        Profile::Custom(Box::new(spec))
    }
}

/// Everything about a profile that getInfo and the handlers need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileSpec {
    pub name: String,
    pub aaguid: [u8; 16],
    pub versions: Vec<String>,
    pub extensions: Vec<String>,
    pub transports: Vec<String>,
    pub client_pin: bool,
    pub pin_uv_auth_token: bool,
    pub cred_mgmt: Family,
    pub bio: Family,
    pub config: bool,
    pub set_min_pin_length: bool,
    pub always_uv: bool,
    pub enterprise_attestation: bool,
    pub pin_protocols: Vec<u32>,
    pub max_msg_size: u32,
    pub min_pin_length: u32,
    pub firmware_version: u64,
    /// Passkeys the key can hold.
    pub capacity: u32,
    /// Where this key answers as some real keys do rather than as the
    /// specification says. Absent in older key files: none.
    #[serde(default)]
    pub quirks: Quirks,
    /// The CTAP 2.2 additions (getInfo 0x16-0x1D, perCredMgmtRO and the
    /// pcmr permission, the PIN complexity policy). Absent in older key
    /// files: off.
    #[serde(default)]
    pub ctap22: bool,
    /// authenticatorLargeBlobs (§6.10) and the largeBlobKey extension.
    /// Absent in older key files: off.
    #[serde(default)]
    pub large_blobs: bool,
}

/// Departures from CTAP 2.1 that real keys make, for testing the client
/// against them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quirks {
    /// While forcePINChange is set, answer a correct PIN with
    /// CTAP2_ERR_PIN_POLICY_VIOLATION instead of the specified
    /// CTAP2_ERR_PIN_INVALID (§6.5.5.7.2), as some keys do.
    #[serde(default)]
    pub forced_change_policy_violation: bool,
    /// setPIN on a key that has a PIN is refused with CTAP2_ERR_NOT_ALLOWED
    /// instead of the specified CTAP2_ERR_PIN_AUTH_INVALID (§6.5.5.5), as
    /// some keys do.
    #[serde(default)]
    pub pin_already_set_not_allowed: bool,
}

impl Quirks {
    /// The quirk names `keyguide virtual create --quirk` takes.
    pub const NAMES: [&'static str; 2] = [
        "forced-change-policy-violation",
        "pin-already-set-not-allowed",
    ];

    /// Turns on the quirk called `name` (one of [`Quirks::NAMES`]).
    pub fn enable(&mut self, name: &str) -> Result<(), VirtualKeyError> {
        match name {
            "forced-change-policy-violation" => self.forced_change_policy_violation = true,
            "pin-already-set-not-allowed" => self.pin_already_set_not_allowed = true,
            other => return Err(VirtualKeyError::UnknownQuirk(other.to_owned())),
        }
        Ok(())
    }
}

impl ProfileSpec {
    pub fn is_2_1(&self) -> bool {
        self.versions.iter().any(|v| v == "FIDO_2_1")
    }

    fn with_ctap22(mut self) -> Self {
        self.ctap22 = true;
        self.large_blobs = true;
        for extension in ["largeBlobKey", "thirdPartyPayment"] {
            if !self.extensions.iter().any(|e| e == extension) {
                self.extensions.push(extension.into());
            }
        }
        self
    }
}
