//! `keyguide doctor` and the Doctor page in App settings: what on this
//! machine stands between the user and their keys, each finding with its
//! fix. It only looks: it lists readers and device nodes and opens nothing
//! that sends a byte to a key.

use serde::Serialize;
use std::path::{Path, PathBuf};

use crate::device::model::Transport;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    /// Worth knowing, nothing to fix (no reader plugged in, no key).
    Info,
    /// Works now, may fail later (no udev rule, but access is granted).
    Warning,
    /// Keys on this path cannot be used until it is fixed.
    Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    SmartCardService,
    UsbAccess,
    UdevRule,
    Elevation,
    Keys,
    LogFolder,
}

/// The status as the user reads it.
pub fn status_word(status: Status) -> String {
    match status {
        Status::Ok => t!("doctor-status-ok"),
        Status::Info => t!("doctor-status-info"),
        Status::Warning => t!("doctor-status-warning"),
        Status::Problem => t!("doctor-status-problem"),
    }
}

/// The check's name as the user reads it.
pub fn check_name(check: Check) -> String {
    match check {
        Check::SmartCardService => t!("doctor-check-smart-card-service"),
        Check::UsbAccess => t!("doctor-check-usb-access"),
        Check::UdevRule => t!("doctor-check-udev-rule"),
        Check::Elevation => t!("doctor-check-elevation"),
        Check::Keys => t!("doctor-check-keys"),
        Check::LogFolder => t!("doctor-check-log-folder"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub check: Check,
    pub status: Status,
    /// What was found, in the user's language.
    pub summary: String,
    /// What to do about it, when something is to be done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// Commands for a terminal, one per line, when the fix is typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commands: Option<String>,
}

impl Finding {
    fn new(check: Check, status: Status, summary: String) -> Finding {
        Finding {
            check,
            status,
            summary,
            fix: None,
            commands: None,
        }
    }
    fn fix(mut self, fix: String) -> Finding {
        self.fix = Some(fix);
        self
    }
}

/// Every check that applies to this system, in the order a user would
/// work through them.
pub async fn run() -> Vec<Finding> {
    let mut findings = vec![smart_card_service()];
    if cfg!(target_os = "linux") {
        let nodes = fido_hidraw_nodes(Path::new("/sys/class/hidraw"), Path::new("/dev"));
        findings.push(usb_access(&nodes));
        findings.push(udev_rule(&UDEV_RULE_DIRS.map(PathBuf::from)));
    }
    #[cfg(windows)]
    findings.push(elevation());
    findings.push(keys().await);
    findings.push(log_folder());
    findings
}

fn smart_card_service() -> Finding {
    let check = Check::SmartCardService;
    match pcsc::Context::establish(pcsc::Scope::User) {
        Ok(context) => {
            let readers: Vec<String> = context
                .list_readers_owned()
                .unwrap_or_default()
                .into_iter()
                .map(|r| r.to_string_lossy().into_owned())
                .collect();
            if readers.is_empty() {
                Finding::new(check, Status::Info, t!("doctor-pcsc-no-readers"))
                    .fix(t!("doctor-pcsc-no-readers-fix"))
            } else {
                Finding::new(
                    check,
                    Status::Ok,
                    t!(
                        "doctor-pcsc-readers",
                        count = readers.len(),
                        readers = readers.join(", ")
                    ),
                )
            }
        }
        Err(error) => {
            let finding = Finding::new(
                check,
                Status::Problem,
                if error == pcsc::Error::NoService {
                    t!("doctor-pcsc-no-service")
                } else {
                    t!("doctor-pcsc-error", error = error.to_string())
                },
            );
            if cfg!(windows) {
                finding.fix(t!("doctor-pcsc-fix-windows"))
            } else if cfg!(target_os = "macos") {
                finding.fix(t!("doctor-pcsc-fix-macos"))
            } else {
                Finding {
                    commands: Some(
                        "sudo apt install pcscd\nsudo systemctl enable --now pcscd.socket".into(),
                    ),
                    ..finding.fix(t!("doctor-pcsc-fix-linux"))
                }
            }
        }
    }
}

/// A hidraw node whose report descriptor declares the FIDO usage page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HidrawNode {
    pub device: PathBuf,
    /// Whether this user may open it for reading and writing.
    pub accessible: bool,
}

/// The FIDO usage page 0xF1D0 as a report descriptor declares it
/// (Usage Page, 2-byte item: 06 D0 F1; FIDO CTAP 2.1 §11.2.8.1).
fn is_fido_descriptor(descriptor: &[u8]) -> bool {
    descriptor.windows(3).any(|w| w == [0x06, 0xD0, 0xF1])
}

/// Lists FIDO hidraw nodes from sysfs (`class` is /sys/class/hidraw) and
/// whether each `/dev` node opens read-write. Opening a hidraw node sends
/// nothing to the device.
pub fn fido_hidraw_nodes(class: &Path, dev: &Path) -> Vec<HidrawNode> {
    let Ok(entries) = std::fs::read_dir(class) else {
        return Vec::new();
    };
    let mut nodes: Vec<HidrawNode> = entries
        .flatten()
        .filter(|e| {
            std::fs::read(e.path().join("device/report_descriptor"))
                .is_ok_and(|d| is_fido_descriptor(&d))
        })
        .map(|e| {
            let device = dev.join(e.file_name());
            let accessible = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(&device)
                .is_ok();
            HidrawNode { device, accessible }
        })
        .collect();
    nodes.sort_by(|a, b| a.device.cmp(&b.device));
    nodes
}

pub fn usb_access(nodes: &[HidrawNode]) -> Finding {
    let check = Check::UsbAccess;
    let refused: Vec<String> = nodes
        .iter()
        .filter(|n| !n.accessible)
        .map(|n| n.device.display().to_string())
        .collect();
    if nodes.is_empty() {
        return Finding::new(check, Status::Info, t!("doctor-usb-none"));
    }
    if refused.is_empty() {
        return Finding::new(check, Status::Ok, t!("doctor-usb-ok", count = nodes.len()));
    }
    let fix = crate::platform::access::fix_for_this_system();
    Finding {
        commands: fix.commands.clone(),
        ..Finding::new(
            check,
            Status::Problem,
            t!("doctor-usb-refused", devices = refused.join(", ")),
        )
        .fix(format!("{} {}", fix.before, fix.after))
    }
}

/// Where udev rules live (Debian/Ubuntu, Fedora and the admin's own).
const UDEV_RULE_DIRS: [&str; 3] = [
    "/usr/lib/udev/rules.d",
    "/lib/udev/rules.d",
    "/etc/udev/rules.d",
];

/// KeyGuide's rule, libfido2's or libu2f-udev's, or systemd's `fido_id`
/// rule (systemd 244 and later tags FIDO devices for the seated user).
pub fn udev_rule(dirs: &[PathBuf]) -> Finding {
    let check = Check::UdevRule;
    let known = [
        crate::platform::access::UDEV_RULES_NAME,
        "70-u2f.rules",
        "60-fido-id.rules",
    ];
    let found: Vec<String> = dirs
        .iter()
        .flat_map(|dir| known.iter().map(move |name| dir.join(name)))
        .filter(|path| path.exists())
        .map(|path| path.display().to_string())
        .collect();
    if found.is_empty() {
        // The commands copy the rule from where KeyGuide saves it.
        let fix = crate::platform::access::fix_for_this_system();
        Finding {
            commands: fix.commands,
            ..Finding::new(check, Status::Warning, t!("doctor-udev-missing"))
                .fix(t!("doctor-udev-missing-fix"))
        }
    } else {
        Finding::new(
            check,
            Status::Ok,
            t!("doctor-udev-found", rules = found.join(", ")),
        )
    }
}

#[cfg(windows)]
fn elevation() -> Finding {
    use crate::platform::elevation::ElevationAdvice;
    match crate::platform::windows::current_advice() {
        ElevationAdvice::RestartAsAdministrator => Finding::new(
            Check::Elevation,
            Status::Warning,
            t!("doctor-elevation-needed"),
        )
        .fix(crate::platform::elevation::reason().to_owned()),
        _ => Finding::new(Check::Elevation, Status::Ok, t!("doctor-elevation-ok")),
    }
}

async fn keys() -> Finding {
    let check = Check::Keys;
    match crate::keys::list_devices(None).await {
        Ok(devices) if devices.is_empty() => {
            Finding::new(check, Status::Info, t!("doctor-keys-none"))
                .fix(t!("doctor-keys-none-fix"))
        }
        Ok(devices) => {
            let list = devices
                .iter()
                .map(|d| {
                    let transport = match d.transport {
                        Transport::Usb => "USB",
                        Transport::Nfc => "NFC",
                        Transport::Virtual => "virtual",
                    };
                    format!("{} ({transport})", d.label)
                })
                .collect::<Vec<_>>()
                .join(", ");
            Finding::new(
                check,
                Status::Ok,
                t!("doctor-keys-found", count = devices.len(), keys = list),
            )
        }
        Err(error) => Finding::new(
            check,
            Status::Problem,
            crate::errors::UserText::user_text(&error),
        ),
    }
}

fn log_folder() -> Finding {
    let check = Check::LogFolder;
    let dir = crate::logging::log_dir()
        .map(Path::to_path_buf)
        .or_else(crate::logging::default_log_dir);
    match dir {
        Some(dir) if writable(&dir) => Finding::new(
            check,
            Status::Ok,
            t!("doctor-logs", folder = dir.display().to_string()),
        ),
        Some(dir) => Finding::new(
            check,
            Status::Warning,
            t!(
                "doctor-logs-not-writable",
                folder = dir.display().to_string()
            ),
        ),
        None => Finding::new(check, Status::Warning, t!("doctor-logs-no-folder")),
    }
}

/// Whether a file can be created in `dir` (creating the folder first, as
/// the logger would).
fn writable(dir: &Path) -> bool {
    std::fs::create_dir_all(dir).is_ok() && tempfile::tempfile_in(dir).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A YubiKey 5's FIDO interface descriptor begins like this (usage page
    /// 0xF1D0, usage 0x01); a keyboard's does not.
    #[test]
    fn the_fido_usage_page_is_recognised_in_a_report_descriptor() {
        let fido = [0x06, 0xD0, 0xF1, 0x09, 0x01, 0xA1, 0x01];
        let keyboard = [0x05, 0x01, 0x09, 0x06, 0xA1, 0x01];
        assert!(is_fido_descriptor(&fido));
        assert!(!is_fido_descriptor(&keyboard));
    }

    fn fake_sysfs(dir: &Path, nodes: &[(&str, &[u8])]) {
        for (name, descriptor) in nodes {
            let device = dir.join("class").join(name).join("device");
            std::fs::create_dir_all(&device).unwrap();
            std::fs::write(device.join("report_descriptor"), descriptor).unwrap();
        }
        std::fs::create_dir_all(dir.join("dev")).unwrap();
    }

    #[test]
    fn only_fido_nodes_are_listed_and_a_refused_one_is_a_problem_with_its_fix() {
        crate::i18n::set_language(crate::i18n::Language::EnUs);
        let dir = tempfile::tempdir().unwrap();
        fake_sysfs(
            dir.path(),
            &[
                ("hidraw0", &[0x05, 0x01, 0x09, 0x06]),
                ("hidraw1", &[0x06, 0xD0, 0xF1, 0x09, 0x01]),
                ("hidraw2", &[0x06, 0xD0, 0xF1, 0x09, 0x01]),
            ],
        );
        // hidraw1's node opens; hidraw2 has none (as if permission denied).
        std::fs::write(dir.path().join("dev/hidraw1"), b"").unwrap();
        let nodes = fido_hidraw_nodes(&dir.path().join("class"), &dir.path().join("dev"));
        assert_eq!(
            nodes,
            vec![
                HidrawNode {
                    device: dir.path().join("dev/hidraw1"),
                    accessible: true
                },
                HidrawNode {
                    device: dir.path().join("dev/hidraw2"),
                    accessible: false
                },
            ]
        );
        let finding = usb_access(&nodes);
        assert_eq!(finding.status, Status::Problem);
        assert!(finding.summary.contains("hidraw2"), "{}", finding.summary);
        assert!(!finding.summary.contains("hidraw1"), "{}", finding.summary);
        assert!(finding.fix.is_some());

        let finding = usb_access(&nodes[..1]);
        assert_eq!(finding.status, Status::Ok);
        assert_eq!(usb_access(&[]).status, Status::Info);
    }

    #[test]
    fn a_missing_udev_rule_is_a_warning_with_its_fix() {
        crate::i18n::set_language(crate::i18n::Language::EnUs);
        let dir = tempfile::tempdir().unwrap();
        let finding = udev_rule(&[dir.path().to_path_buf()]);
        assert_eq!(finding.status, Status::Warning);
        assert!(finding.fix.is_some());
        std::fs::write(dir.path().join("60-fido-id.rules"), "").unwrap();
        let finding = udev_rule(&[dir.path().to_path_buf()]);
        assert_eq!(finding.status, Status::Ok);
        assert!(finding.summary.contains("60-fido-id.rules"));
    }
}
