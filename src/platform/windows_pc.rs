//! This Windows PC's version, build and join state, for the guide's
//! Windows sign-in page. Read without admin rights: `reg query` on
//! `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion` (readable by every
//! user) and `dsregcmd /status` (runs as the user). The decisions live in
//! `crate::entra` (pure functions with tests); this only runs the commands.

use std::os::windows::process::CommandExt;
use std::process::{Command, Stdio};

use crate::entra::{self, PcFacts};

/// CREATE_NO_WINDOW: no console window flashes up from a GUI program.
const CREATE_NO_WINDOW: u32 = 0x0800_0000;

/// Blocks for up to a few seconds (dsregcmd): call it off the UI thread.
pub fn read() -> Option<PcFacts> {
    let key = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion";
    let version = run("reg", &["query", key])?;
    let build = entra::parse_reg_value(&version, "CurrentBuild")?
        .parse()
        .ok()?;
    let revision = entra::parse_reg_value(&version, "UBR").and_then(|r| r.parse().ok());
    let display_version = entra::parse_reg_value(&version, "DisplayVersion");
    let join = run("dsregcmd", &["/status"]).and_then(|out| entra::parse_dsregcmd(&out));
    Some(PcFacts {
        build,
        revision,
        display_version,
        join,
    })
}

fn run(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .creation_flags(CREATE_NO_WINDOW)
        .output()
        .ok()?;
    // Both print in the console's code page; the names and values we read
    // are ASCII in every language.
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}
