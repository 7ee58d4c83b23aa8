//! Keys as the app and the CLI see them: the device crate's discovery plus
//! KeyGuide's own virtual keys (files), and a key's model described from
//! the catalog. The device crate knows neither the virtual key nor the
//! catalog; this module joins them.

use std::path::Path;

use crate::catalog::{Catalog, StatusWarning};
use crate::device::model::{DeviceSummary, KeyInfo, Transport};
use crate::device::{discovery, CancelSignal, Connection, KeyError, KeySession, TokenConnection};
use crate::virtual_key::VirtualKey;

/// The keys connected now. With a virtual key file, just that key.
pub async fn list_devices(virtual_file: Option<&Path>) -> Result<Vec<DeviceSummary>, KeyError> {
    match virtual_file {
        Some(path) => {
            VirtualKey::open_file(path).map_err(|e| KeyError::VirtualKeyFile(e.to_string()))?;
            Ok(vec![virtual_summary(path)])
        }
        None => discovery::list_devices().await,
    }
}

/// Opens the key the user chose: a virtual key file, the key with `device`
/// id, or the only key connected.
pub async fn open(
    virtual_file: Option<&Path>,
    device: Option<&str>,
    cancel: CancelSignal,
) -> Result<Box<dyn Connection>, KeyError> {
    match virtual_file {
        Some(path) => {
            let key = VirtualKey::open_file(path)
                .map_err(|e| KeyError::VirtualKeyFile(e.to_string()))?
                .with_cancel(cancel);
            Ok(Box::new(TokenConnection::new(
                key,
                Transport::Virtual,
                true,
            )))
        }
        None => discovery::open(device, cancel).await,
    }
}

/// What the key says about itself, with its model's name, certification
/// and status from the catalog.
pub async fn info(session: &mut KeySession) -> Result<KeyInfo, KeyError> {
    session.info().await.map(describe)
}

/// Adds the model's name, certification and status: the catalog's entry
/// for the AAGUID, our own virtual keys' names, or a generic name.
pub fn describe(mut info: KeyInfo) -> KeyInfo {
    let aaguid = uuid::Uuid::parse_str(&info.aaguid).ok();
    // Our own virtual keys are in no metadata: skip the catalog scan.
    let builtin = aaguid.and_then(|u| crate::virtual_key::builtin_name(u.as_bytes()));
    let model = match (builtin, aaguid) {
        (None, Some(u)) => Catalog::embedded().lookup(&u),
        _ => None,
    };
    let model = model.as_deref();
    info.name = model
        .map(|m| m.name.clone())
        .or_else(|| builtin.map(str::to_owned))
        .unwrap_or_else(|| t!("keys-generic-name"));
    info.certification = model.and_then(|m| m.certification.clone());
    info.in_metadata = model.is_some();
    info.revoked = model.and_then(|m| m.warning()) == Some(StatusWarning::Revoked);
    info.warning = model.and_then(|m| m.warning()).map(|w| w.to_string());
    info
}

fn virtual_summary(path: &Path) -> DeviceSummary {
    DeviceSummary {
        id: format!("virtual:{}", path.display()),
        transport: Transport::Virtual,
        label: t!(
            "keys-virtual-label",
            file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ),
        reader: None,
    }
}
