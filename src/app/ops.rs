//! Key operations the app runs, off the UI thread, on the shared session.
//! Each screen asks for an [`Op`]; the root runs it as a task and routes the
//! [`OpOutput`] back. PINs travel in `Arc<Pin>` (zeroized when dropped).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::sync::Mutex;

use crate::device::ctap22::PersistentToken;

use crate::device::model::{EnrollProgress, Fingerprint, KeyInfo, PasskeyList};
use crate::device::{KeyError, KeySession, Pin};

#[derive(Clone, Debug)]
pub enum Op {
    Info,
    Unlock(Arc<Pin>),
    /// Unlock with an enrolled finger (built-in user verification).
    UnlockWithFingerprint,
    SetPin(Arc<Pin>),
    ChangePin(Arc<Pin>, Arc<Pin>),
    ListPasskeys,
    DeletePasskey(String),
    UpdateUser {
        id: String,
        name: String,
        display_name: String,
    },
    ListFingerprints,
    EnrollBegin,
    EnrollNext(String),
    EnrollCancel,
    RenameFingerprint(String, String),
    RemoveFingerprint(String),
    SetAlwaysUv(bool),
    SetMinPinLength(usize),
    ForcePinChange,
    Reset,
    Identify,
    /// enableEnterpriseAttestation (IT staff; only a reset undoes it).
    EnableEnterpriseAttestation,
    /// Reads the large-blob store.
    ReadLargeBlobs,
    /// Empties the large-blob store with an lbw token from this PIN.
    ClearLargeBlobs(Arc<Pin>),
    /// The throw-away attestation of "Is this key genuine?".
    CheckGenuine(Option<Arc<Pin>>),
    /// Passkeys and fingerprints together: what a reset would erase.
    ReadHoldings,
}

impl Op {
    /// Ops during which the key waits for the user's touch or finger.
    pub fn needs_touch(&self) -> bool {
        matches!(
            self,
            Op::EnrollBegin
                | Op::EnrollNext(_)
                | Op::Reset
                | Op::Identify
                | Op::UnlockWithFingerprint
                | Op::CheckGenuine(_)
        )
    }

    /// What the busy indicator says while the op runs.
    pub fn label(&self) -> String {
        match self {
            Op::Info => t!("common-reading-key"),
            Op::Unlock(_) => t!("app-busy-unlock"),
            Op::UnlockWithFingerprint => t!("app-busy-unlock-fingerprint"),
            Op::SetPin(_) => t!("app-busy-set-pin"),
            Op::ChangePin(..) => t!("app-busy-change-pin"),
            Op::ListPasskeys => t!("app-busy-passkeys"),
            Op::DeletePasskey(_) => t!("app-busy-delete-passkey"),
            Op::UpdateUser { .. } => t!("app-busy-saving"),
            Op::ListFingerprints => t!("app-busy-fingerprints"),
            Op::EnrollBegin | Op::EnrollNext(_) => t!("app-busy-enroll"),
            Op::EnrollCancel => t!("app-busy-cancelling"),
            Op::RenameFingerprint(..) => t!("app-busy-renaming"),
            Op::RemoveFingerprint(_) => t!("app-busy-remove-fingerprint"),
            Op::SetAlwaysUv(_) | Op::SetMinPinLength(_) | Op::ForcePinChange => {
                t!("app-busy-setting")
            }
            Op::Reset => t!("app-busy-reset"),
            Op::Identify => t!("app-busy-identify"),
            Op::EnableEnterpriseAttestation => t!("app-busy-setting"),
            Op::ReadLargeBlobs => t!("common-reading-key"),
            Op::ClearLargeBlobs(_) => t!("app-busy-setting"),
            Op::CheckGenuine(_) => t!("genuine-busy"),
            Op::ReadHoldings => t!("inventory-busy-reading"),
        }
    }
}

#[derive(Clone, Debug)]
pub enum OpOutput {
    Info(Box<KeyInfo>),
    Done,
    Passkeys(PasskeyList),
    Fingerprints(Vec<Fingerprint>),
    Enroll(EnrollProgress),
    LargeBlobs(crate::device::large_blobs::LargeBlobStore),
    Genuine(crate::genuine::Report),
    /// `None` where the key cannot hold that kind.
    Holdings(Option<PasskeyList>, Option<Vec<Fingerprint>>),
}

pub type Shared = Arc<Mutex<KeySession>>;

