//! `keyguide doctor`: checks this machine for what KeyGuide needs, each
//! finding with its fix in plain words. It reads the system's state only:
//! no key is opened and no card is connected to (the smart-card service is
//! asked for its readers and their states, as the key list does).

use serde::Serialize;
use std::path::Path;

use crate::device::model::Transport;
use crate::device::KeyError;

/// How a check came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// All is well.
    Ok,
    /// Something works, with a limit the user should know of.
    Warning,
    /// Something KeyGuide needs is missing; the fix says what to do.
    Problem,
}

/// One finding. `check` is a stable English name for scripts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub check: &'static str,
    pub status: Status,
    pub summary: String,
    pub fix: Option<String>,
}

impl Finding {
    fn ok(check: &'static str, summary: String) -> Finding {
        Finding {
            check,
            status: Status::Ok,
            summary,
            fix: None,
        }
    }

    fn with(check: &'static str, status: Status, summary: String, fix: String) -> Finding {
        Finding {
            check,
            status,
            summary,
            fix: Some(fix),
        }
    }
}

/// Runs every check for this system.
pub async fn run() -> Vec<Finding> {
    let mut findings = Vec::new();
    findings.extend(
        tokio::task::spawn_blocking(smart_card_service)
            .await
            .unwrap_or_default(),
    );
    #[cfg(target_os = "linux")]
    findings.extend(hidraw_access());
    findings.push(keys_visible().await);
    findings.push(log_folder());
    findings
}

