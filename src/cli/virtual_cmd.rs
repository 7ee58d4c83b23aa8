//! `keyguide virtual ...`: create, fill and power-cycle virtual keys stored
//! in files, so that several commands act on the same key.

use std::path::Path;

use crate::catalog::Catalog;
use crate::device::model::Transport;
use crate::device::passkeys::NewPasskey;
use crate::device::{CancelSignal, KeyError, KeySession, Prompts, TokenConnection};
use crate::virtual_key::{Profile, VirtualKey};

use super::args::VirtualCommand;
use super::input::PinInput;
use super::output::Output;

pub async fn run(cmd: VirtualCommand, out: &Output, pin_stdin: bool) -> Result<(), KeyError> {
    match cmd {
        VirtualCommand::Create { file, profile } => {
            let profile = parse_profile(&profile)?;
            VirtualKey::create_file(&file, profile).map_err(file_error)?;
            out.done(&format!("Created a virtual key in {}.", file.display()));
        }
        VirtualCommand::Replug { file } => {
            let key = VirtualKey::open_file(&file).map_err(file_error)?;
            key.control().replug();
            out.done("The virtual key was removed and inserted again.");
        }
        VirtualCommand::Seed {
            file,
            passkeys,
            sites,
        } => {
            let created = seed(&file, passkeys, sites, pin_stdin).await?;
            out.done(&format!(
                "Created {created} passkeys over {} sites.",
                sites.clamp(1, passkeys.max(1))
            ));
        }
    }
    Ok(())
}

/// `bio`, `pre`, `basic`, or `mds:<aaguid>` (a model from the catalog).
pub fn parse_profile(name: &str) -> Result<Profile, KeyError> {
    if let Some(aaguid) = name.strip_prefix("mds:") {
        let uuid = uuid::Uuid::parse_str(aaguid.trim()).map_err(|_| {
            KeyError::VirtualKeyFile(format!(
                "'{aaguid}' is not an AAGUID (expected the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
            ))
        })?;
        let model = Catalog::embedded().lookup(&uuid).ok_or_else(|| {
            KeyError::VirtualKeyFile(format!("No model with AAGUID {uuid} in the FIDO metadata."))
        })?;
        let get_info = model.get_info.clone().ok_or_else(|| {
            KeyError::VirtualKeyFile(format!(
                "The FIDO metadata has no authenticatorGetInfo for {}.",
                model.name
            ))
        })?;
        return Profile::from_metadata(uuid, &get_info).map_err(file_error);
    }
    Profile::parse(name).map_err(file_error)
}

/// Creates `count` passkeys spread over `sites` sites with makeCredential,
/// through the same client code as real keys.
async fn seed(path: &Path, count: u32, sites: u32, pin_stdin: bool) -> Result<u32, KeyError> {
    let sites = sites.clamp(1, count.max(1));
    let cancel = CancelSignal::new();
    let key = VirtualKey::open_file(path)
        .map_err(file_error)?
        .with_cancel(cancel.clone());
    let conn = Box::new(TokenConnection::new(key, Transport::Virtual, true));
    let mut session = KeySession::open(conn, Prompts::discard(), cancel).await?;
    let pin = if session.pin_is_set() == Some(true) {
        Some(PinInput::new(pin_stdin).current()?)
    } else {
        None
    };
    for i in 0..count {
        session
            .make_passkey(&NewPasskey::example(i, sites), pin.as_ref())
            .await?;
    }
    session.close().await;
    Ok(count)
}

fn file_error(e: impl std::fmt::Display) -> KeyError {
    KeyError::VirtualKeyFile(e.to_string())
}
