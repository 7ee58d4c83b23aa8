//! Key settings (authenticatorConfig, CTAP 2.1 §6.11), reset (§6.6) and
//! selection (§6.9).

use webauthn_authenticator_rs::ctap2::commands::{
    ConfigRequest, ConfigSubCommand, Permissions, ResetRequest, SelectionRequest,
    SetMinPinLengthParams,
};

use super::error::{Feature, KeyError};
use super::pin::MAX_PIN_BYTES;
use super::pin_state::Event as PinEvent;
use super::session::KeySession;

impl KeySession {
    pub fn supports_config(&self) -> bool {
        self.caps.authenticator_config
    }

    /// `Some(on)` when the key has the alwaysUv option at all.
    pub fn always_uv(&self) -> Option<bool> {
        self.caps.always_uv
    }

    /// Turns alwaysUv on or off (toggleAlwaysUv only when it differs).
    pub async fn set_always_uv(&mut self, on: bool) -> Result<(), KeyError> {
        match self.always_uv() {
            None => Err(KeyError::Unsupported(Feature::AlwaysUv)),
            Some(current) if current == on => Ok(()),
            Some(_) => {
                self.config(ConfigSubCommand::ToggleAlwaysUv).await?;
                self.refresh_info().await
            }
        }
    }

    /// setMinPINLength: the minimum may only grow, up to 63.
    pub async fn set_min_pin_length(&mut self, length: usize) -> Result<(), KeyError> {
        if !self.caps.set_min_pin_length {
            return Err(KeyError::Unsupported(Feature::MinPinLength));
        }
        let current = self.min_pin_length();
        if length < current || length > MAX_PIN_BYTES {
            return Err(KeyError::InvalidMinPinLength { current });
        }
        self.config(ConfigSubCommand::SetMinPinLength(SetMinPinLengthParams {
            new_min_pin_length: Some(length as u32),
            min_pin_length_rpids: Vec::new(),
            force_change_pin: None,
        }))
        .await?;
        self.refresh_info().await?;
        // A minimum above the PIN's length forces a change, and the key
        // then drops every token.
        if self.caps.force_pin_change {
            self.pin.on(PinEvent::PinChangeForced);
        }
        Ok(())
    }

    /// enableEnterpriseAttestation (§6.11.1): from then on the key may
    /// identify itself individually to the relying parties its maker lists
    /// (or that ask for it through a managed platform). Only a reset turns
    /// it off again. Done when it is already on.
    pub async fn enable_enterprise_attestation(&mut self) -> Result<(), KeyError> {
        match self.caps.enterprise_attestation {
            None => Err(KeyError::Unsupported(Feature::EnterpriseAttestation)),
            Some(true) => Ok(()),
            Some(false) => {
                self.config(ConfigSubCommand::EnableEnterpriseAttestation)
                    .await?;
                self.refresh_info().await
            }
        }
    }

    /// setMinPINLength with forceChangePin: the user must change the PIN
    /// before the key accepts it for anything else.
    pub async fn force_pin_change(&mut self) -> Result<(), KeyError> {
        if !self.caps.set_min_pin_length {
            return Err(KeyError::Unsupported(Feature::MinPinLength));
        }
        if self.pin_is_set() != Some(true) {
            return Err(KeyError::PinNotSet);
        }
        self.config(ConfigSubCommand::SetMinPinLength(SetMinPinLengthParams {
            new_min_pin_length: None,
            min_pin_length_rpids: Vec::new(),
            force_change_pin: Some(true),
        }))
        .await?;
        // The key drops every token when it forces a PIN change.
        self.pin.on(PinEvent::PinChangeForced);
        self.refresh_info().await
    }

    /// authenticatorReset (§6.6). Keys accept it only within about 10 s of
    /// power-up and after a touch. Refusals, each told as such: too late
    /// (NOT_ALLOWED), declined on the key (OPERATION_DENIED), not touched
    /// in time (USER_ACTION_TIMEOUT).
    pub async fn reset(&mut self) -> Result<(), KeyError> {
        self.cancel_signal().reset();
        match self.send(ResetRequest {}).await {
            Ok(_) => {}
            Err(KeyError::NotAllowed) => return Err(KeyError::ResetWindowPassed),
            Err(KeyError::OperationDenied) => return Err(KeyError::ResetDeclined),
            Err(e) => return Err(e),
        }
        self.pin.on(PinEvent::Reset);
        // A reset invalidates the persistent token too (CTAP 2.2 §6.6).
        self.persistent = None;
        self.refresh_info().await
    }

    /// authenticatorSelection: the key blinks and waits for a touch, so the
    /// user can tell which of several keys this is.
    pub async fn select(&mut self) -> Result<(), KeyError> {
        if !self.caps.selection {
            return Err(KeyError::Unsupported(Feature::Selection));
        }
        // The caller clears the cancel signal before starting the
        // operation: clearing it here could swallow a Cancel pressed
        // before this task ran.
        self.send(SelectionRequest {}).await.map(|_| ())
    }

    /// Re-reads getInfo after a change that alters it.
    pub(crate) async fn refresh_info(&mut self) -> Result<(), KeyError> {
        self.read_info().await
    }

    async fn config(&mut self, sub: ConfigSubCommand) -> Result<(), KeyError> {
        if !self.supports_config() {
            return Err(KeyError::Unsupported(Feature::AuthenticatorConfig));
        }
        // §6.11: only a key protected by user verification (PIN or built-in
        // UV) or with alwaysUv on asks for a token; an unprotected key takes
        // the command as it is, so the minimum PIN length can be set before
        // the first PIN (python-fido2's Config and libfido2 do the same).
        let protected = self.caps.client_pin != Some(false)
            || self.caps.uv == Some(true)
            || self.caps.always_uv == Some(true);
        let request = if protected {
            let (protocol, param) =
                self.auth_param(Permissions::AUTHENTICATOR_CONFIGURATION, &sub.prf())?;
            ConfigRequest::new(sub, Some(protocol), Some(param))
        } else {
            ConfigRequest::new(sub, None, None)
        };
        let result = self.send(request).await;
        result.map(|_| ()).map_err(|e| self.token_rejected(e))
    }
}
