//! The command-line mode: every operation for scripts and IT staff, over the
//! same [`KeySession`] as the app. Human output on a terminal, `--json` for
//! scripts; errors are one line on standard error with exit code 1.

pub mod args;
mod entra_cmd;
mod input;
mod inventory_cmd;
mod output;
mod provision_cmd;
pub mod virtual_cmd;

use std::process::ExitCode;

use crate::device::{CancelSignal, KeyError, KeySession, Prompts};
use crate::errors::UserText;
use args::{BlobsCommand, ConfigCommand, FingerprintsCommand, OnOff, PasskeysCommand, PinCommand};
pub use args::{Cli, Command, GlobalArgs};
use input::{confirm_typed, PinInput};
use output::Output;

/// Runs one CLI command to completion.
pub fn run(global: GlobalArgs, command: Command) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!(
                "keyguide: {}",
                t!("cli-could-not-start", error = e.to_string())
            );
            return ExitCode::FAILURE;
        }
    };
    let out = Output::new(global.json);
    // The command's name only: its arguments may hold user names.
    let name = format!("{command:?}");
    let name = name
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_owned();
    tracing::info!(command = %name, "command started");
    match runtime.block_on(dispatch(&global, command, &out)) {
        Ok(()) => {
            tracing::info!(command = %name, "command finished");
            ExitCode::SUCCESS
        }
        Err(e) => {
            // Info, not warn: the terminal already shows the error, once.
            tracing::info!(command = %name, "command failed: {e:?}");
            eprintln!("keyguide: {}", e.user_text());
            ExitCode::FAILURE
        }
    }
}

async fn dispatch(global: &GlobalArgs, command: Command, out: &Output) -> Result<(), KeyError> {
    match command {
        Command::Devices => {
            let devices = crate::keys::list_devices(global.virtual_key()).await?;
            out.devices(&devices);
            Ok(())
        }
        Command::Virtual(cmd) => virtual_cmd::run(cmd, out, global.pin_stdin).await,
        Command::Doctor => {
            out.doctor(&crate::doctor::run().await);
            Ok(())
        }
        Command::Provision { policy, report } => {
            provision_cmd::run(&global.virtual_keys, &policy, &report, out).await
        }
        Command::Entra(args::EntraCommand::Request {
            user,
            challenge_timeout,
        }) => entra_cmd::request(&user, challenge_timeout, global.json),
        _ if global.virtual_keys.len() > 1 => Err(KeyError::VirtualKeyFile(t!(
            "provision-one-virtual-key-only"
        ))),
        other => {
            let mut session = open_session(global).await?;
            let result = on_key(global, other, &mut session, out).await;
            if global.stats {
                eprintln!(
                    "{}",
                    t!("cli-stats-commands-sent", count = session.commands_sent())
                );
            }
            session.close().await;
            result
        }
    }
}

/// Opens the key the global options point at and starts printing what the
/// key asks of the user (touch, fingerprint samples) to standard error.
async fn open_session(global: &GlobalArgs) -> Result<KeySession, KeyError> {
    let cancel = CancelSignal::new();
    let conn = crate::keys::open(
        global.virtual_key(),
        global.device.as_deref(),
        cancel.clone(),
    )
    .await?;
    let (prompts, events) = Prompts::new();
    output::print_prompts(events, global.json);
    KeySession::open(conn, prompts, cancel).await
}