/// The smart-card service (pcscd on Linux) and the readers it sees: NFC
/// keys need both.
fn smart_card_service() -> Vec<Finding> {
    let fix_service = if cfg!(target_os = "linux") {
        t!("doctor-pcscd-fix-linux")
    } else {
        t!("doctor-pcscd-fix-other")
    };
    let ctx = match pcsc::Context::establish(pcsc::Scope::User) {
        Ok(ctx) => ctx,
        Err(_) => {
            return vec![Finding::with(
                "smart_card_service",
                Status::Problem,
                t!("doctor-pcscd-not-running"),
                fix_service,
            )]
        }
    };
    let mut findings = vec![Finding::ok(
        "smart_card_service",
        t!("doctor-pcscd-running"),
    )];
    let readers: Vec<String> = match ctx.list_readers_owned() {
        Ok(readers) => readers
            .iter()
            .map(|r| r.to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    findings.push(if readers.is_empty() {
        Finding::with(
            "nfc_readers",
            Status::Warning,
            t!("doctor-no-readers"),
            t!("doctor-no-readers-fix"),
        )
    } else {
        Finding::ok(
            "nfc_readers",
            t!(
                "doctor-readers",
                count = readers.len(),
                names = readers.join(", ")
            ),
        )
    });
    findings
}

/// Linux: FIDO security keys are hidraw nodes whose report descriptor
/// declares the FIDO usage page 0xF1D0 (CTAP 2.1 §11.2.8.1); each must be
/// readable and writable by this user, which the udev rule arranges.
#[cfg(target_os = "linux")]
fn hidraw_access() -> Vec<Finding> {
    let mut fido = Vec::new();
    let Ok(entries) = std::fs::read_dir("/sys/class/hidraw") else {
        return Vec::new();
    };
    for entry in entries.flatten() {
        let descriptor = entry.path().join("device/report_descriptor");
        if std::fs::read(&descriptor).is_ok_and(|d| declares_fido_usage_page(&d)) {
            fido.push(Path::new("/dev").join(entry.file_name()));
        }
    }
    let rule = crate::platform::access::UDEV_RULES_NAME;
    let rule_installed = [
        "/usr/lib/udev/rules.d",
        "/lib/udev/rules.d",
        "/etc/udev/rules.d",
    ]
    .iter()
    .any(|dir| Path::new(dir).join(rule).exists());
    let fix = || {
        // With the commands that install the copy KeyGuide saves.
        let fix = crate::platform::access::fix_for_this_system();
        match fix.commands {
            Some(commands) => format!("{}\n{commands}\n{}", fix.before, fix.after),
            None => format!("{} {}", fix.before, fix.after),
        }
    };
    let mut findings = Vec::new();
    // Opening a node sends nothing to the key.
    let refused: Vec<String> = fido
        .iter()
        .filter(|node| {
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(node)
                .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
        })
        .map(|node| node.display().to_string())
        .collect();
    if fido.is_empty() {
        // Not a fault, but nothing was checked: the summary says what to do.
        findings.push(Finding {
            check: "usb_access",
            status: Status::Warning,
            summary: t!("doctor-usb-no-keys"),
            fix: None,
        });
    } else if refused.is_empty() {
        findings.push(Finding::ok(
            "usb_access",
            t!("doctor-usb-access-ok", count = fido.len()),
        ));
    } else {
        findings.push(Finding::with(
            "usb_access",
            Status::Problem,
            t!("doctor-usb-access-refused", nodes = refused.join(", ")),
            fix(),
        ));
    }
    findings.push(if rule_installed {
        Finding::ok("udev_rule", t!("doctor-udev-rule-installed", rule = rule))
    } else {
        Finding::with(
            "udev_rule",
            Status::Warning,
            t!("doctor-udev-rule-missing", rule = rule),
            fix(),
        )
    });
    findings
}

/// A HID report descriptor with a Usage Page (global item 0x05/0x06) of
/// 0xF1D0, the FIDO Alliance page (HID Usage Tables §4; CTAP 2.1 §11.2.8.1).
pub fn declares_fido_usage_page(descriptor: &[u8]) -> bool {
    let mut i = 0;
    while i < descriptor.len() {
        let prefix = descriptor[i];
        if prefix == 0xFE {
            // Long item: size in the next byte, skip it whole.
            let size = descriptor.get(i + 1).copied().unwrap_or(0) as usize;
            i += 3 + size;
            continue;
        }
        let size = match prefix & 0x03 {
            3 => 4,
            n => n as usize,
        };
        let data = descriptor.get(i + 1..i + 1 + size).unwrap_or(&[]);
        // Usage Page: tag 0, type global (bits 7..2 = 0b000001).
        if prefix & 0xFC == 0x04 && size == 2 && data == [0xD0, 0xF1] {
            return true;
        }
        i += 1 + size;
    }
    false
}

/// Which keys KeyGuide sees, on which connection.
async fn keys_visible() -> Finding {
    match crate::keys::list_devices(None).await {
        Ok(devices) if devices.is_empty() => Finding::with(
            "keys",
            Status::Warning,
            t!("doctor-keys-none"),
            t!("doctor-keys-none-fix"),
        ),
        Ok(devices) => {
            let lines: Vec<String> = devices
                .iter()
                .map(|d| {
                    let transport = match d.transport {
                        Transport::Usb => "USB",
                        Transport::Nfc => "NFC",
                        Transport::Virtual => "virtual",
                    };
                    format!("{} ({transport}, {})", d.label, d.id)
                })
                .collect();
            Finding::ok(
                "keys",
                t!(
                    "doctor-keys-seen",
                    count = devices.len(),
                    keys = lines.join("; ")
                ),
            )
        }
        Err(e @ KeyError::OsPermissionDenied(_)) => Finding::with(
            "keys",
            Status::Problem,
            crate::errors::UserText::user_text(&e),
            {
                let fix = crate::platform::access::fix_for_this_system();
                match fix.commands {
                    Some(commands) => format!("{}\n{commands}\n{}", fix.before, fix.after),
                    None => format!("{} {}", fix.before, fix.after),
                }
            },
        ),
        Err(e) => Finding::with(
            "keys",
            Status::Problem,
            crate::errors::UserText::user_text(&e),
            t!("doctor-keys-error-fix"),
        ),
    }
}

/// The log folder exists (or can be made) and takes files: the report of a
/// problem needs it.
fn log_folder() -> Finding {
    let Some(dir) = crate::logging::log_dir()
        .map(Path::to_owned)
        .or_else(crate::logging::default_log_dir)
    else {
        return Finding::with(
            "log_folder",
            Status::Warning,
            t!("doctor-log-no-home"),
            t!("doctor-log-no-home-fix"),
        );
    };
    let shown = dir.display().to_string();
    let writable = std::fs::create_dir_all(&dir)
        .and_then(|()| tempfile::NamedTempFile::new_in(&dir).map(drop))
        .is_ok();
    if writable {
        Finding::ok("log_folder", t!("doctor-log-ok", path = shown.as_str()))
    } else {
        Finding::with(
            "log_folder",
            Status::Warning,
            t!("doctor-log-not-writable", path = shown.as_str()),
            t!("doctor-log-not-writable-fix", path = shown.as_str()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fido_usage_page_is_found_in_a_report_descriptor() {
        // A FIDO key's descriptor opens with Usage Page (0xF1D0), Usage (1).
        let fido = [0x06, 0xD0, 0xF1, 0x09, 0x01, 0xA1, 0x01, 0xC0];
        assert!(declares_fido_usage_page(&fido));
        // A keyboard: Usage Page (Generic Desktop), Usage (Keyboard).
        let keyboard = [0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0xC0];
        assert!(!declares_fido_usage_page(&keyboard));
        // The bytes D0 F1 as data of another item are not a usage page.
        let other = [0x16, 0xD0, 0xF1, 0x05, 0x01];
        assert!(!declares_fido_usage_page(&other));
        assert!(!declares_fido_usage_page(&[0x06, 0xD0]));
    }
}
