//! The authenticator's command handlers (CTAP 2.1 §6), over `KeyState`
//! plus what a key keeps only while powered: the key-agreement key, the
//! pinUvAuthToken, and enumeration and enrollment cursors.
//!
//! Commands that need the user (reset, selection, makeCredential,
//! getAssertion, fingerprint samples) are split in two: `prepare` checks
//! everything that must fail before the user is asked, `finish` acts after
//! the touch. The caller waits for the touch between them without a lock.

use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use serde_cbor_2::Value;
use sha2::{Digest, Sha256};
use std::time::Duration;

use super::cbor::{encode, encode_value, int, parse_params, required, text, Map, MapExt};
use super::credential_id;
use super::pin_protocol::{
    encrypt_get_info_member, pin_hash, random_bytes, KeyAgreement, Protocol, SharedSecret,
};
use super::profile::Family;
use super::state::{Credential, KeyState, Template, PIN_RETRIES, UV_RETRIES};
use super::status::*;
use keyguide_ctap::prompts::SampleStatus;

/// The key-agreement key type under the name the clientPIN code uses.
type EcdhKeyPair = KeyAgreement;
type PinUvProtocol = Protocol;

/// Reset is accepted only this long after power-up (CTAP 2.1 §6.6).
pub const RESET_WINDOW: Duration = Duration::from_secs(10);
/// Good samples needed to enroll a fingerprint.
pub const SAMPLES_PER_ENROLLMENT: u32 = 5;
/// Fingerprint templates the sensor can hold.
pub const MAX_TEMPLATES: usize = 5;
const MAX_FRIENDLY_NAME: usize = 32;
/// maxCredBlobLength (getInfo 0x0F; CTAP 2.1 §12.2 asks at least 32).
pub const MAX_CRED_BLOB: usize = 32;
/// maxRPIDsForSetMinPINLength (getInfo 0x10).
const MAX_MIN_PIN_LENGTH_RP_IDS: usize = 4;
/// preferredPlatformUvAttempts (getInfo 0x11).
const PREFERRED_PLATFORM_UV_ATTEMPTS: u32 = 3;

const PERM_MC: u8 = 0x01;
const PERM_GA: u8 = 0x02;
const PERM_CM: u8 = 0x04;
const PERM_BE: u8 = 0x08;
const PERM_LBW: u8 = 0x10;
const PERM_ACFG: u8 = 0x20;
/// Persistent credential management read-only (CTAP 2.2 §6.5.5.7).
const PERM_PCMR: u8 = 0x40;
/// maxPINLength (getInfo 0x1D) of the ctap22 profile: CTAP's 63 bytes.
const CTAP22_MAX_PIN_LENGTH: u32 = 63;

struct Token {
    value: [u8; 32],
    permissions: u8,
    rp_id: Option<String>,
}

struct Enrollment {
    template_id: Vec<u8>,
    remaining: u32,
}

/// A command that waits for the user before it completes.
pub enum Pending {
    Reset,
    Selection,
    MakeCredential(Box<NewCredential>),
    /// makeCredential whose excludeList names a credential of this key:
    /// after the touch, CTAP2_ERR_CREDENTIAL_EXCLUDED (§6.1.2 step 7).
    Excluded,
    GetAssertion(Box<AssertionRequest>),
    Sample(SampleKind),
    /// getPinUvAuthTokenUsingUvWithPermissions: the finger on the sensor.
    UvToken(Box<UvTokenRequest>),
}

pub enum SampleKind {
    Begin,
    Next,
}

pub struct UvTokenRequest {
    protocol: Protocol,
    shared: SharedSecret,
    permissions: u8,
    rp_id: Option<String>,
}

pub struct NewCredential {
    client_data_hash: Vec<u8>,
    rp_id: String,
    rp_name: Option<String>,
    user_id: Vec<u8>,
    user_name: Option<String>,
    display_name: Option<String>,
    uv: bool,
    /// rk: stored on the key (discoverable) or carried in its id.
    resident: bool,
    cred_protect: Option<u8>,
    hmac_secret: bool,
    cred_blob: Option<Vec<u8>>,
    min_pin_length: bool,
    /// The largeBlobKey extension (§12.3) was asked for.
    large_blob_key: bool,
    /// The thirdPartyPayment extension (CTAP 2.2) was asked for.
    third_party_payment: bool,
}

/// A credential found for a getAssertion, discoverable or unwrapped from
/// its id.
#[derive(Clone)]
pub struct FoundCredential {
    id: Vec<u8>,
    resident: bool,
}

/// The hmac-secret input of a getAssertion (§12.5), checked before the
/// user is asked.
pub struct HmacSecretInput {
    protocol: Protocol,
    shared: SharedSecret,
    salts: zeroize::Zeroizing<Vec<u8>>,
}

pub struct AssertionRequest {
    lite: AssertionRequestLite,
    credentials: Vec<FoundCredential>,
    discoverable: bool,
    hmac_secret: Option<HmacSecretInput>,
}

/// The outcome of the first half of a command.
pub enum Step {
    Done(Result<Vec<u8>, u8>),
    NeedsUser(Pending),
}

pub struct Authenticator {
    pub state: KeyState,
    key_agreement: EcdhKeyPair,
    token: Option<Token>,
    rp_cursor: Vec<String>,
    cred_cursor: Vec<Vec<u8>>,
    assertion_cursor: Vec<(FoundCredential, AssertionRequestLite)>,
    enrollment: Option<Enrollment>,
    pub samples: std::collections::VecDeque<SampleStatus>,
    /// Time since power-up by the key's clock (tests advance it by hand).
    pub clock: Duration,
    /// File-backed keys measure the window by the wall clock instead.
    pub wall_clock: bool,
}

#[derive(Clone)]
pub struct AssertionRequestLite {
    rp_id: String,
    client_data_hash: Vec<u8>,
    uv: bool,
    cred_blob: bool,
}

impl Authenticator {
    pub fn new(state: KeyState, wall_clock: bool) -> Self {
        Authenticator {
            state,
            key_agreement: EcdhKeyPair::generate(),
            token: None,
            rp_cursor: Vec::new(),
            cred_cursor: Vec::new(),
            assertion_cursor: Vec::new(),
            enrollment: None,
            samples: Default::default(),
            clock: Duration::ZERO,
            wall_clock,
        }
    }

    /// A power cycle: everything volatile is gone, the reset window opens.
    pub fn power_up(&mut self) {
        self.key_agreement = EcdhKeyPair::generate();
        self.token = None;
        self.rp_cursor.clear();
        self.cred_cursor.clear();
        self.assertion_cursor.clear();
        self.enrollment = None;
        self.state.pin_auth_blocked = false;
        self.state.consecutive_wrong = 0;
        self.clock = Duration::ZERO;
        self.state.power_up_unix_ms = super::state::now_unix_ms();
    }

    fn since_power_up(&self) -> Duration {
        if self.wall_clock {
            let now = super::state::now_unix_ms();
            Duration::from_millis(now.saturating_sub(self.state.power_up_unix_ms))
        } else {
            self.clock
        }
    }

    /// First half of every command: either the answer, or what to finish
    /// after the user acts.
    pub fn prepare(&mut self, request: &[u8]) -> Step {
        let Some((&cmd, body)) = request.split_first() else {
            return Step::Done(Err(INVALID_LENGTH));
        };
        let params = match parse_params(body) {
            Ok(p) => p,
            Err(e) => return Step::Done(Err(e)),
        };
        let spec = &self.state.profile;
        let done = |r: Result<Map, u8>| Step::Done(r.map(encode));
        match cmd {
            0x04 => done(Ok(self.get_info())),
            // The UV token needs the finger on the sensor first.
            0x06 if spec.client_pin && params.uint(0x02) == Ok(Some(0x06)) => {
                match self.prepare_uv_token(&params) {
                    Ok(p) => Step::NeedsUser(Pending::UvToken(Box::new(p))),
                    Err(e) => Step::Done(Err(e)),
                }
            }
            0x06 if spec.client_pin => done(self.client_pin(&params)),
            0x01 => match self.prepare_make_credential(&params) {
                Ok(Some(p)) => Step::NeedsUser(Pending::MakeCredential(Box::new(p))),
                Ok(None) => Step::NeedsUser(Pending::Excluded),
                Err(e) => Step::Done(Err(e)),
            },
            0x02 => match self.prepare_get_assertion(&params) {
                Ok(p) => Step::NeedsUser(Pending::GetAssertion(Box::new(p))),
                Err(e) => Step::Done(Err(e)),
            },
            0x08 => done(self.get_next_assertion()),
            0x07 => {
                if self.since_power_up() > RESET_WINDOW {
                    Step::Done(Err(NOT_ALLOWED))
                } else {
                    Step::NeedsUser(Pending::Reset)
                }
            }
            0x0B if spec.is_2_1() => Step::NeedsUser(Pending::Selection),
            0x0A if spec.cred_mgmt == Family::Standard => done(self.cred_mgmt(&params)),
            0x41 if spec.cred_mgmt == Family::Prototype => done(self.cred_mgmt(&params)),
            0x09 | 0x40 => {
                let family = if cmd == 0x09 {
                    Family::Standard
                } else {
                    Family::Prototype
                };
                if spec.bio != family {
                    return Step::Done(Err(INVALID_COMMAND));
                }
                self.bio(&params)
            }
            0x0D if spec.config => done(self.config(&params)),
            0x0C if spec.large_blobs => done(self.large_blobs(&params)),
            _ => Step::Done(Err(INVALID_COMMAND)),
        }
    }