/// Runs one op; the lock is held only by this task, never by the UI.
pub async fn run(session: Shared, op: Op) -> Result<OpOutput, KeyError> {
    let mut s = session.lock().await;
    match op {
        Op::Info => Ok(OpOutput::Info(Box::new(crate::keys::info(&mut s).await?))),
        Op::Unlock(pin) => {
            s.unlock(&pin).await?;
            remember_read_only_access(&mut s, &pin).await;
            Ok(OpOutput::Done)
        }
        Op::UnlockWithFingerprint => s.unlock_with_fingerprint().await.map(|_| OpOutput::Done),
        Op::SetPin(pin) => s.set_pin(&pin).await.map(|_| OpOutput::Done),
        Op::ChangePin(current, new) => s.change_pin(&current, &new).await.map(|_| OpOutput::Done),
        Op::ListPasskeys => Ok(OpOutput::Passkeys(list_passkeys(&mut s).await?)),
        Op::DeletePasskey(id) => s.delete_passkey(&id).await.map(|_| OpOutput::Done),
        Op::UpdateUser {
            id,
            name,
            display_name,
        } => s
            .update_passkey_user(&id, Some(name), Some(display_name))
            .await
            .map(|_| OpOutput::Done),
        Op::ListFingerprints => Ok(OpOutput::Fingerprints(s.list_fingerprints().await?)),
        Op::EnrollBegin => Ok(OpOutput::Enroll(s.enroll_begin().await?)),
        Op::EnrollNext(id) => Ok(OpOutput::Enroll(s.enroll_capture_next(&id).await?)),
        Op::EnrollCancel => s.enroll_cancel().await.map(|_| OpOutput::Done),
        Op::RenameFingerprint(id, name) => s
            .rename_fingerprint(&id, &name)
            .await
            .map(|_| OpOutput::Done),
        Op::RemoveFingerprint(id) => s.remove_fingerprint(&id).await.map(|_| OpOutput::Done),
        Op::SetAlwaysUv(on) => s.set_always_uv(on).await.map(|_| OpOutput::Done),
        Op::SetMinPinLength(n) => s.set_min_pin_length(n).await.map(|_| OpOutput::Done),
        Op::ForcePinChange => s.force_pin_change().await.map(|_| OpOutput::Done),
        Op::Reset => s.reset().await.map(|_| OpOutput::Done),
        Op::Identify => s.select().await.map(|_| OpOutput::Done),
        Op::EnableEnterpriseAttestation => s
            .enable_enterprise_attestation()
            .await
            .map(|_| OpOutput::Done),
        Op::ReadLargeBlobs => Ok(OpOutput::LargeBlobs(s.read_large_blobs().await?)),
        Op::ClearLargeBlobs(pin) => {
            s.unlock_large_blobs(&pin).await?;
            s.clear_large_blobs().await?;
            Ok(OpOutput::LargeBlobs(s.read_large_blobs().await?))
        }
        Op::CheckGenuine(pin) => {
            let request = crate::genuine::request();
            let made = s.make_credential(&request, pin.as_deref()).await?;
            Ok(OpOutput::Genuine(crate::genuine::check(
                &made,
                &request.client_data_hash,
                crate::catalog::Catalog::embedded(),
                std::time::SystemTime::now(),
            )))
        }
        Op::ReadHoldings => {
            let passkeys = if s.supports_credential_management() {
                Some(s.list_passkeys().await?)
            } else {
                None
            };
            let fingerprints = if s.supports_fingerprints() {
                Some(s.list_fingerprints().await?)
            } else {
                None
            };
            Ok(OpOutput::Holdings(passkeys, fingerprints))
        }
    }
}

/// Persistent read-only tokens (CTAP 2.2 pcmr) of the keys unlocked since
/// the app started, each with the identifier its key's encIdentifier
/// decrypts to: in memory only, never on disk; the tokens zeroize when
/// dropped. A key plugged in again is recognised by decrypting its
/// encIdentifier with each token (a wrong token gives other bytes).
static READ_ONLY_ACCESS: std::sync::Mutex<Vec<(Vec<u8>, PersistentToken)>> =
    std::sync::Mutex::new(Vec::new());

/// The last passkey list was read with a kept read-only token, without the
/// PIN (the Passkeys screen says so).
static LISTED_WITHOUT_PIN: AtomicBool = AtomicBool::new(false);

pub fn listed_without_pin() -> bool {
    LISTED_WITHOUT_PIN.load(Ordering::Relaxed)
}

fn kept_tokens() -> std::sync::MutexGuard<'static, Vec<(Vec<u8>, PersistentToken)>> {
    READ_ONLY_ACCESS.lock().unwrap_or_else(|p| p.into_inner())
}

