//! The virtual security key: the project's own CTAP 2.1 authenticator
//! simulator behind the library's `Token` trait, so the real client code
//! runs against it (tests, the demo, the CLI's `--virtual`).
//!
//! Profiles: `bio` (CTAP 2.1 with a fingerprint sensor), `pre` (2.1-PRE),
//! `basic` (CTAP 2.0) and any model's getInfo from the FIDO metadata. The
//! test drives its touch, fingerprint samples, clock and power.

mod attestation;
mod authenticator;
mod cbor;
mod credential_id;
mod large_blobs;
#[doc(hidden)]
pub mod pin_protocol;
mod profile;
pub mod smartcard;
mod state;
pub mod status;

use async_trait::async_trait;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::Notify;
use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;
use webauthn_authenticator_rs::ui::UiCallback;
use webauthn_rs_proto::AuthenticatorTransport;

pub use attestation::TEST_CA_CERT;
use authenticator::{Authenticator, Step};
use keyguide_ctap::prompts::SampleStatus;
use keyguide_ctap::CancelSignal;
pub use profile::{builtin_name, Family, Profile, ProfileSpec, Quirks};
use state::KeyState;

/// How the simulated user answers "touch your key".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TouchPolicy {
    /// Touches at once.
    Immediate,
    /// Never touches: the key answers USER_ACTION_TIMEOUT at once.
    Never,
    /// Waits for [`VirtualKeyControl::touch`] or a cancel.
    Manual,
    /// Touches after this long (the demo, so prompts are visible).
    Delayed(Duration),
}

/// A transport or key failure the virtual key can be told to produce at a
/// chosen command (reliability tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The key carries out the command, then is pulled out (USB) or taken
    /// off the reader (NFC) before its answer arrives. It stays out until
    /// replugged.
    Unplugged,
    /// The key carries out the command and never answers; the transport
    /// gives up (its timeout).
    NoAnswer,
    /// The key carries out the command and answers with bytes that are
    /// not CBOR.
    Malformed,
    /// The key carries out the command and its answer is cut off halfway.
    Truncated,
    /// The key refuses the command with an error the operation does not
    /// expect (CTAP2_ERR_OTHER).
    UnexpectedError,
    /// The key refuses the command: its channel is busy with another
    /// client (CTAP1_ERR_CHANNEL_BUSY).
    Busy,
}

impl Fault {
    pub const ALL: [Fault; 6] = [
        Fault::Unplugged,
        Fault::NoAnswer,
        Fault::Malformed,
        Fault::Truncated,
        Fault::UnexpectedError,
        Fault::Busy,
    ];
}

/// A fault waiting for its command.
struct ArmedFault {
    /// Commands still to pass before it fires (0: the next one).
    skip: u32,
    fault: Fault,
}

#[derive(Debug, thiserror::Error)]
pub enum VirtualKeyError {
    #[error("Unknown virtual key profile '{0}'. Use bio, pre, basic, ctap22 or mds:<aaguid>.")]
    UnknownProfile(String),
    #[error("Unknown virtual key quirk '{0}'. Known: forced-change-policy-violation.")]
    UnknownQuirk(String),
    #[error("'{}' already exists. Choose another file name or delete it first.", .0.display())]
    Exists(PathBuf),
    #[error("Could not read the virtual key file '{}': {}", .0.display(), .1)]
    Read(PathBuf, std::io::Error),
    #[error("'{}' is not a KeyGuide virtual key file ({}). It was left untouched.", .0.display(), .1)]
    NotAKeyFile(PathBuf, String),
    #[error("Could not save the virtual key file '{}': {}", .0.display(), .1)]
    Write(PathBuf, std::io::Error),
}

struct Shared {
    auth: Mutex<Authenticator>,
    touch: Mutex<TouchPolicy>,
    touches: AtomicU32,
    touched: Notify,
    plugged: Mutex<bool>,
    commands: Mutex<Vec<u8>>,
    fault: Mutex<Option<ArmedFault>>,
    faults_fired: AtomicU32,
    file: Option<PathBuf>,
}

