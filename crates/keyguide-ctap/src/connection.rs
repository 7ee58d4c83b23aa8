//! The one seam between the session and a transport: an object-safe view of
//! the library's `Token` (whose generic methods cannot live in a `dyn`).

use async_trait::async_trait;
use std::fmt;
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;

use super::model::Transport;
use super::prompts::Prompts;

#[async_trait]
pub trait Connection: Send + Sync + fmt::Debug {
    /// Sends command byte + CBOR; returns the CBOR body of a status-0 answer
    /// or `WebauthnCError::Ctap(status)`.
    async fn transmit(&mut self, cbor: &[u8], prompts: &Prompts)
        -> Result<Vec<u8>, WebauthnCError>;

    fn transport(&self) -> Transport;

    /// True when the transport turns the session's `CancelSignal` into a
    /// protocol-level cancel itself (our USB token, the virtual key); the
    /// session then waits for the key's KEEPALIVE_CANCEL answer instead of
    /// abandoning the exchange.
    fn cancels_itself(&self) -> bool;

    async fn close(&mut self) {}
}

/// Wraps any library `Token` as a [`Connection`].
pub struct TokenConnection<T: Token> {
    token: T,
    transport: Transport,
    cancels_itself: bool,
}

impl<T: Token> TokenConnection<T> {
    pub fn new(token: T, transport: Transport, cancels_itself: bool) -> Self {
        Self {
            token,
            transport,
            cancels_itself,
        }
    }
}

impl<T: Token> fmt::Debug for TokenConnection<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenConnection")
            .field("token", &self.token)
            .field("transport", &self.transport)
            .finish()
    }
}

#[async_trait]
impl<T: Token> Connection for TokenConnection<T> {
    async fn transmit(
        &mut self,
        cbor: &[u8],
        prompts: &Prompts,
    ) -> Result<Vec<u8>, WebauthnCError> {
        self.token.transmit_raw(cbor, prompts).await
    }

    fn transport(&self) -> Transport {
        self.transport
    }

    fn cancels_itself(&self) -> bool {
        self.cancels_itself
    }

    async fn close(&mut self) {
        let _ = self.token.close().await;
    }
}
