//! Everyday polish around the key operations: the device report, the log
//! file, and the crash path. The real binary, with its data directory in a
//! temporary folder.

mod common;

use std::path::Path;
use std::process::Output;

const PIN: &str = "246810";

fn keyguide(data_home: &Path, args: &[&str], stdin: &str) -> Output {
    let mut command = common::keyguide_command();
    command
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .env_remove("KEYGUIDE_LOG")
        // The crash window must not open during tests.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    common::run_with_stdin(command, stdin)
}

fn ok(data_home: &Path, args: &[&str], stdin: &str) -> String {
    let out = keyguide(data_home, args, stdin);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every file under `dir`, concatenated.
fn all_text_under(dir: &Path) -> String {
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                text.push_str(&all_text_under(&path));
            } else {
                text.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
            }
        }
    }
    text
}

/// A bio key with a PIN and 5 passkeys over 2 sites.
fn seeded_key(dir: &Path) -> String {
    let key = dir.join("key.json").to_str().unwrap().to_owned();
    ok(dir, &["virtual", "create", &key], "");
    ok(
        dir,
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        &format!("{PIN}\n"),
    );
    ok(
        dir,
        &[
            "virtual",
            "seed",
            &key,
            "--passkeys",
            "5",
            "--sites",
            "2",
            "--pin-stdin",
        ],
        &format!("{PIN}\n"),
    );
    key
}

#[test]
fn a_report_has_counts_but_no_pin_user_names_or_sites() {
    let dir = tempfile::tempdir().unwrap();
    let key = seeded_key(dir.path());
    let listing = ok(
        dir.path(),
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "list",
            "--json",
        ],
        &format!("{PIN}\n"),
    );
    let base = dir.path().join("report");
    let said = ok(
        dir.path(),
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "report",
            base.to_str().unwrap(),
        ],
        &format!("{PIN}\n"),
    );
    assert!(
        said.contains("report.json") && said.contains("report.html"),
        "{said}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(base.with_extension("json")).unwrap())
            .unwrap();
    assert_eq!(json["passkeys"]["used"], 5);
    assert_eq!(json["passkeys"]["sites"], 2);
    assert_eq!(json["key"]["pin_set"], true);
    assert_eq!(json["connection"]["transport"], "virtual");
    assert!(json["created"].as_str().unwrap().ends_with('Z'));
    let html = std::fs::read_to_string(base.with_extension("html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Passkeys stored"));

    // Nothing that identifies the user's accounts may be in either file.
    let listed: serde_json::Value = serde_json::from_str(&listing).unwrap();
    let mut secrets = vec![PIN.to_owned()];
    for site in listed["sites"].as_array().unwrap() {
        secrets.push(site["rp_id"].as_str().unwrap().to_owned());
        for p in site["passkeys"].as_array().unwrap() {
            for field in ["credential_id", "user_id", "user_name", "display_name"] {
                if let Some(v) = p[field].as_str() {
                    secrets.push(v.to_owned());
                }
            }
        }
    }
    assert!(secrets.len() > 10);
    let both = format!("{json}{html}");
    for secret in &secrets {
        assert!(
            !both.contains(secret.as_str()),
            "the report contains {secret}"
        );
    }
}

#[test]
fn a_report_without_the_pin_leaves_the_counts_out() {
    let dir = tempfile::tempdir().unwrap();
    let key = seeded_key(dir.path());
    let base = dir.path().join("plain");
    ok(
        dir.path(),
        &["--virtual", &key, "report", base.to_str().unwrap()],
        "",
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(base.with_extension("json")).unwrap())
            .unwrap();
    assert!(json["passkeys"]["used"].is_null());
    assert!(json["passkeys"]["sites"].is_null());
}

#[test]
fn operations_are_logged_to_a_dated_file_in_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.json").to_str().unwrap().to_owned();
    ok(dir.path(), &["virtual", "create", &key], "");
    // A wrong PIN is logged as an event (warnings and above reach the file).
    ok(
        dir.path(),
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        &format!("{PIN}\n"),
    );
    let out = keyguide(
        dir.path(),
        &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
        "999999\n",
    );
    assert!(!out.status.success());
    let logs = dir.path().join("keyguide/logs");
    let names: Vec<String> = std::fs::read_dir(&logs)
        .expect("the log folder exists")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| n.starts_with("keyguide.") && n.ends_with(".log")),
        "{names:?}"
    );
    let text = all_text_under(&logs);
    assert!(
        !text.contains(PIN) && !text.contains("999999"),
        "a PIN in the log:\n{text}"
    );
}

#[test]
fn a_crash_is_recorded_in_the_log_with_where_it_happened() {
    let dir = tempfile::tempdir().unwrap();
    let out = keyguide(dir.path(), &["--debug-panic"], "");
    assert_eq!(out.status.code(), Some(101), "a panic exits with 101");
    let text = all_text_under(&dir.path().join("keyguide/logs"));
    assert!(text.contains("KeyGuide stopped"), "{text}");
    assert!(text.contains("deliberate crash"), "{text}");
    assert!(
        text.contains("src/main.rs"),
        "the location is recorded: {text}"
    );
    // The terminal gets Rust's own panic message once, not the backtrace
    // record meant for the file.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("KeyGuide stopped"), "{stderr}");
}
