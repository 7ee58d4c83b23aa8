//! Finding keys: USB HID keys (our CTAPHID token over fido-hid-rs), NFC
//! cards through PC/SC (our transport, `crate::nfc`). Virtual keys in files
//! are the app's to add (`keyguide::keys`): this crate does not know them.
//! One transport failing (no pcscd, no hidraw access) never hides another.
//!
//! Listing is a snapshot that opens nothing: USB enumeration, and the PC/SC
//! readers' states (a card lying on a reader). Only opening a key talks to
//! it; for NFC, opening is the one SELECT of the FIDO applet. Keys coming
//! and going are events: `crate::hotplug`.

use webauthn_authenticator_rs::prelude::WebauthnCError;

use super::cancel::CancelSignal;
use super::connection::{Connection, TokenConnection};
use super::error::KeyError;
use super::hotplug;
use super::model::{DeviceSummary, Transport};
use super::nfc::NfcCard;
use super::usb;

pub(crate) const NFC_PREFIX: &str = "nfc:";
pub(crate) const USB_PREFIX: &str = "usb:";

/// How discovery names an NFC reader's card.
pub(crate) fn nfc_summary(reader: &str) -> DeviceSummary {
    DeviceSummary {
        id: format!("{NFC_PREFIX}{reader}"),
        transport: Transport::Nfc,
        label: "NFC security key".into(),
        reader: Some(reader.to_owned()),
    }
}

/// How discovery names a USB key.
pub(crate) fn usb_summary(key: usb::UsbKeyInfo) -> DeviceSummary {
    DeviceSummary {
        id: format!("{USB_PREFIX}{}", key.id),
        transport: Transport::Usb,
        label: key.product.unwrap_or_else(|| "USB security key".into()),
        reader: None,
    }
}

/// The keys connected now: a snapshot that connects to no card.
pub async fn list_devices() -> Result<Vec<DeviceSummary>, KeyError> {
    let mut devices = Vec::new();
    let mut first_error = None;
    match usb::list_usb_keys().await {
        Ok(keys) => devices.extend(keys.into_iter().map(usb_summary)),
        Err(e) => first_error = Some(e),
    }
    let nfc = tokio::task::spawn_blocking(hotplug::nfc_snapshot)
        .await
        .unwrap_or_else(|_| Err(KeyError::Other("the NFC listing stopped".into())));
    match nfc {
        Ok(cards) => devices.extend(cards),
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
        // The user asked for an NFC key: open it directly (one connect, one
        // SELECT), and say why NFC is unavailable (no smart-card service
        // ...) rather than "no such key".
        return match open_nfc(reader, cancel).await {
            Err(KeyError::Disconnected | KeyError::UnknownDevice(_)) => {
                Err(KeyError::UnknownDevice(format!("{NFC_PREFIX}{reader}")))
            }
            other => other,
        };
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
            open_nfc(reader, cancel).await
        }
        Transport::Virtual => Err(KeyError::UnknownDevice(device.id.clone())),
    }
}

/// Connects to the card on `reader` and selects its FIDO applet.
async fn open_nfc(reader: &str, cancel: CancelSignal) -> Result<Box<dyn Connection>, KeyError> {
    let reader = reader.to_owned();
    let card = tokio::task::spawn_blocking(move || NfcCard::open(&reader, cancel))
        .await
        .map_err(|_| KeyError::Other("opening the NFC key stopped".into()))?
        .map_err(|e| match e {
            WebauthnCError::PcscError(
                pcsc::Error::UnknownReader | pcsc::Error::NoSmartcard | pcsc::Error::RemovedCard,
            ) => KeyError::Disconnected,
            other => KeyError::from(other),
        })?;
    // Our transport turns the session's CancelSignal into a cancel on the
    // card itself (NFCCTAP_GETRESPONSE), as the USB token does.
    Ok(Box::new(TokenConnection::new(card, Transport::Nfc, true)))
}