impl Shared {
    fn auth(&self) -> MutexGuard<'_, Authenticator> {
        // A panic in a handler must not make the key unusable for the rest
        // of a test run: take the state as it was.
        self.auth.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// One virtual key. Cloning the [`VirtualKeyControl`] shares the same key.
pub struct VirtualKey {
    shared: Arc<Shared>,
    cancel: CancelSignal,
}

impl fmt::Debug for VirtualKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VirtualKey")
            .field("file", &self.shared.file)
            .finish()
    }
}

impl VirtualKey {
    /// A key in memory, just powered up. Its clock stands still until a
    /// test advances it.
    pub fn new(profile: Profile) -> Self {
        Self::with_state(KeyState::new(profile.spec()), None)
    }

    fn with_state(state: KeyState, file: Option<PathBuf>) -> Self {
        let wall_clock = file.is_some();
        VirtualKey {
            shared: Arc::new(Shared {
                auth: Mutex::new(Authenticator::new(state, wall_clock)),
                touch: Mutex::new(TouchPolicy::Immediate),
                touches: AtomicU32::new(0),
                touched: Notify::new(),
                plugged: Mutex::new(true),
                commands: Mutex::new(Vec::new()),
                fault: Mutex::new(None),
                faults_fired: AtomicU32::new(0),
                file,
            }),
            cancel: CancelSignal::new(),
        }
    }

    /// Creates a key file; refuses to overwrite an existing one.
    pub fn create_file(path: &Path, profile: Profile) -> Result<Self, VirtualKeyError> {
        if path.exists() {
            return Err(VirtualKeyError::Exists(path.to_owned()));
        }
        let key = Self::with_state(KeyState::new(profile.spec()), Some(path.to_owned()));
        key.save()?;
        Ok(key)
    }

    /// Opens a key file. Opening is not a power cycle: the key stayed in.
    pub fn open_file(path: &Path) -> Result<Self, VirtualKeyError> {
        let bytes = std::fs::read(path).map_err(|e| VirtualKeyError::Read(path.to_owned(), e))?;
        Self::from_file_bytes(path, &bytes)
    }

    /// A key from the bytes of a key file (`path` names it in errors only;
    /// nothing is written until the key changes).
    pub fn from_file_bytes(path: &Path, bytes: &[u8]) -> Result<Self, VirtualKeyError> {
        let state: KeyState = serde_json::from_slice(bytes)
            .map_err(|e| VirtualKeyError::NotAKeyFile(path.to_owned(), e.to_string()))?;
        if state.format != state::FORMAT {
            return Err(VirtualKeyError::NotAKeyFile(
                path.to_owned(),
                format!("format '{}'", state.format),
            ));
        }
        if state.version != state::VERSION {
            return Err(VirtualKeyError::NotAKeyFile(
                path.to_owned(),
                format!("version {} is not supported", state.version),
            ));
        }
        Ok(Self::with_state(state, Some(path.to_owned())))
    }

    /// Another connection to the same key (a new session, as a new process
    /// or a re-opened device would make).
    pub fn from_control(control: VirtualKeyControl) -> Self {
        VirtualKey {
            shared: control.shared,
            cancel: CancelSignal::new(),
        }
    }

    /// The signal a client uses to cancel a command waiting for the user.
    pub fn with_cancel(mut self, cancel: CancelSignal) -> Self {
        self.cancel = cancel;
        self
    }

    pub fn control(&self) -> VirtualKeyControl {
        VirtualKeyControl {
            shared: self.shared.clone(),
        }
    }

    fn save(&self) -> Result<(), VirtualKeyError> {
        save(&self.shared)
    }

    /// The fault for this command, if one is armed for it.
    fn take_fault(&self) -> Option<Fault> {
        let mut armed = self.shared.fault.lock().unwrap_or_else(|p| p.into_inner());
        match armed.as_mut() {
            Some(a) if a.skip > 0 => {
                a.skip -= 1;
                None
            }
            Some(_) => {
                self.shared.faults_fired.fetch_add(1, Ordering::SeqCst);
                armed.take().map(|a| a.fault)
            }
            None => None,
        }
    }

