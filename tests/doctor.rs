//! `keyguide doctor` on this machine's real paths: with no smart-card
//! service, and with a real pcscd, the vpcd reader and a key on it.

mod common;
mod nfc_env;

use keyguide::virtual_key::{Profile, VirtualKey};
use nfc_env::NfcEnv;

fn doctor(env: &[(&str, &str)]) -> Vec<serde_json::Value> {
    let mut command = common::keyguide_command();
    command.args(["doctor", "--json"]);
    for (name, value) in env {
        command.env(name, value);
    }
    let out = command.output().expect("run keyguide");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn finding<'a>(findings: &'a [serde_json::Value], check: &str) -> &'a serde_json::Value {
    findings
        .iter()
        .find(|f| f["check"] == check)
        .unwrap_or_else(|| panic!("no {check} finding in {findings:?}"))
}

#[test]
fn no_smart_card_service_is_a_problem_with_its_fix() {
    // The PC/SC client library pointed at a socket nobody listens on: the
    // same as pcscd not running, without touching the real one.
    let findings = doctor(&[(
        "PCSCLITE_CSOCK_NAME",
        "/nonexistent/keyguide-test/pcscd.comm",
    )]);
    let service = finding(&findings, "smart_card_service");
    assert_eq!(service["status"], "problem");
    assert!(service["summary"]
        .as_str()
        .unwrap()
        .contains("smart-card service is not running"));
    assert!(service["commands"]
        .as_str()
        .unwrap()
        .contains("systemctl enable --now pcscd.socket"));
    // The other checks still ran.
    for check in ["keys", "log_folder"] {
        finding(&findings, check);
    }
}

#[test]
fn a_reader_and_the_key_on_it_are_seen() {
    let env = match NfcEnv::start("a_reader_and_the_key_on_it_are_seen") {
        nfc_env::Start::Here(env) => env,
        nfc_env::Start::Done => return,
    };
    env.runtime().block_on(async {
        let card = env.serve(VirtualKey::new(Profile::Bio)).await;
        let findings = doctor(&[]);
        let service = finding(&findings, "smart_card_service");
        assert_eq!(service["status"], "ok", "{service}");
        assert!(service["summary"]
            .as_str()
            .unwrap()
            .contains(nfc_env::READER));
        let keys = finding(&findings, "keys");
        assert_eq!(keys["status"], "ok", "{keys}");
        assert!(
            keys["summary"].as_str().unwrap().contains("(NFC)"),
            "{keys}"
        );
        card.stop().await;
    });
}

/// A reader that goes away (`keyguide doctor --json | head -0`) ends the
/// command quietly, as with other Unix tools: no panic message and no
/// crash report.
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let home = tempfile::tempdir().unwrap();
    let out = common::keyguide_command()
        .args(["doctor", "--json"])
        .env("XDG_DATA_HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .stdout(writer)
        .output()
        .unwrap();
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