    /// Second half, once the user touched the key (or gave a fingerprint).
    pub fn finish(&mut self, pending: Pending) -> Result<Vec<u8>, u8> {
        match pending {
            Pending::Reset => {
                self.state.wipe();
                self.key_agreement = EcdhKeyPair::generate();
                self.token = None;
                self.enrollment = None;
                Ok(Vec::new())
            }
            Pending::Selection => Ok(Vec::new()),
            Pending::MakeCredential(new) => self.finish_make_credential(*new).map(encode),
            Pending::Excluded => Err(CREDENTIAL_EXCLUDED),
            Pending::UvToken(req) => self.finish_uv_token(*req).map(encode),
            Pending::GetAssertion(req) => self.finish_get_assertion(*req).map(encode),
            Pending::Sample(kind) => self.take_sample(kind).map(encode),
        }
    }

    // --- authenticatorGetInfo (§6.4) ---

    pub fn get_info(&self) -> Map {
        let s = &self.state;
        let p = &s.profile;
        let mut options = Map::new();
        options.insert(text("rk"), Value::Bool(true));
        options.insert(text("up"), Value::Bool(true));
        options.insert(text("plat"), Value::Bool(false));
        if p.client_pin {
            options.insert(text("clientPin"), Value::Bool(s.pin_hash.is_some()));
        }
        match p.cred_mgmt {
            Family::Standard => {
                options.insert(text("credMgmt"), Value::Bool(true));
            }
            Family::Prototype => {
                options.insert(text("credentialMgmtPreview"), Value::Bool(true));
            }
            Family::Absent => {}
        }
        if p.large_blobs {
            options.insert(text("largeBlobs"), Value::Bool(true));
        }
        let enrolled = !s.templates.is_empty();
        match p.bio {
            Family::Standard => {
                options.insert(text("bioEnroll"), Value::Bool(enrolled));
            }
            Family::Prototype => {
                options.insert(text("userVerificationMgmtPreview"), Value::Bool(enrolled));
            }
            Family::Absent => {}
        }
        if p.bio != Family::Absent {
            options.insert(text("uv"), Value::Bool(enrolled));
        }
        if p.pin_uv_auth_token {
            options.insert(text("pinUvAuthToken"), Value::Bool(true));
        }
        if p.config {
            options.insert(text("authnrCfg"), Value::Bool(true));
        }
        if p.set_min_pin_length {
            options.insert(text("setMinPINLength"), Value::Bool(true));
        }
        if p.always_uv {
            options.insert(text("alwaysUv"), Value::Bool(s.always_uv));
        }
        if p.enterprise_attestation {
            options.insert(text("ep"), Value::Bool(s.enterprise_attestation));
        }
        if p.is_2_1() {
            // §6.4: with alwaysUv on, every makeCredential needs UV.
            options.insert(text("makeCredUvNotRqd"), Value::Bool(!s.always_uv));
        }
        if p.ctap22 {
            // CTAP 2.2 §6.4: the persistent read-only token is offered.
            options.insert(text("perCredMgmtRO"), Value::Bool(true));
        }

        let texts = |v: &[String]| Value::Array(v.iter().map(|t| text(t)).collect());
        let mut m = Map::new();
        m.insert(int(0x01), texts(&p.versions));
        if !p.extensions.is_empty() {
            m.insert(int(0x02), texts(&p.extensions));
        }
        m.insert(int(0x03), Value::Bytes(p.aaguid.to_vec()));
        m.insert(int(0x04), Value::Map(options));
        m.insert(int(0x05), int(p.max_msg_size as i128));
        if p.client_pin {
            m.insert(
                int(0x06),
                Value::Array(p.pin_protocols.iter().map(|n| int(*n as i128)).collect()),
            );
        }
        m.insert(int(0x07), int(8));
        m.insert(int(0x08), int(128));
        if !p.transports.is_empty() {
            m.insert(int(0x09), texts(&p.transports));
        }
        let mut alg = Map::new();
        alg.insert(text("alg"), int(-7));
        alg.insert(text("type"), text("public-key"));
        m.insert(int(0x0A), Value::Array(vec![Value::Map(alg)]));
        if p.large_blobs {
            m.insert(int(0x0B), int(super::large_blobs::MAX_SERIALIZED as i128));
        }
        if p.is_2_1() {
            m.insert(int(0x0C), Value::Bool(s.force_pin_change));
            m.insert(int(0x0D), int(s.min_pin_length as i128));
        }
        m.insert(int(0x0E), int(p.firmware_version as i128));
        if self.supports("credBlob") {
            m.insert(int(0x0F), int(MAX_CRED_BLOB as i128));
        }
        if self.supports("minPinLength") && p.set_min_pin_length {
            m.insert(int(0x10), int(MAX_MIN_PIN_LENGTH_RP_IDS as i128));
        }
        if self.builtin_uv_tokens() {
            m.insert(int(0x11), int(PREFERRED_PLATFORM_UV_ATTEMPTS as i128));
        }
        if p.is_2_1() && p.bio != Family::Absent {
            m.insert(int(0x12), int(0x02)); // uvModality: fingerprint
        }
        if p.is_2_1() {
            m.insert(int(0x14), int(self.remaining_slots() as i128));
        }
        if p.ctap22 {
            self.get_info_2_2(&mut m);
        }
        m
    }

    /// The CTAP 2.2 members (§6.4, keys 0x16-0x1D) and CTAP 2.3's
    /// authenticatorConfigCommands (0x1F).
    fn get_info_2_2(&self, m: &mut Map) {
        let s = &self.state;
        m.insert(int(0x16), Value::Array(vec![text("packed")]));
        if self.state.profile.bio != Family::Absent {
            m.insert(int(0x17), int(s.uv_count_since_pin as i128));
        }
        m.insert(int(0x18), Value::Bool(true));
        m.insert(
            int(0x19),
            Value::Bytes(encrypt_get_info_member(
                &s.persistent_token,
                b"encIdentifier",
                &s.identifier,
            )),
        );
        // Reset is accepted over every transport this key has.
        m.insert(
            int(0x1A),
            Value::Array(s.profile.transports.iter().map(|t| text(t)).collect()),
        );
        m.insert(int(0x1B), Value::Bool(true));
        m.insert(
            int(0x1C),
            Value::Bytes(super::profile::CTAP22_PIN_POLICY_URL.as_bytes().to_vec()),
        );
        m.insert(int(0x1D), int(CTAP22_MAX_PIN_LENGTH as i128));
        if s.profile.config {
            // toggleAlwaysUv (0x02) and setMinPINLength (0x03), §6.11.
            let mut commands = Vec::new();
            if s.profile.always_uv {
                commands.push(int(0x02));
            }
            if s.profile.set_min_pin_length {
                commands.push(int(0x03));
            }
            m.insert(int(0x1F), Value::Array(commands));
        }
    }

    /// Whether the profile advertises this extension (getInfo 0x02).
    fn supports(&self, extension: &str) -> bool {
        self.state.profile.extensions.iter().any(|e| e == extension)
    }

    /// getPinUvAuthTokenUsingUvWithPermissions exists: a CTAP 2.1 key with
    /// pinUvAuthToken and a fingerprint sensor (§6.5.5.7.3).
    fn builtin_uv_tokens(&self) -> bool {
        let p = &self.state.profile;
        p.pin_uv_auth_token && p.bio != Family::Absent
    }

    fn remaining_slots(&self) -> u32 {
        self.state
            .profile
            .capacity
            .saturating_sub(self.state.credentials.len() as u32)
    }

    // --- authenticatorClientPIN (§6.5.5) ---

    fn protocol(&self, params: &Map, key: i128) -> Result<PinUvProtocol, u8> {
        let n = required(params.uint(key))?;
        let protocol = PinUvProtocol::from_number(n).ok_or(INVALID_PARAMETER)?;
        if !self.state.profile.pin_protocols.contains(&(n as u32)) {
            return Err(INVALID_PARAMETER);
        }
        Ok(protocol)
    }

