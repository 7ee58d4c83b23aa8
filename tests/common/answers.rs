//! A virtual key that answers one command the way some real key does:
//! the test names the command (and clientPIN sub-command) and the status
//! the key should answer instead of its own. Used where real keys differ
//! from the specification or from each other (setPIN refused with
//! NOT_ALLOWED or PIN_AUTH_INVALID, reset declined on the key, a finger
//! not recognised), so that the client is tested against each answer.
#![allow(dead_code)]

use async_trait::async_trait;
use std::sync::{Arc, Mutex};
use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;

use keyguide::device::model::Transport;
use keyguide::device::{CancelSignal, Connection, KeySession, Prompts, TokenConnection};
use keyguide::virtual_key::{VirtualKey, VirtualKeyControl};

/// The next matching command is answered with `status` instead.
#[derive(Clone, Copy, Debug)]
pub struct Answer {
    pub command: u8,
    /// For clientPIN (0x06): the sub-command, read from the request.
    pub sub_command: Option<u8>,
    pub status: u8,
}

#[derive(Clone, Default)]
pub struct Script(Arc<Mutex<Vec<Answer>>>);

impl Script {
    /// The next `command` (with `sub_command`) gets `status`.
    pub fn answer(&self, command: u8, sub_command: Option<u8>, status: u8) {
        self.0.lock().unwrap().push(Answer {
            command,
            sub_command,
            status,
        });
    }

    fn take(&self, cbor: &[u8]) -> Option<u8> {
        let mut answers = self.0.lock().unwrap();
        let i = answers
            .iter()
            .position(|a| Some(&a.command) == cbor.first() && sub_matches(a, cbor))?;
        Some(answers.remove(i).status)
    }
}

fn sub_matches(a: &Answer, cbor: &[u8]) -> bool {
    let Some(want) = a.sub_command else {
        return true;
    };
    let Ok(serde_cbor_2::Value::Map(params)) = serde_cbor_2::from_slice(&cbor[1..]) else {
        return false;
    };
    params.get(&serde_cbor_2::Value::Integer(2)) == Some(&serde_cbor_2::Value::Integer(want.into()))
}

#[derive(Debug)]
struct Scripted {
    inner: TokenConnection<VirtualKey>,
    script: Script,
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Script")
    }
}

#[async_trait]
impl Connection for Scripted {
    async fn transmit(
        &mut self,
        cbor: &[u8],
        prompts: &Prompts,
    ) -> Result<Vec<u8>, WebauthnCError> {
        if let Some(status) = self.script.take(cbor) {
            return Err(WebauthnCError::Ctap(CtapError::from(status)));
        }
        self.inner.transmit(cbor, prompts).await
    }

    fn transport(&self) -> Transport {
        Transport::Virtual
    }

    fn cancels_itself(&self) -> bool {
        true
    }
}

/// A session on `key` whose answers the returned [`Script`] can replace.
pub async fn scripted_session(key: &VirtualKeyControl) -> (KeySession, Script) {
    let cancel = CancelSignal::new();
    let script = Script::default();
    let conn = Box::new(Scripted {
        inner: TokenConnection::new(
            VirtualKey::from_control(key.clone()).with_cancel(cancel.clone()),
            Transport::Virtual,
            true,
        ),
        script: script.clone(),
    });
    let session = KeySession::open(conn, Prompts::discard(), cancel)
        .await
        .expect("virtual key opens");
    (session, script)
}
