//! Passkeys: authenticatorCredentialManagement (CTAP 2.1 §6.8; the
//! prototype command 0x41 on FIDO_2_1_PRE keys) and makeCredential for
//! creating discoverable credentials (§6.1).
//!
//! Listing sends exactly what the protocol needs: getCredsMetadata, one
//! enumerateRPs pass, one enumerateCredentials pass per site.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use webauthn_authenticator_rs::ctap2::commands::Permissions;
use webauthn_authenticator_rs::ctap2::commands::{
    CredSubCommand, CredentialManagementRequest, CredentialManagementRequestTrait,
    CredentialManagementResponse, MakeCredentialRequest, PrototypeCredentialManagementRequest,
    PublicKeyCredentialDescriptorCM, UserCM,
};
use webauthn_rs_proto::{PubKeyCredParams, RelyingParty, User};

use super::auth_data::AuthenticatorData;
use super::capabilities::CommandSet;
use super::error::{Feature, KeyError};
use super::model::{Passkey, PasskeyList, PasskeySlots, Site};
use super::pin::Pin;
use super::pin_uv::random_bytes;
use super::session::KeySession;

/// What `make_passkey` needs to know about the account.
#[derive(Clone, Debug)]
pub struct NewPasskey {
    pub rp_id: String,
    pub rp_name: String,
    pub user_id: Vec<u8>,
    pub user_name: String,
    pub display_name: String,
}

impl NewPasskey {
    /// The `index`-th of a set of made-up accounts spread over `sites`
    /// sites (`virtual seed`, tests and benchmarks).
    pub fn example(index: u32, sites: u32) -> Self {
        let site = index % sites.max(1);
        NewPasskey {
            rp_id: format!("site{site}.example.com"),
            rp_name: format!("Example site {site}"),
            user_id: format!("user-{index}").into_bytes(),
            user_name: format!("user{index}@site{site}.example.com"),
            display_name: format!("User {index}"),
        }
    }
}

impl KeySession {
    /// credMgmt (2.1) or credentialMgmtPreview (2.1-PRE) is offered.
    pub fn supports_credential_management(&self) -> bool {
        self.caps.credential_management.is_some()
    }

    /// updateUserInformation exists only in CTAP 2.1 proper.
    pub fn supports_update_user(&self) -> bool {
        self.caps.update_user_information()
    }

    /// The credential-management command byte's family (checked offered).
    fn cred_mgmt_commands(&self) -> Result<CommandSet, KeyError> {
        self.caps
            .credential_management
            .ok_or(KeyError::Unsupported(Feature::CredentialManagement))
    }

    /// getCredsMetadata: passkey slots used and left. Needs the PIN token.
    pub async fn passkey_slots(&mut self) -> Result<PasskeySlots, KeyError> {
        let resp = self.cred_mgmt(CredSubCommand::GetCredsMetadata).await?;
        let meta = resp
            .storage_metadata
            .ok_or_else(|| KeyError::Protocol("no credential metadata in the answer".into()))?;
        Ok(PasskeySlots {
            used: meta.existing_resident_credentials_count,
            remaining: meta.max_possible_remaining_resident_credentials_count,
        })
    }

    /// Every passkey, grouped by site, sites in the key's order.
    pub async fn list_passkeys(&mut self) -> Result<PasskeyList, KeyError> {
        let slots = self.passkey_slots().await?;
        if slots.used == 0 {
            return Ok(PasskeyList {
                slots,
                sites: Vec::new(),
            });
        }
        let mut rps = Vec::new();
        let first = match self.cred_mgmt(CredSubCommand::EnumerateRPsBegin).await {
            Ok(first) => first,
            Err(KeyError::NoPasskeys) => {
                return Ok(PasskeyList {
                    slots,
                    sites: Vec::new(),
                })
            }
            Err(e) => return Err(e),
        };
        let total = first.total_rps.unwrap_or(1);
        rps.push(first.rp);
        for _ in 1..total {
            let next = self.cred_mgmt_next(true).await?;
            rps.push(next.rp);
        }

        let mut sites = Vec::with_capacity(rps.len());
        for rp in rps.into_iter().flatten() {
            let rp_id = rp.id.clone().unwrap_or_default();
            let hash = match &rp.hash {
                Some(h) => h.clone(),
                None => Sha256::digest(rp_id.as_bytes())
                    .to_vec()
                    .as_slice()
                    .try_into()
                    .map_err(|_| KeyError::Protocol("bad rpIDHash".into()))?,
            };
            let first = self
                .cred_mgmt(CredSubCommand::EnumerateCredentialsBegin(hash))
                .await?;
            let total = first.total_credentials.unwrap_or(1);
            let mut passkeys = vec![to_passkey(&rp_id, first, self.last_third_party_payment)];
            for _ in 1..total {
                let next = self.cred_mgmt_next(false).await?;
                passkeys.push(to_passkey(&rp_id, next, self.last_third_party_payment));
            }
            let passkeys: Vec<Passkey> = passkeys.into_iter().flatten().collect();
            for p in &passkeys {
                // User names identify accounts: debug level only.
                tracing::debug!(rp = %rp_id, user = ?p.user_name, "passkey listed");
            }
            sites.push(Site {
                rp_id,
                name: rp.name,
                passkeys,
            });
        }
        tracing::info!(
            sites = sites.len(),
            passkeys = slots.used,
            "passkeys listed"
        );
        Ok(PasskeyList { slots, sites })
    }