    fn client_pin(&mut self, params: &Map) -> Result<Map, u8> {
        let sub = required(params.uint(0x02))?;
        let mut out = Map::new();
        match sub {
            0x01 => {
                out.insert(int(0x03), int(self.state.pin_retries as i128));
                if self.state.profile.is_2_1() {
                    out.insert(int(0x04), Value::Bool(self.state.pin_auth_blocked));
                }
            }
            0x02 => {
                self.protocol(params, 0x01)?;
                out.insert(int(0x01), self.key_agreement_cose());
            }
            0x03 => {
                let protocol = self.protocol(params, 0x01)?;
                let shared = self.shared_secret(protocol, params)?;
                let new_pin_enc = required(params.bytes(0x05))?;
                let param = required(params.bytes(0x04))?;
                // A PIN is set already: PIN_AUTH_INVALID (§6.5.5.5 step 2);
                // some keys say NOT_ALLOWED.
                if self.state.pin_hash.is_some() {
                    return Err(if self.state.profile.quirks.pin_already_set_not_allowed {
                        NOT_ALLOWED
                    } else {
                        PIN_AUTH_INVALID
                    });
                }
                if !protocol.verify(&shared, new_pin_enc, param) {
                    return Err(PIN_AUTH_INVALID);
                }
                self.store_new_pin(protocol, &shared, new_pin_enc, None)?;
            }
            0x04 => {
                let protocol = self.protocol(params, 0x01)?;
                let shared = self.shared_secret(protocol, params)?;
                let new_pin_enc = required(params.bytes(0x05))?;
                let pin_hash_enc = required(params.bytes(0x06))?;
                let param = required(params.bytes(0x04))?;
                if self.state.pin_hash.is_none() {
                    return Err(PIN_NOT_SET);
                }
                let mut message = new_pin_enc.to_vec();
                message.extend_from_slice(pin_hash_enc);
                if !protocol.verify(&shared, &message, param) {
                    return Err(PIN_AUTH_INVALID);
                }
                self.check_pin_hash(protocol, &shared, pin_hash_enc)?;
                let old = self.state.pin_hash.clone();
                self.store_new_pin(protocol, &shared, new_pin_enc, old.as_deref())?;
            }
            0x05 | 0x09 => {
                let protocol = self.protocol(params, 0x01)?;
                let shared = self.shared_secret(protocol, params)?;
                let pin_hash_enc = required(params.bytes(0x06))?;
                let (permissions, rp_id) = if sub == 0x09 {
                    let perms = required(params.uint(0x09))? as u8;
                    if perms == 0 {
                        return Err(INVALID_PARAMETER);
                    }
                    self.check_pcmr(perms)?;
                    if perms != PERM_PCMR {
                        self.check_permissions_offered(perms)?;
                    }
                    (perms, params.text_at(0x0A)?.map(str::to_owned))
                } else if self.state.profile.pin_uv_auth_token {
                    (PERM_MC | PERM_GA, None)
                } else {
                    // A pre-2.1 key: the legacy token may do everything.
                    (0xff, None)
                };
                if self.state.pin_hash.is_none() {
                    return Err(PIN_NOT_SET);
                }
                self.check_pin_hash(protocol, &shared, pin_hash_enc)?;
                // §6.5.5.7.2: the PIN was right (retries back to the
                // maximum), but while forcePINChange is set the key answers
                // CTAP2_ERR_PIN_INVALID. Some keys say PIN_POLICY_VIOLATION.
                if self.state.force_pin_change {
                    return Err(
                        if self.state.profile.quirks.forced_change_policy_violation {
                            PIN_POLICY_VIOLATION
                        } else {
                            PIN_INVALID
                        },
                    );
                }
                if permissions == PERM_PCMR {
                    // CTAP 2.2 §6.5.5.7: the persistent token, with pcmr;
                    // the ordinary token is left as it is.
                    self.state.persistent_token_pcmr = true;
                    let value = self.state.persistent_token.clone();
                    out.insert(int(0x02), Value::Bytes(protocol.encrypt(&shared, &value)));
                    return Ok(out);
                }
                let value: [u8; 32] = random_bytes();
                self.token = Some(Token {
                    value,
                    permissions,
                    rp_id,
                });
                out.insert(int(0x02), Value::Bytes(protocol.encrypt(&shared, &value)));
            }
            0x07 => {
                if self.state.profile.bio == Family::Absent {
                    return Err(INVALID_SUBCOMMAND);
                }
                out.insert(int(0x05), int(self.state.uv_retries as i128));
            }
            // getPinUvAuthTokenUsingUvWithPermissions goes through
            // prepare_uv_token; here only when this key has no such command.
            0x06 => return Err(INVALID_SUBCOMMAND),
            _ => return Err(INVALID_SUBCOMMAND),
        }
        Ok(out)
    }

    /// The pcmr permission (CTAP 2.2 §6.5.5.7): only on a key that offers
    /// perCredMgmtRO, and alone (pico-fido refuses it combined with any
    /// other permission the same way): CTAP2_ERR_UNAUTHORIZED_PERMISSION.
    fn check_pcmr(&self, perms: u8) -> Result<(), u8> {
        if perms & PERM_PCMR == 0 {
            return Ok(());
        }
        if !self.state.profile.ctap22 || perms != PERM_PCMR {
            return Err(UNAUTHORIZED_PERMISSION);
        }
        Ok(())
    }

    fn check_permissions_offered(&self, perms: u8) -> Result<(), u8> {
        let p = &self.state.profile;
        let offered = PERM_MC
            | PERM_GA
            | if p.cred_mgmt != Family::Absent {
                PERM_CM
            } else {
                0
            }
            | if p.bio != Family::Absent { PERM_BE } else { 0 }
            | if p.config { PERM_ACFG } else { 0 }
            | if p.large_blobs { PERM_LBW } else { 0 };
        if perms & !offered != 0 {
            return Err(UNAUTHORIZED_PERMISSION);
        }
        Ok(())
    }

    fn key_agreement_cose(&self) -> Value {
        let (x, y) = self.key_agreement.public_xy();
        let mut m = Map::new();
        m.insert(int(1), int(2));
        m.insert(int(3), int(-25));
        m.insert(int(-1), int(1));
        m.insert(int(-2), Value::Bytes(x.to_vec()));
        m.insert(int(-3), Value::Bytes(y.to_vec()));
        Value::Map(m)
    }

    fn shared_secret(&self, protocol: PinUvProtocol, params: &Map) -> Result<SharedSecret, u8> {
        self.decapsulate(protocol, required(params.map(0x03))?)
    }

    /// decapsulate(peer COSE_Key): kdf(ecdh(peer)).
    fn decapsulate(&self, protocol: Protocol, cose: &Map) -> Result<SharedSecret, u8> {
        let coord = |k: i128| match cose.opt(k) {
            Some(Value::Bytes(b)) => Ok(b.clone()),
            _ => Err(INVALID_PARAMETER),
        };
        let (x, y) = (coord(-2)?, coord(-3)?);
        self.key_agreement
            .decapsulate(protocol, &x, &y)
            .ok_or(INVALID_PARAMETER)
    }

    /// getPinUvAuthTokenUsingUvWithPermissions (§6.5.5.7.3), the checks
    /// made before the user puts a finger on the sensor.
    fn prepare_uv_token(&mut self, params: &Map) -> Result<UvTokenRequest, u8> {
        if !self.builtin_uv_tokens() {
            return Err(INVALID_SUBCOMMAND);
        }
        let protocol = self.protocol(params, 0x01)?;
        let cose = required(params.map(0x03))?;
        let permissions = required(params.uint(0x09))?;
        if permissions == 0 || permissions > 0xff {
            return Err(INVALID_PARAMETER);
        }
        let permissions = permissions as u8;
        self.check_permissions_offered(permissions)?;
        let rp_id = params.text_at(0x0A)?.map(str::to_owned);
        if self.state.templates.is_empty() {
            // Built-in UV not configured: no finger enrolled.
            return Err(NOT_ALLOWED);
        }
        if self.state.uv_retries == 0 {
            return Err(UV_BLOCKED);
        }
        let shared = self.decapsulate(protocol, cose)?;
        Ok(UvTokenRequest {
            protocol,
            shared,
            permissions,
            rp_id,
        })
    }

    /// The match: a failed one costs a uvRetry; a good one restores them
    /// and gives a fresh token (§6.5.5.7.3 steps 7-11).
    fn finish_uv_token(&mut self, req: UvTokenRequest) -> Result<Map, u8> {
        let matched = self.state.uv_matches.pop_front().unwrap_or(true);
        if !matched {
            self.state.uv_retries = self.state.uv_retries.saturating_sub(1);
            return Err(if self.state.uv_retries == 0 {
                UV_BLOCKED
            } else {
                UV_INVALID
            });
        }
        self.state.uv_retries = UV_RETRIES;
        self.state.uv_count_since_pin = self.state.uv_count_since_pin.saturating_add(1);
        let value: [u8; 32] = random_bytes();
        self.token = Some(Token {
            value,
            permissions: req.permissions,
            rp_id: req.rp_id,
        });
        let mut out = Map::new();
        out.insert(
            int(0x02),
            Value::Bytes(req.protocol.encrypt(&req.shared, &value)),
        );
        Ok(out)
    }

