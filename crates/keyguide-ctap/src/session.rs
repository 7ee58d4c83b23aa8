//! `KeySession`: one open key, its cached getInfo and the [`Capabilities`]
//! decided from it, and the PIN/UV state ([`crate::pin_state`]): one
//! pinUvAuthToken reused until the key rejects it.
//!
//! The library's high-level calls redo key agreement and ask for the PIN on
//! every call; here the session owns that state (CTAP 2.1 §6.5.5: a token
//! stays valid until power-off, a new token, or a PIN change). The command
//! families live in their own modules as further `impl KeySession` blocks:
//! `client_pin`, `passkeys`, `fingerprints`, `settings`.

use webauthn_authenticator_rs::ctap2::commands::{CBORCommand, CBORResponse, GetInfoRequest};
use webauthn_authenticator_rs::ctap2::commands::{
    ClientPinRequest, ClientPinSubCommand, Permissions,
};
use webauthn_authenticator_rs::ctap2::GetInfoResponse;
use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;

use super::cancel::CancelSignal;
use super::capabilities::Capabilities;
use super::connection::Connection;
use super::ctap22::{Ctap22Info, Encrypted, PersistentToken};
use super::error::{Feature, KeyError};
use super::model::Transport;
use super::pin_state::{Agreement, Event as PinEvent, PinUvState};
use super::pin_uv::{EcdhKeyPair, PinUvProtocol};
use super::prompts::Prompts;

pub struct KeySession {
    conn: Box<dyn Connection>,
    prompts: Prompts,
    cancel: CancelSignal,
    pub(crate) info: GetInfoResponse,
    /// Decided from `info` whenever it is (re)read; nothing else reads
    /// `info`'s raw fields.
    pub(crate) caps: Capabilities,
    pub(crate) pin: PinUvState,
    /// getInfo's CTAP 2.2/2.3 members (the library stops at 2.1).
    pub(crate) ctap22: Ctap22Info,
    pub(crate) encrypted: Encrypted,
    /// The persistent read-only (pcmr) token, when held (CTAP 2.2).
    pub(crate) persistent: Option<PersistentToken>,
    /// credentialManagement is signed with `persistent` (read-only listing).
    pub(crate) cred_mgmt_read_only: bool,
    /// thirdPartyPayment (CTAP 2.2, enumerateCredentials member 0x0C) of the
    /// last credential-management answer; the library's type drops it.
    pub(crate) last_third_party_payment: Option<bool>,
    commands_sent: u32,
}

impl std::fmt::Debug for KeySession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeySession")
            .field("conn", &self.conn)
            .field("protocol", &self.pin.protocol())
            .field("has_token", &self.pin.token().is_some())
            .finish()
    }
}

impl KeySession {
    /// Opens a session: reads getInfo once and picks the PIN/UV protocol
    /// (the key's first listed one that we speak, §6.5.4).
    pub async fn open(
        conn: Box<dyn Connection>,
        prompts: Prompts,
        cancel: CancelSignal,
    ) -> Result<Self, KeyError> {
        let mut session = KeySession {
            conn,
            prompts,
            cancel,
            info: GetInfoResponse::default(),
            caps: Capabilities::from_info(&GetInfoResponse::default()),
            pin: PinUvState::default(),
            ctap22: Ctap22Info::default(),
            last_third_party_payment: None,
            encrypted: Encrypted::default(),
            persistent: None,
            cred_mgmt_read_only: false,
            commands_sent: 0,
        };
        session.read_info().await?;
        session.pin = PinUvState::new(session.caps.preferred_pin_protocol());
        Ok(session)
    }

    /// Chooses the PIN/UV protocol, if the key offers it (tests, and IT
    /// staff checking a key's protocol support).
    pub fn use_pin_protocol(&mut self, protocol: PinUvProtocol) -> Result<(), KeyError> {
        if !self.caps.pin_protocols.contains(&protocol) {
            return Err(KeyError::Unsupported(Feature::ClientPin));
        }
        self.pin.set_protocol(protocol);
        Ok(())
    }

