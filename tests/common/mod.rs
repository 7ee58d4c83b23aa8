//! Shared set-up for device tests: a virtual key behind the real client path.
#![allow(dead_code)]

pub mod cli;

use keyguide::device::model::Transport;
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{CancelSignal, KeyEvent, KeySession, Pin, Prompts, TokenConnection};
use keyguide::virtual_key::{Profile, VirtualKey, VirtualKeyControl};
use tokio::sync::mpsc::UnboundedReceiver;

pub struct Bench {
    pub session: KeySession,
    pub key: VirtualKeyControl,
    pub events: UnboundedReceiver<KeyEvent>,
    pub cancel: CancelSignal,
}

/// A fresh virtual key of `profile`, opened as the app and CLI open keys.
pub async fn open(profile: Profile) -> Bench {
    open_key(VirtualKey::new(profile)).await
}

pub async fn open_key(key: VirtualKey) -> Bench {
    let cancel = CancelSignal::new();
    let control = key.control();
    let conn = Box::new(TokenConnection::new(
        key.with_cancel(cancel.clone()),
        Transport::Virtual,
        true,
    ));
    let (prompts, events) = Prompts::new();
    let session = KeySession::open(conn, prompts, cancel.clone())
        .await
        .expect("virtual key opens");
    Bench {
        session,
        key: control,
        events,
        cancel,
    }
}

/// Every test runs the binary in English, whatever the machine's locale
/// or the language saved in the user's settings: the assertions read
/// English text.
pub const ENGLISH: [&str; 2] = ["--language", "en-US"];

/// The `keyguide` binary, speaking English.
pub fn keyguide_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_keyguide"));
    command.args(ENGLISH);
    command
}

pub fn pin(text: &str) -> Pin {
    Pin::new(text.to_owned())
}

/// Opens a key with PIN `123456` set and the session unlocked.
pub async fn with_pin(profile: Profile) -> Bench {
    let mut b = open(profile).await;
    b.session.set_pin(&pin("123456")).await.expect("set PIN");
    b.session.unlock(&pin("123456")).await.expect("unlock");
    b
}

/// Creates `count` passkeys over `sites` sites through makeCredential.
pub async fn seed(session: &mut KeySession, count: u32, sites: u32, pin_text: Option<&str>) {
    let p = pin_text.map(pin);
    for i in 0..count {
        session
            .make_passkey(&NewPasskey::example(i, sites), p.as_ref())
            .await
            .expect("makeCredential");
    }
}

/// Runs a prepared `keyguide` command with `stdin` written to it (PINs
/// for --pin-stdin) and collects what it printed.
pub fn run_with_stdin(mut command: std::process::Command, stdin: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("keyguide runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
