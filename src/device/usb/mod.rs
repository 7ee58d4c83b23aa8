//! USB keys: discovery and watching through `fido-hid-rs` (the library's
//! HID layer), and a `Token` speaking our CTAPHID (`ctaphid.rs`).

pub mod ctaphid;

use async_trait::async_trait;
use fido_hid_rs::{
    HidReportBytes, HidSendReportBytes, USBDevice, USBDeviceImpl, USBDeviceInfo, USBDeviceInfoImpl,
    USBDeviceManager, USBDeviceManagerImpl, WatchEvent,
};
use futures::StreamExt;
use std::fmt;
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver};
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;
use webauthn_authenticator_rs::ui::UiCallback;
use webauthn_rs_proto::AuthenticatorTransport;

use crate::device::cancel::CancelSignal;
use crate::device::error::KeyError;
use crate::device::pin_uv::random_bytes;
use ctaphid::{CtapHidChannel, HidReports, Report};

/// A USB key seen by discovery.
#[derive(Clone, Debug)]
pub struct UsbKeyInfo {
    /// Stable while the key stays plugged in (the OS device path).
    pub id: String,
    pub product: Option<String>,
    info: USBDeviceInfoImpl,
}

/// A key coming or going.
#[derive(Debug)]
pub enum UsbEvent {
    Added(UsbKeyInfo),
    Removed(String),
}

fn summary(info: USBDeviceInfoImpl) -> UsbKeyInfo {
    let id = format!("{info:?}");
    UsbKeyInfo {
        id: stable_id(&id),
        product: None,
        info,
    }
}

/// The device path from the info's debug form, else the whole form.
fn stable_id(debug: &str) -> String {
    debug
        .split('"')
        .nth(1)
        .map(str::to_owned)
        .unwrap_or_else(|| debug.to_owned())
}

/// The FIDO USB keys connected now.
pub async fn list_usb_keys() -> Result<Vec<UsbKeyInfo>, KeyError> {
    let manager = USBDeviceManagerImpl::new().await.map_err(hid_error)?;
    let devices = manager.get_devices().await.map_err(hid_error)?;
    Ok(devices.into_iter().map(summary).collect())
}

/// Keys as they come and go: first the ones present, then changes. The
/// watcher runs in its own task until the receiver is dropped.
pub async fn watch_usb() -> Result<UnboundedReceiver<UsbEvent>, KeyError> {
    let manager = USBDeviceManagerImpl::new().await.map_err(hid_error)?;
    let (tx, rx) = unbounded_channel();
    tokio::spawn(async move {
        let Ok(mut stream) = manager.watch_devices().await else {
            return;
        };
        while let Some(event) = stream.next().await {
            let event = match event {
                WatchEvent::Added(info) => UsbEvent::Added(summary(info)),
                WatchEvent::Removed(id) => UsbEvent::Removed(stable_id(&format!("{id:?}"))),
                WatchEvent::EnumerationComplete => continue,
            };
            if tx.send(event).is_err() {
                return;
            }
        }
    });
    Ok(rx)
}

/// Opens the key with this id and allocates a CTAPHID channel.
pub async fn open_usb_key(id: &str, cancel: CancelSignal) -> Result<UsbKey, KeyError> {
    let info = list_usb_keys()
        .await?
        .into_iter()
        .find(|k| k.id == id)
        .ok_or_else(|| KeyError::UnknownDevice(id.to_owned()))?;
    let device = info.info.clone().open().await.map_err(hid_error)?;
    let mut key = UsbKey {
        id: info.id,
        channel: CtapHidChannel::new(HidDevice(device), cancel),
    };
    key.init().await?;
    Ok(key)
}

fn hid_error(e: fido_hid_rs::HidError) -> KeyError {
    KeyError::from(WebauthnCError::from(e))
}

/// The OS device as a source and sink of 64-byte reports.
struct HidDevice(USBDeviceImpl);

#[async_trait]
impl HidReports for HidDevice {
    async fn send_report(&mut self, report: &Report) -> Result<(), WebauthnCError> {
        // Report id 0 first, as hidraw expects.
        let mut out: HidSendReportBytes = [0; 65];
        out[1..].copy_from_slice(report);
        self.0.write(out).await.map_err(WebauthnCError::from)
    }

    async fn recv_report(&mut self) -> Result<Report, WebauthnCError> {
        let r: HidReportBytes = self.0.read().await?;
        Ok(r)
    }
}

/// A USB security key as a library `Token`.
pub struct UsbKey {
    id: String,
    channel: CtapHidChannel<HidDevice>,
}

impl fmt::Debug for UsbKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UsbKey")
            .field("id", &self.id)
            .field("cid", &self.channel.cid())
            .finish()
    }
}

#[async_trait]
impl Token for UsbKey {
    type Id = String;

    fn get_transport(&self) -> AuthenticatorTransport {
        AuthenticatorTransport::Usb
    }

    async fn transmit_raw<U>(&mut self, cbor: &[u8], ui: &U) -> Result<Vec<u8>, WebauthnCError>
    where
        U: UiCallback,
    {
        self.channel.cbor(cbor, ui).await
    }

    async fn cancel(&mut self) -> Result<(), WebauthnCError> {
        self.channel.send_cancel().await
    }

    async fn init(&mut self) -> Result<(), WebauthnCError> {
        self.channel.init(random_bytes()).await
    }

    async fn close(&mut self) -> Result<(), WebauthnCError> {
        Ok(())
    }
}
