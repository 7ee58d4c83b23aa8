//! USB security keys: discovery, hotplug and the [`UsbKey`] token.
//!
//! The OS access (hidraw on Linux, IOKit on macOS, Windows.Devices.HumanInterfaceDevice)
//! is `fido-hid-rs`'s; the CTAPHID protocol on top (CTAP 2.1 §11.2) is ours,
//! in [`ctaphid`], where it is tested without hardware. This module only
//! adapts the device to [`ctaphid::HidReports`] and maps OS errors.

pub mod ctaphid;

use std::fmt;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use fido_hid_rs::{
    HidError, USBDevice, USBDeviceImpl, USBDeviceInfo, USBDeviceInfoImpl, USBDeviceManager,
    USBDeviceManagerImpl, WatchEvent,
};
use futures::{Stream, StreamExt as _};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use webauthn_authenticator_rs::error::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;
use webauthn_authenticator_rs::ui::UiCallback;
use webauthn_rs_proto::AuthenticatorTransport;

use self::ctaphid::{CtapHidChannel, HidReports, Report, REPORT_LEN};
use crate::error::AccessDenied;
use crate::{CancelSignal, KeyError};

/// A FIDO USB HID device seen by discovery, not opened yet.
#[derive(Clone)]
pub struct UsbKeyInfo {
    /// The OS's name for the device (Linux: `/dev/hidrawN`); stable while
    /// the key stays plugged in, and what [`UsbEvent::Removed`] carries.
    pub id: String,
    /// The product string, when the OS tells it.
    pub product: Option<String>,
    device: USBDeviceInfoImpl,
}

impl fmt::Debug for UsbKeyInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UsbKeyInfo")
            .field("id", &self.id)
            .field("product", &self.product)
            .finish()
    }
}

impl UsbKeyInfo {
    fn new(device: USBDeviceInfoImpl) -> Self {
        let debug = format!("{device:?}");
        let fields = os_id::debug_fields(&debug);
        // Every platform's Debug output starts with the device id field.
        let id = fields
            .first()
            .map(|(_, value)| os_id::clean(value))
            .unwrap_or(debug.clone());
        let product = product_name(&id).or_else(|| {
            fields
                .iter()
                .find(|(name, _)| *name == "name")
                .map(|(_, value)| os_id::clean(value))
                .filter(|name| !name.is_empty())
        });
        Self {
            id,
            product,
            device,
        }
    }
}

/// A key plugged in or pulled out.
#[derive(Clone, Debug)]
pub enum UsbEvent {
    Added(UsbKeyInfo),
    /// The [`UsbKeyInfo::id`] of the key that went away.
    Removed(String),
}

/// The FIDO USB keys connected now.
///
/// On Linux, a key whose `/dev/hidraw*` node cannot be opened is invisible
/// to `fido-hid-rs`; if no key is usable but such a node exists, this
/// returns [`KeyError::OsPermissionDenied`] saying what is missing.
pub async fn list_usb_keys() -> Result<Vec<UsbKeyInfo>, KeyError> {
    let manager = USBDeviceManagerImpl::new()
        .await
        .map_err(enumeration_error)?;
    let keys: Vec<UsbKeyInfo> = manager
        .get_devices()
        .await
        .map_err(enumeration_error)?
        .into_iter()
        .map(UsbKeyInfo::new)
        .collect();
    if keys.is_empty() {
        if let Some(problem) = unreachable_keys() {
            return Err(KeyError::OsPermissionDenied(problem));
        }
    }
    Ok(keys)
}

/// Watches keys being plugged in and pulled out: first an `Added` for every
/// key already connected, then events as they happen. Dropping the stream
/// stops the watch.
pub async fn watch_usb() -> Result<impl Stream<Item = UsbEvent> + Send + Unpin + 'static, KeyError>
{
    let (ready_tx, ready_rx) = oneshot::channel();
    let (events_tx, events_rx) = mpsc::unbounded_channel();

    // The library's watch stream borrows its manager, so both live in a
    // task of their own that forwards events until the receiver is dropped.
    tokio::spawn(async move {
        let manager = match USBDeviceManagerImpl::new().await {
            Ok(manager) => manager,
            Err(e) => {
                let _ = ready_tx.send(Err(enumeration_error(e)));
                return;
            }
        };
        let mut watch = match manager.watch_devices().await {
            Ok(watch) => watch,
            Err(e) => {
                let _ = ready_tx.send(Err(enumeration_error(e)));
                return;
            }
        };
        let _ = ready_tx.send(Ok(()));
        loop {
            let event = tokio::select! {
                () = events_tx.closed() => break,
                event = watch.next() => event,
            };
            let event = match event {
                None => break,
                Some(WatchEvent::Added(device)) => UsbEvent::Added(UsbKeyInfo::new(device)),
                Some(WatchEvent::Removed(id)) => {
                    UsbEvent::Removed(os_id::clean(&format!("{id:?}")))
                }
                Some(WatchEvent::EnumerationComplete) => continue,
            };
            if events_tx.send(event).is_err() {
                break;
            }
        }
    });

    ready_rx
        .await
        .map_err(|_| KeyError::Other("the USB watcher stopped".into()))??;
    Ok(Box::pin(futures::stream::unfold(
        events_rx,
        |mut rx| async move { rx.recv().await.map(|event| (event, rx)) },
    )))
}

