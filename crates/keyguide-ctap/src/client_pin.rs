//! authenticatorClientPIN flows (CTAP 2.1 §6.5.5): retries, set, change and
//! getting a pinUvAuthToken with the PIN or with built-in user verification
//! (a fingerprint). Every PIN is validated before it is sent; a PIN is never
//! retried for the user, and each refusal reports the retries left.
//!
//! A forced PIN change (getInfo `forcePINChange`, §6.4) is answered the way
//! keys really answer it: spec-following keys verify the PIN, put the
//! retries back to the maximum and then refuse with CTAP2_ERR_PIN_INVALID
//! (§6.5.5.7.2); some keys say CTAP2_ERR_PIN_POLICY_VIOLATION. Both become
//! [`KeyError::PinChangeRequired`]; a PIN_INVALID is told apart from a wrong
//! PIN by re-reading getInfo and the retries, never by trying again.

use webauthn_authenticator_rs::ctap2::commands::{
    ClientPinRequest, ClientPinSubCommand, Permissions,
};
use webauthn_rs_core::proto::{COSEEC2Key, COSEKey, COSEKeyType, ECDSACurve};
use webauthn_rs_proto::COSEAlgorithm;

use super::error::{Feature, KeyError};
use super::model::PinRetries;
use super::pin::Pin;
use super::pin_state::{Event as PinEvent, PinToken, TokenSource};
use super::pin_uv::PinUvProtocol;
use super::pin_uv::{pad_pin, pin_hash};
use super::session::KeySession;

impl KeySession {
    /// `Some(true)` PIN set, `Some(false)` not set, `None` no PIN support.
    pub fn pin_is_set(&self) -> Option<bool> {
        self.caps.client_pin
    }

    /// The minimum PIN length the key enforces (at least 4).
    pub fn min_pin_length(&self) -> usize {
        self.caps.min_pin_length
    }

    /// The key answers to a fingerprint with a token (`uv` and
    /// `pinUvAuthToken`): the app offers "Use your fingerprint".
    pub fn can_unlock_with_fingerprint(&self) -> bool {
        self.caps.uv_token()
    }

    /// getPINRetries, with the power-cycle state where the key reports it.
    pub async fn pin_retries(&mut self) -> Result<PinRetries, KeyError> {
        self.require_client_pin()?;
        let resp = self
            .send(ClientPinRequest {
                pin_uv_protocol: self.pin.protocol().map(|p| p.number()),
                sub_command: ClientPinSubCommand::GetPinRetries,
                ..Default::default()
            })
            .await?;
        let retries = resp
            .pin_retries
            .ok_or_else(|| KeyError::Protocol("no pinRetries in the answer".into()))?;
        self.pin.pin_retries_read(retries);
        Ok(PinRetries {
            retries,
            power_cycle_required: resp.power_cycle_state.unwrap_or(false),
        })
    }

    /// getUVRetries: fingerprint attempts left before matching is blocked.
    pub async fn uv_retries(&mut self) -> Result<u32, KeyError> {
        let resp = self
            .send(ClientPinRequest {
                pin_uv_protocol: self.pin.protocol().map(|p| p.number()),
                sub_command: ClientPinSubCommand::GetUvRetries,
                ..Default::default()
            })
            .await?;
        resp.uv_retries
            .ok_or_else(|| KeyError::Protocol("no uvRetries in the answer".into()))
    }

    /// setPIN on a key without a PIN.
    /// CTAP 2.2 maxPINLength (§6.4, getInfo 0x1D): checked before the key
    /// is asked, like the minimum.
    fn check_max_pin_length(&self, new_pin: &Pin) -> Result<(), KeyError> {
        match self.ctap22.max_pin_length {
            Some(max) if new_pin.code_points() as u64 > max => Err(KeyError::InvalidPin(
                crate::error::PinProblem::TooLongForKey { max: max as usize },
            )),
            _ => Ok(()),
        }
    }

