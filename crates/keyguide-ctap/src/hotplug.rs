//! Keys arriving and leaving, as events: no polling, and no card touched.
//!
//! - NFC: a thread blocks in `SCardGetStatusChange` on every reader plus
//!   the `\\?PnP?\Notification` pseudo-reader (readers plugged in or out).
//!   A card is present or absent per reader; the reader's event counter
//!   tells a re-tap (left and came back between two wake-ups) from the same
//!   card. It never connects to a card: a card the app holds open is
//!   "in use" to PC/SC, which changes nothing here, so a busy key is never
//!   reported gone.
//! - USB: the library's device watcher (`fido-hid-rs`), which enumerates
//!   without opening a channel to the key.
//!
//! [`watch`] merges both into one stream of [`DeviceEvent`]s; dropping the
//! stream stops the thread (through `SCardCancel`) and the USB watch.
//! [`nfc_snapshot`] is the one-shot listing `keyguide devices` uses.

use std::collections::HashMap;
use std::ffi::{CStr, CString};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;

use futures::{Stream, StreamExt as _};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

use crate::discovery::{nfc_summary, usb_summary, USB_PREFIX};
use crate::model::DeviceSummary;
use crate::usb::{self, UsbEvent};
use crate::KeyError;

/// A key came or went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceEvent {
    /// A key is there now (also sent for every key present when the watch
    /// starts).
    KeyArrived(DeviceSummary),
    /// The key with this [`DeviceSummary::id`] went away.
    KeyLeft(String),
}

/// The FIDO-capable cards on PC/SC readers now, from the readers' states:
/// one IPC round trip to the smart-card service, no card connected (a card
/// without the FIDO applet shows up too; opening it says so). No service is
/// [`KeyError::NoSmartCardService`]; no reader is an empty list.
pub fn nfc_snapshot() -> Result<Vec<DeviceSummary>, KeyError> {
    let ctx = pcsc::Context::establish(pcsc::Scope::User).map_err(pcsc_error)?;
    let readers = match ctx.list_readers_owned() {
        Ok(readers) => readers,
        Err(pcsc::Error::NoReadersAvailable) => return Ok(Vec::new()),
        Err(e) => return Err(pcsc_error(e)),
    };
    let mut states: Vec<pcsc::ReaderState> = readers
        .into_iter()
        .map(|name| pcsc::ReaderState::new(name, pcsc::State::UNAWARE))
        .collect();
    if states.is_empty() {
        return Ok(Vec::new());
    }
    ctx.get_status_change(Duration::ZERO, &mut states)
        .map_err(pcsc_error)?;
    Ok(states
        .iter()
        .filter(|s| card_present(s))
        .map(|s| nfc_summary(&s.name().to_string_lossy()))
        .collect())
}

fn pcsc_error(e: pcsc::Error) -> KeyError {
    KeyError::from(webauthn_authenticator_rs::prelude::WebauthnCError::PcscError(e))
}

/// A card that answered its reset; a mute card is no key.
fn card_present(state: &pcsc::ReaderState) -> bool {
    let s = state.event_state();
    s.contains(pcsc::State::PRESENT) && !s.contains(pcsc::State::MUTE)
}

/// The stream of key events; dropping it stops the watchers.
pub struct DeviceEvents {
    events: UnboundedReceiver<DeviceEvent>,
    stop: Arc<NfcStop>,
}

impl Stream for DeviceEvents {
    type Item = DeviceEvent;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Option<DeviceEvent>> {
        self.events.poll_recv(cx)
    }
}

impl Drop for DeviceEvents {
    fn drop(&mut self) {
        self.stop.stop();
    }
}

/// How the drop side reaches the NFC thread: a flag, the context it waits
/// in (cancelled to wake it) and a channel it waits on between retries.
#[derive(Default)]
struct NfcStop {
    stopped: Mutex<bool>,
    woken: std::sync::Condvar,
    ctx: Mutex<Option<pcsc::Context>>,
}

impl NfcStop {
    fn stop(&self) {
        if let Ok(mut stopped) = self.stopped.lock() {
            *stopped = true;
        }
        self.woken.notify_all();
        if let Ok(ctx) = self.ctx.lock() {
            if let Some(ctx) = ctx.as_ref() {
                let _ = ctx.cancel();
            }
        }
    }

    fn is_stopped(&self) -> bool {
        self.stopped.lock().map(|s| *s).unwrap_or(true)
    }

    /// Waits up to `timeout` unless stopped first; true when stopped.
    fn wait(&self, timeout: Duration) -> bool {
        let Ok(stopped) = self.stopped.lock() else {
            return true;
        };
        match self
            .woken
            .wait_timeout_while(stopped, timeout, |stopped| !*stopped)
        {
            Ok((stopped, _)) => *stopped,
            Err(_) => true,
        }
    }
}

/// Starts watching USB and NFC keys. Keys present now arrive first.
pub async fn watch() -> DeviceEvents {
    let (tx, rx) = unbounded_channel();
    let stop = Arc::new(NfcStop::default());
    {
        let tx = tx.clone();
        let stop = Arc::clone(&stop);
        if let Err(e) = std::thread::Builder::new()
            .name("keyguide-nfc-watch".into())
            .spawn(move || watch_nfc(&tx, &stop))
        {
            tracing::warn!("NFC keys not watched: {e}");
        }
    }
    match usb::watch_usb().await {
        Ok(mut usb_events) => {
            tokio::spawn(async move {
                loop {
                    let event = tokio::select! {
                        () = tx.closed() => break,
                        event = usb_events.next() => event,
                    };
                    let event = match event {
                        None => break,
                        Some(UsbEvent::Added(key)) => DeviceEvent::KeyArrived(usb_summary(key)),
                        Some(UsbEvent::Removed(id)) => {
                            DeviceEvent::KeyLeft(format!("{USB_PREFIX}{id}"))
                        }
                    };
                    if tx.send(event).is_err() {
                        break;
                    }
                }
            });
        }
        Err(e) => tracing::info!("USB keys not watched: {e:?}"),
    }
    DeviceEvents { events: rx, stop }
}

