//! `keyguide virtual ...`: create, fill and power-cycle virtual keys stored
//! in files, so that several commands act on the same key; serve one as an
//! NFC card to pcscd's vpcd reader.

use std::path::Path;

use crate::catalog::Catalog;
use crate::device::model::Transport;
use crate::device::passkeys::NewPasskey;
use crate::device::{CancelSignal, KeyError, KeySession, Prompts, TokenConnection};
use crate::smartcard::{FidoApplet, VpcdServer};
use crate::virtual_key::{Profile, Quirks, VirtualKey};

use super::args::VirtualCommand;
use super::input::PinInput;
use super::output::Output;

pub async fn run(cmd: VirtualCommand, out: &Output, pin_stdin: bool) -> Result<(), KeyError> {
    match cmd {
        VirtualCommand::Create {
            file,
            profile,
            quirks,
        } => {
            let mut profile = parse_profile(&profile)?;
            if !quirks.is_empty() {
                let mut chosen = Quirks::default();
                for name in &quirks {
                    chosen.enable(name).map_err(file_error)?;
                }
                profile = profile.with_quirks(chosen);
            }
            VirtualKey::create_file(&file, profile).map_err(file_error)?;
            out.done(&t!(
                "cli-virtual-created",
                path = file.display().to_string()
            ));
        }
        VirtualCommand::Replug { file } => {
            let key = VirtualKey::open_file(&file).map_err(file_error)?;
            key.control().replug();
            out.done(&t!("cli-virtual-replugged"));
        }
        VirtualCommand::Seed {
            file,
            passkeys,
            sites,
        } => {
            let created = seed(&file, passkeys, sites, pin_stdin).await?;
            out.done(&t!(
                "cli-virtual-seeded",
                count = created,
                sites = sites.clamp(1, passkeys.max(1))
            ));
        }
        VirtualCommand::ServeVpcd { file, host, port } => serve_vpcd(&file, host, port).await?,
    }
    Ok(())
}

/// Serves the key in `path` as a card to vpcd until the process is killed.
/// Each time the reader powers the card up, the key is replugged (the
/// reset window starts), as a real key laid on a reader.
async fn serve_vpcd(path: &Path, host: String, port: u16) -> Result<(), KeyError> {
    let key = VirtualKey::open_file(path).map_err(file_error)?;
    let control = key.control();
    let applet = FidoApplet::new(key).on_power_up(move || control.replug());
    let shown = path.display().to_string();
    VpcdServer::new(applet)
        .host(host)
        .port(port)
        .on_connected(move |reader| {
            println!(
                "{}",
                t!(
                    "cli-virtual-serving",
                    path = &shown,
                    reader = reader.to_string()
                )
            );
        })
        .run(CancelSignal::new())
        .await
        .map_err(|e| KeyError::VirtualKeyFile(e.to_string()))
}

/// `bio`, `pre`, `basic`, or `mds:<aaguid>` (a model from the catalog).
pub fn parse_profile(name: &str) -> Result<Profile, KeyError> {
    if let Some(aaguid) = name.strip_prefix("mds:") {
        let uuid = uuid::Uuid::parse_str(aaguid.trim()).map_err(|_| {
            KeyError::VirtualKeyFile(t!("cli-virtual-not-an-aaguid", aaguid = aaguid))
        })?;
        let model = Catalog::embedded().lookup(&uuid).ok_or_else(|| {
            KeyError::VirtualKeyFile(t!("cli-virtual-unknown-model", aaguid = uuid.to_string()))
        })?;
        let get_info = model.get_info.clone().ok_or_else(|| {
            KeyError::VirtualKeyFile(t!("cli-virtual-no-get-info", model = &model.name))
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
