//! `passkeys export` (the list of sites and accounts to keep before a reset)
//! and `passkeys compare` (this key next to a spare one). Only rp ids, site
//! and user names and user ids leave the key: never a credential id or
//! anything secret.

use std::path::Path;

use super::connection_label;
use super::input::PinInput;
use super::output::Output;
use crate::device::{CancelSignal, KeyError, KeySession, Prompts};
use crate::errors::UserText;
use crate::inventory::{self, Account, Format};
use crate::provision::plain;

/// Writes this key's accounts to `file`: JSON with `--json` or a `.json`
/// name, CSV otherwise. An existing file is refused before the PIN is
/// asked, unless `force`.
pub async fn export(
    global: &super::GlobalArgs,
    session: &mut KeySession,
    pins: &mut PinInput,
    file: &Path,
    force: bool,
    out: &Output,
) -> Result<(), KeyError> {
    if !force && file.exists() {
        return Err(plain(t!(
            "inventory-export-exists",
            path = file.display().to_string()
        )));
    }
    let format = if global.json {
        Format::Json
    } else {
        Format::from_path(file)
    };
    let accounts = read_accounts(session, pins, None).await?;
    inventory::write_atomically(file, format.render(&accounts).as_bytes(), force).map_err(|e| {
        match e.kind() {
            std::io::ErrorKind::AlreadyExists => plain(t!(
                "inventory-export-exists",
                path = file.display().to_string()
            )),
            _ => plain(t!(
                "inventory-export-not-written",
                path = file.display().to_string(),
                error = e.to_string()
            )),
        }
    })?;
    out.exported(
        &t!(
            "inventory-exported",
            count = accounts.len(),
            path = file.display().to_string()
        ),
        accounts.len(),
        file,
    );
    Ok(())
}

/// Lists this key's accounts next to the other key's. Each key's PIN is
/// asked with the key named, this key's first.
pub async fn compare(
    global: &super::GlobalArgs,
    session: &mut KeySession,
    pins: &mut PinInput,
    with: &str,
    out: &Output,
) -> Result<(), KeyError> {
    let this_label = connection_label(global);
    let this = read_accounts(
        session,
        pins,
        Some(t!(
            "inventory-prompt-pin-this-key",
            key = this_label.as_str()
        )),
    )
    .await?;

    let mut other_session = open_other(global, with).await?;
    let other = read_accounts(
        &mut other_session,
        pins,
        Some(t!("inventory-prompt-pin-other-key", key = with)),
    )
    .await
    .map_err(|e| other_failed(with, &e));
    other_session.close().await;
    let other = other?;

    out.comparison(&inventory::compare(&this, &other));
    Ok(())
}

/// `--with` names a virtual key file when such a file exists, else a
/// device id as `keyguide devices` shows it.
async fn open_other(global: &super::GlobalArgs, with: &str) -> Result<KeySession, KeyError> {
    let file = Path::new(with);
    let file = file.is_file().then_some(file);
    if file.is_none() && global.virtual_key().is_some() {
        // A virtual key is compared with a key file: a missing file is not
        // quietly taken for a device id.
        return Err(KeyError::VirtualKeyFile(t!(
            "inventory-no-such-key-file",
            path = with
        )));
    }
    let device = file.is_none().then_some(with);
    let cancel = CancelSignal::new();
    let conn = crate::keys::open(file, device, cancel.clone())
        .await
        .map_err(|e| other_failed(with, &e))?;
    let (prompts, events) = Prompts::new();
    super::output::print_prompts(events, global.json);
    KeySession::open(conn, prompts, cancel)
        .await
        .map_err(|e| other_failed(with, &e))
}

/// An error about the other key says it is about the other key.
fn other_failed(with: &str, e: &KeyError) -> KeyError {
    plain(t!(
        "inventory-other-key-failed",
        key = with,
        error = e.user_text()
    ))
}

/// Unlocks with the PIN (asked with `prompt`, or as "PIN of the key") and
/// reads every account.
async fn read_accounts(
    session: &mut KeySession,
    pins: &mut PinInput,
    prompt: Option<String>,
) -> Result<Vec<Account>, KeyError> {
    if !session.supports_credential_management() {
        return Err(KeyError::Unsupported(
            crate::device::error::Feature::CredentialManagement,
        ));
    }
    match session.pin_is_set() {
        Some(true) => {
            let pin = match prompt {
                Some(prompt) => pins.current_for(&prompt)?,
                None => pins.current()?,
            };
            session.unlock(&pin).await?;
        }
        Some(false) => return Err(KeyError::PinNotSet),
        None => {
            return Err(KeyError::Unsupported(
                crate::device::error::Feature::ClientPin,
            ))
        }
    }
    Ok(inventory::accounts(&session.list_passkeys().await?))
}