    pub async fn set_pin(&mut self, new_pin: &Pin) -> Result<(), KeyError> {
        self.require_client_pin()?;
        if self.pin_is_set() == Some(true) {
            return Err(KeyError::PinAlreadySet);
        }
        new_pin.check_new(self.min_pin_length())?;
        self.check_max_pin_length(new_pin)?;
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let (new_pin_enc, param, key_agreement) = {
            let agreement = self.pin.agreement().expect("agreement just ensured");
            let enc = protocol.encrypt(&agreement.shared_secret, &pad_pin(new_pin.as_bytes()));
            let param = protocol.authenticate(&agreement.shared_secret, &enc);
            (
                enc,
                param,
                platform_key(agreement.platform_x, agreement.platform_y),
            )
        };
        let result = self
            .send(ClientPinRequest {
                pin_uv_protocol: Some(protocol.number()),
                sub_command: ClientPinSubCommand::SetPin,
                key_agreement: Some(key_agreement),
                new_pin_enc: Some(new_pin_enc),
                pin_uv_auth_param: Some(param),
                ..Default::default()
            })
            .await;
        match result {
            Ok(_) => {
                self.after_pin_change();
                Ok(())
            }
            // §6.5.5.5: "If a PIN has already been set, authenticator
            // returns CTAP2_ERR_PIN_AUTH_INVALID"; some keys say
            // NOT_ALLOWED. Our cached getInfo was stale (another program
            // set a PIN), so it is re-read.
            Err(e @ (KeyError::TokenRejected | KeyError::NotAllowed)) => {
                self.pin.on(PinEvent::PinRefused);
                self.refresh_info().await?;
                if self.pin_is_set() == Some(true) {
                    Err(KeyError::PinAlreadySet)
                } else {
                    Err(e)
                }
            }
            Err(e) => {
                self.pin.on(PinEvent::PinRefused);
                Err(e)
            }
        }
    }

    /// changePIN. The current PIN is only checked for encodability, never
    /// against the minimum length (which may have grown since it was set).
    pub async fn change_pin(&mut self, current: &Pin, new_pin: &Pin) -> Result<(), KeyError> {
        self.require_client_pin()?;
        if self.pin_is_set() == Some(false) {
            return Err(KeyError::PinNotSet);
        }
        current.check_encodable()?;
        new_pin.check_new(self.min_pin_length())?;
        self.check_max_pin_length(new_pin)?;
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let (new_pin_enc, pin_hash_enc, param, key_agreement) = {
            let agreement = self.pin.agreement().expect("agreement just ensured");
            let secret = &agreement.shared_secret;
            let new_enc = protocol.encrypt(secret, &pad_pin(new_pin.as_bytes()));
            let hash_enc = protocol.encrypt(secret, &*pin_hash(current.as_bytes()));
            let mut message = new_enc.clone();
            message.extend_from_slice(&hash_enc);
            let param = protocol.authenticate(secret, &message);
            (
                new_enc,
                hash_enc,
                param,
                platform_key(agreement.platform_x, agreement.platform_y),
            )
        };
        let result = self
            .send(ClientPinRequest {
                pin_uv_protocol: Some(protocol.number()),
                sub_command: ClientPinSubCommand::ChangePin,
                key_agreement: Some(key_agreement),
                new_pin_enc: Some(new_pin_enc),
                pin_hash_enc: Some(pin_hash_enc),
                pin_uv_auth_param: Some(param),
                ..Default::default()
            })
            .await;
        match result {
            Ok(_) => {
                self.after_pin_change();
                Ok(())
            }
            Err(e) => Err(self.after_pin_refused(e).await),
        }
    }

    /// Gets a pinUvAuthToken with every management permission this key
    /// offers (cm, be, acfg), unbound to any site, and keeps it for the
    /// session. Operations then run without asking for the PIN again.
    pub async fn unlock(&mut self, pin: &Pin) -> Result<(), KeyError> {
        let permissions = self.caps.management_permissions();
        self.get_token(pin, permissions, None).await
    }

