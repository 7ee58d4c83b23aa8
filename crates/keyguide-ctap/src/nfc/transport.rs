//! One NFC card through PC/SC, as the library's `Token`, so it plugs into
//! the session's `Connection` seam like a USB key.
//!
//! - Shared-mode connection: a card the app holds stays visible to other
//!   programs and to our own hotplug watcher, which never connects.
//! - A PC/SC transaction around each CTAP exchange (command, keepalive
//!   polls, GET RESPONSEs) so no other program interleaves APDUs.
//! - The applet is selected once, when the card is opened: opening is the
//!   identification (a card without the FIDO applet is not a key).
//! - No pause anywhere. The library waits 500 ms before its SELECT because
//!   macOS may send its own SELECT to a freshly connected card; with our
//!   transaction and re-selection when a command finds another applet
//!   selected ([`super::link`]), that interleaving costs one SELECT, so no
//!   platform needs the wait.

use std::ffi::CString;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::mpsc;
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;
use webauthn_authenticator_rs::ui::UiCallback;
use webauthn_rs_proto::AuthenticatorTransport;

use super::link::{ApduChannel, Link, STATUS_PROCESSING, STATUS_UPNEEDED};
use crate::CancelSignal;

/// How long a failed exchange waits for the reader to notice a removal
/// (pcscd polls readers every 400 ms or so).
const REMOVAL_GRACE: Duration = Duration::from_millis(1500);

/// The largest response APDU: 65536 data bytes and SW1 SW2.
const RECEIVE_BUFFER: usize = 65538;

/// An opened NFC security key.
///
/// CTAP over NFC has no "the card left" signal and PC/SC reports a removal
/// in several ways (an empty answer, SCARD_E_NOT_TRANSACTED, a removed
/// card), so after a failed exchange the reader's event counter tells
/// whether the card it holds is still the one we opened: a card that left
/// is `Closed` (the key was removed), never a success.
pub struct NfcCard {
    inner: Arc<Mutex<Inner>>,
    ctx: pcsc::Context,
    reader: CString,
    /// The reader's card event counter when we opened the card; it moves on
    /// every removal and insertion.
    event_count: u32,
    cancel: CancelSignal,
}

struct Inner {
    card: Option<pcsc::Card>,
    link: Link,
    buf: Vec<u8>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(card) = self.card.take() {
            // Leave the card as it is: the pcsc crate's default resets it,
            // which would power-cycle the key (a new reset window, tokens
            // gone) just because we closed it.
            let _ = card.disconnect(pcsc::Disposition::LeaveCard);
        }
    }
}

impl std::fmt::Debug for NfcCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NfcCard")
            .field("reader", &self.reader)
            .field("event_count", &self.event_count)
            .finish()
    }
}

/// A PC/SC transaction as the link's channel.
struct TransactionChannel<'a, 'b> {
    tx: &'a pcsc::Transaction<'b>,
    buf: &'a mut [u8],
}

impl ApduChannel for TransactionChannel<'_, '_> {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, pcsc::Error> {
        self.tx.transmit(apdu, self.buf).map(<[u8]>::to_vec)
    }
}

impl Inner {
    /// Runs `f` inside a PC/SC transaction. A card another program reset
    /// is reconnected once (its applet must then be selected again).
    fn in_transaction<R>(
        &mut self,
        f: impl FnOnce(&mut Link, &mut dyn ApduChannel) -> Result<R, WebauthnCError>,
    ) -> Result<R, WebauthnCError> {
        let Inner { card, link, buf } = self;
        let card = card.as_mut().ok_or(WebauthnCError::Closed)?;
        let tx = match card.transaction2() {
            Ok(tx) => tx,
            Err((card, pcsc::Error::ResetCard)) => {
                tracing::debug!("the card was reset by another program; reconnecting");
                card.reconnect(
                    pcsc::ShareMode::Shared,
                    pcsc::Protocols::ANY,
                    pcsc::Disposition::LeaveCard,
                )
                .map_err(WebauthnCError::PcscError)?;
                link.forget_selection();
                card.transaction().map_err(WebauthnCError::PcscError)?
            }
            Err((_, e)) => return Err(WebauthnCError::PcscError(e)),
        };
        let result = {
            let mut channel = TransactionChannel { tx: &tx, buf };
            f(link, &mut channel)
        };
        if let Err((_, e)) = tx.end(pcsc::Disposition::LeaveCard) {
            tracing::debug!("ending the PC/SC transaction: {e}");
        }
        result
    }
}

