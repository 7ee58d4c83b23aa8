//! What to tell the user when a key is plugged in but the system does not
//! let KeyGuide open it: the exact fix for this system, not "no key found".

use std::path::{Path, PathBuf};

/// The rule that gives the user at the screen access to FIDO hidraw nodes.
pub const UDEV_RULES: &str = include_str!("../../packaging/linux/70-keyguide-fido.rules");
pub const UDEV_RULES_NAME: &str = "70-keyguide-fido.rules";

/// Steps, in order; `commands` is one copyable block for a terminal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessFix {
    pub before: String,
    pub commands: Option<String>,
    pub after: String,
    /// Windows 10 1903 and later: offer "Restart as administrator" with
    /// this one-line reason.
    pub restart_as_administrator: Option<&'static str>,
}

/// The fix for the system KeyGuide runs on.
pub fn fix_for_this_system() -> AccessFix {
    #[cfg(windows)]
    {
        use super::elevation::{reason, ElevationAdvice};
        let elevate = super::windows::current_advice() == ElevationAdvice::RestartAsAdministrator;
        return AccessFix {
            before: t!("platform-access-windows-refused"),
            commands: None,
            after: if elevate {
                t!("platform-access-windows-restart")
            } else {
                t!("platform-access-windows-other-programs")
            },
            restart_as_administrator: elevate.then(reason),
        };
    }
    #[allow(unreachable_code)]
    {
        let installed = [
            "/usr/lib/udev/rules.d",
            "/lib/udev/rules.d",
            "/etc/udev/rules.d",
        ]
        .iter()
        .any(|dir| Path::new(dir).join(UDEV_RULES_NAME).exists());
        let saved = if installed {
            None
        } else {
            save_rules_for_copying()
        };
        linux_fix(installed, saved.as_deref())
    }
}

/// Linux: either the rule is installed (replug, or log in at the screen),
/// or the commands that install the copy KeyGuide saved.
pub fn linux_fix(rule_installed: bool, saved_rules: Option<&Path>) -> AccessFix {
    if rule_installed {
        return AccessFix {
            before: t!("platform-access-linux-rule-not-applied"),
            commands: None,
            after: t!("platform-access-linux-replug-or-log-in"),
            restart_as_administrator: None,
        };
    }
    let source = saved_rules.map_or_else(
        || format!("packaging/linux/{UDEV_RULES_NAME}"),
        |p| p.display().to_string(),
    );
    AccessFix {
        before: t!("platform-access-linux-install-rule"),
        commands: Some(format!(
            "sudo cp '{source}' /etc/udev/rules.d/\n\
             sudo udevadm control --reload-rules\n\
             sudo udevadm trigger"
        )),
        after: t!("platform-access-linux-then-replug"),
        restart_as_administrator: None,
    }
}

/// Writes the rule to KeyGuide's data folder so the commands can copy it.
fn save_rules_for_copying() -> Option<PathBuf> {
    let dir = directories::ProjectDirs::from("io.github", "keyguide", "KeyGuide")?
        .data_dir()
        .to_owned();
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(UDEV_RULES_NAME);
    std::fs::write(&path, UDEV_RULES).ok()?;
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_the_rule_the_fix_is_the_commands_that_install_the_saved_copy() {
        let _en = crate::i18n::for_this_thread(crate::i18n::Language::EnUs);
        let fix = linux_fix(
            false,
            Some(Path::new(
                "/home/ann/.local/share/keyguide/70-keyguide-fido.rules",
            )),
        );
        let commands = fix.commands.expect("commands to run");
        assert!(commands.starts_with(
            "sudo cp '/home/ann/.local/share/keyguide/70-keyguide-fido.rules' /etc/udev/rules.d/"
        ));
        assert!(commands.contains("udevadm control --reload-rules"));
        assert!(fix.after.contains("insert it again"));
    }

    #[test]
    fn with_the_rule_installed_the_fix_is_to_replug_not_to_install_again() {
        let _en = crate::i18n::for_this_thread(crate::i18n::Language::EnUs);
        let fix = linux_fix(true, None);
        assert_eq!(fix.commands, None);
        assert!(fix.after.contains("Remove the key and insert it again"));
    }

    #[test]
    fn the_shipped_rule_tags_fido_hidraw_nodes_for_the_user_at_the_seat() {
        assert!(UDEV_RULES.contains("KERNEL==\"hidraw*\""));
        assert!(UDEV_RULES.contains("TAG+=\"uaccess\""));
    }
}
