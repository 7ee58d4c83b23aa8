//! Enterprise attestation (CTAP 2.1 §6.11.1, `ep`): an IT action, shown
//! in `info`, confirmed before it is turned on, refused plainly on keys
//! without it. Run on a virtual key that imitates a YubiKey 5 (Enterprise
//! Profile) from the FIDO metadata, which offers `ep` turned off.

mod common;

use common::cli::{keyguide, new_key_file, ok};

const ENTERPRISE_PROFILE: &str = "mds:1ac71f64-468d-4fe0-bef1-0e5f2f551f18";

fn info(key: &str) -> serde_json::Value {
    serde_json::from_str(&ok(&["--virtual", key, "info", "--json"], "")).unwrap()
}

fn key_with_pin(dir: &std::path::Path, profile: &str) -> String {
    let key = new_key_file(dir, "key", profile);
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "123456\n123456\n",
    );
    key
}

#[test]
fn it_staff_turn_it_on_after_confirming_and_info_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_with_pin(dir.path(), ENTERPRISE_PROFILE);
    assert_eq!(info(&key)["enterprise_attestation"], false);

    // A script without --yes cannot confirm: nothing changes.
    let out = keyguide(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "enterprise-attestation",
        ],
        "123456\n",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("confirm"));
    assert_eq!(info(&key)["enterprise_attestation"], false);

    let out = keyguide(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "enterprise-attestation",
            "--yes",
        ],
        "123456\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Enterprise attestation is on."));
    assert_eq!(info(&key)["enterprise_attestation"], true);

    // Only a reset turns it off (CTAP 2.1 §6.6: reset disables it).
    let out = keyguide(&["virtual", "replug", &key], "");
    assert!(out.status.success());
    let out = keyguide(&["--virtual", &key, "reset", "--yes"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(info(&key)["enterprise_attestation"], false);
}

#[test]
fn a_key_without_it_says_so_before_asking_for_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_with_pin(dir.path(), "bio");
    assert_eq!(
        info(&key)["enterprise_attestation"],
        serde_json::Value::Null
    );
    // No PIN on standard input: had it been asked for, the error would be
    // about the PIN.
    let out = keyguide(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "enterprise-attestation",
            "--yes",
        ],
        "",
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.to_lowercase().contains("enterprise attestation"),
        "{stderr}"
    );
    assert!(!stderr.contains("PIN"), "{stderr}");
}