/// Opens the key with this id and allocates its CTAPHID channel.
pub async fn open_usb_key(id: &str, cancel: CancelSignal) -> Result<UsbKey, KeyError> {
    let info = list_usb_keys()
        .await?
        .into_iter()
        .find(|key| key.id == id)
        .ok_or_else(|| KeyError::UnknownDevice(id.to_string()))?;
    let mut key = UsbKey::open(info, cancel).await?;
    key.init().await?;
    Ok(key)
}

/// One USB key, speaking CTAP2 over our CTAPHID channel.
///
/// A pending [`Token::transmit_raw`] watches the [`CancelSignal`] given to
/// [`UsbKey::open`]: cancelling it sends CTAPHID_CANCEL and ends the call
/// with `CtapError::Ctap2KeepAliveCancel` (the key's answer).
pub struct UsbKey {
    id: String,
    channel: CtapHidChannel<DeviceReports>,
}

impl fmt::Debug for UsbKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UsbKey")
            .field("id", &self.id)
            .field("channel", &self.channel)
            .finish()
    }
}

impl UsbKey {
    /// Opens the device; [`Token::init`] then allocates the channel
    /// (`transmit_raw` does it too if needed).
    pub async fn open(info: UsbKeyInfo, cancel: CancelSignal) -> Result<Self, KeyError> {
        let device = info
            .device
            .open()
            .await
            .map_err(|e| open_error(&info.id, e))?;
        Ok(Self {
            id: info.id,
            channel: CtapHidChannel::new(DeviceReports::new(device), cancel),
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Whether the key can identify itself (CAPABILITY_WINK), once initialised.
    pub fn supports_wink(&self) -> bool {
        self.channel
            .info()
            .is_some_and(|info| info.capabilities.wink())
    }

    /// Makes the key blink or beep (CTAPHID_WINK); `NotSupported` if it cannot.
    pub async fn wink(&mut self) -> Result<(), WebauthnCError> {
        self.init().await?;
        self.channel.wink().await
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
        self.init().await?;
        self.channel.cbor(cbor, ui).await
    }

    async fn cancel(&mut self) -> Result<(), WebauthnCError> {
        self.channel.send_cancel().await
    }

    /// Allocates the CTAPHID channel; a key without CAPABILITY_CBOR (U2F
    /// only) is `NotSupported`.
    async fn init(&mut self) -> Result<(), WebauthnCError> {
        if self.channel.info().is_some() {
            return Ok(());
        }
        let info = self.channel.init().await?;
        if !info.capabilities.cbor() {
            return Err(WebauthnCError::NotSupported);
        }
        Ok(())
    }

    async fn close(&mut self) -> Result<(), WebauthnCError> {
        Ok(())
    }
}

/// [`HidReports`] over a `fido-hid-rs` device.
///
/// The Linux backend reads with a blocking `read(2)`, so reads and writes
/// run on blocking threads. A read in progress is kept across calls, which
/// makes `recv_report` cancel-safe; a write waits for it (keys answer every
/// 100 ms while busy, and the channel bounds that wait).
struct DeviceReports {
    device: Arc<Mutex<USBDeviceImpl>>,
    pending_read: Option<JoinHandle<Result<Report, WebauthnCError>>>,
}

impl DeviceReports {
    fn new(device: USBDeviceImpl) -> Self {
        Self {
            device: Arc::new(Mutex::new(device)),
            pending_read: None,
        }
    }
}

#[async_trait]
impl HidReports for DeviceReports {
    async fn send_report(&mut self, report: &Report) -> Result<(), WebauthnCError> {
        // The OS APIs take a report-id byte first; FIDO devices use id 0.
        let mut with_id = [0u8; REPORT_LEN + 1];
        with_id[1..].copy_from_slice(report);
        let device = Arc::clone(&self.device);
        let runtime = tokio::runtime::Handle::current();
        tokio::task::spawn_blocking(move || {
            let mut device = device.lock().map_err(|_| WebauthnCError::PoisonedMutex)?;
            runtime
                .block_on(device.write(with_id))
                .map_err(WebauthnCError::HidError)
        })
        .await
        .map_err(|_| WebauthnCError::Internal)?
    }

    async fn recv_report(&mut self) -> Result<Report, WebauthnCError> {
        let read = self.pending_read.get_or_insert_with(|| {
            let device = Arc::clone(&self.device);
            let runtime = tokio::runtime::Handle::current();
            tokio::task::spawn_blocking(move || {
                let mut device = device.lock().map_err(|_| WebauthnCError::PoisonedMutex)?;
                runtime
                    .block_on(device.read())
                    .map_err(WebauthnCError::HidError)
            })
        });
        let result = read.await;
        self.pending_read = None;
        result.map_err(|_| WebauthnCError::Internal)?
    }
}

fn enumeration_error(e: HidError) -> KeyError {
    KeyError::Other(format!("listing USB devices failed: {e}"))
}

/// Opening a device: a refusal by the OS becomes `OsPermissionDenied` with
/// what to do; anything else goes through the usual mapping.
fn open_error(id: &str, e: HidError) -> KeyError {
    let text = e.to_string();
    let denied = e == HidError::PermissionDenied
        || [
            "Permission denied",
            "os error 13",
            "Access is denied",
            "E_ACCESSDENIED",
        ]
        .iter()
        .any(|needle| text.contains(needle));
    if denied {
        KeyError::OsPermissionDenied(AccessDenied::CannotOpen {
            device: id.to_string(),
            reason: text,
        })
    } else {
        KeyError::from(WebauthnCError::HidError(e))
    }
}

/// The product string from sysfs (`HID_NAME` of the hidraw node's device).
#[cfg(target_os = "linux")]
fn product_name(id: &str) -> Option<String> {
    let node = std::path::Path::new(id).file_name()?;
    let uevent = std::fs::read_to_string(
        std::path::Path::new("/sys/class/hidraw")
            .join(node)
            .join("device/uevent"),
    )
    .ok()?;
    uevent
        .lines()
        .find_map(|line| line.strip_prefix("HID_NAME="))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
}

#[cfg(not(target_os = "linux"))]
fn product_name(_id: &str) -> Option<String> {
    None
}

/// FIDO hidraw nodes this process may not open, described for the user.
#[cfg(target_os = "linux")]
fn unreachable_keys() -> Option<AccessDenied> {
    let denied = unreachable_fido_nodes(
        std::path::Path::new("/sys/class/hidraw"),
        std::path::Path::new("/dev"),
        |node| {
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(node)
                .map(drop)
        },
    );
    if denied.is_empty() {
        None
    } else {
        Some(AccessDenied::ConnectedCannotOpen { devices: denied })
    }
}

/// The `/dev/hidrawN` nodes whose report descriptor (world-readable in
/// sysfs) says FIDO but which `open` refuses with "permission denied".
/// The roots and the open are parameters so tests can stage a system.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn unreachable_fido_nodes(
    sysfs_hidraw: &std::path::Path,
    dev: &std::path::Path,
    open: impl Fn(&std::path::Path) -> std::io::Result<()>,
) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(sysfs_hidraw) else {
        return Vec::new();
    };
    let mut denied: Vec<String> = entries
        .flatten()
        .filter(|entry| {
            std::fs::read(entry.path().join("device/report_descriptor"))
                .is_ok_and(|d| is_fido_report_descriptor(&d))
        })
        .map(|entry| dev.join(entry.file_name()))
        .filter(|node| open(node).is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied))
        .map(|node| node.display().to_string())
        .collect();
    denied.sort();
    denied
}