    /// deleteCredential. `credential_id` is base64url as `list` shows it.
    pub async fn delete_passkey(&mut self, credential_id: &str) -> Result<(), KeyError> {
        let id = decode_credential_id(credential_id)?;
        match self
            .cred_mgmt(CredSubCommand::DeleteCredential(
                PublicKeyCredentialDescriptorCM::from(id),
            ))
            .await
        {
            Ok(_) => Ok(()),
            Err(KeyError::NoPasskeys) => Err(KeyError::UnknownCredential(credential_id.into())),
            Err(e) => Err(e),
        }
    }

    /// updateUserInformation: new user name and display name for a passkey.
    /// The user id must stay the same (§6.8.6), so it is read from the key.
    pub async fn update_passkey_user(
        &mut self,
        credential_id: &str,
        name: Option<String>,
        display_name: Option<String>,
    ) -> Result<(), KeyError> {
        if !self.supports_update_user() {
            return Err(KeyError::Unsupported(Feature::UpdateUserInformation));
        }
        let id = decode_credential_id(credential_id)?;
        let list = self.list_passkeys().await?;
        let passkey = list
            .sites
            .iter()
            .flat_map(|s| &s.passkeys)
            .find(|p| p.credential_id == credential_id)
            .ok_or_else(|| KeyError::UnknownCredential(credential_id.into()))?;
        let user = UserCM {
            id: URL_SAFE_NO_PAD
                .decode(&passkey.user_id)
                .map_err(|_| KeyError::Protocol("bad user id".into()))?,
            name: name.or_else(|| passkey.user_name.clone()),
            display_name: display_name.or_else(|| passkey.display_name.clone()),
        };
        self.cred_mgmt(CredSubCommand::UpdateUserInformation(
            PublicKeyCredentialDescriptorCM::from(id),
            user,
        ))
        .await
        .map(|_| ())
    }

    /// makeCredential with rk=true: stores a passkey on the key. With a PIN
    /// set, a token with the mc permission for this site is fetched first
    /// (it replaces the session's management token).
    pub async fn make_passkey(
        &mut self,
        new: &NewPasskey,
        pin: Option<&Pin>,
    ) -> Result<Passkey, KeyError> {
        let client_data_hash: [u8; 32] = random_bytes();
        let mut request = MakeCredentialRequest {
            client_data_hash: client_data_hash.to_vec(),
            rp: RelyingParty {
                id: new.rp_id.clone(),
                name: new.rp_name.clone(),
            },
            user: User {
                id: new.user_id.clone().into(),
                name: new.user_name.clone(),
                display_name: new.display_name.clone(),
            },
            pub_key_cred_params: vec![PubKeyCredParams {
                type_: "public-key".into(),
                alg: -7,
            }],
            exclude_list: Vec::new(),
            options: Some(BTreeMap::from([("rk".to_owned(), true)])),
            pin_uv_auth_param: None,
            pin_uv_auth_proto: None,
            enterprise_attest: None,
        };
        if self.pin_is_set() == Some(true) {
            let pin = pin.ok_or(KeyError::PinRequired)?;
            self.get_token(pin, Permissions::MAKE_CREDENTIAL, Some(&new.rp_id))
                .await?;
            let (protocol, param) =
                self.auth_param(Permissions::MAKE_CREDENTIAL, &client_data_hash)?;
            request.pin_uv_auth_param = Some(param);
            request.pin_uv_auth_proto = Some(protocol);
        }
        let resp = self.send(request).await?;
        let auth_data = match resp.auth_data {
            Some(serde_cbor_2::Value::Bytes(b)) => b,
            _ => return Err(KeyError::Protocol("no authData in the answer".into())),
        };
        let credential_id = AuthenticatorData::credential_id_of(&auth_data)?;
        Ok(Passkey {
            credential_id: URL_SAFE_NO_PAD.encode(credential_id),
            rp_id: new.rp_id.clone(),
            user_id: URL_SAFE_NO_PAD.encode(&new.user_id),
            user_name: Some(new.user_name.clone()),
            display_name: Some(new.display_name.clone()),
            cred_protect: None,
            large_blob_key: None,
            third_party_payment: None,
        })
    }