impl NfcCard {
    /// Connects to the card on `reader` (shared) and selects its FIDO
    /// applet. Blocking: PC/SC calls are; run it off the async threads.
    pub fn open(reader: &str, cancel: CancelSignal) -> Result<Self, WebauthnCError> {
        let ctx = pcsc::Context::establish(pcsc::Scope::User).map_err(WebauthnCError::PcscError)?;
        let reader = CString::new(reader).map_err(|_| WebauthnCError::Internal)?;
        let mut states = [pcsc::ReaderState::new(reader.clone(), pcsc::State::UNAWARE)];
        ctx.get_status_change(Duration::ZERO, &mut states)
            .map_err(WebauthnCError::PcscError)?;
        if !states[0].event_state().contains(pcsc::State::PRESENT) {
            return Err(WebauthnCError::PcscError(pcsc::Error::NoSmartcard));
        }
        let event_count = states[0].event_count();
        let link = Link::for_atr(states[0].atr());
        let card = ctx
            .connect(&reader, pcsc::ShareMode::Shared, pcsc::Protocols::ANY)
            .map_err(WebauthnCError::PcscError)?;
        let mut inner = Inner {
            card: Some(card),
            link,
            buf: vec![0; RECEIVE_BUFFER],
        };
        inner.in_transaction(|link, channel| link.select(channel))?;
        tracing::debug!(
            reader = ?reader,
            form = ?inner.link.form(),
            "NFC key opened"
        );
        Ok(NfcCard {
            inner: Arc::new(Mutex::new(inner)),
            ctx,
            reader,
            event_count,
            cancel,
        })
    }

    /// The applet's SELECT answer ("FIDO_2_0", or "U2F_V2" for keys that
    /// speak both protocols).
    pub fn applet_version(&self) -> Option<Vec<u8>> {
        let inner = self.inner.lock().ok()?;
        inner.link.version().map(<[u8]>::to_vec)
    }

    /// True when the reader is empty or holds another card than ours,
    /// waiting up to [`REMOVAL_GRACE`] for the reader to notice.
    async fn card_left(&self) -> bool {
        let ctx = self.ctx.clone();
        let reader = self.reader.clone();
        let opened = self.event_count;
        tokio::task::spawn_blocking(move || {
            let gone = |s: &pcsc::ReaderState| {
                !s.event_state().contains(pcsc::State::PRESENT) || s.event_count() != opened
            };
            let mut states = [pcsc::ReaderState::new(reader, pcsc::State::UNAWARE)];
            if ctx.get_status_change(Duration::ZERO, &mut states).is_err() {
                return true;
            }
            if gone(&states[0]) {
                return true;
            }
            states[0].sync_current_state();
            match ctx.get_status_change(REMOVAL_GRACE, &mut states) {
                Ok(()) => gone(&states[0]),
                Err(pcsc::Error::Timeout) => false,
                Err(_) => true,
            }
        })
        .await
        .unwrap_or(true)
    }
}

#[async_trait]
impl Token for NfcCard {
    type Id = CString;

    fn has_button(&self) -> bool {
        false
    }

    fn get_transport(&self) -> AuthenticatorTransport {
        AuthenticatorTransport::Nfc
    }

    async fn transmit_raw<U: UiCallback>(
        &mut self,
        cbor: &[u8],
        ui: &U,
    ) -> Result<Vec<u8>, WebauthnCError> {
        let (status_tx, mut status_rx) = mpsc::unbounded_channel();
        let inner = Arc::clone(&self.inner);
        let cancel = self.cancel.clone();
        let cbor = cbor.to_vec();
        let mut job = tokio::task::spawn_blocking(move || {
            let mut inner = inner.lock().map_err(|_| WebauthnCError::PoisonedMutex)?;
            inner.in_transaction(|link, channel| {
                link.ctap(
                    channel,
                    &cbor,
                    &mut |status| {
                        let _ = status_tx.send(status);
                    },
                    &cancel,
                )
            })
        });
        // Keepalives come from the blocking thread; the UI callback is
        // ours to call, here.
        let result = loop {
            tokio::select! {
                Some(status) = status_rx.recv() => match status {
                    STATUS_UPNEEDED => ui.request_touch(),
                    STATUS_PROCESSING => ui.processing(),
                    _ => {}
                },
                joined = &mut job => break joined.map_err(|_| WebauthnCError::Internal)?,
            }
        };
        match result {
            Err(e @ (WebauthnCError::ApduTransmission | WebauthnCError::PcscError(_))) => {
                if self.card_left().await {
                    // Whatever the key did with the command, we cannot
                    // know it finished: report the removal, never success.
                    Err(WebauthnCError::Closed)
                } else {
                    Err(e)
                }
            }
            other => other,
        }
    }

    /// Cancelling goes through the [`CancelSignal`] given to
    /// [`NfcCard::open`], which the pending exchange watches.
    async fn cancel(&mut self) -> Result<(), WebauthnCError> {
        self.cancel.cancel();
        Ok(())
    }

    /// The applet was selected when the card was opened.
    async fn init(&mut self) -> Result<(), WebauthnCError> {
        Ok(())
    }

    async fn close(&mut self) -> Result<(), WebauthnCError> {
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || {
            if let Ok(mut inner) = inner.lock() {
                if let Some(card) = inner.card.take() {
                    let _ = card.disconnect(pcsc::Disposition::LeaveCard);
                }
            }
        })
        .await
        .map_err(|_| WebauthnCError::Internal)
    }
}
