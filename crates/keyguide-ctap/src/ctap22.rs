//! CTAP 2.2: the authenticatorGetInfo members 0x16–0x1F (CTAP 2.2 §6.4;
//! 0x1E and 0x1F are CTAP 2.3's), the persistentPinUvAuthToken with the
//! pcmr permission (§6.5.5.7, permission 0x40) and what it opens: reading
//! the passkey list with credentialManagement's read-only subcommands
//! (§6.8) and decrypting encIdentifier, a stable identity for the key.
//!
//! The library we use parses getInfo only up to CTAP 2.1, so these members
//! are read here from the raw answer. Independent references checked:
//! python-fido2 2.2 (`fido2/ctap2/base.py` `Info`, its `_decrypt`) for the
//! encodings and the derivation; pico-fido (`cbor_client_pin.c`,
//! `cbor_cred_mgmt.c`) for the pcmr rules.

use aes::Aes128;
use cbc::cipher::{block_padding::NoPadding, BlockModeDecrypt, KeyIvInit};
use serde::Serialize;
use serde_cbor_2::Value;
use std::collections::BTreeMap;
use zeroize::Zeroizing;

use super::error::{Feature, KeyError};
use super::model::PasskeyList;
use super::pin::Pin;
use super::pin_state::Event as PinEvent;
use super::pin_uv::{pin_hash, PinUvProtocol};
use super::session::KeySession;

/// The pcmr permission: "persistent credential management read-only"
/// (CTAP 2.2 §6.5.5.7, permissions table). It is not in the library's
/// CTAP 2.1 permission set.
pub const PERMISSION_PCMR: u8 = 0x40;

/// What a CTAP 2.2 (or 2.3) key adds to getInfo. Each member is `None`
/// (or empty) when the key does not send it. Flattened into
/// [`crate::model::KeyInfo`] and `keyguide info --json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Ctap22Info {
    /// 0x16 attestationFormats: the attestation statement formats the key
    /// can produce, most preferred first (absent means "packed").
    pub attestation_formats: Vec<String>,
    /// 0x17 uvCountSinceLastPinEntry: built-in user verifications
    /// (fingerprint) since the PIN was last entered.
    pub uv_count_since_last_pin_entry: Option<u64>,
    /// 0x18 longTouchForReset: a reset needs a long touch (several seconds)
    /// rather than a tap.
    pub long_touch_for_reset: Option<bool>,
    /// 0x19 encIdentifier is sent: with the persistent token the key can be
    /// recognised across replugs ([`KeySession::key_identifier`]).
    pub enc_identifier: bool,
    /// 0x1A transportsForReset: the connections over which a reset is
    /// accepted ("usb", "nfc", ...). Empty: not said.
    pub transports_for_reset: Vec<String>,
    /// 0x1B pinComplexityPolicy: true when the key enforces a PIN
    /// complexity policy beyond the minimum length.
    pub pin_complexity_policy: Option<bool>,
    /// 0x1C pinComplexityPolicyURL: where the policy is described. The key
    /// sends bytes; shown when they are UTF-8.
    pub pin_complexity_policy_url: Option<String>,
    /// 0x1D maxPINLength: the longest PIN the key takes, in Unicode code
    /// points (the CTAP 2.1 limit of 63 bytes applies when absent).
    pub max_pin_length: Option<u64>,
    /// 0x1E encCredStoreState (CTAP 2.3) is sent.
    pub enc_cred_store_state: bool,
    /// 0x1F authenticatorConfigCommands (CTAP 2.3): the
    /// authenticatorConfig subcommands the key supports.
    pub authenticator_config_commands: Vec<u64>,
    /// getInfo option `perCredMgmtRO`: the key issues a persistent
    /// read-only token (pcmr) for listing passkeys.
    pub per_cred_mgmt_ro: bool,
    /// encIdentifier decrypted with the persistent token (hex): the same
    /// for this key across replugs, until a reset. `None` without the token.
    pub key_identifier: Option<String>,
}

