//! Finding keys: USB HID keys (our CTAPHID token over fido-hid-rs), NFC
//! cards through PC/SC (the library's transport). Virtual keys in files are
//! the app's to add (`keyguide::keys`): this crate does not know them.
//! One transport failing (no pcscd, no hidraw access) never hides another.

use std::ffi::CString;
use std::time::Duration;

use async_trait::async_trait;

use webauthn_authenticator_rs::nfc::{NFCCard, NFCTransport};
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::{Token, Transport as _};
use webauthn_authenticator_rs::ui::UiCallback;
use webauthn_rs_proto::AuthenticatorTransport;

use super::cancel::CancelSignal;
use super::connection::{Connection, TokenConnection};
use super::error::KeyError;
use super::model::{DeviceSummary, Transport};
use super::usb;

const NFC_PREFIX: &str = "nfc:";
const USB_PREFIX: &str = "usb:";

/// The keys connected now.
pub async fn list_devices() -> Result<Vec<DeviceSummary>, KeyError> {
    let mut devices = Vec::new();
    let mut first_error = None;
    match usb::list_usb_keys().await {
        Ok(keys) => devices.extend(keys.into_iter().map(|k| DeviceSummary {
            id: format!("{USB_PREFIX}{}", k.id),
            transport: Transport::Usb,
            label: k.product.unwrap_or_else(|| "USB security key".into()),
            reader: None,
        })),
        Err(e) => first_error = Some(e),
    }
    match list_nfc_cards().await {
        Ok(cards) => devices.extend(cards.into_iter().map(|(reader, _)| DeviceSummary {
            id: format!("{NFC_PREFIX}{reader}"),
            transport: Transport::Nfc,
            label: "NFC security key".into(),
            reader: Some(reader),
        })),
        // NFC is optional: a machine without pcscd still lists USB keys.
        Err(e) => tracing::info!("NFC keys not listed: {e:?}"),
    }
    match (devices.is_empty(), first_error) {
        (true, Some(e @ KeyError::OsPermissionDenied(_))) => Err(e),
        _ => Ok(devices),
    }
}

/// Opens the key the user chose: the key with `device` id, or the only key
/// connected.
pub async fn open(
    device: Option<&str>,
    cancel: CancelSignal,
) -> Result<Box<dyn Connection>, KeyError> {
    if let Some(reader) = device.and_then(|id| id.strip_prefix(NFC_PREFIX)) {
        // The user asked for an NFC key: say why NFC is unavailable (no
        // smart-card service ...) rather than "no such key".
        let cards = list_nfc_cards().await?;
        if !cards.iter().any(|(r, _)| r == reader) {
            return Err(KeyError::UnknownDevice(format!("{NFC_PREFIX}{reader}")));
        }
        drop(cards);
    }
    let devices = list_devices().await?;
    let chosen = match device {
        Some(id) => devices
            .into_iter()
            .find(|d| d.id == id)
            .ok_or_else(|| KeyError::UnknownDevice(id.to_owned()))?,
        None => {
            let mut devices = devices;
            match devices.len() {
                0 => return Err(KeyError::NoKey),
                1 => devices.remove(0),
                _ => return Err(KeyError::SeveralKeys),
            }
        }
    };
    open_summary(&chosen, cancel).await
}

/// Opens a key discovery reported.
pub async fn open_summary(
    device: &DeviceSummary,
    cancel: CancelSignal,
) -> Result<Box<dyn Connection>, KeyError> {
    match device.transport {
        Transport::Usb => {
            let id = device.id.trim_start_matches(USB_PREFIX);
            let key = usb::open_usb_key(id, cancel).await?;
            Ok(Box::new(TokenConnection::new(key, Transport::Usb, true)))
        }
        Transport::Nfc => {
            let reader = device.id.trim_start_matches(NFC_PREFIX);
            let (_, card) = list_nfc_cards()
                .await?
                .into_iter()
                .find(|(r, _)| r == reader)
                .ok_or(KeyError::Disconnected)?;
            let card = NfcCard::watch(card, reader)?;
            Ok(Box::new(TokenConnection::new(card, Transport::Nfc, false)))
        }
        Transport::Virtual => Err(KeyError::UnknownDevice(device.id.clone())),
    }
}

/// FIDO cards lying on PC/SC readers now, with their reader names (for
/// vpcd, "Virtual PCD 00 00"). No smart-card service is
/// [`KeyError::NoSmartCardService`]; no reader at all is an empty list.
pub async fn list_nfc_cards() -> Result<Vec<(String, NFCCard)>, KeyError> {
    let transport = NFCTransport::new(pcsc::Scope::User)?;
    let cards = match transport.tokens().await {
        Err(WebauthnCError::PcscError(pcsc::Error::NoReadersAvailable)) => Vec::new(),
        other => other?,
    };
    Ok(cards
        .into_iter()
        .map(|c| (c.reader_name().unwrap_or("NFC reader").to_owned(), c))
        .collect())
}

/// An NFC card that tells "the card left the field" apart from other
/// failures. CTAP over NFC (§11.3) has no such signal and PC/SC reports it
/// in several ways (an empty answer, SCARD_E_NOT_TRANSACTED, a removed
/// card), so after a failed exchange we ask the reader whether the card it
/// holds is still the one we opened.
struct NfcCard {
    card: NFCCard,
    ctx: pcsc::Context,
    reader: CString,
    /// The reader's card event counter when we opened the card; it moves on
    /// every removal and insertion.
    event_count: u32,
}

/// How long a failed exchange waits for the reader to notice a removal
/// (pcscd polls readers every 400 ms or so).
const REMOVAL_GRACE: Duration = Duration::from_millis(1500);

impl std::fmt::Debug for NfcCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NfcCard").field("card", &self.card).finish()
    }
}

impl NfcCard {
    fn watch(card: NFCCard, reader: &str) -> Result<Self, KeyError> {
        let ctx = pcsc::Context::establish(pcsc::Scope::User).map_err(WebauthnCError::PcscError)?;
        let reader = CString::new(reader).map_err(|_| KeyError::Disconnected)?;
        let mut states = [pcsc::ReaderState::new(reader.clone(), pcsc::State::UNAWARE)];
        ctx.get_status_change(Duration::ZERO, &mut states)
            .map_err(WebauthnCError::PcscError)?;
        Ok(NfcCard {
            card,
            ctx,
            event_count: states[0].event_count(),
            reader,
        })
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
        cmd: &[u8],
        ui: &U,
    ) -> Result<Vec<u8>, WebauthnCError> {
        match self.card.transmit_raw(cmd, ui).await {
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

    async fn cancel(&mut self) -> Result<(), WebauthnCError> {
        self.card.cancel().await
    }

    async fn init(&mut self) -> Result<(), WebauthnCError> {
        self.card.init().await
    }

    async fn close(&mut self) -> Result<(), WebauthnCError> {
        self.card.close().await
    }
}
