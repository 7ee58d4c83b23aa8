//! Fingerprints: authenticatorBioEnrollment (CTAP 2.1 §6.7; prototype
//! command 0x40 on FIDO_2_1_PRE keys), one step per call so the UI can show
//! each sample and cancel between and during touches.
//!
//! The library's own enrollment runs in one call without cancel and cuts
//! protocol two's pinUvAuthParam to 16 bytes; here the full HMAC is sent.

use std::time::Duration;
use webauthn_authenticator_rs::ctap2::commands::{
    BioEnrollmentRequest, BioEnrollmentRequestTrait, BioEnrollmentResponse, BioSubCommand,
    Permissions, PrototypeBioEnrollmentRequest, TemplateInfo,
};

use super::capabilities::CommandSet;
use super::error::{Feature, KeyError};
use super::model::{EnrollProgress, Fingerprint, SensorInfo};
use super::prompts::{KeyEvent, SampleStatus};
use super::session::KeySession;

/// How long the key waits for each sample before giving up.
pub const SAMPLE_TIMEOUT: Duration = Duration::from_secs(30);

impl KeySession {
    /// bioEnroll (2.1) or userVerificationMgmtPreview (2.1-PRE) is offered.
    pub fn supports_fingerprints(&self) -> bool {
        self.caps.bio_enrollment.is_some()
    }

    fn bio_is_prototype(&self) -> bool {
        self.caps.bio_enrollment == Some(CommandSet::Prototype)
    }

    /// getFingerprintSensorInfo (needs no PIN).
    pub async fn sensor_info(&mut self) -> Result<SensorInfo, KeyError> {
        self.require_bio()?;
        let resp = if self.bio_is_prototype() {
            self.send(PrototypeBioEnrollmentRequest::GET_FINGERPRINT_SENSOR_INFO)
                .await?
        } else {
            self.send(BioEnrollmentRequest::GET_FINGERPRINT_SENSOR_INFO)
                .await?
        };
        Ok(SensorInfo {
            fingerprint_kind: resp.fingerprint_kind.map(|k| k as u32).unwrap_or(1),
            max_capture_samples_required_for_enroll: resp
                .max_capture_samples_required_for_enroll
                .unwrap_or(0),
            max_template_friendly_name: resp.max_template_friendly_name,
        })
    }