    /// The getInfo last read (at open, and after changes that alter it).
    pub fn get_info(&self) -> &GetInfoResponse {
        &self.info
    }

    /// Sends getInfo and takes its answer: the library's CTAP 2.1 view and
    /// our reading of the CTAP 2.2/2.3 members from the same bytes.
    pub(crate) async fn read_info(&mut self) -> Result<(), KeyError> {
        let cbor = GetInfoRequest {}
            .cbor()
            .map_err(|e| KeyError::Protocol(format!("could not encode a command: {e}")))?;
        let raw = self.send_raw(&cbor).await?;
        let info = <GetInfoResponse as CBORResponse>::try_from(&raw)
            .map_err(|_| KeyError::Protocol("undecodable CBOR answer".into()))?;
        let (ctap22, encrypted) = Ctap22Info::parse(&raw);
        self.set_info(info);
        self.ctap22 = ctap22;
        self.encrypted = encrypted;
        Ok(())
    }

    /// What the key can do, decided from that getInfo.
    pub fn capabilities(&self) -> &Capabilities {
        &self.caps
    }

    /// Takes a freshly read getInfo and the decisions that follow from it.
    pub(crate) fn set_info(&mut self, info: GetInfoResponse) {
        self.caps = Capabilities::from_info(&info);
        self.info = info;
    }

    pub fn transport(&self) -> Transport {
        self.conn.transport()
    }

    /// How many CTAP commands this session has sent (`--stats`).
    pub fn commands_sent(&self) -> u32 {
        self.commands_sent
    }

    /// The handle that cancels the running operation from another task.
    pub fn cancel_signal(&self) -> CancelSignal {
        self.cancel.clone()
    }

    pub fn prompts(&self) -> &Prompts {
        &self.prompts
    }

    /// True while a PIN token is held (the UI skips asking for the PIN).
    pub fn is_unlocked(&self) -> bool {
        self.pin.token().is_some()
    }

    /// Drops the token and the shared secret (both zeroize on drop).
    pub fn lock(&mut self) {
        self.pin.on(PinEvent::Locked);
    }

    /// The key was removed and inserted again (a power cycle): it forgot
    /// its tokens and has a new key-agreement key.
    pub fn replugged(&mut self) {
        self.pin.on(PinEvent::Replugged);
    }

    pub async fn close(mut self) {
        self.lock();
        self.conn.close().await;
    }

    pub(crate) fn pin_protocol(&self) -> Result<PinUvProtocol, KeyError> {
        self.pin
            .protocol()
            .ok_or(KeyError::Unsupported(Feature::ClientPin))
    }

    /// Sends one command and decodes its answer. Waiting for the user can be
    /// cancelled through the session's [`CancelSignal`].
    pub(crate) async fn send<C: CBORCommand>(&mut self, cmd: C) -> Result<C::Response, KeyError> {
        let cbor = cmd
            .cbor()
            .map_err(|e| KeyError::Protocol(format!("could not encode a command: {e}")))?;
        let raw = self.send_raw(&cbor).await?;
        <C::Response as CBORResponse>::try_from(&raw)
            .map_err(|_| KeyError::Protocol("undecodable CBOR answer".into()))
    }

    /// Like [`send`](Self::send), for credential management: also notes
    /// thirdPartyPayment (0x0C), a CTAP 2.2 member the library drops.
    pub(crate) async fn send_cred_mgmt<C: CBORCommand>(
        &mut self,
        cmd: C,
    ) -> Result<C::Response, KeyError> {
        let cbor = cmd
            .cbor()
            .map_err(|e| KeyError::Protocol(format!("could not encode a command: {e}")))?;
        let raw = self.send_raw(&cbor).await?;
        self.last_third_party_payment = match serde_cbor_2::from_slice(&raw) {
            Ok(serde_cbor_2::Value::Map(map)) => match map.get(&serde_cbor_2::Value::Integer(0x0C))
            {
                Some(serde_cbor_2::Value::Bool(b)) => Some(*b),
                _ => None,
            },
            _ => None,
        };
        <C::Response as CBORResponse>::try_from(&raw)
            .map_err(|_| KeyError::Protocol("undecodable CBOR answer".into()))
    }

