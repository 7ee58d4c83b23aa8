//! "What is this key?": getInfo (CTAP 2.1 §6.4) read once per session, plus
//! the live reads that change (PIN retries; passkey slots when unlocked).
//! The model's name and status are the app's to add from its catalog.

use super::capabilities::CommandSet;
use super::ctap22::Ctap22Info;
use super::error::KeyError;
use super::model::KeyInfo;
use super::session::KeySession;

impl KeySession {
    pub async fn info(&mut self) -> Result<KeyInfo, KeyError> {
        // CTAP 2.2's uvCountSinceLastPinEntry (and encIdentifier's fresh IV)
        // change while the key is in use: a 2.2 key's getInfo is read anew.
        if self.info.versions.contains("FIDO_2_2") {
            self.read_info().await?;
        }
        let pin_set = self.pin_is_set();
        let (pin_retries, pin_power_cycle_required) = if pin_set == Some(true) {
            let r = self.pin_retries().await?;
            (Some(r.retries), r.power_cycle_required)
        } else {
            (None, false)
        };
        let fingerprints_enrolled = self.caps.fingerprints_enrolled;
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
        let caps = &self.caps;
        let aaguid = info.aaguid.map(|u| u.to_string()).unwrap_or_default();
        Ok(KeyInfo {
            // The model's name, certification and status come from the
            // app's catalog (`keyguide::keys::describe`); this layer knows
            // only what the key says.
            name: String::new(),
            certification: None,
            discoverable: caps.discoverable,
            in_metadata: false,
            revoked: false,
            warning: None,
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
            fingerprint_unlock: caps.uv_token(),
            credential_management: self.supports_credential_management(),
            passkeys_used: slots.map(|s| s.used),
            passkeys_remaining: slots
                .map(|s| s.remaining)
                .or(info.remaining_discoverable_credentials),
            min_pin_length: self.min_pin_length() as u32,
            always_uv: self.always_uv(),
            force_pin_change: caps.force_pin_change,
            authenticator_config: self.supports_config(),
            set_min_pin_length: caps.set_min_pin_length,
            enterprise_attestation: caps.enterprise_attestation,
            large_blobs: caps.large_blobs,
            update_user_information: self.supports_update_user(),
            prototype_commands: caps.credential_management == Some(CommandSet::Prototype)
                || caps.bio_enrollment == Some(CommandSet::Prototype),
            ctap22: Ctap22Info {
                key_identifier: self.key_identifier().map(hex::encode),
                ..self.ctap22.clone()
            },
        })
    }
}