    /// enumerateEnrollments. A key with none answers INVALID_OPTION (§6.7.6).
    pub async fn list_fingerprints(&mut self) -> Result<Vec<Fingerprint>, KeyError> {
        match self
            .bio(BioSubCommand::FingerprintEnumerateEnrollments)
            .await
        {
            Ok(resp) => Ok(resp
                .template_infos
                .into_iter()
                .map(|t| Fingerprint {
                    id: hex::encode(&t.id),
                    name: t.friendly_name.filter(|n| !n.is_empty()),
                })
                .collect()),
            Err(KeyError::InvalidOption) => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }

    /// enrollBegin: takes the first sample. Ask the user to touch first.
    /// The caller clears the cancel signal before starting (see `select`).
    pub async fn enroll_begin(&mut self) -> Result<EnrollProgress, KeyError> {
        let result = self
            .bio(BioSubCommand::FingerprintEnrollBegin(SAMPLE_TIMEOUT))
            .await;
        self.after_sample(result, None).await
    }

    /// enrollCaptureNextSample for the template `enroll_begin` started.
    pub async fn enroll_capture_next(
        &mut self,
        template_id: &str,
    ) -> Result<EnrollProgress, KeyError> {
        let id = hex::decode(template_id)
            .map_err(|_| KeyError::UnknownFingerprint(template_id.into()))?;
        let result = self
            .bio(BioSubCommand::FingerprintEnrollCaptureNextSample(
                id,
                SAMPLE_TIMEOUT,
            ))
            .await;
        self.after_sample(result, Some(template_id)).await
    }

    /// cancelCurrentEnrollment: the key drops the half-made template.
    pub async fn enroll_cancel(&mut self) -> Result<(), KeyError> {
        self.cancel_signal().reset();
        self.require_bio()?;
        if self.bio_is_prototype() {
            self.send(PrototypeBioEnrollmentRequest::FINGERPRINT_CANCEL_CURRENT_ENROLLMENT)
                .await?;
        } else {
            self.send(BioEnrollmentRequest::FINGERPRINT_CANCEL_CURRENT_ENROLLMENT)
                .await?;
        }
        Ok(())
    }

    /// setFriendlyName. Checked against the key's length limit first.
    pub async fn rename_fingerprint(&mut self, id: &str, name: &str) -> Result<(), KeyError> {
        let template = self.known_template(id).await?;
        let max = self.sensor_info().await?.max_template_friendly_name;
        if let Some(max) = max {
            if name.len() > max {
                return Err(KeyError::FingerprintNameTooLong { max });
            }
        }
        self.bio(BioSubCommand::FingerprintSetFriendlyName(TemplateInfo {
            id: template,
            friendly_name: Some(name.to_owned()),
        }))
        .await
        .map(|_| ())
    }

    /// removeEnrollment.
    pub async fn remove_fingerprint(&mut self, id: &str) -> Result<(), KeyError> {
        let template = self.known_template(id).await?;
        self.bio(BioSubCommand::FingerprintRemoveEnrollment(template))
            .await
            .map(|_| ())
    }

    /// Parses a fingerprint id and checks the key has it, so that a typo
    /// gets "no such fingerprint" rather than a protocol error.
    async fn known_template(&mut self, id: &str) -> Result<Vec<u8>, KeyError> {
        let bytes = decode_template_id(id)?;
        let known = self.list_fingerprints().await?;
        if known.iter().any(|f| f.id.eq_ignore_ascii_case(id.trim())) {
            Ok(bytes)
        } else {
            Err(KeyError::UnknownFingerprint(id.into()))
        }
    }

    /// Turns a sample's answer into progress, tells the UI, and on cancel
    /// also tells the key to drop the template.
    async fn after_sample(
        &mut self,
        result: Result<BioEnrollmentResponse, KeyError>,
        template_id: Option<&str>,
    ) -> Result<EnrollProgress, KeyError> {
        let resp = match result {
            Ok(resp) => resp,
            Err(KeyError::Cancelled) => {
                let _ = self.enroll_cancel().await;
                return Err(KeyError::Cancelled);
            }
            Err(e) => return Err(e),
        };
        let template_id = match (&resp.template_id, template_id) {
            (Some(id), _) => hex::encode(id),
            (None, Some(id)) => id.to_owned(),
            (None, None) => return Err(KeyError::Protocol("no templateId in the answer".into())),
        };
        let status = resp
            .last_enroll_sample_status
            .map(|s| SampleStatus::from_code(s as u8))
            .unwrap_or(SampleStatus::Good);
        let remaining_samples = resp
            .remaining_samples
            .ok_or_else(|| KeyError::Protocol("no remainingSamples in the answer".into()))?;
        self.prompts().send(KeyEvent::FingerprintSample {
            status,
            remaining_samples,
        });
        Ok(EnrollProgress {
            template_id,
            status,
            remaining_samples,
        })
    }

    /// One signed bio-enrollment command, on the right command byte.
    async fn bio(&mut self, sub: BioSubCommand) -> Result<BioEnrollmentResponse, KeyError> {
        self.require_bio()?;
        let (protocol, param) = self.auth_param(Permissions::BIO_ENROLLMENT, &sub.prf())?;
        let result = if self.bio_is_prototype() {
            self.send(PrototypeBioEnrollmentRequest::new(
                sub,
                Some(protocol),
                Some(param),
            ))
            .await
        } else {
            self.send(BioEnrollmentRequest::new(sub, Some(protocol), Some(param)))
                .await
        };
        result.map_err(|e| self.token_rejected(e))
    }

    fn require_bio(&self) -> Result<(), KeyError> {
        if self.supports_fingerprints() {
            Ok(())
        } else {
            Err(KeyError::Unsupported(Feature::BioEnrollment))
        }
    }
}

/// A fingerprint id as `list` shows it (hex) to the key's templateId.
pub fn decode_template_id(id: &str) -> Result<Vec<u8>, KeyError> {
    hex::decode(id.trim()).map_err(|_| KeyError::UnknownFingerprint(id.into()))
}
