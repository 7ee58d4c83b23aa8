//! Preparing keys in bulk for IT staff (`keyguide provision`): each key is
//! checked against a [`Policy`], prepared with the same session calls as
//! `keyguide pin set` / `keyguide config ...`, read back from a fresh
//! session, and written as one row of the report ([`report`]).
//!
//! A key that fails is reported and the batch goes on: one bad key must
//! not cost the other ninety-nine.

pub mod policy;
pub mod report;

use std::path::PathBuf;

use rand::TryRng as _;
use zeroize::Zeroizing;

use crate::device::model::{KeyInfo, Transport};
use crate::device::{
    CancelSignal, Connection, KeyError, KeySession, Pin, Prompts, TokenConnection,
};
use crate::errors::UserText;
use crate::virtual_key::{VirtualKey, VirtualKeyControl};
pub use policy::{Policy, PolicyError};

/// Where a key of the batch is reached.
pub enum KeySource {
    /// A virtual key file. Taking it into the batch counts as inserting it
    /// (a power-up), as a real key is inserted before it is prepared.
    Virtual {
        path: PathBuf,
        control: VirtualKeyControl,
    },
    /// A connected key, by its discovery id.
    Device { id: String },
}

impl KeySource {
    /// Opens a virtual key file and "inserts" it.
    pub fn virtual_file(path: PathBuf) -> Result<KeySource, KeyError> {
        let key =
            VirtualKey::open_file(&path).map_err(|e| KeyError::VirtualKeyFile(e.to_string()))?;
        let control = key.control();
        control.replug();
        Ok(KeySource::Virtual { path, control })
    }

    /// How the report names where the key was: file or device id.
    pub fn label(&self) -> String {
        match self {
            KeySource::Virtual { path, .. } => path.display().to_string(),
            KeySource::Device { id } => id.clone(),
        }
    }

    /// A new session on the key (each reads getInfo afresh).
    async fn open(&self) -> Result<KeySession, KeyError> {
        let cancel = CancelSignal::new();
        let conn: Box<dyn Connection> = match self {
            KeySource::Virtual { control, .. } => Box::new(TokenConnection::new(
                VirtualKey::from_control(control.clone()).with_cancel(cancel.clone()),
                Transport::Virtual,
                true,
            )),
            KeySource::Device { id } => {
                crate::keys::open(None, Some(id.as_str()), cancel.clone()).await?
            }
        };
        KeySession::open(conn, Prompts::discard(), cancel).await
    }
}

/// How one key ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Prepared and read back as the policy asks.
    Prepared,
    /// Not allowed by the policy; nothing on it was changed unless the
    /// row's `applied` column says so.
    Refused,
    /// Something went wrong on the way.
    Failed,
}

impl Outcome {
    /// The report's word (English, for scripts reading the CSV).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Prepared => "prepared",
            Outcome::Refused => "refused",
            Outcome::Failed => "failed",
        }
    }
}

/// One row of the report.
pub struct KeyRow {
    /// The key's place in the batch, from 1: write it on the key's label.
    pub number: usize,
    /// File or device id the key was reached through.
    pub source: String,
    pub aaguid: String,
    pub model: String,
    pub firmware: String,
    /// What was done to the key, in order (`reset`, `pin`, `min_pin_length=8`, ...).
    pub applied: Vec<String>,
    /// The PIN KeyGuide set, if it set one.
    pub pin: Option<Pin>,
    pub outcome: Outcome,
    /// Why a key was refused or failed, in the user's language.
    pub detail: String,
}

/// A random PIN of `digits` decimal digits from the operating system's
/// generator (getrandom), uniform: bytes of 250 and above are drawn again.
pub fn random_pin(digits: usize) -> Result<Pin, KeyError> {
    let mut pin = Zeroizing::new(String::with_capacity(digits));
    let mut buf = Zeroizing::new([0u8; 32]);
    while pin.len() < digits {
        rand::rngs::SysRng
            .try_fill_bytes(&mut buf[..])
            .map_err(|e| plain(e.to_string()))?;
        for b in buf.iter().filter(|b| **b < 250) {
            if pin.len() == digits {
                break;
            }
            pin.push(char::from(b'0' + b % 10));
        }
    }
    Ok(Pin::new(std::mem::take(&mut *pin)))
}

/// Checks, prepares and verifies one key. Never fails as a whole: what
/// went wrong is in the row.
pub async fn prepare(policy: &Policy, number: usize, source: &KeySource) -> KeyRow {
    let mut row = KeyRow {
        number,
        source: source.label(),
        aaguid: String::new(),
        model: String::new(),
        firmware: String::new(),
        applied: Vec::new(),
        pin: None,
        outcome: Outcome::Failed,
        detail: String::new(),
    };
    match prepare_inner(policy, source, &mut row).await {
        Ok(None) => {
            row.outcome = Outcome::Prepared;
        }
        Ok(Some(refusal)) => {
            row.outcome = Outcome::Refused;
            row.detail = refusal;
        }
        Err(e) => {
            row.outcome = Outcome::Failed;
            row.detail = e.user_text();
        }
    }
    tracing::info!(
        number,
        outcome = row.outcome.as_str(),
        "key of the batch done"
    );
    row
}

/// `Ok(Some(reason))`: refused by the policy.
async fn prepare_inner(
    policy: &Policy,
    source: &KeySource,
    row: &mut KeyRow,
) -> Result<Option<String>, KeyError> {
    let mut session = source.open().await?;
    let result = apply(policy, &mut session, row).await;
    session.close().await;
    if let Ok(None) = result {
        verify(policy, source, row).await?;
    }
    result
}