    /// Runs one command: first half, the wait for the user, second half.
    async fn process<U: UiCallback>(&self, request: &[u8], ui: &U) -> Result<Vec<u8>, u8> {
        let step = self.shared.auth().prepare(request);
        let result = match step {
            Step::Done(r) => r,
            Step::NeedsUser(pending) => {
                ui.request_touch();
                self.wait_for_user().await?;
                self.shared.auth().finish(pending)
            }
        };
        if self.shared.file.is_some() && request.first() != Some(&0x04) {
            save(&self.shared).map_err(|e| {
                tracing::error!("{e}");
                status::OTHER
            })?;
        }
        result
    }

    async fn wait_for_user(&self) -> Result<(), u8> {
        let policy = *self.shared.touch.lock().unwrap_or_else(|p| p.into_inner());
        if self.cancel.is_cancelled() {
            return Err(status::KEEPALIVE_CANCEL);
        }
        match policy {
            TouchPolicy::Immediate => Ok(()),
            TouchPolicy::Never => Err(status::USER_ACTION_TIMEOUT),
            TouchPolicy::Delayed(d) => tokio::select! {
                _ = tokio::time::sleep(d) => Ok(()),
                _ = self.cancel.cancelled() => Err(status::KEEPALIVE_CANCEL),
            },
            TouchPolicy::Manual => loop {
                let touched = self.shared.touched.notified();
                if self
                    .shared
                    .touches
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok()
                {
                    return Ok(());
                }
                tokio::select! {
                    _ = touched => {}
                    _ = self.cancel.cancelled() => return Err(status::KEEPALIVE_CANCEL),
                }
            },
        }
    }
}

fn save(shared: &Shared) -> Result<(), VirtualKeyError> {
    let Some(path) = &shared.file else {
        return Ok(());
    };
    let json = serde_json::to_vec_pretty(&shared.auth().state)
        .map_err(|e| VirtualKeyError::Write(path.clone(), std::io::Error::other(e)))?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| VirtualKeyError::Write(path.clone(), e))?;
    std::io::Write::write_all(&mut tmp, &json)
        .map_err(|e| VirtualKeyError::Write(path.clone(), e))?;
    tmp.persist(path)
        .map_err(|e| VirtualKeyError::Write(path.clone(), e.error))?;
    Ok(())
}

#[async_trait]
impl Token for VirtualKey {
    type Id = String;

    fn get_transport(&self) -> AuthenticatorTransport {
        AuthenticatorTransport::Usb
    }

    async fn transmit_raw<U>(&mut self, cbor: &[u8], ui: &U) -> Result<Vec<u8>, WebauthnCError>
    where
        U: UiCallback,
    {
        if !*self
            .shared
            .plugged
            .lock()
            .unwrap_or_else(|p| p.into_inner())
        {
            return Err(WebauthnCError::Closed);
        }
        if let Some(cmd) = cbor.first() {
            self.shared
                .commands
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(*cmd);
        }
        let fault = self.take_fault();
        match fault {
            Some(Fault::UnexpectedError) => {
                return Err(WebauthnCError::Ctap(CtapError::from(status::OTHER)))
            }
            Some(Fault::Busy) => return Err(WebauthnCError::Ctap(CtapError::from(0x06))),
            _ => {}
        }
        let answer = self
            .process(cbor, ui)
            .await
            .map_err(|code| WebauthnCError::Ctap(CtapError::from(code)));
        match fault {
            None | Some(Fault::UnexpectedError | Fault::Busy) => answer,
            Some(Fault::Unplugged) => {
                self.control().unplug();
                Err(WebauthnCError::Closed)
            }
            // What a transport reports when the key stops answering.
            Some(Fault::NoAnswer) => Err(WebauthnCError::Ctap(CtapError::Ctap1Timeout)),
            // A CBOR map header promising five entries, one key, then a
            // stray "break": no parser may accept it.
            Some(Fault::Malformed) => Ok(vec![0xa5, 0x01, 0xff]),
            Some(Fault::Truncated) => {
                let mut full = answer.unwrap_or_default();
                full.truncate(full.len() / 2);
                Ok(full)
            }
        }
    }

    async fn cancel(&mut self) -> Result<(), WebauthnCError> {
        self.cancel.cancel();
        Ok(())
    }

    async fn init(&mut self) -> Result<(), WebauthnCError> {
        Ok(())
    }