    /// One signed credential-management command, on the right command byte.
    async fn cred_mgmt(
        &mut self,
        sub: CredSubCommand,
    ) -> Result<CredentialManagementResponse, KeyError> {
        let commands = self.cred_mgmt_commands()?;
        let message = sub.prf();
        let read_only = self.cred_mgmt_read_only;
        let (protocol, param) = if read_only {
            // CTAP 2.2 §6.8: a pcmr token signs the read-only subcommands.
            self.persistent_auth_param(message[0], &message)?
        } else {
            self.auth_param(Permissions::CREDENTIAL_MANAGEMENT, &message)?
        };
        let result = match commands {
            CommandSet::Standard => {
                self.send_cred_mgmt(CredentialManagementRequest::new(
                    sub,
                    Some(protocol),
                    Some(param),
                ))
                .await
            }
            CommandSet::Prototype => {
                self.send_cred_mgmt(PrototypeCredentialManagementRequest::new(
                    sub,
                    Some(protocol),
                    Some(param),
                ))
                .await
            }
        };
        if read_only {
            // The management token is not involved: keep it.
            return result.map_err(|e| match e {
                KeyError::TokenRejected => KeyError::PinRequired,
                other => other,
            });
        }
        result.map_err(|e| self.token_rejected(e))
    }

    /// The unsigned "get next" commands of the two enumerations.
    async fn cred_mgmt_next(
        &mut self,
        rps: bool,
    ) -> Result<CredentialManagementResponse, KeyError> {
        match (self.cred_mgmt_commands()?, rps) {
            (CommandSet::Standard, true) => {
                self.send_cred_mgmt(CredentialManagementRequest::ENUMERATE_RPS_GET_NEXT)
                    .await
            }
            (CommandSet::Standard, false) => {
                self.send_cred_mgmt(CredentialManagementRequest::ENUMERATE_CREDENTIALS_GET_NEXT)
                    .await
            }
            (CommandSet::Prototype, true) => {
                self.send_cred_mgmt(PrototypeCredentialManagementRequest::ENUMERATE_RPS_GET_NEXT)
                    .await
            }
            (CommandSet::Prototype, false) => {
                self.send_cred_mgmt(
                    PrototypeCredentialManagementRequest::ENUMERATE_CREDENTIALS_GET_NEXT,
                )
                .await
            }
        }
    }
}

fn to_passkey(
    rp_id: &str,
    resp: CredentialManagementResponse,
    third_party_payment: Option<bool>,
) -> Option<Passkey> {
    let cred = resp.discoverable_credential;
    let id = cred.credential_id?.id;
    let (user_id, user_name, display_name) = match cred.user {
        Some(u) => (u.id, u.name, u.display_name),
        None => (Vec::new(), None, None),
    };
    Some(Passkey {
        credential_id: URL_SAFE_NO_PAD.encode(id),
        rp_id: rp_id.to_owned(),
        user_id: URL_SAFE_NO_PAD.encode(user_id),
        user_name,
        display_name,
        cred_protect: cred.cred_protect.map(|level| level as u8),
        third_party_payment,
        large_blob_key: cred
            .large_blob_key
            .map(|k| crate::model::LargeBlobKey(zeroize::Zeroizing::new(k))),
    })
}

/// Parses a credential id the user typed; bad input never reaches the key.
pub fn decode_credential_id(text: &str) -> Result<Vec<u8>, KeyError> {
    let trimmed = text.trim().trim_end_matches('=');
    match URL_SAFE_NO_PAD.decode(trimmed) {
        Ok(id) if !id.is_empty() => Ok(id),
        _ => Err(KeyError::UnknownCredential(text.into())),
    }
}

/// What [`KeySession::make_credential`] asks the key for: a relying
/// party's creation options as a client has turned them into a
/// makeCredential request (CTAP 2.1 §6.1.1).
#[derive(Clone, Debug)]
pub struct CredentialRequest {
    /// SHA-256 of the clientDataJSON the client built (§6.1.1
    /// clientDataHash): the key signs over it in the attestation.
    pub client_data_hash: [u8; 32],
    pub rp_id: String,
    pub rp_name: String,
    pub user_id: Vec<u8>,
    pub user_name: String,
    pub display_name: String,
    /// COSE algorithm identifiers, in the relying party's order of preference.
    pub algorithms: Vec<i64>,
    /// Credentials the relying party already has for this user: the key
    /// refuses to make a second one (CTAP2_ERR_CREDENTIAL_EXCLUDED).
    pub exclude: Vec<Vec<u8>>,
    /// The `rk` option: store a discoverable credential (a passkey).
    pub resident_key: bool,
}

