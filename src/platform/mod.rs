//! What differs between operating systems: opening files and links in the
//! user's own programs, and (on Windows) running elevated.

pub mod access;
pub mod elevation;
#[cfg(windows)]
pub mod windows;
#[cfg(windows)]
pub mod windows_pc;

/// This PC's Windows version and join state (guide); `None` elsewhere.
pub fn this_windows_pc() -> Option<crate::entra::PcFacts> {
    #[cfg(windows)]
    return windows_pc::read();
    #[cfg(not(windows))]
    None
}

use std::path::Path;
use std::process::{Command, Stdio};

/// Opens a folder, a file or a web address with the user's default
/// program (file manager, browser). KeyGuide itself never opens a network
/// connection; links go to the browser only when the user asks.
pub fn open_with_default_program(target: &Path) -> std::io::Result<()> {
    let mut command = opener_command(target);
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // The opener returns at once on every platform; reap it in the
    // background so it does not linger as a zombie.
    let mut child = command.spawn()?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// The desktop's "open this" command.
fn opener_command(target: &Path) -> Command {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let mut command = Command::new(program);
    command.arg(target);
    command
}