    /// Checks pinHashEnc against the stored hash, with the retry rules of
    /// §6.5.5.5: each attempt costs a retry; a mismatch regenerates the key
    /// agreement key; three in a row block until power-up.
    fn check_pin_hash(
        &mut self,
        protocol: PinUvProtocol,
        shared: &SharedSecret,
        pin_hash_enc: &[u8],
    ) -> Result<(), u8> {
        if self.state.pin_retries == 0 {
            return Err(PIN_BLOCKED);
        }
        if self.state.pin_auth_blocked {
            return Err(PIN_AUTH_BLOCKED);
        }
        self.state.pin_retries -= 1;
        let given = protocol.decrypt(shared, pin_hash_enc).ok_or(PIN_INVALID)?;
        let matches = self.state.pin_hash.as_deref() == Some(&given[..]);
        if !matches {
            self.key_agreement = EcdhKeyPair::generate();
            self.state.consecutive_wrong += 1;
            if self.state.pin_retries == 0 {
                return Err(PIN_BLOCKED);
            }
            if self.state.consecutive_wrong >= 3 {
                self.state.pin_auth_blocked = true;
                return Err(PIN_AUTH_BLOCKED);
            }
            return Err(PIN_INVALID);
        }
        self.state.pin_retries = PIN_RETRIES;
        self.state.consecutive_wrong = 0;
        // A correct PIN also restores the fingerprint's tries (§6.5.5.7.2).
        self.state.uv_retries = UV_RETRIES;
        self.state.uv_count_since_pin = 0;
        Ok(())
    }

    fn store_new_pin(
        &mut self,
        protocol: PinUvProtocol,
        shared: &SharedSecret,
        new_pin_enc: &[u8],
        old_hash: Option<&[u8]>,
    ) -> Result<(), u8> {
        let padded = protocol
            .decrypt(shared, new_pin_enc)
            .ok_or(INVALID_PARAMETER)?;
        if padded.len() < 64 {
            return Err(INVALID_PARAMETER);
        }
        let len = padded.iter().position(|b| *b == 0).unwrap_or(padded.len());
        if len > 63 {
            return Err(PIN_POLICY_VIOLATION);
        }
        let pin = std::str::from_utf8(&padded[..len]).map_err(|_| PIN_POLICY_VIOLATION)?;
        let code_points = pin.chars().count() as u32;
        if code_points < self.state.min_pin_length {
            return Err(PIN_POLICY_VIOLATION);
        }
        if self.state.profile.ctap22 && !meets_complexity_policy(pin) {
            return Err(PIN_POLICY_VIOLATION);
        }
        let hash = pin_hash(pin.as_bytes());
        if self.state.force_pin_change && old_hash == Some(&hash[..]) {
            return Err(PIN_POLICY_VIOLATION);
        }
        self.state.pin_hash = Some(hash.to_vec());
        self.state.pin_length = code_points;
        self.state.pin_retries = PIN_RETRIES;
        self.state.force_pin_change = false;
        self.token = None;
        // resetPersistentPinUvAuthToken (CTAP 2.2 §6.5.5.5, §6.5.5.6): a
        // new PIN invalidates the persistent token too.
        self.state.persistent_token = random_bytes::<32>().to_vec();
        self.state.persistent_token_pcmr = false;
        Ok(())
    }

    /// Verifies a pinUvAuthParam made with the current token.
    fn check_token(
        &self,
        params: &Map,
        protocol_key: i128,
        param_key: i128,
        message: &[u8],
        permission: u8,
        rp_id: Option<&str>,
    ) -> Result<(), u8> {
        let hash = rp_id.map(|r| rp_id_hash(r));
        self.check_token_for_hash(
            params,
            protocol_key,
            param_key,
            message,
            permission,
            hash.as_ref().map(|h| &h[..]),
        )
    }

    /// The same, for commands that name the site by its rpIdHash
    /// (credential management): a token bound to a site (its "permissions
    /// RP ID") works only for that site's hash.
    fn check_token_for_hash(
        &self,
        params: &Map,
        protocol_key: i128,
        param_key: i128,
        message: &[u8],
        permission: u8,
        rp_id_hash_wanted: Option<&[u8]>,
    ) -> Result<(), u8> {
        let param = match params.bytes(param_key)? {
            Some(p) => p,
            None => return Err(PUAT_REQUIRED),
        };
        let protocol = self.protocol(params, protocol_key)?;
        let token = self.token.as_ref().ok_or(PIN_AUTH_INVALID)?;
        if !protocol.verify_with_token(&token.value, message, param) {
            return Err(PIN_AUTH_INVALID);
        }
        if token.permissions & permission == 0 {
            return Err(UNAUTHORIZED_PERMISSION);
        }
        if let (Some(bound), Some(wanted)) = (&token.rp_id, rp_id_hash_wanted) {
            if rp_id_hash(bound)[..] != *wanted {
                return Err(UNAUTHORIZED_PERMISSION);
            }
        }
        if token.rp_id.is_some() && rp_id_hash_wanted.is_none() && permission == PERM_CM {
            return Err(UNAUTHORIZED_PERMISSION);
        }
        Ok(())
    }

    // --- makeCredential (§6.1) and getAssertion (§6.2) ---