#[cfg(not(target_os = "linux"))]
fn unreachable_keys() -> Option<AccessDenied> {
    None
}

/// Usage Page (two-byte item, tag 0x06) 0xF1D0: the FIDO Alliance page.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn is_fido_report_descriptor(descriptor: &[u8]) -> bool {
    descriptor.windows(3).any(|item| item == [0x06, 0xd0, 0xf1])
}

/// Device ids from `fido-hid-rs` 0.6.2 (pinned with `=`), which has no
/// accessor for them: its device-info `Debug` output starts with the id
/// field (Linux: the hidraw path), and `WatchEvent::Removed` carries the
/// id itself, whose `Debug` is the same text. Both are reduced here to one
/// clean string so added and removed keys match.
mod os_id {
    /// `Name { a: x, b: y }` -> `[("a", "x"), ("b", "y")]`.
    pub(super) fn debug_fields(debug: &str) -> Vec<(&str, &str)> {
        let (Some(open), Some(close)) = (debug.find("{ "), debug.rfind(" }")) else {
            return Vec::new();
        };
        if close < open + 2 {
            return Vec::new();
        }
        let mut rest = &debug[open + 2..close];
        let mut fields = Vec::new();
        while let Some(colon) = rest.find(": ") {
            let name = &rest[..colon];
            let tail = &rest[colon + 2..];
            let end = next_field(tail).unwrap_or(tail.len());
            fields.push((name, &tail[..end]));
            if end == tail.len() {
                break;
            }
            rest = &tail[end + 2..];
        }
        fields
    }