/// The key's makeCredential answer (§6.1.2), untouched, for a relying
/// party to verify: `fmt`, `authData` and `attStmt`.
#[derive(Clone, Debug)]
pub struct MadeCredential {
    pub fmt: String,
    pub auth_data: Vec<u8>,
    pub att_stmt: serde_cbor_2::Value,
    /// From the attested credential data in `auth_data`.
    pub credential_id: Vec<u8>,
}

impl MadeCredential {
    /// The WebAuthn attestation object (WebAuthn L2 §6.5): a CBOR map of
    /// `fmt`, `attStmt` and `authData`.
    pub fn attestation_object(&self) -> Result<Vec<u8>, KeyError> {
        use serde_cbor_2::Value;
        let map = BTreeMap::from([
            (Value::Text("fmt".into()), Value::Text(self.fmt.clone())),
            (Value::Text("attStmt".into()), self.att_stmt.clone()),
            (
                Value::Text("authData".into()),
                Value::Bytes(self.auth_data.clone()),
            ),
        ]);
        serde_cbor_2::to_vec(&Value::Map(map))
            .map_err(|e| KeyError::Protocol(format!("could not encode the attestation: {e}")))
    }
}

impl KeySession {
    /// authenticatorMakeCredential (§6.1) for a relying party's request,
    /// with user verification: with a PIN set, pinUvAuthParam comes from a
    /// token with the mc permission (0x01) bound to the rp id (§6.5.5.7),
    /// computed over the clientDataHash (§6.1.2 step 11). Without a PIN,
    /// keys that need one for `rk` answer PUAT_REQUIRED / PIN_NOT_SET.
    pub async fn make_credential(
        &mut self,
        request: &CredentialRequest,
        pin: Option<&Pin>,
    ) -> Result<MadeCredential, KeyError> {
        let mut options = BTreeMap::new();
        if request.resident_key {
            options.insert("rk".to_owned(), true);
        }
        let mut command = MakeCredentialRequest {
            client_data_hash: request.client_data_hash.to_vec(),
            rp: RelyingParty {
                id: request.rp_id.clone(),
                name: request.rp_name.clone(),
            },
            user: User {
                id: request.user_id.clone(),
                name: request.user_name.clone(),
                display_name: request.display_name.clone(),
            },
            pub_key_cred_params: request
                .algorithms
                .iter()
                .map(|alg| PubKeyCredParams {
                    type_: "public-key".into(),
                    alg: *alg,
                })
                .collect(),
            exclude_list: request
                .exclude
                .iter()
                .map(|id| webauthn_rs_proto::PublicKeyCredentialDescriptor {
                    type_: "public-key".into(),
                    id: id.clone(),
                    transports: None,
                })
                .collect(),
            options: (!options.is_empty()).then_some(options),
            pin_uv_auth_param: None,
            pin_uv_auth_proto: None,
            enterprise_attest: None,
        };
        if self.pin_is_set() == Some(true) {
            let pin = pin.ok_or(KeyError::PinRequired)?;
            self.get_token(pin, Permissions::MAKE_CREDENTIAL, Some(&request.rp_id))
                .await?;
            let (protocol, param) =
                self.auth_param(Permissions::MAKE_CREDENTIAL, &request.client_data_hash)?;
            command.pin_uv_auth_param = Some(param);
            command.pin_uv_auth_proto = Some(protocol);
        }
        let resp = self.send(command).await?;
        let auth_data = match resp.auth_data {
            Some(serde_cbor_2::Value::Bytes(b)) => b,
            _ => return Err(KeyError::Protocol("no authData in the answer".into())),
        };
        let fmt = resp
            .fmt
            .ok_or_else(|| KeyError::Protocol("no fmt in the answer".into()))?;
        let att_stmt = resp
            .att_stmt
            .ok_or_else(|| KeyError::Protocol("no attStmt in the answer".into()))?;
        let credential_id = AuthenticatorData::credential_id_of(&auth_data)?;
        tracing::info!(fmt = %fmt, "credential made");
        Ok(MadeCredential {
            fmt,
            auth_data,
            att_stmt,
            credential_id,
        })
    }
}