async fn apply(
    policy: &Policy,
    session: &mut KeySession,
    row: &mut KeyRow,
) -> Result<Option<String>, KeyError> {
    let info = crate::keys::info(session).await?;
    row.aaguid = info.aaguid.clone();
    row.model = info.name.clone();
    row.firmware = info
        .firmware_version
        .map(|v| v.to_string())
        .unwrap_or_default();

    // Checks that need nothing from the key's owner come first, so that a
    // refused key is left exactly as it came.
    if let Some(refusal) = policy.model_refusal(&info.aaguid, info.certification.as_deref()) {
        return Ok(Some(refusal));
    }
    if let Some(missing) = missing_feature(policy, &info) {
        return Ok(Some(t!("provision-refused-feature", feature = missing)));
    }
    if policy.reset_first {
        // Keys take a reset only just after power-up (§6.6): the key was
        // just inserted. Too late is an error whose text says to replug.
        session.reset().await?;
        row.applied.push("reset".into());
    } else if info.pin_set == Some(true) {
        return Ok(Some(t!("provision-refused-in-use")));
    }

    let min_length = policy
        .min_pin_length
        .unwrap_or(0)
        .max(session.min_pin_length());
    if policy.pin.digits < min_length {
        return Ok(Some(t!(
            "provision-refused-key-minimum",
            min = min_length,
            digits = policy.pin.digits
        )));
    }
    let pin = random_pin(policy.pin.digits)?;
    session.set_pin(&pin).await?;
    row.pin = Some(pin);
    row.applied.push(format!(
        "{}_pin={}",
        if policy.pin.temporary {
            "temporary"
        } else {
            "random"
        },
        policy.pin.digits
    ));
    let pin = row.pin.as_ref().expect("just set");
    session.unlock(pin).await?;

    // A key without a PIN can still hold passkeys made without one.
    if !policy.reset_first && session.supports_credential_management() {
        let used = session.passkey_slots().await?.used;
        if used > 0 {
            return Ok(Some(t!("provision-refused-passkeys", count = used)));
        }
    }
    if let Some(length) = policy.min_pin_length {
        if length > session.min_pin_length() {
            session.set_min_pin_length(length).await?;
        }
        row.applied.push(format!("min_pin_length={length}"));
    }
    if let Some(on) = policy
        .always_uv
        .filter(|on| *on || session.always_uv().is_some())
    {
        session.set_always_uv(on).await?;
        row.applied
            .push(format!("always_uv={}", if on { "on" } else { "off" }));
    }
    // Last: the key drops every token once a change is forced.
    if policy.force_pin_change {
        session.force_pin_change().await?;
        row.applied.push("force_pin_change".into());
    }
    Ok(None)
}

/// An error whose text is already the sentence to show (errors.rs shows
/// an I/O error's own text).
pub(crate) fn plain(text: String) -> KeyError {
    KeyError::Io(std::sync::Arc::new(std::io::Error::other(text)))
}

/// The first feature the policy needs that the key lacks (its English
/// name from the spec, as getInfo calls it).
fn missing_feature(policy: &Policy, info: &KeyInfo) -> Option<&'static str> {
    if info.pin_set.is_none() {
        return Some("clientPin");
    }
    let needs_min_length = policy.min_pin_length.is_some() || policy.force_pin_change;
    if needs_min_length && !info.set_min_pin_length {
        return Some("setMinPINLength");
    }
    // A key without the alwaysUv option already behaves as "off".
    if policy.always_uv == Some(true) && (info.always_uv.is_none() || !info.authenticator_config) {
        return Some("alwaysUv");
    }
    None
}

/// Reads the key back in a new session (getInfo afresh) and checks that
/// every setting landed; the PIN is proved by getting a token with it.
async fn verify(policy: &Policy, source: &KeySource, row: &KeyRow) -> Result<(), KeyError> {
    let mut session = source.open().await?;
    let result = async {
        let info = session.info().await?;
        let mut wrong = Vec::new();
        if info.pin_set != Some(true) {
            wrong.push("pin");
        }
        if let Some(length) = policy.min_pin_length {
            if (info.min_pin_length as usize) < length {
                wrong.push("min_pin_length");
            }
        }
        if policy.always_uv.is_some()
            && info.always_uv.unwrap_or(false) != policy.always_uv.unwrap_or(false)
        {
            wrong.push("always_uv");
        }
        if info.force_pin_change != policy.force_pin_change {
            wrong.push("force_pin_change");
        }
        // A forced change makes the key refuse tokens for the old PIN.
        if !info.force_pin_change {
            if let Some(pin) = &row.pin {
                session.unlock(pin).await?;
            }
        }
        if wrong.is_empty() {
            Ok(())
        } else {
            Err(plain(t!(
                "provision-not-verified",
                settings = wrong.join(", ")
            )))
        }
    }
    .await;
    session.close().await;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_pins_have_the_asked_digits_and_differ() {
        let a = random_pin(8).unwrap();
        let b = random_pin(8).unwrap();
        assert_eq!(a.as_bytes().len(), 8);
        assert!(a.as_bytes().iter().all(u8::is_ascii_digit));
        // 1 in 10^8 to fail by chance.
        assert_ne!(a.as_bytes(), b.as_bytes());
        assert_eq!(random_pin(63).unwrap().as_bytes().len(), 63);
    }

    #[test]
    fn every_digit_turns_up() {
        let mut seen = [false; 10];
        for _ in 0..20 {
            for d in random_pin(20).unwrap().as_bytes() {
                seen[(d - b'0') as usize] = true;
            }
        }
        // 400 digits: missing one by chance is about 10 * 0.9^400.
        assert!(seen.iter().all(|s| *s), "{seen:?}");
    }
}
