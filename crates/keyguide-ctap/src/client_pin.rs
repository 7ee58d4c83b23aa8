//! authenticatorClientPIN flows (CTAP 2.1 §6.5.5): retries, set, change and
//! getting a pinUvAuthToken. Every PIN is validated before it is sent; a
//! wrong PIN is never retried for the user, and each refusal reports the
//! retries left.

use webauthn_authenticator_rs::ctap2::commands::{
    ClientPinRequest, ClientPinSubCommand, Permissions,
};
use webauthn_rs_core::proto::{COSEEC2Key, COSEKey, COSEKeyType, ECDSACurve};
use webauthn_rs_proto::COSEAlgorithm;

use super::error::{Feature, KeyError};
use super::model::PinRetries;
use super::pin::Pin;
use super::pin_uv::{pad_pin, pin_hash};
use super::session::{KeySession, PinToken};

impl KeySession {
    /// `Some(true)` PIN set, `Some(false)` not set, `None` no PIN support.
    pub fn pin_is_set(&self) -> Option<bool> {
        self.option("clientPin")
    }

    /// The minimum PIN length the key enforces (at least 4).
    pub fn min_pin_length(&self) -> usize {
        self.info.min_pin_length.unwrap_or(4).max(4)
    }

    /// getPINRetries, with the power-cycle state where the key reports it.
    pub async fn pin_retries(&mut self) -> Result<PinRetries, KeyError> {
        self.require_client_pin()?;
        let resp = self
            .send(ClientPinRequest {
                pin_uv_protocol: self.protocol.map(|p| p.number()),
                sub_command: ClientPinSubCommand::GetPinRetries,
                ..Default::default()
            })
            .await?;
        Ok(PinRetries {
            retries: resp
                .pin_retries
                .ok_or_else(|| KeyError::Protocol("no pinRetries in the answer".into()))?,
            power_cycle_required: resp.power_cycle_state.unwrap_or(false),
        })
    }

    /// getUVRetries: fingerprint attempts left before matching is blocked.
    pub async fn uv_retries(&mut self) -> Result<u32, KeyError> {
        let resp = self
            .send(ClientPinRequest {
                pin_uv_protocol: self.protocol.map(|p| p.number()),
                sub_command: ClientPinSubCommand::GetUvRetries,
                ..Default::default()
            })
            .await?;
        resp.uv_retries
            .ok_or_else(|| KeyError::Protocol("no uvRetries in the answer".into()))
    }

    /// setPIN on a key without a PIN.
    pub async fn set_pin(&mut self, new_pin: &Pin) -> Result<(), KeyError> {
        self.require_client_pin()?;
        if self.pin_is_set() == Some(true) {
            return Err(KeyError::PinAlreadySet);
        }
        new_pin.check_new(self.min_pin_length())?;
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let (new_pin_enc, param, key_agreement) = {
            let agreement = self.agreement.as_ref().expect("agreement just ensured");
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
                self.after_pin_change(false);
                Ok(())
            }
            Err(KeyError::NotAllowed) => Err(KeyError::PinAlreadySet),
            Err(e) => {
                self.agreement = None;
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
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let (new_pin_enc, pin_hash_enc, param, key_agreement) = {
            let agreement = self.agreement.as_ref().expect("agreement just ensured");
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
                self.after_pin_change(true);
                Ok(())
            }
            Err(e) => Err(self.after_pin_refused(e).await),
        }
    }

    /// Gets a pinUvAuthToken with every management permission this key
    /// offers (cm, be, acfg), unbound to any site, and keeps it for the
    /// session. Operations then run without asking for the PIN again.
    pub async fn unlock(&mut self, pin: &Pin) -> Result<(), KeyError> {
        let mut permissions = Permissions::empty();
        if self.option("credMgmt").is_some() || self.option("credentialMgmtPreview").is_some() {
            permissions |= Permissions::CREDENTIAL_MANAGEMENT;
        }
        if self.option("bioEnroll").is_some()
            || self.option("userVerificationMgmtPreview").is_some()
        {
            permissions |= Permissions::BIO_ENROLLMENT;
        }
        if self.option("authnrCfg") == Some(true) {
            permissions |= Permissions::AUTHENTICATOR_CONFIGURATION;
        }
        self.get_token(pin, permissions, None).await
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
        self.token = None;
        self.ensure_agreement().await?;
        let protocol = self.pin_protocol()?;
        let with_permissions = self.option("pinUvAuthToken") == Some(true);
        let (pin_hash_enc, key_agreement) = {
            let agreement = self.agreement.as_ref().expect("agreement just ensured");
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
            Err(KeyError::PinPolicyViolation) => return Err(KeyError::PinChangeRequired),
            Err(e) => return Err(self.after_pin_refused(e).await),
        };
        let encrypted = resp
            .pin_uv_auth_token
            .ok_or_else(|| KeyError::Protocol("no pinUvAuthToken in the answer".into()))?;
        let agreement = self.agreement.as_ref().expect("agreement still held");
        let token = protocol
            .decrypt(&agreement.shared_secret, &encrypted)
            .map_err(|e| KeyError::Protocol(e.to_string()))?;
        self.token = Some(PinToken {
            token,
            permissions: with_permissions.then_some(permissions),
        });
        Ok(())
    }

    /// After a refused PIN the key has a new key-agreement key (§6.5.5.7:
    /// "regenerate"), so the shared secret is dropped. A plain "wrong PIN"
    /// is completed with the retries left, read from the key.
    async fn after_pin_refused(&mut self, err: KeyError) -> KeyError {
        self.agreement = None;
        self.token = None;
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

    /// A PIN was set or changed: the key invalidated every token (§6.5.5.5),
    /// and our cached getInfo must now say a PIN is set and no change is due.
    fn after_pin_change(&mut self, _changed: bool) {
        self.token = None;
        if let Some(options) = self.info.options.as_mut() {
            options.insert("clientPin".into(), true);
        }
        self.info.force_pin_change = false;
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