    /// Where `, name: ` starts the next field.
    fn next_field(s: &str) -> Option<usize> {
        s.match_indices(", ").map(|(i, _)| i).find(|&i| {
            let after = &s[i + 2..];
            after.find(": ").is_some_and(|colon| {
                colon > 0
                    && after[..colon]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_')
            })
        })
    }

    /// Drops `Debug` quoting: `"C:\\x"` -> `C:\x`.
    pub(super) fn clean(value: &str) -> String {
        let value = value.trim();
        match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
            Some(inner) => inner.replace("\\\\", "\\").replace("\\\"", "\""),
            None => value.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn linux_device_id_is_the_hidraw_path_for_both_added_and_removed_keys() {
        let added = r#"USBDeviceInfoImpl { path: "/dev/hidraw3", vendor: 4176, product: 1031 }"#;
        let fields = os_id::debug_fields(added);
        assert_eq!(
            fields,
            vec![
                ("path", r#""/dev/hidraw3""#),
                ("vendor", "4176"),
                ("product", "1031")
            ]
        );
        let removed: Box<Path> = Path::new("/dev/hidraw3").into();
        assert_eq!(os_id::clean(fields[0].1), "/dev/hidraw3");
        assert_eq!(os_id::clean(&format!("{removed:?}")), "/dev/hidraw3");
    }

    #[test]
    fn windows_style_ids_with_commas_and_backslashes_are_kept_whole() {
        let added = r#"WindowsUSBDeviceInfo { id: "\\\\?\\HID#VID_1050&PID_0407, x", name: "YubiKey OTP+FIDO+CCID" }"#;
        let fields = os_id::debug_fields(added);
        assert_eq!(os_id::clean(fields[0].1), r"\\?\HID#VID_1050&PID_0407, x");
        assert_eq!(fields[1], ("name", r#""YubiKey OTP+FIDO+CCID""#));
    }

    #[test]
    fn fido_usage_page_is_recognised_in_a_report_descriptor() {
        // Start of a typical FIDO descriptor: Usage Page 0xF1D0, Usage 0x01.
        assert!(is_fido_report_descriptor(&[
            0x06, 0xd0, 0xf1, 0x09, 0x01, 0xa1, 0x01
        ]));
        // A keyboard: Usage Page 0x01 (Generic Desktop), Usage 0x06.
        assert!(!is_fido_report_descriptor(&[
            0x05, 0x01, 0x09, 0x06, 0xa1, 0x01
        ]));
    }

    #[test]
    fn only_fido_nodes_refused_for_permission_count_as_unreachable() {
        let sys = tempfile::tempdir().unwrap();
        // A FIDO key (usage page 0xF1D0), a keyboard (usage page 1), and a
        // second FIDO key this user may open.
        let fido = [0x06, 0xd0, 0xf1, 0x09, 0x01, 0xa1, 0x01];
        let keyboard = [0x05, 0x01, 0x09, 0x06, 0xa1, 0x01];
        for (node, descriptor) in [
            ("hidraw0", &fido[..]),
            ("hidraw1", &keyboard[..]),
            ("hidraw2", &fido[..]),
        ] {
            let device = sys.path().join(node).join("device");
            std::fs::create_dir_all(&device).unwrap();
            std::fs::write(device.join("report_descriptor"), descriptor).unwrap();
        }
        let dev = std::path::Path::new("/dev");
        let refused = |node: &std::path::Path| {
            if node.ends_with("hidraw2") {
                Ok(())
            } else {
                Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied))
            }
        };
        assert_eq!(
            unreachable_fido_nodes(sys.path(), dev, refused),
            vec!["/dev/hidraw0".to_owned()]
        );
        // A node that is gone (unplugged meanwhile) is not a permission problem.
        let gone = |_: &std::path::Path| Err(std::io::Error::from(std::io::ErrorKind::NotFound));
        assert!(unreachable_fido_nodes(sys.path(), dev, gone).is_empty());
        // No sysfs at all (not Linux, or a container): nothing to report.
        assert!(unreachable_fido_nodes(&sys.path().join("missing"), dev, refused).is_empty());
    }

    #[test]
    fn permission_refusals_become_os_permission_denied_naming_the_device() {
        let refused = open_error(
            "/dev/hidraw3",
            HidError::IoError("Permission denied (os error 13)".into()),
        );
        let KeyError::OsPermissionDenied(AccessDenied::CannotOpen { device, reason }) = refused
        else {
            panic!("expected OsPermissionDenied, got {refused:?}");
        };
        assert_eq!(device, "/dev/hidraw3");
        assert!(reason.contains("os error 13"));
        assert!(matches!(
            open_error("/dev/hidraw3", HidError::Closed),
            KeyError::Disconnected
        ));
    }
}