    /// Checks a makeCredential before the user is asked. `Ok(None)`: the
    /// excludeList names a credential of this key (answered after a touch).
    fn prepare_make_credential(&mut self, params: &Map) -> Result<Option<NewCredential>, u8> {
        let client_data_hash = required(params.bytes(0x01))?.to_vec();
        let rp = required(params.map(0x02))?;
        let user = required(params.map(0x03))?;
        let algs = match params.opt(0x04) {
            Some(Value::Array(a)) => a,
            Some(_) => return Err(CBOR_UNEXPECTED_TYPE),
            None => return Err(MISSING_PARAMETER),
        };
        let es256 = algs.iter().any(|a| match a {
            Value::Map(m) => m.str_key("alg") == Some(&int(-7)),
            _ => false,
        });
        if !es256 {
            return Err(UNSUPPORTED_ALGORITHM);
        }
        let rp_id = match rp.str_key("id") {
            Some(Value::Text(t)) => t.clone(),
            _ => return Err(MISSING_PARAMETER),
        };
        let text_field = |m: &Map, k: &str| match m.str_key(k) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        };
        let user_id = match user.str_key("id") {
            Some(Value::Bytes(b)) => b.clone(),
            _ => return Err(MISSING_PARAMETER),
        };
        let options = params.map(0x07)?;
        let option = |name: &str| {
            options
                .and_then(|o| o.str_key(name))
                .map(|v| v == &Value::Bool(true))
                .unwrap_or(false)
        };
        let rk = option("rk");
        if option("uv") && !self.builtin_uv_tokens() {
            // §6.1.2 step 5: no built-in UV to honour the uv option with.
            return Err(INVALID_OPTION);
        }
        let uv = if params.opt(0x08).is_some() {
            self.check_token(params, 0x09, 0x08, &client_data_hash, PERM_MC, Some(&rp_id))?;
            true
        } else {
            let pin_set = self.state.pin_hash.is_some();
            if (pin_set && (rk || !self.state.profile.is_2_1())) || self.state.always_uv {
                return Err(PUAT_REQUIRED);
            }
            false
        };
        let hash = rp_id_hash(&rp_id);
        if let Some(Value::Array(exclude)) = params.opt(0x05) {
            for id in exclude.iter().filter_map(descriptor_id) {
                if self.find_credential(&rp_id, &hash, id, uv, true).is_some() {
                    return Ok(None);
                }
            }
        }
        if rk {
            let exists = self
                .state
                .credentials
                .iter()
                .any(|c| c.rp_id == rp_id && c.user_id == user_id);
            if !exists && self.remaining_slots() == 0 {
                return Err(KEY_STORE_FULL);
            }
        }
        let ext = params.map(0x06)?;
        let ext_value = |name: &str| {
            if self.supports(name) {
                ext.and_then(|e| e.str_key(name))
            } else {
                None
            }
        };
        let cred_protect = match ext_value("credProtect") {
            Some(Value::Integer(n)) if (1..=3).contains(n) => Some(*n as u8),
            _ => None,
        };
        let cred_blob = match ext_value("credBlob") {
            Some(Value::Bytes(b)) => Some(b.clone()),
            _ => None,
        };
        // §12.3: largeBlobKey is true or absent, and only for a
        // discoverable credential.
        let large_blob_key = match ext_value("largeBlobKey") {
            None => false,
            Some(Value::Bool(true)) if rk => true,
            Some(Value::Bool(true)) => return Err(INVALID_OPTION),
            Some(_) => return Err(INVALID_OPTION),
        };
        Ok(Some(NewCredential {
            client_data_hash,
            rp_name: text_field(rp, "name"),
            rp_id,
            user_id,
            user_name: text_field(user, "name"),
            display_name: text_field(user, "displayName"),
            uv,
            resident: rk,
            cred_protect,
            hmac_secret: ext_value("hmac-secret") == Some(&Value::Bool(true)),
            cred_blob,
            min_pin_length: ext_value("minPinLength") == Some(&Value::Bool(true)),
            large_blob_key,
            third_party_payment: ext_value("thirdPartyPayment") == Some(&Value::Bool(true)),
        }))
    }

    fn finish_make_credential(&mut self, new: NewCredential) -> Result<Map, u8> {
        #[allow(deprecated)] // the Generate trait needs a newer rand_core wiring
        let signing = SigningKey::random(&mut rand::rng());
        let hash = rp_id_hash(&new.rp_id);
        let private_key = signing.to_bytes().to_vec();
        let cred_protect = new.cred_protect.unwrap_or(1);
        let mut extensions = Map::new();
        let large_blob_key = new.large_blob_key.then(random_bytes::<32>);
        let id = if new.resident {
            let id: [u8; 32] = random_bytes();
            self.state
                .credentials
                .retain(|c| !(c.rp_id == new.rp_id && c.user_id == new.user_id));
            // credBlob (§12.2): stored with discoverable credentials only.
            let blob_requested = new.cred_blob.is_some();
            let blob = new.cred_blob.filter(|b| b.len() <= MAX_CRED_BLOB);
            if blob_requested {
                extensions.insert(text("credBlob"), Value::Bool(blob.is_some()));
            }
            self.state.credentials.push(Credential {
                id: id.to_vec(),
                rp_id: new.rp_id.clone(),
                rp_name: new.rp_name,
                user_id: new.user_id,
                user_name: new.user_name,
                display_name: new.display_name,
                private_key: private_key.clone(),
                sign_count: 0,
                cred_protect,
                hmac_secret: new.hmac_secret,
                cred_blob: blob,
                large_blob_key: large_blob_key.map(|k| k.to_vec()),
                third_party_payment: new.third_party_payment,
            });
            id.to_vec()
        } else {
            if new.cred_blob.is_some() {
                extensions.insert(text("credBlob"), Value::Bool(false));
            }
            credential_id::wrap(
                &self.state.credential_secret,
                &hash,
                &private_key,
                cred_protect,
                new.hmac_secret,
            )
        };
        if let Some(level) = new.cred_protect {
            extensions.insert(text("credProtect"), int(level as i128));
        }
        if new.hmac_secret {
            extensions.insert(text("hmac-secret"), Value::Bool(true));
        }
        if new.min_pin_length && self.state.min_pin_length_rp_ids.contains(&new.rp_id) {
            extensions.insert(text("minPinLength"), int(self.state.min_pin_length as i128));
        }
        let cose = cose_public_key(&signing);
        let mut auth_data = hash.to_vec();
        let ed = if extensions.is_empty() { 0 } else { 0x80 };
        auth_data.push(0x01 | 0x40 | ed | if new.uv { 0x04 } else { 0 });
        auth_data.extend_from_slice(&0u32.to_be_bytes());
        auth_data.extend_from_slice(&self.state.profile.aaguid);
        auth_data.extend_from_slice(&(id.len() as u16).to_be_bytes());
        auth_data.extend_from_slice(&id);
        auth_data.extend_from_slice(&encode_value(&cose));
        if !extensions.is_empty() {
            auth_data.extend_from_slice(&encode_value(&Value::Map(extensions)));
        }
        let att_stmt = super::attestation::packed(
            &self.state.profile,
            &signing,
            &auth_data,
            &new.client_data_hash,
        )?;
        let mut out = Map::new();
        out.insert(int(0x01), text("packed"));
        out.insert(int(0x02), Value::Bytes(auth_data));
        out.insert(int(0x03), att_stmt);
        if let Some(key) = large_blob_key {
            out.insert(int(0x05), Value::Bytes(key.to_vec()));
        }
        Ok(out)
    }

    /// The credential `id` names for this site, if this key holds or made
    /// it and its credProtect level lets it be used here (§12.1): level 3
    /// needs user verification; level 2 without it only through the
    /// allow list (`listed`).
    fn find_credential(
        &self,
        rp_id: &str,
        hash: &[u8; 32],
        id: &[u8],
        uv: bool,
        listed: bool,
    ) -> Option<FoundCredential> {
        let (level, resident) = match self
            .state
            .credentials
            .iter()
            .find(|c| c.id == id && c.rp_id == rp_id)
        {
            Some(c) => (c.cred_protect, true),
            None => (
                credential_id::unwrap(&self.state.credential_secret, hash, id)?.cred_protect,
                false,
            ),
        };
        let allowed = match level {
            3 => uv,
            2 => uv || listed,
            _ => true,
        };
        allowed.then(|| FoundCredential {
            id: id.to_vec(),
            resident,
        })
    }

    fn prepare_get_assertion(&mut self, params: &Map) -> Result<AssertionRequest, u8> {
        let rp_id = required(params.text_at(0x01))?.to_owned();
        let client_data_hash = required(params.bytes(0x02))?.to_vec();
        let allow: Vec<Vec<u8>> = match params.opt(0x03) {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(descriptor_id)
                .map(<[u8]>::to_vec)
                .collect(),
            Some(_) => return Err(CBOR_UNEXPECTED_TYPE),
            None => Vec::new(),
        };
        if let Some(options) = params.map(0x05)? {
            if options.str_key("uv") == Some(&Value::Bool(true)) && !self.builtin_uv_tokens() {
                return Err(INVALID_OPTION);
            }
        }
        let uv = if params.opt(0x06).is_some() {
            self.check_token(params, 0x07, 0x06, &client_data_hash, PERM_GA, Some(&rp_id))?;
            true
        } else {
            if self.state.always_uv {
                return Err(PUAT_REQUIRED);
            }
            false
        };
        let hash = rp_id_hash(&rp_id);
        let credentials: Vec<FoundCredential> = if allow.is_empty() {
            // Only discoverable credentials can be found without the list.
            let ids: Vec<Vec<u8>> = self
                .state
                .credentials
                .iter()
                .filter(|c| c.rp_id == rp_id)
                .map(|c| c.id.clone())
                .collect();
            ids.iter()
                .filter_map(|id| self.find_credential(&rp_id, &hash, id, uv, false))
                .collect()
        } else {
            // Any one applicable credential of the list (§6.2.2 step 7).
            allow
                .iter()
                .find_map(|id| self.find_credential(&rp_id, &hash, id, uv, true))
                .into_iter()
                .collect()
        };
        if credentials.is_empty() {
            return Err(NO_CREDENTIALS);
        }
        let ext = params.map(0x04)?;
        let ext_value = |name: &str| {
            if self.supports(name) {
                ext.and_then(|e| e.str_key(name))
            } else {
                None
            }
        };
        let hmac_secret = match ext_value("hmac-secret") {
            Some(Value::Map(input)) => Some(self.hmac_secret_input(input)?),
            Some(_) => return Err(INVALID_PARAMETER),
            None => None,
        };
        let cred_blob = ext_value("credBlob") == Some(&Value::Bool(true));
        Ok(AssertionRequest {
            lite: AssertionRequestLite {
                rp_id,
                client_data_hash,
                uv,
                cred_blob,
            },
            discoverable: allow.is_empty(),
            credentials,
            hmac_secret,
        })
    }

    /// hmac-secret's getAssertion input (§12.5): keyAgreement (1),
    /// saltEnc (2), saltAuth (3), pinUvAuthProtocol (4, default one).
    fn hmac_secret_input(&self, input: &Map) -> Result<HmacSecretInput, u8> {
        let protocol = match input.uint(0x04)? {
            None => Protocol::One,
            Some(n) => {
                if !self.state.profile.pin_protocols.contains(&(n as u32)) {
                    return Err(INVALID_PARAMETER);
                }
                Protocol::from_number(n).ok_or(INVALID_PARAMETER)?
            }
        };
        let shared = self.decapsulate(protocol, required(input.map(0x01))?)?;
        let salt_enc = required(input.bytes(0x02))?;
        let salt_auth = required(input.bytes(0x03))?;
        if !protocol.verify(&shared, salt_enc, salt_auth) {
            return Err(PIN_AUTH_INVALID);
        }
        let salts = protocol.decrypt(&shared, salt_enc).ok_or(INVALID_LENGTH)?;
        if salts.len() != 32 && salts.len() != 64 {
            return Err(INVALID_LENGTH);
        }
        Ok(HmacSecretInput {
            protocol,
            shared,
            salts,
        })
    }

    fn finish_get_assertion(&mut self, req: AssertionRequest) -> Result<Map, u8> {
        let mut found = req.credentials.into_iter();
        let first = found.next().ok_or(NO_CREDENTIALS)?;
        let total = 1 + found.len();
        self.assertion_cursor = if req.discoverable {
            found.map(|c| (c, req.lite.clone())).collect()
        } else {
            Vec::new()
        };
        let mut out = self.assertion(
            &first,
            &req.lite,
            req.discoverable,
            req.hmac_secret.as_ref(),
        )?;
        if req.discoverable && total > 1 {
            out.insert(int(0x05), int(total as i128));
        }
        Ok(out)
    }

    fn get_next_assertion(&mut self) -> Result<Map, u8> {
        if self.assertion_cursor.is_empty() {
            return Err(NOT_ALLOWED);
        }
        let (found, lite) = self.assertion_cursor.remove(0);
        self.assertion(&found, &lite, true, None)
    }

    fn assertion(
        &mut self,
        found: &FoundCredential,
        req: &AssertionRequestLite,
        with_user: bool,
        hmac_secret: Option<&HmacSecretInput>,
    ) -> Result<Map, u8> {
        let hash = rp_id_hash(&req.rp_id);
        let secret = self.state.credential_secret.clone();
        let (private_key, has_hmac_secret, sign_count, blob, user) = if found.resident {
            let cred = self
                .state
                .credentials
                .iter_mut()
                .find(|c| c.id == found.id)
                .ok_or(NO_CREDENTIALS)?;
            cred.sign_count += 1;
            (
                zeroize::Zeroizing::new(cred.private_key.clone()),
                cred.hmac_secret,
                cred.sign_count,
                Some(cred.cred_blob.clone().unwrap_or_default()),
                with_user.then(|| user_entity(cred)),
            )
        } else {
            let unwrapped =
                credential_id::unwrap(&secret, &hash, &found.id).ok_or(NO_CREDENTIALS)?;
            self.state.global_sign_count += 1;
            (
                unwrapped.private_key,
                unwrapped.hmac_secret,
                self.state.global_sign_count,
                None,
                None,
            )
        };
        let mut extensions = Map::new();
        if let (Some(input), true) = (hmac_secret, has_hmac_secret) {
            // output = HMAC-SHA-256(CredRandom, salt) per salt, encrypted.
            let cred_random = credential_id::cred_random(&secret, &private_key, req.uv);
            let mut outputs = zeroize::Zeroizing::new(Vec::new());
            for salt in input.salts.chunks(32) {
                outputs
                    .extend_from_slice(&super::pin_protocol::hmac_sha256(&cred_random[..], salt));
            }
            extensions.insert(
                text("hmac-secret"),
                Value::Bytes(input.protocol.encrypt(&input.shared, &outputs)),
            );
        }
        if req.cred_blob {
            extensions.insert(text("credBlob"), Value::Bytes(blob.unwrap_or_default()));
        }
        let mut auth_data = hash.to_vec();
        let ed = if extensions.is_empty() { 0 } else { 0x80 };
        auth_data.push(0x01 | ed | if req.uv { 0x04 } else { 0 });
        auth_data.extend_from_slice(&sign_count.to_be_bytes());
        if !extensions.is_empty() {
            auth_data.extend_from_slice(&encode_value(&Value::Map(extensions)));
        }
        let key = SigningKey::from_slice(&private_key).map_err(|_| OTHER)?;
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&req.client_data_hash);
        let signature: Signature = key.sign(&signed);
        let mut out = Map::new();
        out.insert(int(0x01), descriptor(&found.id));
        out.insert(int(0x02), Value::Bytes(auth_data));
        out.insert(
            int(0x03),
            Value::Bytes(signature.to_der().as_bytes().to_vec()),
        );
        if let Some(user) = user {
            out.insert(int(0x04), user);
        }
        Ok(out)
    }

    // --- credentialManagement (§6.8) ---

    fn cred_mgmt(&mut self, params: &Map) -> Result<Map, u8> {
        let sub = required(params.uint(0x01))? as u8;
        let sub_params = params.map(0x02)?;
        let mut message = vec![sub];
        if let Some(p) = sub_params {
            message.extend(encode_value(&Value::Map(p.clone())));
        }
        let empty = Map::new();
        let sp = sub_params.unwrap_or(&empty);
        let mut out = Map::new();
        match sub {
            0x01 => {
                if !self.signed_with_persistent_token(params, &message)? {
                    self.check_token(params, 0x03, 0x04, &message, PERM_CM, None)?;
                }
                out.insert(int(0x01), int(self.state.credentials.len() as i128));
                out.insert(int(0x02), int(self.remaining_slots() as i128));
            }
            0x02 => {
                if !self.signed_with_persistent_token(params, &message)? {
                    self.check_token(params, 0x03, 0x04, &message, PERM_CM, None)?;
                }
                let mut rps = self.state.rp_ids();
                if rps.is_empty() {
                    return Err(NO_CREDENTIALS);
                }
                let total = rps.len();
                let first = rps.remove(0);
                self.rp_cursor = rps;
                out = self.rp_entry(&first);
                out.insert(int(0x05), int(total as i128));
            }
            0x03 => {
                if self.rp_cursor.is_empty() {
                    return Err(NOT_ALLOWED);
                }
                let next = self.rp_cursor.remove(0);
                out = self.rp_entry(&next);
            }
            0x04 => {
                let hash = required(sp.bytes(0x01))?.to_vec();
                let rp_id = self
                    .state
                    .rp_ids()
                    .into_iter()
                    .find(|rp| rp_id_hash(rp)[..] == hash[..]);
                // The token is checked against the hash asked for, so a
                // site without credentials is NO_CREDENTIALS (§6.8.4), not
                // a permission error.
                if !self.signed_with_persistent_token(params, &message)? {
                    self.check_token_for_hash(
                        params,
                        0x03,
                        0x04,
                        &message,
                        PERM_CM,
                        Some(&hash[..]),
                    )?;
                }
                let rp_id = rp_id.ok_or(NO_CREDENTIALS)?;
                let mut ids: Vec<Vec<u8>> = self
                    .state
                    .credentials
                    .iter()
                    .filter(|c| c.rp_id == rp_id)
                    .map(|c| c.id.clone())
                    .collect();
                let total = ids.len();
                let first = ids.remove(0);
                self.cred_cursor = ids;
                out = self.credential_entry(&first)?;
                out.insert(int(0x09), int(total as i128));
            }
            0x05 => {
                if self.cred_cursor.is_empty() {
                    return Err(NOT_ALLOWED);
                }
                let next = self.cred_cursor.remove(0);
                out = self.credential_entry(&next)?;
            }
            0x06 | 0x07 => {
                if sub == 0x07 && !self.state.profile.is_2_1() {
                    return Err(INVALID_SUBCOMMAND);
                }
                let id = match required(sp.map(0x02))?.str_key("id") {
                    Some(Value::Bytes(b)) => b.clone(),
                    _ => return Err(MISSING_PARAMETER),
                };
                let rp = self
                    .state
                    .credentials
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.rp_id.clone());
                self.check_token(params, 0x03, 0x04, &message, PERM_CM, rp.as_deref())?;
                let index = self
                    .state
                    .credentials
                    .iter()
                    .position(|c| c.id == id)
                    .ok_or(NO_CREDENTIALS)?;
                if sub == 0x06 {
                    self.state.credentials.remove(index);
                } else {
                    let user = required(sp.map(0x03))?;
                    let cred = &mut self.state.credentials[index];
                    match user.str_key("id") {
                        Some(Value::Bytes(b)) if *b == cred.user_id => {}
                        _ => return Err(INVALID_PARAMETER),
                    }
                    let field = |k: &str| match user.str_key(k) {
                        Some(Value::Text(t)) if !t.is_empty() => Some(t.clone()),
                        _ => None,
                    };
                    cred.user_name = field("name");
                    cred.display_name = field("displayName");
                }
            }
            _ => return Err(INVALID_SUBCOMMAND),
        }
        Ok(out)
    }

    /// A read-only subcommand (getCredsMetadata, enumerateRPsBegin,
    /// enumerateCredentialsBegin) signed with the persistent token that was
    /// issued with pcmr (CTAP 2.2 §6.8). Any other signature goes on to the
    /// ordinary token's checks; deleteCredential and updateUserInformation
    /// never come here, so a pcmr token fails there with
    /// CTAP2_ERR_PIN_AUTH_INVALID, as pico-fido answers.
    fn signed_with_persistent_token(&self, params: &Map, message: &[u8]) -> Result<bool, u8> {
        if !self.state.profile.ctap22 || !self.state.persistent_token_pcmr {
            return Ok(false);
        }
        let Some(param) = params.bytes(0x04)? else {
            return Ok(false);
        };
        let protocol = self.protocol(params, 0x03)?;
        Ok(protocol.verify_with_token(&self.state.persistent_token, message, param))
    }

    fn rp_entry(&self, rp_id: &str) -> Map {
        let mut rp = Map::new();
        rp.insert(text("id"), text(rp_id));
        if let Some(name) = self
            .state
            .credentials
            .iter()
            .find(|c| c.rp_id == rp_id)
            .and_then(|c| c.rp_name.clone())
        {
            rp.insert(text("name"), Value::Text(name));
        }
        let mut out = Map::new();
        out.insert(int(0x03), Value::Map(rp));
        out.insert(
            int(0x04),
            Value::Bytes(Sha256::digest(rp_id.as_bytes()).to_vec()),
        );
        out
    }

    fn credential_entry(&self, id: &[u8]) -> Result<Map, u8> {
        let cred = self
            .state
            .credentials
            .iter()
            .find(|c| c.id == id)
            .ok_or(NO_CREDENTIALS)?;
        let key = SigningKey::from_slice(&cred.private_key).map_err(|_| OTHER)?;
        let mut out = Map::new();
        out.insert(int(0x06), user_entity(cred));
        out.insert(int(0x07), descriptor(&cred.id));
        out.insert(int(0x08), cose_public_key(&key));
        out.insert(int(0x0A), int(cred.cred_protect as i128));
        if let Some(key) = &cred.large_blob_key {
            out.insert(int(0x0B), Value::Bytes(key.clone()));
        }
        // CTAP 2.2: whether the passkey may pay for other sites, on keys
        // that know the extension.
        if self.supports("thirdPartyPayment") {
            out.insert(int(0x0C), Value::Bool(cred.third_party_payment));
        }
        Ok(out)
    }

    // --- bioEnrollment (§6.7) ---

    fn bio(&mut self, params: &Map) -> Step {
        match self.bio_inner(params) {
            Ok(step) => step,
            Err(e) => Step::Done(Err(e)),
        }
    }

    fn bio_inner(&mut self, params: &Map) -> Result<Step, u8> {
        if params.boolean(0x06)? == Some(true) {
            let mut out = Map::new();
            out.insert(int(0x01), int(1));
            return Ok(Step::Done(Ok(encode(out))));
        }
        let sub = required(params.uint(0x02))? as u8;
        let sub_params = params.map(0x03)?;
        let modality = params.uint(0x01)?.unwrap_or(1) as u8;
        let mut message = vec![modality, sub];
        if let Some(p) = sub_params {
            message.extend(encode_value(&Value::Map(p.clone())));
        }
        let empty = Map::new();
        let sp = sub_params.unwrap_or(&empty);
        let mut out = Map::new();
        match sub {
            0x07 => {
                out.insert(int(0x02), int(1));
                out.insert(int(0x03), int(SAMPLES_PER_ENROLLMENT as i128));
                out.insert(int(0x08), int(MAX_FRIENDLY_NAME as i128));
            }
            0x01 => {
                self.check_token(params, 0x04, 0x05, &message, PERM_BE, None)?;
                if self.state.templates.len() >= MAX_TEMPLATES {
                    return Err(FP_DATABASE_FULL);
                }
                let id = self.state.next_template.to_be_bytes()[2..].to_vec();
                self.state.next_template += 1;
                self.enrollment = Some(Enrollment {
                    template_id: id,
                    remaining: SAMPLES_PER_ENROLLMENT,
                });
                return Ok(Step::NeedsUser(Pending::Sample(SampleKind::Begin)));
            }
            0x02 => {
                self.check_token(params, 0x04, 0x05, &message, PERM_BE, None)?;
                let id = required(sp.bytes(0x01))?;
                match &self.enrollment {
                    Some(e) if e.template_id == id => {}
                    _ => return Err(INVALID_PARAMETER),
                }
                return Ok(Step::NeedsUser(Pending::Sample(SampleKind::Next)));
            }
            0x03 => {
                self.enrollment = None;
            }
            0x04 => {
                self.check_token(params, 0x04, 0x05, &message, PERM_BE, None)?;
                if self.state.templates.is_empty() {
                    return Err(INVALID_OPTION);
                }
                let infos = self
                    .state
                    .templates
                    .iter()
                    .map(|t| {
                        let mut m = Map::new();
                        m.insert(int(0x01), Value::Bytes(t.id.clone()));
                        if let Some(n) = &t.name {
                            m.insert(int(0x02), Value::Text(n.clone()));
                        }
                        Value::Map(m)
                    })
                    .collect();
                out.insert(int(0x07), Value::Array(infos));
            }
            0x05 | 0x06 => {
                self.check_token(params, 0x04, 0x05, &message, PERM_BE, None)?;
                let id = required(sp.bytes(0x01))?.to_vec();
                let index = self
                    .state
                    .templates
                    .iter()
                    .position(|t| t.id == id)
                    .ok_or(INVALID_OPTION)?;
                if sub == 0x05 {
                    let name = required(sp.text_at(0x02))?;
                    if name.len() > MAX_FRIENDLY_NAME {
                        return Err(INVALID_PARAMETER);
                    }
                    self.state.templates[index].name = Some(name.to_owned());
                } else {
                    self.state.templates.remove(index);
                }
            }
            _ => return Err(INVALID_SUBCOMMAND),
        }
        Ok(Step::Done(Ok(encode(out))))
    }

    fn take_sample(&mut self, kind: SampleKind) -> Result<Map, u8> {
        let status = self.samples.pop_front().unwrap_or(SampleStatus::Good);
        let enrollment = self.enrollment.as_mut().ok_or(INVALID_PARAMETER)?;
        if status == SampleStatus::Good {
            enrollment.remaining = enrollment.remaining.saturating_sub(1);
        }
        let mut out = Map::new();
        if let SampleKind::Begin = kind {
            out.insert(int(0x04), Value::Bytes(enrollment.template_id.clone()));
        }
        out.insert(int(0x05), int(status.code() as i128));
        out.insert(int(0x06), int(enrollment.remaining as i128));
        if enrollment.remaining == 0 {
            let id = enrollment.template_id.clone();
            self.enrollment = None;
            self.state.templates.push(Template { id, name: None });
        }
        Ok(out)
    }

    // --- authenticatorConfig (§6.11) ---

    // --- authenticatorLargeBlobs (§6.10) ---

    /// get: a fragment of the serialized array; set: a fragment of a new
    /// one, signed with a token holding lbw when the key is protected
    /// (a PIN, or alwaysUv), over `32×0xff || 0x0c 0x00 ||
    /// uint32LE(offset) || SHA-256(set)` (§6.10.2).
    fn large_blobs(&mut self, params: &Map) -> Result<Map, u8> {
        let get = params.uint(0x01)?;
        let set = params.bytes(0x02)?.map(<[u8]>::to_vec);
        let offset = params.uint(0x03)?.ok_or(MISSING_PARAMETER)? as usize;
        let length = params.uint(0x04)?.map(|n| n as usize);
        let max_fragment = (self.state.profile.max_msg_size as usize).saturating_sub(64);
        let mut out = Map::new();
        match (get, set) {
            (Some(count), None) => {
                if length.is_some() {
                    return Err(INVALID_PARAMETER);
                }
                let bytes = self
                    .state
                    .large_blobs
                    .get(offset, count as usize, max_fragment)?;
                out.insert(int(0x01), Value::Bytes(bytes));
            }
            (None, Some(fragment)) => {
                let protected = self.state.pin_hash.is_some() || self.state.always_uv;
                if protected || params.bytes(0x05)?.is_some() {
                    let mut message = vec![0xff; 32];
                    message.extend_from_slice(&[0x0C, 0x00]);
                    message.extend_from_slice(&(offset as u32).to_le_bytes());
                    message.extend_from_slice(&Sha256::digest(&fragment));
                    // A token without lbw: PIN_AUTH_INVALID here (§6.10.2),
                    // not UNAUTHORIZED_PERMISSION.
                    self.check_token(params, 0x06, 0x05, &message, PERM_LBW, None)
                        .map_err(|e| {
                            if e == UNAUTHORIZED_PERMISSION {
                                PIN_AUTH_INVALID
                            } else {
                                e
                            }
                        })?;
                }
                self.state
                    .large_blobs
                    .set(&fragment, offset, length, max_fragment)?;
            }
            _ => return Err(INVALID_PARAMETER),
        }
        Ok(out)
    }

    fn config(&mut self, params: &Map) -> Result<Map, u8> {
        let sub = required(params.uint(0x01))? as u8;
        let sub_params = params.map(0x02)?;
        let mut message = vec![0xff; 32];
        message.push(0x0D);
        message.push(sub);
        if let Some(p) = sub_params {
            message.extend(encode_value(&Value::Map(p.clone())));
        }
        // §6.11: a key protected by user verification (a PIN, an enrolled
        // fingerprint) or with alwaysUv on needs a token with the acfg
        // permission; an unprotected key is configured without one (IT staff
        // set the minimum PIN length before the first PIN).
        let protected = self.state.pin_hash.is_some()
            || !self.state.templates.is_empty()
            || self.state.always_uv;
        if protected || params.bytes(0x04)?.is_some() {
            self.check_token(params, 0x03, 0x04, &message, PERM_ACFG, None)?;
        }
        let empty = Map::new();
        let sp = sub_params.unwrap_or(&empty);
        match sub {
            0x01 => {
                if !self.state.profile.enterprise_attestation {
                    return Err(UNSUPPORTED_OPTION);
                }
                self.state.enterprise_attestation = true;
            }
            0x02 => {
                if !self.state.profile.always_uv {
                    return Err(UNSUPPORTED_OPTION);
                }
                self.state.always_uv = !self.state.always_uv;
            }
            0x03 => {
                if !self.state.profile.set_min_pin_length {
                    return Err(UNSUPPORTED_OPTION);
                }
                let new_min = sp.uint(0x01)?.map(|n| n as u32);
                let force = sp.boolean(0x03)?.unwrap_or(false);
                let rp_ids = match sp.opt(0x02) {
                    None => None,
                    Some(Value::Array(a)) => Some(
                        a.iter()
                            .map(|v| match v {
                                Value::Text(t) => Ok(t.clone()),
                                _ => Err(CBOR_UNEXPECTED_TYPE),
                            })
                            .collect::<Result<Vec<String>, u8>>()?,
                    ),
                    Some(_) => return Err(CBOR_UNEXPECTED_TYPE),
                };
                if let Some(ids) = &rp_ids {
                    if !self.supports("minPinLength") {
                        return Err(INVALID_PARAMETER);
                    }
                    if ids.len() > MAX_MIN_PIN_LENGTH_RP_IDS {
                        return Err(PIN_POLICY_VIOLATION);
                    }
                }
                if let Some(n) = new_min {
                    if n < self.state.min_pin_length {
                        return Err(PIN_POLICY_VIOLATION);
                    }
                }
                if force && self.state.pin_hash.is_none() {
                    return Err(PIN_NOT_SET);
                }
                if let Some(n) = new_min {
                    self.state.min_pin_length = n;
                    if self.state.pin_hash.is_some() && self.state.pin_length < n {
                        self.state.force_pin_change = true;
                    }
                }
                if force {
                    self.state.force_pin_change = true;
                }
                if let Some(ids) = rp_ids {
                    self.state.min_pin_length_rp_ids = ids;
                }
                if self.state.force_pin_change {
                    self.token = None;
                }
            }
            _ => return Err(INVALID_SUBCOMMAND),
        }
        Ok(Map::new())
    }
}