    /// Gets the management token with the user's fingerprint instead of
    /// the PIN: getPinUvAuthTokenUsingUvWithPermissions (§6.5.5.7.3). The
    /// key waits for the finger itself. A finger not recognised ends in
    /// [`KeyError::UvInvalid`] with the attempts left; once matching is
    /// blocked, [`KeyError::UvBlocked`]: the PIN still works.
    pub async fn unlock_with_fingerprint(&mut self) -> Result<(), KeyError> {
        if !self.caps.uv_token() {
            return Err(KeyError::Unsupported(Feature::PinUvAuthToken));
        }
        self.pin.drop_token();
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let permissions = self.caps.management_permissions();
        let key_agreement = {
            let agreement = self.pin.agreement().expect("agreement just ensured");
            platform_key(agreement.platform_x, agreement.platform_y)
        };
        let request = ClientPinRequest {
            pin_uv_protocol: Some(protocol.number()),
            sub_command: ClientPinSubCommand::GetPinUvAuthTokenUsingUvWithPermissions,
            key_agreement: Some(key_agreement),
            permissions,
            ..Default::default()
        };
        let resp = match self.send(request).await {
            Ok(resp) => resp,
            Err(e) => return Err(self.after_uv_refused(e).await),
        };
        self.keep_token(
            protocol,
            resp.pin_uv_auth_token,
            Some(permissions),
            TokenSource::Uv,
        )
    }

    /// Gets a token for `permissions` (bound to `rp_id` when given). Keys
    /// without pinUvAuthToken support get a legacy getPinToken token.
    pub(crate) async fn get_token(
        &mut self,
        pin: &Pin,
        permissions: Permissions,
        rp_id: Option<&str>,
    ) -> Result<(), KeyError> {
        self.require_client_pin()?;
        if self.pin_is_set() == Some(false) {
            return Err(KeyError::PinNotSet);
        }
        pin.check_encodable()?;
        self.pin.drop_token();
        // A refused PIN is judged against the retries before it was sent
        // (a forced change spends none). The app and the CLI have usually
        // read them already; if not, reading costs nothing.
        if self.pin.last_pin_retries().is_none() {
            self.pin_retries().await?;
        }
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let with_permissions = self.caps.pin_uv_auth_token;
        let (pin_hash_enc, key_agreement) = {
            let agreement = self.pin.agreement().expect("agreement just ensured");
            (
                protocol.encrypt(&agreement.shared_secret, &*pin_hash(pin.as_bytes())),
                platform_key(agreement.platform_x, agreement.platform_y),
            )
        };
        let request = if with_permissions {
            ClientPinRequest {
                pin_uv_protocol: Some(protocol.number()),
                sub_command: ClientPinSubCommand::GetPinUvAuthTokenUsingPinWithPermissions,
                key_agreement: Some(key_agreement),
                pin_hash_enc: Some(pin_hash_enc),
                permissions,
                rp_id: rp_id.map(str::to_owned),
                ..Default::default()
            }
        } else {
            ClientPinRequest {
                pin_uv_protocol: Some(protocol.number()),
                sub_command: ClientPinSubCommand::GetPinToken,
                key_agreement: Some(key_agreement),
                pin_hash_enc: Some(pin_hash_enc),
                ..Default::default()
            }
        };
        let resp = match self.send(request).await {
            Ok(resp) => resp,
            // What some keys answer to the right PIN under a forced change.
            Err(KeyError::PinPolicyViolation) => {
                self.pin.on(PinEvent::PinRefused);
                return Err(KeyError::PinChangeRequired);
            }
            Err(KeyError::PinInvalid { .. }) => return Err(self.after_pin_invalid().await),
            Err(e) => return Err(self.after_pin_refused(e).await),
        };
        self.keep_token(
            protocol,
            resp.pin_uv_auth_token,
            with_permissions.then_some(permissions),
            TokenSource::Pin,
        )
    }