/// The NFC thread: establishes a context (again after the service
/// restarts, every 2 s while there is none) and reports changes.
fn watch_nfc(tx: &UnboundedSender<DeviceEvent>, stop: &NfcStop) {
    // Reader name -> the event counter of the card reported arrived.
    let mut cards: HashMap<CString, Option<u32>> = HashMap::new();
    while !stop.is_stopped() && !tx.is_closed() {
        let ctx = match pcsc::Context::establish(pcsc::Scope::User) {
            Ok(ctx) => ctx,
            Err(e) => {
                tracing::debug!("no smart-card service yet: {e}");
                if stop.wait(Duration::from_secs(2)) {
                    return;
                }
                continue;
            }
        };
        if let Ok(mut slot) = stop.ctx.lock() {
            *slot = Some(ctx.clone());
        }
        // The drop side may have stopped us before it could cancel `ctx`.
        if stop.is_stopped() {
            return;
        }
        let ended = watch_with(&ctx, tx, &mut cards);
        if let Ok(mut slot) = stop.ctx.lock() {
            *slot = None;
        }
        // The service went away: every card with it.
        for (name, card) in cards.drain() {
            if card.is_some() {
                let _ = tx.send(DeviceEvent::KeyLeft(reader_id(&name)));
            }
        }
        match ended {
            Ended::Stopped => return,
            Ended::ServiceLost => {
                if stop.wait(Duration::from_secs(2)) {
                    return;
                }
            }
        }
    }
}

enum Ended {
    Stopped,
    ServiceLost,
}

fn reader_id(name: &CStr) -> String {
    nfc_summary(&name.to_string_lossy()).id
}

/// Waits for reader changes in `ctx` until cancelled or the service goes.
/// `states` holds the readers, then the PnP pseudo-reader last; it is
/// rebuilt only when the PnP entry says the reader list changed.
fn watch_with(
    ctx: &pcsc::Context,
    tx: &UnboundedSender<DeviceEvent>,
    cards: &mut HashMap<CString, Option<u32>>,
) -> Ended {
    let mut states = vec![pcsc::ReaderState::new(
        pcsc::PNP_NOTIFICATION(),
        pcsc::State::UNAWARE,
    )];
    let mut list_readers = true;
    loop {
        if list_readers {
            let names = match ctx.list_readers_owned() {
                Ok(names) => names,
                Err(pcsc::Error::NoReadersAvailable) => Vec::new(),
                Err(pcsc::Error::Cancelled) => return Ended::Stopped,
                Err(e) => {
                    tracing::debug!("listing readers: {e}");
                    return Ended::ServiceLost;
                }
            };
            let pnp = states.pop().expect("the PnP entry is last");
            states.retain(|s| names.iter().any(|n| n.as_c_str() == s.name()));
            cards.retain(|name, card| {
                let keep = names.contains(name);
                if !keep && card.is_some() {
                    let _ = tx.send(DeviceEvent::KeyLeft(reader_id(name)));
                }
                keep
            });
            for name in names {
                if !states.iter().any(|s| s.name() == name.as_c_str()) {
                    cards.insert(name.clone(), None);
                    states.push(pcsc::ReaderState::new(name, pcsc::State::UNAWARE));
                }
            }
            states.push(pnp);
        }

        match ctx.get_status_change(None, &mut states) {
            Ok(()) => {}
            Err(pcsc::Error::Cancelled) => return Ended::Stopped,
            Err(pcsc::Error::Timeout) => continue,
            // A reader left while we waited: list them again.
            Err(pcsc::Error::UnknownReader | pcsc::Error::ReaderUnavailable) => {
                list_readers = true;
                continue;
            }
            Err(e) => {
                tracing::debug!("waiting for reader changes: {e}");
                return Ended::ServiceLost;
            }
        }
        if tx.is_closed() {
            return Ended::Stopped;
        }
        let (pnp, readers) = states.split_last_mut().expect("the PnP entry is last");
        for state in readers.iter_mut() {
            report(state, cards, tx);
            state.sync_current_state();
        }
        list_readers = pnp.event_state().contains(pcsc::State::CHANGED);
        pnp.sync_current_state();
    }
}

/// Compares a reader's state with what was reported and sends the events.
fn report(
    state: &pcsc::ReaderState,
    cards: &mut HashMap<CString, Option<u32>>,
    tx: &UnboundedSender<DeviceEvent>,
) {
    let name = state.name().to_owned();
    let present = card_present(state) && !state.event_state().contains(pcsc::State::UNAVAILABLE);
    let count = state.event_count();
    let known = cards.get(&name).copied().flatten();
    let summary = || nfc_summary(&name.to_string_lossy());
    match (known, present) {
        (Some(known), true) if known == count => {}
        (Some(_), true) => {
            // Taken off and put back between two wake-ups: a new tap (for
            // a key, a power-up).
            let _ = tx.send(DeviceEvent::KeyLeft(summary().id));
            let _ = tx.send(DeviceEvent::KeyArrived(summary()));
        }
        (None, true) => {
            let _ = tx.send(DeviceEvent::KeyArrived(summary()));
        }
        (Some(_), false) => {
            let _ = tx.send(DeviceEvent::KeyLeft(summary().id));
        }
        (None, false) => {}
    }
    cards.insert(name, present.then_some(count));
}
