//! What a key remembers across power cycles, and what the file holds.
//! Like a real key it stores LEFT(SHA-256(PIN), 16), never the PIN.

use serde::{Deserialize, Serialize};

use super::profile::ProfileSpec;

pub const FORMAT: &str = "keyguide-virtual-key";
pub const VERSION: u32 = 1;
pub const PIN_RETRIES: u32 = 8;
pub const UV_RETRIES: u32 = 8;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KeyState {
    pub format: String,
    pub version: u32,
    pub profile: ProfileSpec,
    #[serde(with = "hex_opt")]
    pub pin_hash: Option<Vec<u8>>,
    /// Code points of the current PIN: a raised minimum above it forces a change.
    pub pin_length: u32,
    pub pin_retries: u32,
    pub consecutive_wrong: u32,
    /// Three wrong PINs in a row: refused until the next power-up.
    pub pin_auth_blocked: bool,
    pub uv_retries: u32,
    pub min_pin_length: u32,
    pub force_pin_change: bool,
    pub always_uv: bool,
    pub enterprise_attestation: bool,
    pub credentials: Vec<Credential>,
    pub templates: Vec<Template>,
    /// Wall-clock power-up time (ms since the epoch), for file-backed keys
    /// whose commands come from separate processes.
    pub power_up_unix_ms: u64,
    pub next_template: u32,
    /// The key's own secret that wraps non-discoverable credentials into
    /// their ids and derives every credential's CredRandom (hmac-secret).
    /// A reset makes a new one, so old credential ids stop working.
    #[serde(with = "hex::serde", default = "fresh_secret")]
    pub credential_secret: Vec<u8>,
    /// Signature counter shared by the non-discoverable credentials, which
    /// the key does not store.
    #[serde(default)]
    pub global_sign_count: u32,
    /// Sites allowed to read the minimum PIN length (minPinLength
    /// extension, CTAP 2.1 §12.4), set by authenticatorConfig.
    #[serde(default)]
    pub min_pin_length_rp_ids: Vec<String>,
    /// Scripted outcomes of the next built-in UV matches (true: the finger
    /// matches); an empty script matches. Kept in the file so a test can
    /// script a key served by another process.
    #[serde(default)]
    pub uv_matches: std::collections::VecDeque<bool>,
    /// CTAP 2.2 persistentPinUvAuthToken: kept across power cycles, made
    /// anew when the PIN is set or changed and on reset (§6.5.5).
    #[serde(with = "hex::serde", default = "fresh_secret")]
    pub persistent_token: Vec<u8>,
    /// The persistent token was issued with the pcmr permission; until
    /// then (and after it is made anew) it signs nothing.
    #[serde(default)]
    pub persistent_token_pcmr: bool,
    /// The identifier encIdentifier carries (16 bytes); a reset makes a
    /// new one (a reset key is a new key to relying parties too).
    #[serde(with = "hex::serde", default = "fresh_identifier")]
    pub identifier: Vec<u8>,
    /// uvCountSinceLastPinEntry (getInfo 0x17): fingerprint unlocks since
    /// the PIN was last entered correctly.
    #[serde(default)]
    pub uv_count_since_pin: u32,
    /// The large-blob store (§6.10); a reset empties it.
    #[serde(default)]
    pub large_blobs: super::large_blobs::Store,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Credential {
    #[serde(with = "hex::serde")]
    pub id: Vec<u8>,
    pub rp_id: String,
    pub rp_name: Option<String>,
    #[serde(with = "hex::serde")]
    pub user_id: Vec<u8>,
    pub user_name: Option<String>,
    pub display_name: Option<String>,
    /// The ES256 private scalar.
    #[serde(with = "hex::serde")]
    pub private_key: Vec<u8>,
    pub sign_count: u32,
    /// credProtect level (CTAP 2.1 §12.1): 1 userVerificationOptional,
    /// 2 userVerificationOptionalWithCredentialIDList, 3 userVerificationRequired.
    #[serde(default = "level_one")]
    pub cred_protect: u8,
    /// Made with hmac-secret: true (§12.5).
    #[serde(default)]
    pub hmac_secret: bool,
    /// credBlob (§12.2), at most MAX_CRED_BLOB bytes.
    #[serde(with = "hex_opt", default)]
    pub cred_blob: Option<Vec<u8>>,
    /// largeBlobKey (§12.3), made when the site asked for it.
    #[serde(with = "hex_opt", default)]
    pub large_blob_key: Option<Vec<u8>>,
    /// The site asked for the thirdPartyPayment extension (CTAP 2.2).
    #[serde(default)]
    pub third_party_payment: bool,
}

fn level_one() -> u8 {
    1
}

fn fresh_identifier() -> Vec<u8> {
    let mut s = vec![0u8; 16];
    rand::fill(&mut s[..]);
    s
}

fn fresh_secret() -> Vec<u8> {
    let mut s = vec![0u8; 32];
    rand::fill(&mut s[..]);
    s
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Template {
    #[serde(with = "hex::serde")]
    pub id: Vec<u8>,
    pub name: Option<String>,
}

impl KeyState {
    pub fn new(profile: ProfileSpec) -> Self {
        KeyState {
            format: FORMAT.into(),
            version: VERSION,
            min_pin_length: profile.min_pin_length,
            profile,
            pin_hash: None,
            pin_length: 0,
            pin_retries: PIN_RETRIES,
            consecutive_wrong: 0,
            pin_auth_blocked: false,
            uv_retries: UV_RETRIES,
            force_pin_change: false,
            always_uv: false,
            enterprise_attestation: false,
            credentials: Vec::new(),
            templates: Vec::new(),
            power_up_unix_ms: now_unix_ms(),
            next_template: 1,
            credential_secret: fresh_secret(),
            global_sign_count: 0,
            min_pin_length_rp_ids: Vec::new(),
            uv_matches: Default::default(),
            persistent_token: fresh_secret(),
            persistent_token_pcmr: false,
            identifier: fresh_identifier(),
            uv_count_since_pin: 0,
            large_blobs: Default::default(),
        }
    }

    /// authenticatorReset: back to the profile's factory state.
    pub fn wipe(&mut self) {
        let power_up = self.power_up_unix_ms;
        *self = KeyState::new(self.profile.clone());
        self.power_up_unix_ms = power_up;
    }

    /// Distinct sites in the order their first passkey was made.
    pub fn rp_ids(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in &self.credentials {
            if !out.contains(&c.rp_id) {
                out.push(c.rp_id.clone());
            }
        }
        out
    }
}

pub fn now_unix_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

mod hex_opt {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(b) => s.serialize_some(&hex::encode(b)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        text.map(|t| hex::decode(t).map_err(serde::de::Error::custom))
            .transpose()
    }
}