    /// Decrypts the token the key sent and keeps it.
    fn keep_token(
        &mut self,
        protocol: PinUvProtocol,
        encrypted: Option<Vec<u8>>,
        permissions: Option<Permissions>,
        source: TokenSource,
    ) -> Result<(), KeyError> {
        let encrypted = encrypted
            .ok_or_else(|| KeyError::Protocol("no pinUvAuthToken in the answer".into()))?;
        let agreement = self.pin.agreement().expect("agreement still held");
        let token = protocol
            .decrypt(&agreement.shared_secret, &encrypted)
            .map_err(|e| KeyError::Protocol(e.to_string()))?;
        self.pin.set_token(PinToken {
            token,
            permissions,
            source,
        });
        Ok(())
    }

    /// PIN_INVALID in answer to a token request: a wrong PIN, or the right
    /// PIN while a change is forced (§6.5.5.7.2: the key has verified the
    /// PIN and set the retries back to the maximum before it refuses).
    /// Told apart without sending anything that spends a retry: the retries
    /// read now against those known before, and getInfo's forcePINChange.
    async fn after_pin_invalid(&mut self) -> KeyError {
        let before = self.pin.last_pin_retries();
        let err = self
            .after_pin_refused(KeyError::PinInvalid { retries: None })
            .await;
        let KeyError::PinInvalid { retries: Some(now) } = err else {
            return err;
        };
        // A wrong PIN spends one; a right one restores the maximum.
        if !before.is_some_and(|before| now >= before) {
            return err;
        }
        match self.refresh_info().await {
            Ok(()) if self.caps.force_pin_change => {
                tracing::info!("the key requires a PIN change (PIN_INVALID, no retry spent)");
                KeyError::PinChangeRequired
            }
            Ok(()) => err,
            Err(e) => e,
        }
    }

    /// After a refused PIN the key has a new key-agreement key (§6.5.5.7:
    /// "regenerate"), so the shared secret is dropped. A plain "wrong PIN"
    /// is completed with the retries left, read from the key.
    async fn after_pin_refused(&mut self, err: KeyError) -> KeyError {
        self.pin.on(PinEvent::PinRefused);
        if !matches!(err, KeyError::PinInvalid { .. }) {
            return err;
        }
        match self.pin_retries().await {
            Ok(PinRetries { retries: 0, .. }) => KeyError::PinBlocked,
            Ok(r) if r.power_cycle_required => KeyError::PinAuthBlocked,
            Ok(r) => KeyError::PinInvalid {
                retries: Some(r.retries),
            },
            Err(e) => e,
        }
    }

    /// A finger not recognised (UV_INVALID) is completed with the attempts
    /// left (getUVRetries); none left means matching is blocked.
    async fn after_uv_refused(&mut self, err: KeyError) -> KeyError {
        self.pin.on(PinEvent::PinRefused);
        if !matches!(err, KeyError::UvInvalid { .. }) {
            return err;
        }
        match self.uv_retries().await {
            Ok(0) => KeyError::UvBlocked,
            Ok(retries) => KeyError::UvInvalid { retries },
            Err(e) => e,
        }
    }

    /// A PIN was set or changed: the key invalidated every token (§6.5.5.5),
    /// and our cached getInfo must now say a PIN is set and no change is due.
    fn after_pin_change(&mut self) {
        self.pin.on(PinEvent::PinChanged);
        // CTAP 2.2 §6.5.5.5/§6.5.5.6: a new PIN also resets the
        // persistentPinUvAuthToken.
        self.persistent = None;
        let mut info = std::mem::take(&mut self.info);
        info.options
            .get_or_insert_with(Default::default)
            .insert("clientPin".into(), true);
        info.force_pin_change = false;
        self.set_info(info);
    }

    fn require_client_pin(&self) -> Result<(), KeyError> {
        match self.pin_is_set() {
            Some(_) => Ok(()),
            None => Err(KeyError::Unsupported(Feature::ClientPin)),
        }
    }
}

/// The platform's public key in the COSE form clientPin expects.
fn platform_key(x: [u8; 32], y: [u8; 32]) -> COSEKey {
    COSEKey {
        type_: COSEAlgorithm::PinUvProtocol,
        key: COSEKeyType::EC_EC2(COSEEC2Key {
            curve: ECDSACurve::SECP256R1,
            x: x.to_vec().into(),
            y: y.to_vec().into(),
        }),
    }
}
