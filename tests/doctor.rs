//! `keyguide doctor`: what this machine has and lacks, each with its fix.
//! The smart-card checks run in a private mount and network namespace
//! (root), once with no pcscd and once with our own pcscd, so the machine's
//! own service (or another test's) never decides the outcome.

mod common;

use serde_json::Value;

const STATUSES: [&str; 3] = ["ok", "warning", "problem"];

fn findings(json: &str) -> Vec<Value> {
    let value: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
    value["findings"].as_array().expect("findings").clone()
}

fn finding<'a>(all: &'a [Value], check: &str) -> Option<&'a Value> {
    all.iter().find(|f| f["check"] == check)
}

/// Runs `keyguide doctor --json` in a private namespace, after `setup`
/// (a shell snippet), with a home folder of its own.
fn doctor_in_namespace(setup: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let keyguide = env!("CARGO_BIN_EXE_keyguide");
    let script = format!(
        "mkdir -p /run/pcscd && mount -t tmpfs tmpfs /run/pcscd && ip link set lo up && {setup}"
    );
    let out = std::process::Command::new("unshare")
        .args([
            "--mount",
            "--net",
            "--pid",
            "--fork",
            "--mount-proc",
            "bash",
            "-c",
            &script,
        ])
        .env("HOME", home.path())
        .env("KEYGUIDE", keyguide)
        .output()
        .expect("unshare runs (the test needs root, as CI has)");
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_finding_has_a_check_a_status_a_summary_and_a_fix_when_not_ok() {
    let home = tempfile::tempdir().unwrap();
    let mut command = common::keyguide_command();
    command.args(["doctor", "--json"]).env("HOME", home.path());
    let out = command.output().unwrap();
    assert!(out.status.success());
    let all = findings(&String::from_utf8(out.stdout).unwrap());
    for check in ["smart_card_service", "keys", "log_folder"] {
        assert!(finding(&all, check).is_some(), "{check} missing: {all:?}");
    }
    if cfg!(target_os = "linux") {
        assert!(finding(&all, "usb_access").is_some());
        assert!(finding(&all, "udev_rule").is_some());
    }
    for f in &all {
        let status = f["status"].as_str().unwrap();
        assert!(STATUSES.contains(&status), "{f}");
        assert!(!f["summary"].as_str().unwrap().is_empty(), "{f}");
        if status == "problem" {
            assert!(f["fix"].as_str().is_some_and(|s| !s.is_empty()), "{f}");
        }
    }
    // The log folder is in the home folder given, and it takes files.
    let log = finding(&all, "log_folder").unwrap();
    assert_eq!(log["status"], "ok", "{log}");
    assert!(
        log["summary"]
            .as_str()
            .unwrap()
            .contains(home.path().to_str().unwrap()),
        "{log}"
    );
}

#[test]
fn a_missing_smart_card_service_is_reported_with_its_fix() {
    let out = doctor_in_namespace(r#""$KEYGUIDE" --language en-US doctor --json"#);
    let all = findings(&out);
    let service = finding(&all, "smart_card_service").unwrap();
    assert_eq!(service["status"], "problem", "{service}");
    assert!(
        service["summary"]
            .as_str()
            .unwrap()
            .contains("is not running"),
        "{service}"
    );
    assert!(
        service["fix"].as_str().unwrap().contains("pcscd"),
        "{service}"
    );
    assert!(
        finding(&all, "nfc_readers").is_none(),
        "no readers without the service"
    );
}

#[test]
fn a_running_smart_card_service_and_its_readers_are_reported() {
    // Our own pcscd; with vsmartcard-vpcd installed it has the two virtual
    // readers. Wait (with a deadline) until it answers with them.
    let out = doctor_in_namespace(
        r#"pcscd --foreground >/dev/null 2>&1 & pid=$!
        for i in $(seq 100); do
            out=$("$KEYGUIDE" --language en-US doctor --json)
            case "$out" in *"Virtual PCD"*) break;; esac
            sleep 0.1
        done
        kill $pid
        printf '%s\n' "$out""#,
    );
    let all = findings(&out);
    assert_eq!(
        finding(&all, "smart_card_service").unwrap()["status"],
        "ok",
        "{out}"
    );
    let readers = finding(&all, "nfc_readers").expect("the readers");
    assert_eq!(readers["status"], "ok", "{readers}");
    let summary = readers["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("2 NFC readers: Virtual PCD 00 00"),
        "{summary}"
    );
}