    /// Like [`send`](Self::send) but hands back the library error untouched,
    /// for callers that map statuses in their own context.
    pub(crate) async fn send_raw(&mut self, cbor: &[u8]) -> Result<Vec<u8>, KeyError> {
        self.commands_sent += 1;
        // The command byte only: parameters may carry encrypted PIN
        // material and, for credential management, user names.
        tracing::trace!(command = cbor.first().copied(), "CTAP command sent");
        let result = self.send_raw_ctap(cbor).await;
        if let Err(e) = &result {
            tracing::debug!(
                command = cbor.first().copied(),
                "CTAP command failed: {e:?}"
            );
        }
        result.map_err(KeyError::from)
    }

    async fn send_raw_ctap(&mut self, cbor: &[u8]) -> Result<Vec<u8>, WebauthnCError> {
        if self.cancel.is_cancelled() {
            return Err(WebauthnCError::Ctap(CtapError::Ctap2KeepAliveCancel));
        }
        if self.conn.cancels_itself() {
            return self.conn.transmit(cbor, &self.prompts).await;
        }
        // The transport cannot cancel on the wire: abandon the exchange.
        let cancel = self.cancel.clone();
        tokio::select! {
            r = self.conn.transmit(cbor, &self.prompts) => r,
            _ = cancel.cancelled() => Err(WebauthnCError::Cancelled),
        }
    }

    /// Computes pinUvAuthParam over `message` with the held token, if it has
    /// `permission` (and `rp_id`, when the token is bound to one).
    pub(crate) fn auth_param(
        &self,
        permission: Permissions,
        message: &[u8],
    ) -> Result<(u32, Vec<u8>), KeyError> {
        let protocol = self.pin_protocol()?;
        let token = self.pin.token().ok_or(KeyError::PinRequired)?;
        if let Some(granted) = token.permissions {
            if !granted.contains(permission) {
                return Err(KeyError::PinRequired);
            }
        }
        Ok((
            protocol.number(),
            protocol.authenticate(&token.token, message),
        ))
    }

    /// A command signed with the token failed: if the key rejected the token
    /// itself, forget it so the next attempt asks for the PIN again.
    pub(crate) fn token_rejected(&mut self, err: KeyError) -> KeyError {
        match err {
            KeyError::TokenRejected | KeyError::PinRequired => {
                self.pin.on(PinEvent::TokenRejected);
                KeyError::PinRequired
            }
            other => other,
        }
    }

    /// Runs getKeyAgreement unless a shared secret is already held.
    pub(crate) async fn ensure_agreement(&mut self) -> Result<(), KeyError> {
        if self.pin.agreement().is_some() {
            return Ok(());
        }
        let protocol = self.pin_protocol()?;
        let resp = self
            .send(ClientPinRequest {
                pin_uv_protocol: Some(protocol.number()),
                sub_command: ClientPinSubCommand::GetKeyAgreement,
                ..Default::default()
            })
            .await?;
        let key = resp
            .key_agreement
            .ok_or_else(|| KeyError::Protocol("no keyAgreement in the answer".into()))?;
        let (x, y) = cose_xy(&key)?;
        let pair = EcdhKeyPair::generate();
        let shared_secret = pair
            .shared_secret(protocol, &x, &y)
            .map_err(|e| KeyError::Protocol(e.to_string()))?;
        let (platform_x, platform_y) = pair.public_xy();
        self.pin.set_agreement(Agreement {
            platform_x,
            platform_y,
            shared_secret,
        });
        Ok(())
    }
}

fn cose_xy(key: &webauthn_rs_core::proto::COSEKey) -> Result<(Vec<u8>, Vec<u8>), KeyError> {
    match &key.key {
        webauthn_rs_core::proto::COSEKeyType::EC_EC2(ec) => Ok((ec.x.to_vec(), ec.y.to_vec())),
        _ => Err(KeyError::Protocol("keyAgreement is not an EC2 key".into())),
    }
}