    async fn close(&mut self) -> Result<(), WebauthnCError> {
        Ok(())
    }
}

/// The test's (and the demo's) hands on the key.
#[derive(Clone)]
pub struct VirtualKeyControl {
    shared: Arc<Shared>,
}

impl fmt::Debug for VirtualKeyControl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VirtualKeyControl")
    }
}

impl VirtualKeyControl {
    pub fn set_touch(&self, policy: TouchPolicy) {
        *self.shared.touch.lock().unwrap_or_else(|p| p.into_inner()) = policy;
    }

    pub fn touch_policy(&self) -> TouchPolicy {
        *self.shared.touch.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// One touch of the simulated user.
    pub fn touch(&self) {
        self.shared.touches.fetch_add(1, Ordering::SeqCst);
        self.shared.touched.notify_waiters();
    }

    /// Outcomes of the next fingerprint samples; afterwards samples are good.
    pub fn queue_samples(&self, samples: impl IntoIterator<Item = SampleStatus>) {
        self.shared.auth().samples.extend(samples);
    }

    /// Outcomes of the next built-in user verifications (a finger on the
    /// sensor for getPinUvAuthTokenUsingUvWithPermissions): `true` matches,
    /// `false` does not and costs a uvRetry. Afterwards fingers match.
    pub fn queue_uv_matches(&self, matches: impl IntoIterator<Item = bool>) {
        self.shared.auth().state.uv_matches.extend(matches);
        if let Err(e) = save(&self.shared) {
            tracing::error!("{e}");
        }
    }

    pub fn uv_retries(&self) -> u32 {
        self.shared.auth().state.uv_retries
    }

    /// Removes the key and inserts it again: a power cycle.
    pub fn replug(&self) {
        self.shared.auth().power_up();
        *self
            .shared
            .plugged
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = true;
        if let Err(e) = save(&self.shared) {
            tracing::error!("{e}");
        }
    }

    pub fn unplug(&self) {
        *self
            .shared
            .plugged
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = false;
    }

    /// Inserts an unplugged key (a power-up).
    pub fn plug(&self) {
        self.replug();
    }

    /// Moves the key's own clock on (the reset window).
    pub fn advance_clock(&self, by: Duration) {
        let mut auth = self.shared.auth();
        auth.clock += by;
        auth.state.power_up_unix_ms = auth
            .state
            .power_up_unix_ms
            .saturating_sub(by.as_millis() as u64);
    }

    /// Makes the `nth` command from now (1: the next one) fail with `fault`.
    pub fn inject_fault(&self, nth: u32, fault: Fault) {
        *self.shared.fault.lock().unwrap_or_else(|p| p.into_inner()) = Some(ArmedFault {
            skip: nth.saturating_sub(1),
            fault,
        });
    }

    /// Drops a fault that has not fired yet.
    pub fn clear_fault(&self) {
        *self.shared.fault.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// How many injected faults have fired.
    pub fn faults_fired(&self) -> u32 {
        self.shared.faults_fired.load(Ordering::SeqCst)
    }

    /// Command bytes received so far, in order.
    pub fn commands_received(&self) -> Vec<u8> {
        self.shared
            .commands
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn pin_retries(&self) -> u32 {
        self.shared.auth().state.pin_retries
    }

    /// Whether `pin` is the key's PIN, checked on the stored hash so the
    /// check costs no retry.
    pub fn pin_is(&self, pin: &str) -> bool {
        let hash = pin_protocol::pin_hash(pin.as_bytes());
        self.shared.auth().state.pin_hash.as_deref() == Some(&hash[..])
    }

    pub fn always_uv(&self) -> bool {
        self.shared.auth().state.always_uv
    }

    pub fn passkey_count(&self) -> usize {
        self.shared.auth().state.credentials.len()
    }

    pub fn fingerprint_count(&self) -> usize {
        self.shared.auth().state.templates.len()
    }

    pub fn profile(&self) -> ProfileSpec {
        self.shared.auth().state.profile.clone()
    }

    /// The identifier the key's encIdentifier carries (CTAP 2.2), as the
    /// key stores it: tests compare what the client decrypted with it.
    pub fn identifier(&self) -> Vec<u8> {
        self.shared.auth().state.identifier.clone()
    }
}