/// After the PIN unlocked a key that offers it (perCredMgmtRO and
/// encIdentifier), also asks for the persistent read-only token with that
/// PIN, and keeps it. A refusal only means the PIN is asked next time.
async fn remember_read_only_access(s: &mut KeySession, pin: &Pin) {
    if !s.supports_persistent_token() || !s.ctap22().enc_identifier {
        return;
    }
    match s.get_persistent_token(pin).await {
        Ok(token) => {
            if let Some(id) = s.key_identifier() {
                let mut kept = kept_tokens();
                kept.retain(|(known, _)| *known != id);
                kept.push((id, token));
            }
        }
        Err(e) => tracing::info!("no persistent read-only token: {e:?}"),
    }
}

/// Lists passkeys with a kept read-only token where there is one for this
/// key (no PIN); otherwise, or once the key refuses it (PIN changed, key
/// reset), as before with the management token.
async fn list_passkeys(s: &mut KeySession) -> Result<PasskeyList, KeyError> {
    LISTED_WITHOUT_PIN.store(false, Ordering::Relaxed);
    if s.supports_persistent_token() && s.persistent_token().is_none() {
        let kept: Vec<(Vec<u8>, PersistentToken)> = kept_tokens().clone();
        for (id, token) in kept {
            s.set_persistent_token(token);
            if s.key_identifier().as_ref() == Some(&id) {
                break;
            }
            s.forget_persistent_token();
        }
    }
    if s.persistent_token().is_some() {
        let id = s.key_identifier();
        // Said on screen only when the PIN was really not asked this time.
        let unlocked = s.is_unlocked();
        match s.list_passkeys_read_only().await {
            Ok(list) => {
                LISTED_WITHOUT_PIN.store(!unlocked, Ordering::Relaxed);
                return Ok(list);
            }
            Err(KeyError::PinRequired) => {
                kept_tokens().retain(|(known, _)| Some(known) != id.as_ref());
            }
            Err(e) => return Err(e),
        }
    }
    s.list_passkeys().await
}

/// Asks where to save the report (the desktop's own file dialog) and
/// writes it there as HTML and JSON. Without a dialog service (no D-Bus
/// session and no zenity, as in a bare X session) it goes to the documents
/// folder instead, and the notice says where.
pub async fn save_report(
    report: crate::report::Report,
) -> Result<Option<(std::path::PathBuf, std::path::PathBuf)>, String> {
    let stem = report.suggested_file_stem();
    let base = if file_dialog_available() {
        let chosen = rfd::AsyncFileDialog::new()
            .set_title(t!("app-report-dialog-title"))
            .set_file_name(format!("{stem}.html"))
            .add_filter(t!("app-report-dialog-filter"), &["html", "json"])
            .save_file()
            .await;
        match chosen {
            Some(file) => file.path().to_owned(),
            None => return Ok(None),
        }
    } else {
        let dirs = directories::UserDirs::new().ok_or_else(|| t!("app-no-home-folder"))?;
        dirs.document_dir().unwrap_or(dirs.home_dir()).join(stem)
    };
    report.save(&base).map(Some).map_err(|e| e.to_string())
}

/// Asks where to save the list of sites (CSV or JSON, by the name the user
/// gives) and writes it there; an existing file the user chose in the
/// dialog is replaced, as the dialog has asked already. Without a dialog
/// service it goes to the documents folder as CSV, never over another file.
pub async fn save_inventory(
    accounts: Vec<crate::inventory::Account>,
    stem: String,
) -> Result<Option<std::path::PathBuf>, String> {
    use crate::inventory::{write_atomically, Format};
    let (path, overwrite) = if file_dialog_available() {
        let chosen = rfd::AsyncFileDialog::new()
            .set_title(t!("inventory-dialog-title"))
            .set_file_name(format!("{stem}.csv"))
            .add_filter(t!("inventory-dialog-filter-csv"), &["csv"])
            .add_filter(t!("inventory-dialog-filter-json"), &["json"])
            .save_file()
            .await;
        match chosen {
            Some(file) => (file.path().to_owned(), true),
            None => return Ok(None),
        }
    } else {
        let dirs = directories::UserDirs::new().ok_or_else(|| t!("app-no-home-folder"))?;
        let dir = dirs.document_dir().unwrap_or(dirs.home_dir()).to_owned();
        (free_name(&dir, &stem, "csv"), false)
    };
    let text = Format::from_path(&path).render(&accounts);
    write_atomically(&path, text.as_bytes(), overwrite).map_err(|e| e.to_string())?;
    Ok(Some(path))
}

/// `dir/stem.ext`, or `dir/stem (2).ext` and so on when that exists.
fn free_name(dir: &std::path::Path, stem: &str, ext: &str) -> std::path::PathBuf {
    let mut path = dir.join(format!("{stem}.{ext}"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem} ({n}).{ext}"));
        n += 1;
    }
    path
}

fn file_dialog_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file())
        })
}
