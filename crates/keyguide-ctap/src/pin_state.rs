//! The one owner of a session's PIN/UV state (CTAP 2.1 §6.5): the chosen
//! PIN/UV auth protocol, the key agreement (shared secret) and the
//! pinUvAuthToken with what it was granted for, plus the PIN retries last
//! read from the key.
//!
//! Nothing else clears these fields: whatever makes them stale is an
//! [`Event`], and [`PinUvState::on`] decides what each event forgets.

use webauthn_authenticator_rs::ctap2::commands::Permissions;
use zeroize::Zeroizing;

use super::pin_uv::PinUvProtocol;

/// The outcome of a key agreement (clientPin getKeyAgreement).
pub(crate) struct Agreement {
    pub platform_x: [u8; 32],
    pub platform_y: [u8; 32],
    pub shared_secret: Zeroizing<Vec<u8>>,
}

/// How a token was obtained (§6.5.5.7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenSource {
    /// getPinUvAuthTokenUsingPinWithPermissions, or legacy getPinToken.
    Pin,
    /// getPinUvAuthTokenUsingUvWithPermissions: built-in user verification.
    Uv,
}

/// A decrypted pinUvAuthToken and what it was granted for.
pub(crate) struct PinToken {
    pub token: Zeroizing<Vec<u8>>,
    /// `None` for legacy getPinToken tokens, which carry every permission.
    pub permissions: Option<Permissions>,
    pub source: TokenSource,
}

/// What makes the held PIN/UV state stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A command signed with the token was refused (PIN_AUTH_INVALID,
    /// UNAUTHORIZED_PERMISSION, PUAT_REQUIRED). A key that forgot the
    /// token was probably power-cycled, so its key-agreement key is new too.
    TokenRejected,
    /// setPIN or changePIN succeeded: the key invalidated every token
    /// (§6.5.5.5, §6.5.5.6); the shared secret stays valid.
    PinChanged,
    /// authenticatorReset (§6.6): everything is new.
    Reset,
    /// The key was removed and inserted again (power cycle).
    Replugged,
    /// A PIN (or fingerprint) was refused: the key regenerated its
    /// key-agreement key (§6.5.5.7.2 "regenerate").
    PinRefused,
    /// A PIN change is now forced (authenticatorConfig): the key drops its
    /// tokens.
    PinChangeForced,
    /// The user locked the session, or another protocol was chosen.
    Locked,
}

#[derive(Default)]
pub(crate) struct PinUvState {
    protocol: Option<PinUvProtocol>,
    agreement: Option<Agreement>,
    token: Option<PinToken>,
    /// The pinRetries last read; `None` when unknown (or back at the
    /// key's maximum after a good PIN, which getInfo does not state).
    last_pin_retries: Option<u32>,
}

impl PinUvState {
    pub fn new(protocol: Option<PinUvProtocol>) -> Self {
        PinUvState {
            protocol,
            ..Default::default()
        }
    }

    /// Forgets what `event` makes stale.
    pub fn on(&mut self, event: Event) {
        tracing::debug!(?event, "PIN/UV state invalidated");
        match event {
            Event::PinChanged | Event::PinChangeForced => {
                self.token = None;
                self.last_pin_retries = None;
            }
            Event::TokenRejected | Event::PinRefused | Event::Locked => {
                self.token = None;
                self.agreement = None;
            }
            Event::Reset | Event::Replugged => {
                self.token = None;
                self.agreement = None;
                self.last_pin_retries = None;
            }
        }
    }

    pub fn protocol(&self) -> Option<PinUvProtocol> {
        self.protocol
    }

    pub fn set_protocol(&mut self, protocol: PinUvProtocol) {
        self.protocol = Some(protocol);
        self.on(Event::Locked);
    }

    pub fn agreement(&self) -> Option<&Agreement> {
        self.agreement.as_ref()
    }

    pub fn set_agreement(&mut self, agreement: Agreement) {
        self.agreement = Some(agreement);
    }

    pub fn token(&self) -> Option<&PinToken> {
        self.token.as_ref()
    }

    /// A new token replaces the old one (the key revoked it, §6.5.5.7).
    /// The PIN was right, so the key's retries are back at their maximum.
    pub fn set_token(&mut self, token: PinToken) {
        if token.source == TokenSource::Pin {
            self.last_pin_retries = None;
        }
        self.token = Some(token);
    }

    /// About to ask for a new token: the key drops the old one either way.
    pub fn drop_token(&mut self) {
        self.token = None;
    }

    pub fn last_pin_retries(&self) -> Option<u32> {
        self.last_pin_retries
    }

    pub fn pin_retries_read(&mut self, retries: u32) {
        self.last_pin_retries = Some(retries);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held() -> PinUvState {
        let mut s = PinUvState::new(Some(PinUvProtocol::Two));
        s.set_agreement(Agreement {
            platform_x: [1; 32],
            platform_y: [2; 32],
            shared_secret: Zeroizing::new(vec![3; 64]),
        });
        s.pin_retries_read(7);
        s.set_token(PinToken {
            token: Zeroizing::new(vec![4; 32]),
            permissions: None,
            source: TokenSource::Uv,
        });
        s
    }

    #[test]
    fn a_pin_change_drops_the_token_but_keeps_the_shared_secret() {
        let mut s = held();
        s.on(Event::PinChanged);
        assert!(s.token().is_none());
        assert!(s.agreement().is_some());
        assert_eq!(s.last_pin_retries(), None);
        assert_eq!(s.protocol(), Some(PinUvProtocol::Two));
    }

    #[test]
    fn a_refused_pin_or_token_drops_token_and_shared_secret_and_keeps_retries() {
        for event in [Event::PinRefused, Event::TokenRejected, Event::Locked] {
            let mut s = held();
            s.on(event);
            assert!(s.token().is_none() && s.agreement().is_none(), "{event:?}");
            assert_eq!(s.last_pin_retries(), Some(7), "{event:?}");
        }
    }

    #[test]
    fn reset_and_replug_forget_everything_but_the_protocol() {
        for event in [Event::Reset, Event::Replugged] {
            let mut s = held();
            s.on(event);
            assert!(s.token().is_none() && s.agreement().is_none());
            assert_eq!(s.last_pin_retries(), None);
            assert_eq!(s.protocol(), Some(PinUvProtocol::Two));
        }
    }

    #[test]
    fn a_pin_token_means_the_retries_are_back_at_the_maximum() {
        let mut s = held();
        s.set_token(PinToken {
            token: Zeroizing::new(vec![5; 32]),
            permissions: None,
            source: TokenSource::Pin,
        });
        assert_eq!(s.last_pin_retries(), None);
    }
}
