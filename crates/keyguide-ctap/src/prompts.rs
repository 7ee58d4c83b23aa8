//! What the key asks of the user while a command runs, delivered as events.
//!
//! The library calls [`UiCallback`] synchronously from inside a transmit and
//! the callbacks must not block, so [`Prompts`] only pushes an event into an
//! unbounded channel; the GUI or the CLI reads them on its own side.

use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use webauthn_authenticator_rs::types::{CableRequestType, CableState, EnrollSampleStatus};
use webauthn_authenticator_rs::ui::UiCallback;

/// Something the user should know or do now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyEvent {
    /// The key waits for a touch (CTAPHID keepalive status UPNEEDED).
    TouchNeeded,
    /// The key is busy (keepalive status PROCESSING).
    Processing,
    /// A fingerprint sample was taken during enrollment.
    FingerprintSample {
        status: SampleStatus,
        remaining_samples: u32,
    },
}

/// `lastEnrollSampleStatus` (CTAP 2.1 §6.7.4), in our own type so the UI
/// does not depend on the library's enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SampleStatus {
    Good,
    TooHigh,
    TooLow,
    TooLeft,
    TooRight,
    TooFast,
    TooSlow,
    PoorQuality,
    TooSkewed,
    TooShort,
    MergeFailure,
    AlreadyExists,
    NoUserActivity,
    NoUserPresenceTransition,
    Unknown(u8),
}

impl SampleStatus {
    pub fn from_code(code: u8) -> Self {
        use SampleStatus::*;
        match code {
            0x00 => Good,
            0x01 => TooHigh,
            0x02 => TooLow,
            0x03 => TooLeft,
            0x04 => TooRight,
            0x05 => TooFast,
            0x06 => TooSlow,
            0x07 => PoorQuality,
            0x08 => TooSkewed,
            0x09 => TooShort,
            0x0a => MergeFailure,
            0x0b => AlreadyExists,
            0x0d => NoUserActivity,
            0x0e => NoUserPresenceTransition,
            other => Unknown(other),
        }
    }

    pub fn code(self) -> u8 {
        use SampleStatus::*;
        match self {
            Good => 0x00,
            TooHigh => 0x01,
            TooLow => 0x02,
            TooLeft => 0x03,
            TooRight => 0x04,
            TooFast => 0x05,
            TooSlow => 0x06,
            PoorQuality => 0x07,
            TooSkewed => 0x08,
            TooShort => 0x09,
            MergeFailure => 0x0a,
            AlreadyExists => 0x0b,
            NoUserActivity => 0x0d,
            NoUserPresenceTransition => 0x0e,
            Unknown(c) => c,
        }
    }
}

/// The library-facing side: implements [`UiCallback`] by sending events.
#[derive(Clone, Debug)]
pub struct Prompts {
    events: UnboundedSender<KeyEvent>,
}

impl Prompts {
    pub fn new() -> (Self, UnboundedReceiver<KeyEvent>) {
        let (events, rx) = unbounded_channel();
        (Self { events }, rx)
    }

    /// Prompts whose events nobody reads (scripts, benchmarks).
    pub fn discard() -> Self {
        Self::new().0
    }

    pub fn send(&self, event: KeyEvent) {
        // The receiver may be gone (screen closed); nothing to do then.
        let _ = self.events.send(event);
    }
}

impl UiCallback for Prompts {
    /// KeyGuide never lets the library ask for a PIN: our flows take it
    /// from the user once and handle the token themselves.
    fn request_pin(&self) -> Option<String> {
        None
    }

    fn request_touch(&self) {
        self.send(KeyEvent::TouchNeeded);
    }

    fn processing(&self) {
        self.send(KeyEvent::Processing);
    }

    fn fingerprint_enrollment_feedback(
        &self,
        remaining_samples: u32,
        feedback: Option<EnrollSampleStatus>,
    ) {
        let status = feedback
            .map(|s| SampleStatus::from_code(s as u8))
            .unwrap_or(SampleStatus::Good);
        self.send(KeyEvent::FingerprintSample {
            status,
            remaining_samples,
        });
    }

    fn cable_qr_code(&self, _request_type: CableRequestType, _url: String) {}

    fn dismiss_qr_code(&self) {}

    fn cable_status_update(&self, _state: CableState) {}
}