/// The raw encrypted members kept with the session (not serialised).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Encrypted {
    pub enc_identifier: Option<Vec<u8>>,
    pub enc_cred_store_state: Option<Vec<u8>>,
}

impl Ctap22Info {
    /// Reads the CTAP 2.2/2.3 members from a getInfo answer (the CBOR map
    /// after the status byte). Members of the wrong type are ignored, as a
    /// client ignores what it does not understand.
    pub(crate) fn parse(raw: &[u8]) -> (Ctap22Info, Encrypted) {
        let Ok(Value::Map(map)) = serde_cbor_2::from_slice::<Value>(raw) else {
            return Default::default();
        };
        let get = |k: i128| map.get(&Value::Integer(k));
        let texts = |k: i128| match get(k) {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|v| match v {
                    Value::Text(t) => Some(t.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let uint = |k: i128| match get(k) {
            Some(Value::Integer(n)) => u64::try_from(*n).ok(),
            _ => None,
        };
        let boolean = |k: i128| match get(k) {
            Some(Value::Bool(b)) => Some(*b),
            _ => None,
        };
        let bytes = |k: i128| match get(k) {
            Some(Value::Bytes(b)) => Some(b.clone()),
            _ => None,
        };
        let options = match get(0x04) {
            Some(Value::Map(o)) => o.clone(),
            _ => BTreeMap::new(),
        };
        let enc_identifier = bytes(0x19);
        let enc_cred_store_state = bytes(0x1E);
        let info = Ctap22Info {
            attestation_formats: texts(0x16),
            uv_count_since_last_pin_entry: uint(0x17),
            long_touch_for_reset: boolean(0x18),
            enc_identifier: enc_identifier.is_some(),
            transports_for_reset: texts(0x1A),
            pin_complexity_policy: boolean(0x1B),
            pin_complexity_policy_url: bytes(0x1C).and_then(|b| String::from_utf8(b).ok()),
            max_pin_length: uint(0x1D),
            enc_cred_store_state: enc_cred_store_state.is_some(),
            authenticator_config_commands: match get(0x1F) {
                Some(Value::Array(a)) => a
                    .iter()
                    .filter_map(|v| match v {
                        Value::Integer(n) => u64::try_from(*n).ok(),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            },
            per_cred_mgmt_ro: options.get(&Value::Text("perCredMgmtRO".into()))
                == Some(&Value::Bool(true)),
            key_identifier: None,
        };
        (
            info,
            Encrypted {
                enc_identifier,
                enc_cred_store_state,
            },
        )
    }
}

/// Decrypts a getInfo member encrypted with the persistent token (CTAP 2.2
/// §6.4, encIdentifier; CTAP 2.3 encCredStoreState): key =
/// HKDF-SHA-256(salt = 32 zero bytes, IKM = persistentPinUvAuthToken,
/// info = `info`, L = 16); the member is IV (16 bytes) || AES-128-CBC(key,
/// IV, plaintext). `info` is "encIdentifier" or "encCredStoreState".
pub fn decrypt_get_info_member(
    persistent_token: &[u8],
    info: &[u8],
    member: &[u8],
) -> Result<Vec<u8>, KeyError> {
    if member.len() < 32 || !member.len().is_multiple_of(16) {
        return Err(KeyError::Protocol(
            "an encrypted getInfo member of a bad length".into(),
        ));
    }
    let mut key = Zeroizing::new([0u8; 16]);
    hkdf::Hkdf::<sha2::Sha256>::new(Some(&[0u8; 32]), persistent_token)
        .expand(info, &mut key[..])
        .map_err(|_| KeyError::Protocol("HKDF output length".into()))?;
    let (iv, body) = member.split_at(16);
    let dec = cbc::Decryptor::<Aes128>::new_from_slices(&key[..], iv)
        .map_err(|_| KeyError::Protocol("bad AES key or IV length".into()))?;
    dec.decrypt_padded_vec::<NoPadding>(body)
        .map_err(|_| KeyError::Protocol("undecryptable getInfo member".into()))
}

/// A persistentPinUvAuthToken with the pcmr permission (CTAP 2.2
/// §6.5.5.7). Unlike the ordinary token it survives power cycles; the key
/// invalidates it when the PIN changes or on a reset. Kept in memory only:
/// it zeroizes on drop and prints as "[redacted]".
#[derive(Clone)]
pub struct PersistentToken {
    protocol: PinUvProtocol,
    token: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for PersistentToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersistentToken")
            .field("protocol", &self.protocol)
            .field("token", &"[redacted]")
            .finish()
    }
}

impl PersistentToken {
    /// A token from its bytes: tests that check the decryption against
    /// vectors made elsewhere.
    #[doc(hidden)]
    pub fn from_bytes(protocol: PinUvProtocol, token: &[u8]) -> Self {
        PersistentToken {
            protocol,
            token: Zeroizing::new(token.to_vec()),
        }
    }

    /// (pinUvAuthProtocol, pinUvAuthParam) over `message` with this token,
    /// without handing out the token: tests that check a key refuses it
    /// where CTAP 2.2 says it must (a write subcommand).
    #[doc(hidden)]
    pub fn sign(&self, message: &[u8]) -> (u32, Vec<u8>) {
        (
            self.protocol.number(),
            self.protocol.authenticate(&self.token, message),
        )
    }
}

/// The credentialManagement subcommands a pcmr token may sign (CTAP 2.2
/// §6.8: getCredsMetadata, enumerateRPsBegin, enumerateCredentialsBegin;
/// the "get next" ones are not signed at all).
pub(crate) fn read_only_subcommand(sub: u8) -> bool {
    matches!(sub, 0x01 | 0x02 | 0x04)
}

impl KeySession {
    /// The CTAP 2.2/2.3 getInfo members, as last read.
    pub fn ctap22(&self) -> &Ctap22Info {
        &self.ctap22
    }

    /// The key issues a persistent read-only token (option perCredMgmtRO).
    pub fn supports_persistent_token(&self) -> bool {
        self.ctap22.per_cred_mgmt_ro && self.supports_credential_management()
    }

    /// The persistent token this session holds, to keep across sessions
    /// (the app keeps it in memory for its lifetime).
    pub fn persistent_token(&self) -> Option<&PersistentToken> {
        self.persistent.as_ref()
    }

    /// Hands the session a persistent token obtained earlier (same key).
    pub fn set_persistent_token(&mut self, token: PersistentToken) {
        self.persistent = Some(token);
    }

    /// Forgets the persistent token (the key refused it, or the user locked).
    pub fn forget_persistent_token(&mut self) {
        self.persistent = None;
    }

    /// Gets a persistentPinUvAuthToken with only the pcmr permission:
    /// getPinUvAuthTokenUsingPinWithPermissions (0x09) with permissions
    /// 0x40 and no rpId (CTAP 2.2 §6.5.5.7; pcmr may not be combined with
    /// other permissions: CTAP2_ERR_UNAUTHORIZED_PERMISSION). Costs a PIN
    /// entry like any token request; a wrong PIN is reported with the
    /// retries left and never retried.
    pub async fn get_persistent_token(&mut self, pin: &Pin) -> Result<PersistentToken, KeyError> {
        if !self.supports_persistent_token() {
            return Err(KeyError::Unsupported(Feature::PinUvAuthToken));
        }
        if self.pin_is_set() != Some(true) {
            return Err(KeyError::PinNotSet);
        }
        pin.check_encodable()?;
        if self.pin.last_pin_retries().is_none() {
            self.pin_retries().await?;
        }
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let request = {
            let agreement = self.pin.agreement().expect("agreement just ensured");
            let pin_hash_enc =
                protocol.encrypt(&agreement.shared_secret, &*pin_hash(pin.as_bytes()));
            client_pin_pcmr_request(
                protocol,
                &agreement.platform_x,
                &agreement.platform_y,
                &pin_hash_enc,
            )
        };
        let raw = match self.send_raw(&request).await {
            Ok(raw) => raw,
            Err(e) => return Err(self.pin_request_refused(e).await),
        };
        let encrypted = match serde_cbor_2::from_slice::<Value>(&raw) {
            Ok(Value::Map(m)) => match m.get(&Value::Integer(0x02)) {
                Some(Value::Bytes(b)) => b.clone(),
                _ => return Err(KeyError::Protocol("no pinUvAuthToken in the answer".into())),
            },
            _ => return Err(KeyError::Protocol("undecodable CBOR answer".into())),
        };
        let agreement = self.pin.agreement().expect("agreement still held");
        let token = protocol
            .decrypt(&agreement.shared_secret, &encrypted)
            .map_err(|e| KeyError::Protocol(e.to_string()))?;
        tracing::info!("persistent read-only token obtained");
        let token = PersistentToken { protocol, token };
        self.persistent = Some(token.clone());
        Ok(token)
    }

    /// The key's identifier, decrypted from encIdentifier with the held
    /// persistent token: the same bytes every time this key is plugged in
    /// (until a reset), so the app can say "this is the same key as
    /// before". `None` without a persistent token or encIdentifier.
    pub fn key_identifier(&self) -> Option<Vec<u8>> {
        let token = self.persistent.as_ref()?;
        let enc = self.encrypted.enc_identifier.as_ref()?;
        decrypt_get_info_member(&token.token, b"encIdentifier", enc).ok()
    }

    /// Every passkey, listed with the persistent read-only token: no PIN.
    /// A token the key no longer accepts (PIN changed, key reset) is
    /// forgotten and [`KeyError::PinRequired`] returned.
    pub async fn list_passkeys_read_only(&mut self) -> Result<PasskeyList, KeyError> {
        if self.persistent.is_none() {
            return Err(KeyError::PinRequired);
        }
        self.cred_mgmt_read_only = true;
        let result = self.list_passkeys().await;
        self.cred_mgmt_read_only = false;
        match result {
            Err(KeyError::PinRequired) | Err(KeyError::TokenRejected) => {
                tracing::info!("the persistent token was refused; forgotten");
                self.persistent = None;
                Err(KeyError::PinRequired)
            }
            other => other,
        }
    }

    /// pinUvAuthParam over `message` with the persistent token, for a
    /// read-only credentialManagement subcommand.
    pub(crate) fn persistent_auth_param(
        &self,
        sub: u8,
        message: &[u8],
    ) -> Result<(u32, Vec<u8>), KeyError> {
        if !read_only_subcommand(sub) {
            return Err(KeyError::PinRequired);
        }
        let token = self.persistent.as_ref().ok_or(KeyError::PinRequired)?;
        Ok((
            token.protocol.number(),
            token.protocol.authenticate(&token.token, message),
        ))
    }

    /// Like the token request's own error handling (client_pin.rs): the key
    /// regenerated its key-agreement key; a wrong PIN carries the retries.
    async fn pin_request_refused(&mut self, err: KeyError) -> KeyError {
        self.pin.on(PinEvent::PinRefused);
        if !matches!(err, KeyError::PinInvalid { .. }) {
            return err;
        }
        match self.pin_retries().await {
            Ok(r) if r.retries == 0 => KeyError::PinBlocked,
            Ok(r) if r.power_cycle_required => KeyError::PinAuthBlocked,
            Ok(r) => KeyError::PinInvalid {
                retries: Some(r.retries),
            },
            Err(e) => e,
        }
    }
}

// --- a minimal canonical CBOR writer for the one request the library
// cannot express (its permission type stops at 0x20) ---

fn head(out: &mut Vec<u8>, major: u8, n: u64) {
    let m = major << 5;
    match n {
        0..=23 => out.push(m | n as u8),
        24..=0xff => out.extend([m | 24, n as u8]),
        0x100..=0xffff => {
            out.push(m | 25);
            out.extend((n as u16).to_be_bytes());
        }
        _ => {
            out.push(m | 26);
            out.extend((n as u32).to_be_bytes());
        }
    }
}

fn int(out: &mut Vec<u8>, n: i64) {
    if n >= 0 {
        head(out, 0, n as u64);
    } else {
        head(out, 1, (-1 - n) as u64);
    }
}

fn bytes(out: &mut Vec<u8>, b: &[u8]) {
    head(out, 2, b.len() as u64);
    out.extend_from_slice(b);
}

/// authenticatorClientPIN (0x06) getPinUvAuthTokenUsingPinWithPermissions
/// with permissions = pcmr, keys in canonical order (CTAP 2.2 §8: 1, 2, 3,
/// 6, 9; the COSE key 1, 3, -1, -2, -3).
fn client_pin_pcmr_request(
    protocol: PinUvProtocol,
    x: &[u8; 32],
    y: &[u8; 32],
    pin_hash_enc: &[u8],
) -> Vec<u8> {
    let mut out = vec![0x06];
    head(&mut out, 5, 5);
    int(&mut out, 0x01);
    int(&mut out, protocol.number() as i64);
    int(&mut out, 0x02);
    int(&mut out, 0x09);
    int(&mut out, 0x03);
    head(&mut out, 5, 5);
    int(&mut out, 1);
    int(&mut out, 2); // kty: EC2
    int(&mut out, 3);
    int(&mut out, -25); // alg: ECDH-ES + HKDF-256, as §6.5.6 asks
    int(&mut out, -1);
    int(&mut out, 1); // crv: P-256
    int(&mut out, -2);
    bytes(&mut out, x);
    int(&mut out, -3);
    bytes(&mut out, y);
    int(&mut out, 0x06);
    bytes(&mut out, pin_hash_enc);
    int(&mut out, 0x09);
    int(&mut out, PERMISSION_PCMR as i64);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pcmr_request_is_canonical_cbor_with_permission_0x40() {
        let req = client_pin_pcmr_request(PinUvProtocol::Two, &[1; 32], &[2; 32], &[3; 32]);
        assert_eq!(req[0], 0x06);
        let Value::Map(m) = serde_cbor_2::from_slice::<Value>(&req[1..]).unwrap() else {
            panic!("not a map")
        };
        assert_eq!(m.get(&Value::Integer(2)), Some(&Value::Integer(9)));
        assert_eq!(m.get(&Value::Integer(9)), Some(&Value::Integer(0x40)));
        assert_eq!(m.get(&Value::Integer(1)), Some(&Value::Integer(2)));
        assert!(!m.contains_key(&Value::Integer(0x0A)), "no rpId");
        // Map keys in canonical order: 01 02 03 06 09 at the top level.
        assert_eq!(&req[1..4], &[0xA5, 0x01, 0x02]);
    }

    #[test]
    fn members_of_the_wrong_type_are_ignored() {
        // {0x18: "yes", 0x1D: 63}
        let raw = [
            0xA2, 0x18, 0x18, 0x63, b'y', b'e', b's', 0x18, 0x1D, 0x18, 63,
        ];
        let (info, enc) = Ctap22Info::parse(&raw);
        assert_eq!(info.long_touch_for_reset, None);
        assert_eq!(info.max_pin_length, Some(63));
        assert_eq!(enc.enc_identifier, None);
    }

    #[test]
    fn a_member_too_short_is_a_protocol_error() {
        assert!(decrypt_get_info_member(&[0; 32], b"encIdentifier", &[0; 16]).is_err());
    }
}
