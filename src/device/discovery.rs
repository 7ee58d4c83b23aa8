//! Finding keys: USB HID keys (our CTAPHID token over fido-hid-rs), NFC
//! cards through PC/SC (the library's transport), and virtual keys in files.
//! One transport failing (no pcscd, no hidraw access) never hides another.

use std::path::Path;

use webauthn_authenticator_rs::nfc::NFCTransport;
use webauthn_authenticator_rs::transport::Transport as _;

use super::cancel::CancelSignal;
use super::connection::{Connection, TokenConnection};
use super::error::KeyError;
use super::model::{DeviceSummary, Transport};
use crate::virtual_key::VirtualKey;

const NFC_PREFIX: &str = "nfc:";
const USB_PREFIX: &str = "usb:";

/// The keys connected now. With a virtual key file, just that key.
pub async fn list_devices(virtual_file: Option<&Path>) -> Result<Vec<DeviceSummary>, KeyError> {
    if let Some(path) = virtual_file {
        VirtualKey::open_file(path).map_err(|e| KeyError::VirtualKeyFile(e.to_string()))?;
        return Ok(vec![virtual_summary(path)]);
    }
    let mut devices = Vec::new();
    let mut first_error = None;
    match list_usb_keys().await {
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
        Err(e) => tracing::debug!("no NFC: {e}"),
    }
    match (devices.is_empty(), first_error) {
        (true, Some(e @ KeyError::OsPermissionDenied(_))) => Err(e),
        _ => Ok(devices),
    }
}

/// Opens the key the user chose: a virtual key file, the key with `device`
/// id, or the only key connected.
pub async fn open(
    virtual_file: Option<&Path>,
    device: Option<&str>,
    cancel: CancelSignal,
) -> Result<Box<dyn Connection>, KeyError> {
    if let Some(path) = virtual_file {
        let key = VirtualKey::open_file(path)
            .map_err(|e| KeyError::VirtualKeyFile(e.to_string()))?
            .with_cancel(cancel);
        return Ok(Box::new(TokenConnection::new(key, Transport::Virtual, true)));
    }
    let devices = list_devices(None).await?;
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
            open_usb_key(id, cancel).await
        }
        Transport::Nfc => {
            let reader = device.id.trim_start_matches(NFC_PREFIX);
            let (_, card) = list_nfc_cards()
                .await?
                .into_iter()
                .find(|(r, _)| r == reader)
                .ok_or(KeyError::Disconnected)?;
            Ok(Box::new(TokenConnection::new(card, Transport::Nfc, false)))
        }
        Transport::Virtual => Err(KeyError::UnknownDevice(device.id.clone())),
    }
}

fn virtual_summary(path: &Path) -> DeviceSummary {
    DeviceSummary {
        id: format!("virtual:{}", path.display()),
        transport: Transport::Virtual,
        label: format!(
            "Virtual key ({})",
            path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
        ),
        reader: None,
    }
}

/// FIDO cards lying on PC/SC readers now, with their reader names.
async fn list_nfc_cards(
) -> Result<Vec<(String, webauthn_authenticator_rs::nfc::NFCCard)>, KeyError> {
    let transport = NFCTransport::new(pcsc::Scope::User)?;
    let cards = transport.tokens().await?;
    Ok(cards
        .into_iter()
        .map(|c| (c.reader_name().unwrap_or("NFC reader").to_owned(), c))
        .collect())
}

// USB: replaced by the CTAPHID module (src/device/usb) when it lands.
struct UsbKeyInfo {
    id: String,
    product: Option<String>,
}

async fn list_usb_keys() -> Result<Vec<UsbKeyInfo>, KeyError> {
    Ok(Vec::new())
}

async fn open_usb_key(id: &str, _cancel: CancelSignal) -> Result<Box<dyn Connection>, KeyError> {
    Err(KeyError::UnknownDevice(id.to_owned()))
}
