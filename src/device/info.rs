//! "What is this key?": getInfo (CTAP 2.1 §6.4) read once per session, plus
//! the live reads that change (PIN retries; passkey slots when unlocked),
//! and the model's name and status from the catalog.

use super::error::KeyError;
use super::model::KeyInfo;
use super::session::KeySession;

impl KeySession {
    pub async fn info(&mut self) -> Result<KeyInfo, KeyError> {
        let pin_set = self.pin_is_set();
        let (pin_retries, pin_power_cycle_required) = if pin_set == Some(true) {
            let r = self.pin_retries().await?;
            (Some(r.retries), r.power_cycle_required)
        } else {
            (None, false)
        };
        let fingerprints_enrolled = if self.supports_fingerprints() {
            self.option("bioEnroll")
                .or_else(|| self.option("userVerificationMgmtPreview"))
        } else {
            None
        };
        let uv_retries = if fingerprints_enrolled == Some(true) {
            self.uv_retries().await.ok()
        } else {
            None
        };
        let slots = if self.is_unlocked() && self.supports_credential_management() {
            // A token the key no longer accepts only costs the count.
            match self.passkey_slots().await {
                Ok(slots) => Some(slots),
                Err(KeyError::PinRequired) => None,
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        let info = &self.info;
        let aaguid = info.aaguid.map(|u| u.to_string()).unwrap_or_default();
        // Our own virtual keys are in no metadata: skip the catalog scan.
        let builtin = info
            .aaguid
            .and_then(|u| crate::virtual_key::builtin_name(u.as_bytes()));
        let model = match (builtin, info.aaguid) {
            (None, Some(u)) => crate::catalog::Catalog::embedded().lookup(&u),
            _ => None,
        };
        let model = model.as_deref();
        Ok(KeyInfo {
            name: model
                .map(|m| m.name.clone())
                .or_else(|| builtin.map(str::to_owned))
                .unwrap_or_else(|| t!("keys-generic-name")),
            certification: model.and_then(|m| m.certification.clone()),
            discoverable: self.option("rk") == Some(true),
            in_metadata: model.is_some(),
            revoked: model.and_then(|m| m.warning())
                == Some(crate::catalog::StatusWarning::Revoked),
            warning: model.and_then(|m| m.warning()).map(|w| w.to_string()),
            aaguid,
            versions: info.versions.iter().cloned().collect(),
            extensions: info.extensions.clone().unwrap_or_default(),
            transports: info.transports.clone().unwrap_or_default(),
            firmware_version: info.firmware_version.and_then(|v| u64::try_from(v).ok()),
            pin_protocols: info.pin_protocols.clone().unwrap_or_default(),
            pin_set,
            pin_retries,
            pin_power_cycle_required,
            bio: self.supports_fingerprints(),
            fingerprints_enrolled,
            uv_retries,
            credential_management: self.supports_credential_management(),
            passkeys_used: slots.map(|s| s.used),
            passkeys_remaining: slots
                .map(|s| s.remaining)
                .or(info.remaining_discoverable_credentials),
            min_pin_length: self.min_pin_length() as u32,
            always_uv: self.always_uv(),
            force_pin_change: info.force_pin_change,
            authenticator_config: self.supports_config(),
            set_min_pin_length: self.option("setMinPINLength") == Some(true),
            enterprise_attestation: self.option("ep"),
            update_user_information: self.supports_update_user(),
            prototype_commands: !self.has_version("FIDO_2_1") && self.has_version("FIDO_2_1_PRE"),
        })
    }
}
