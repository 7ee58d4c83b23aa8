//! Plain data the session hands to the UI and the CLI. No CBOR here: these
//! are the product's words for what a key holds. `Serialize` feeds `--json`,
//! whose field names are a documented, stable interface (README).

use serde::Serialize;

/// How a key is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    Usb,
    Nfc,
    Virtual,
}

/// A key seen by discovery, before any session is opened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeviceSummary {
    /// Stable for as long as the key stays connected; `--device` takes it.
    pub id: String,
    pub transport: Transport,
    /// Product string (USB), reader name (NFC) or file name (virtual).
    pub label: String,
    /// The NFC reader the key lies on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reader: Option<String>,
}

/// What a key is and what it offers, from authenticatorGetInfo (CTAP 2.1
/// §6.4) plus a few live reads (PIN retries, passkey slots).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
    pub aaguid: String,
    /// Model name from the catalog, or a generic name.
    pub name: String,
    pub versions: Vec<String>,
    pub extensions: Vec<String>,
    pub transports: Vec<String>,
    pub firmware_version: Option<u64>,
    pub pin_protocols: Vec<u32>,
    /// `None`: the key has no PIN support at all (clientPin absent).
    pub pin_set: Option<bool>,
    pub pin_retries: Option<u32>,
    /// The key needs a replug before it accepts another PIN attempt.
    pub pin_power_cycle_required: bool,
    pub bio: bool,
    pub fingerprints_enrolled: Option<bool>,
    pub uv_retries: Option<u32>,
    /// A fingerprint can unlock the key instead of the PIN (built-in user
    /// verification tokens: `uv` and `pinUvAuthToken`).
    pub fingerprint_unlock: bool,
    pub credential_management: bool,
    pub passkeys_used: Option<u32>,
    pub passkeys_remaining: Option<u32>,
    pub min_pin_length: u32,
    pub always_uv: Option<bool>,
    pub force_pin_change: bool,
    pub authenticator_config: bool,
    pub set_min_pin_length: bool,
    pub enterprise_attestation: Option<bool>,
    /// The large-blob store (option `largeBlobs`, §6.10).
    pub large_blobs: bool,
    pub update_user_information: bool,
    /// Uses the prototype commands 0x40/0x41 (FIDO_2_1_PRE).
    pub prototype_commands: bool,
    pub certification: Option<String>,
    /// Discoverable credentials (the `rk` option): passkeys live on the key.
    pub discoverable: bool,
    /// The model is in the FIDO metadata (organisations that enforce
    /// attestation accept only those).
    pub in_metadata: bool,
    /// The metadata's latest status report revokes the model.
    pub revoked: bool,
    /// A warning from the metadata status reports (revoked, compromised...).
    pub warning: Option<String>,
    /// The CTAP 2.2/2.3 getInfo members (§6.4 keys 0x16-0x1F) and the
    /// perCredMgmtRO option; in `--json` at the top level.
    #[serde(flatten)]
    pub ctap22: crate::ctap22::Ctap22Info,
}

/// One fingerprint template (CTAP 2.1 §6.7.6 enumerateEnrollments).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fingerprint {
    /// templateId, hex-encoded.
    pub id: String,
    pub name: Option<String>,
}

/// Fingerprint sensor facts (CTAP 2.1 §6.7.3 getFingerprintSensorInfo).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SensorInfo {
    /// 1: touch, 2: swipe.
    pub fingerprint_kind: u32,
    pub max_capture_samples_required_for_enroll: u32,
    pub max_template_friendly_name: Option<usize>,
}

/// Progress after one sample during enrollment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EnrollProgress {
    pub template_id: String,
    pub status: crate::prompts::SampleStatus,
    pub remaining_samples: u32,
}

/// One passkey (discoverable credential) on a key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Passkey {
    /// Credential id, base64url without padding; `passkeys delete` takes it.
    pub credential_id: String,
    pub rp_id: String,
    pub user_id: String,
    pub user_name: Option<String>,
    pub display_name: Option<String>,
    /// credProtect (CTAP 2.1 §12.1), when the key reports it: 1 the
    /// passkey may be used without the PIN, 2 only with the PIN when named
    /// by the site, 3 always with the PIN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cred_protect: Option<u8>,
    /// thirdPartyPayment (CTAP 2.2 §12.x, enumerateCredentials 0x0C): the
    /// site allows payments for other sites with this passkey.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub third_party_payment: Option<bool>,
    /// largeBlobKey (§6.8.4 enumerateCredentials 0x0B): opens this
    /// passkey's entry in the large-blob store. A secret of the site's:
    /// never printed, logged or written out.
    #[serde(skip)]
    pub large_blob_key: Option<LargeBlobKey>,
}

/// A passkey's largeBlobKey, wiped from memory when dropped; its Debug
/// form does not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct LargeBlobKey(pub zeroize::Zeroizing<Vec<u8>>);

impl std::fmt::Debug for LargeBlobKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LargeBlobKey(..)")
    }
}

/// The passkeys of one site (relying party).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Site {
    pub rp_id: String,
    pub name: Option<String>,
    pub passkeys: Vec<Passkey>,
}

/// getCredsMetadata (CTAP 2.1 §6.8.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PasskeySlots {
    pub used: u32,
    pub remaining: u32,
}

/// All passkeys, grouped by site, with the slot count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PasskeyList {
    pub slots: PasskeySlots,
    pub sites: Vec<Site>,
}

/// PIN state (clientPin getPinRetries).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PinRetries {
    pub retries: u32,
    pub power_cycle_required: bool,
}