/// The ctap22 profile's PIN complexity policy (getInfo pinComplexityPolicy,
/// CTAP 2.2 §6.4; the policy itself is the key's own): not one character
/// repeated ("1111") and not a run of consecutive digits up or down
/// ("1234", "9876"). Refused with CTAP2_ERR_PIN_POLICY_VIOLATION.
pub fn meets_complexity_policy(pin: &str) -> bool {
    let chars: Vec<char> = pin.chars().collect();
    let Some(first) = chars.first() else {
        return false;
    };
    if chars.iter().all(|c| c == first) {
        return false;
    }
    let digits: Option<Vec<i32>> = chars
        .iter()
        .map(|c| c.to_digit(10).map(|d| d as i32))
        .collect();
    if let Some(d) = digits {
        let step = d[1] - d[0];
        if (step == 1 || step == -1) && d.windows(2).all(|w| w[1] - w[0] == step) {
            return false;
        }
    }
    true
}

fn rp_id_hash(rp_id: &str) -> [u8; 32] {
    Sha256::digest(rp_id.as_bytes()).into()
}

/// The id of a PublicKeyCredentialDescriptor.
fn descriptor_id(d: &Value) -> Option<&[u8]> {
    match d {
        Value::Map(m) => match m.str_key("id") {
            Some(Value::Bytes(b)) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

fn descriptor(id: &[u8]) -> Value {
    let mut m = Map::new();
    m.insert(text("id"), Value::Bytes(id.to_vec()));
    m.insert(text("type"), text("public-key"));
    Value::Map(m)
}

fn user_entity(c: &Credential) -> Value {
    let mut m = Map::new();
    m.insert(text("id"), Value::Bytes(c.user_id.clone()));
    if let Some(n) = &c.user_name {
        m.insert(text("name"), Value::Text(n.clone()));
    }
    if let Some(d) = &c.display_name {
        m.insert(text("displayName"), Value::Text(d.clone()));
    }
    Value::Map(m)
}

/// The credential's public key as a COSE_Key (ES256).
fn cose_public_key(key: &SigningKey) -> Value {
    let point = key.verifying_key().to_sec1_point(false);
    let mut m = Map::new();
    m.insert(int(1), int(2));
    m.insert(int(3), int(-7));
    m.insert(int(-1), int(1));
    m.insert(
        int(-2),
        Value::Bytes(point.x().map(|x| x.to_vec()).unwrap_or_default()),
    );
    m.insert(
        int(-3),
        Value::Bytes(point.y().map(|y| y.to_vec()).unwrap_or_default()),
    );
    Value::Map(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    fn key() -> Authenticator {
        Authenticator::new(KeyState::new(Profile::Bio.spec()), false)
    }

    /// Runs a command through both halves, the user touching at once.
    fn run(auth: &mut Authenticator, cmd: u8, params: Map) -> Result<Map, u8> {
        let mut request = vec![cmd];
        request.extend(encode(params));
        let bytes = match auth.prepare(&request) {
            Step::Done(r) => r?,
            Step::NeedsUser(p) => auth.finish(p)?,
        };
        parse_params(&bytes)
    }

    fn make_credential(rk: bool) -> Map {
        let mut rp = Map::new();
        rp.insert(text("id"), text("example.com"));
        let mut user = Map::new();
        user.insert(text("id"), Value::Bytes(b"alice".to_vec()));
        let mut alg = Map::new();
        alg.insert(text("alg"), int(-7));
        alg.insert(text("type"), text("public-key"));
        let mut options = Map::new();
        options.insert(text("rk"), Value::Bool(rk));
        let mut m = Map::new();
        m.insert(int(1), Value::Bytes(vec![7; 32]));
        m.insert(int(2), Value::Map(rp));
        m.insert(int(3), Value::Map(user));
        m.insert(int(4), Value::Array(vec![Value::Map(alg)]));
        m.insert(int(7), Value::Map(options));
        m
    }

    fn get_assertion(allow: Option<&[u8]>) -> Map {
        let mut m = Map::new();
        m.insert(int(1), text("example.com"));
        m.insert(int(2), Value::Bytes(vec![9; 32]));
        if let Some(id) = allow {
            m.insert(int(3), Value::Array(vec![descriptor(id)]));
        }
        m
    }

    fn credential_id(made: &Map) -> Vec<u8> {
        let Some(Value::Bytes(auth_data)) = made.opt(2) else {
            panic!("no authData")
        };
        let len = u16::from_be_bytes([auth_data[53], auth_data[54]]) as usize;
        auth_data[55..55 + len].to_vec()
    }

    #[test]
    fn a_non_discoverable_credential_is_not_stored_and_needs_the_allow_list() {
        let mut auth = key();
        let made = run(&mut auth, 0x01, make_credential(false)).unwrap();
        assert_eq!(made.opt(1), Some(&text("packed")));
        assert!(auth.state.credentials.is_empty(), "nothing stored");
        assert_eq!(auth.remaining_slots(), auth.state.profile.capacity);
        let id = credential_id(&made);
        assert_eq!(
            run(&mut auth, 0x02, get_assertion(None)).unwrap_err(),
            NO_CREDENTIALS
        );
        let got = run(&mut auth, 0x02, get_assertion(Some(&id))).unwrap();
        assert_eq!(got.opt(1), Some(&descriptor(&id)));
    }

    #[test]
    fn a_discoverable_credential_takes_a_slot() {
        let mut auth = key();
        run(&mut auth, 0x01, make_credential(true)).unwrap();
        assert_eq!(auth.state.credentials.len(), 1);
        assert!(run(&mut auth, 0x02, get_assertion(None)).is_ok());
    }

    #[test]
    fn always_uv_turns_make_cred_uv_not_rqd_off() {
        let mut auth = key();
        let option = |auth: &Authenticator| match auth.get_info().opt(4) {
            Some(Value::Map(o)) => o.str_key("makeCredUvNotRqd").cloned(),
            _ => None,
        };
        assert_eq!(option(&auth), Some(Value::Bool(true)));
        auth.state.always_uv = true;
        assert_eq!(option(&auth), Some(Value::Bool(false)));
    }

    #[test]
    fn the_complexity_policy_refuses_repeats_and_digit_runs() {
        for weak in ["1111", "123456", "987654", "aaaa", "0123456789"] {
            assert!(!meets_complexity_policy(weak), "{weak}");
        }
        for fine in ["482916", "1357", "12345a", "passw0rd", "1123"] {
            assert!(meets_complexity_policy(fine), "{fine}");
        }
    }
}