async fn on_key(
    global: &GlobalArgs,
    command: Command,
    session: &mut KeySession,
    out: &Output,
) -> Result<(), KeyError> {
    let mut pins = PinInput::new(global.pin_stdin);
    match command {
        Command::Info => {
            // Passkey slots need the PIN; only scripts that pass it get them.
            if global.pin_stdin && session.pin_is_set() == Some(true) {
                let pin = pins.current()?;
                session.unlock(&pin).await?;
                // CTAP 2.2: the persistent read-only token decrypts the
                // key's identifier (encIdentifier) for `key_identifier`.
                if session.supports_persistent_token() && session.ctap22().enc_identifier {
                    session.get_persistent_token(&pin).await?;
                }
            }
            out.info(&crate::keys::info(session).await?);
        }
        Command::Genuine => {
            let request = crate::genuine::request();
            let pin = match session.pin_is_set() {
                Some(true) => Some(pins.current()?),
                _ => None,
            };
            eprintln!("{}", t!("genuine-intro"));
            let made = session.make_credential(&request, pin.as_ref()).await?;
            out.genuine(&crate::genuine::check(
                &made,
                &request.client_data_hash,
                crate::catalog::Catalog::embedded(),
                std::time::SystemTime::now(),
            ));
        }
        Command::Pin(PinCommand::Retries) => out.pin_retries(&session.pin_retries().await?),
        Command::Pin(PinCommand::Set) => {
            if session.pin_is_set() == Some(true) {
                return Err(KeyError::PinAlreadySet);
            }
            let pin = pins.new_pin(session.min_pin_length())?;
            session.set_pin(&pin).await?;
            out.done(&t!("cli-pin-set-done"));
        }
        Command::Pin(PinCommand::Change) => {
            if session.pin_is_set() != Some(true) {
                return Err(KeyError::PinNotSet);
            }
            let current = pins.current()?;
            let new_pin = pins.new_pin(session.min_pin_length())?;
            session.change_pin(&current, &new_pin).await?;
            out.done(&t!("cli-pin-changed"));
        }
        Command::Passkeys(PasskeysCommand::Export { file, force }) => {
            inventory_cmd::export(global, session, &mut pins, &file, force, out).await?
        }
        Command::Passkeys(PasskeysCommand::Compare { with }) => {
            inventory_cmd::compare(global, session, &mut pins, &with, out).await?
        }
        Command::Passkeys(cmd) => {
            if !session.supports_credential_management() {
                return Err(KeyError::Unsupported(
                    crate::device::error::Feature::CredentialManagement,
                ));
            }
            unlock(session, &mut pins).await?;
            match cmd {
                PasskeysCommand::List => out.passkeys(&session.list_passkeys().await?),
                PasskeysCommand::Delete { credential_id, yes } => {
                    if !yes
                        && !confirm_typed(
                            &t!("cli-passkeys-delete-confirm", id = &credential_id),
                            "DELETE",
                        )?
                    {
                        return Err(KeyError::Cancelled);
                    }
                    session.delete_passkey(&credential_id).await?;
                    out.done(&t!("cli-passkeys-deleted"));
                }
                PasskeysCommand::UpdateUser {
                    credential_id,
                    name,
                    display_name,
                } => {
                    session
                        .update_passkey_user(&credential_id, name, display_name)
                        .await?;
                    out.done(&t!("cli-passkeys-user-updated"));
                }
                PasskeysCommand::Export { .. } | PasskeysCommand::Compare { .. } => {
                    unreachable!("matched above")
                }
            }
        }
        Command::Blobs(cmd) => {
            if !session.supports_large_blobs() {
                return Err(KeyError::Unsupported(
                    crate::device::error::Feature::LargeBlobs,
                ));
            }
            match cmd {
                BlobsCommand::List => {
                    let store = session.read_large_blobs().await?;
                    // Which passkey owns an entry needs their largeBlobKeys,
                    // which only a PIN holder may list.
                    let passkeys = if session.supports_credential_management()
                        && session.pin_is_set() == Some(true)
                        && (global.pin_stdin || std::io::IsTerminal::is_terminal(&std::io::stdin()))
                    {
                        unlock(session, &mut pins).await?;
                        Some(session.list_passkeys().await?)
                    } else {
                        None
                    };
                    out.blobs(&crate::large_blobs::BlobReport::new(
                        &store,
                        passkeys.as_ref(),
                    ));
                }
                BlobsCommand::Clear { yes } => {
                    if !yes && !confirm_typed(&t!("cli-blobs-clear-confirm"), "CLEAR")? {
                        return Err(KeyError::Cancelled);
                    }
                    if session.pin_is_set() == Some(true) {
                        session.unlock_large_blobs(&pins.current()?).await?;
                    }
                    session.clear_large_blobs().await?;
                    out.done(&t!("cli-blobs-cleared"));
                }
            }
        }
        Command::Fingerprints(cmd) => {
            if !session.supports_fingerprints() {
                return Err(KeyError::Unsupported(
                    crate::device::error::Feature::BioEnrollment,
                ));
            }
            unlock(session, &mut pins).await?;
            match cmd {
                FingerprintsCommand::List => out.fingerprints(&session.list_fingerprints().await?),
                FingerprintsCommand::Enroll { name } => {
                    let id = enroll(session, out).await?;
                    if let Some(name) = name {
                        session.rename_fingerprint(&id, &name).await?;
                    }
                    out.enrolled(&id);
                }
                FingerprintsCommand::Rename { id, name } => {
                    session.rename_fingerprint(&id, &name).await?;
                    out.done(&t!("cli-fingerprints-renamed"));
                }
                FingerprintsCommand::Remove { id, yes } => {
                    if !yes
                        && !confirm_typed(
                            &t!("cli-fingerprints-remove-confirm", id = &id),
                            "REMOVE",
                        )?
                    {
                        return Err(KeyError::Cancelled);
                    }
                    session.remove_fingerprint(&id).await?;
                    out.done(&t!("cli-fingerprints-removed"));
                }
            }
        }
        Command::Config(cmd) => {
            if !session.supports_config() {
                return Err(KeyError::Unsupported(
                    crate::device::error::Feature::AuthenticatorConfig,
                ));
            }
            // Check the value before asking for the PIN.
            if let ConfigCommand::MinPinLength { length } = cmd {
                let current = session.min_pin_length();
                if length < current || length > crate::device::pin::MAX_PIN_BYTES {
                    return Err(KeyError::InvalidMinPinLength { current });
                }
            }
            if let ConfigCommand::EnterpriseAttestation { yes } = cmd {
                // Checked and confirmed before the PIN is asked for.
                match session.capabilities().enterprise_attestation {
                    None => {
                        return Err(KeyError::Unsupported(
                            crate::device::error::Feature::EnterpriseAttestation,
                        ))
                    }
                    Some(true) => {
                        out.done(&t!("cli-config-enterprise-attestation-done"));
                        return Ok(());
                    }
                    Some(false) => {}
                }
                if !yes
                    && !confirm_typed(&t!("cli-config-enterprise-attestation-confirm"), "ENABLE")?
                {
                    return Err(KeyError::Cancelled);
                }
            }
            // A change is already due (IT staff raised the minimum past the
            // temporary PIN): that is the wanted state, and the key would
            // refuse the PIN for a token until it is changed, so nothing is
            // asked of the key.
            if matches!(cmd, ConfigCommand::ForcePinChange) && session.get_info().force_pin_change {
                out.done(&t!("cli-config-force-pin-change-done"));
                return Ok(());
            }
            unlock(session, &mut pins).await?;
            match cmd {
                ConfigCommand::AlwaysUv { state } => {
                    session.set_always_uv(state == OnOff::On).await?;
                    out.done(&if state == OnOff::On {
                        t!("cli-config-always-uv-on")
                    } else {
                        t!("cli-config-always-uv-off")
                    });
                }
                ConfigCommand::MinPinLength { length } => {
                    session.set_min_pin_length(length).await?;
                    if session.capabilities().force_pin_change {
                        out.done(&t!(
                            "cli-config-min-pin-length-set-change-pin",
                            length = length
                        ));
                    } else {
                        out.done(&t!("cli-config-min-pin-length-set", length = length));
                    }
                }
                ConfigCommand::ForcePinChange => {
                    session.force_pin_change().await?;
                    out.done(&t!("cli-config-force-pin-change-done"));
                }
                ConfigCommand::EnterpriseAttestation { .. } => {
                    session.enable_enterprise_attestation().await?;
                    out.done(&t!("cli-config-enterprise-attestation-done"));
                }
            }
        }
        Command::Reset { yes } => {
            if !yes && !confirm_typed(&t!("cli-reset-confirm"), "RESET")? {
                return Err(KeyError::Cancelled);
            }
            session.reset().await?;
            out.done(&t!("cli-reset-done"));
        }
        Command::Identify => {
            session.select().await?;
            out.done(&t!("cli-identify-done"));
        }
        Command::Report { out: path } => {
            // Passkey counts need the PIN; only scripts that pass it get them.
            let mut sites = None;
            if global.pin_stdin && session.pin_is_set() == Some(true) {
                session.unlock(&pins.current()?).await?;
                if session.info().await?.credential_management {
                    sites = Some(session.list_passkeys().await?.sites.len());
                }
            }
            let connection = crate::report::Connection {
                transport: session.transport(),
                label: connection_label(global),
                reader: None,
            };
            let report =
                crate::report::Report::new(connection, &crate::keys::info(session).await?, sites);
            let (json, html) = report.save(&path).map_err(|e| {
                KeyError::Io(std::sync::Arc::new(std::io::Error::new(
                    e.kind(),
                    t!("cli-report-not-written", error = e.to_string()),
                )))
            })?;
            out.done(&t!(
                "cli-report-written",
                json = json.display().to_string(),
                html = html.display().to_string()
            ));
        }
        Command::Entra(args::EntraCommand::Register {
            options,
            out: path,
            display_name,
        }) => entra_cmd::register(session, &mut pins, &options, &path, display_name, out).await?,
        Command::Devices
        | Command::Doctor
        | Command::Virtual(_)
        | Command::Provision { .. }
        | Command::Entra(args::EntraCommand::Request { .. }) => {
            unreachable!("handled before opening a key")
        }
    }
    Ok(())
}

/// How the report names the key: the virtual key file, the `--device` id,
/// or "the only key connected".
fn connection_label(global: &GlobalArgs) -> String {
    if let Some(path) = global.virtual_key() {
        return path.display().to_string();
    }
    global
        .device
        .clone()
        .unwrap_or_else(|| t!("cli-report-only-key"))
}

/// Gets the management token, asking for the PIN once.
async fn unlock(session: &mut KeySession, pins: &mut PinInput) -> Result<(), KeyError> {
    match session.pin_is_set() {
        Some(true) => session.unlock(&pins.current()?).await,
        Some(false) => Err(KeyError::PinNotSet),
        None => Err(KeyError::Unsupported(
            crate::device::error::Feature::ClientPin,
        )),
    }
}

/// Runs enrollment to the end, sample by sample; returns the template id.
async fn enroll(session: &mut KeySession, out: &Output) -> Result<String, KeyError> {
    out.note(&t!("cli-touch-sensor"));
    let mut progress = session.enroll_begin().await?;
    while progress.remaining_samples > 0 {
        progress = session.enroll_capture_next(&progress.template_id).await?;
    }
    Ok(progress.template_id)
}
