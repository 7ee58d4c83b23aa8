//! Whole flows with logging at trace level (terminal and file): no PIN may
//! appear in any log line or in any file the app writes, and a passkey's
//! user name only in debug or trace lines.

mod common;

use std::path::Path;

const PIN: &str = "739164";
const NEW_PIN: &str = "58204613";
const WRONG_PIN: &str = "111999";

/// Runs keyguide with trace logging; returns its standard error.
fn keyguide(home: &Path, args: &[&str], stdin: &str) -> String {
    let mut command = common::keyguide_command();
    command
        .args(["--verbose"])
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("KEYGUIDE_LOG", "trace")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    let out = common::run_with_stdin(command, stdin);
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn files_under(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            out.push((path.display().to_string(), text));
        }
    }
}

/// The level word of a `tracing` fmt line, if it is one.
fn level(line: &str) -> Option<&'static str> {
    ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"]
        .into_iter()
        .find(|l| {
            line.split_whitespace()
                .nth(1)
                .is_some_and(|w| w.contains(l))
        })
}

#[test]
fn no_pin_anywhere_and_user_names_only_at_debug_or_below() {
    let home = tempfile::tempdir().unwrap();
    let key = home.path().join("key.json");
    let key = key.to_str().unwrap();
    let pin_in = format!("{PIN}\n");
    let mut stderr = String::new();

    stderr += &keyguide(home.path(), &["virtual", "create", key], "");
    stderr += &keyguide(
        home.path(),
        &["--virtual", key, "--pin-stdin", "pin", "set"],
        &pin_in,
    );
    stderr += &keyguide(
        home.path(),
        &[
            "virtual",
            "seed",
            key,
            "--passkeys",
            "4",
            "--sites",
            "2",
            "--pin-stdin",
        ],
        &pin_in,
    );
    // A wrong PIN, then the right one; listing shows user names.
    stderr += &keyguide(
        home.path(),
        &["--virtual", key, "--pin-stdin", "passkeys", "list"],
        &format!("{WRONG_PIN}\n"),
    );
    let listing = {
        let mut command = common::keyguide_command();
        command
            .args([
                "--virtual",
                key,
                "--pin-stdin",
                "passkeys",
                "list",
                "--json",
            ])
            .env("XDG_DATA_HOME", home.path().join("data"));
        let out = common::run_with_stdin(command, &pin_in);
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    stderr += &keyguide(
        home.path(),
        &["--virtual", key, "--pin-stdin", "passkeys", "list"],
        &pin_in,
    );
    stderr += &keyguide(
        home.path(),
        &["--virtual", key, "--pin-stdin", "fingerprints", "enroll"],
        &pin_in,
    );
    stderr += &keyguide(
        home.path(),
        &["--virtual", key, "--pin-stdin", "pin", "change"],
        &format!("{PIN}\n{NEW_PIN}\n"),
    );
    stderr += &keyguide(
        home.path(),
        &[
            "--virtual",
            key,
            "--pin-stdin",
            "report",
            home.path().join("report").to_str().unwrap(),
        ],
        &format!("{NEW_PIN}\n"),
    );

    let mut user_names = Vec::new();
    for site in listing["sites"].as_array().unwrap() {
        for p in site["passkeys"].as_array().unwrap() {
            if let Some(name) = p["user_name"].as_str() {
                user_names.push(name.to_owned());
            }
        }
    }
    assert_eq!(user_names.len(), 4);

    // The logging really ran at trace level and did see the user names
    // (at debug), so the checks below are not vacuous.
    assert!(stderr.contains("TRACE"), "trace logging ran:\n{stderr}");
    assert!(
        stderr
            .lines()
            .any(|l| level(l) == Some("DEBUG") && l.contains(&user_names[0])),
        "user names reach debug lines:\n{stderr}"
    );

    let mut files = Vec::new();
    files_under(home.path(), &mut files);
    let log_files = files.iter().filter(|(p, _)| p.ends_with(".log")).count();
    assert!(log_files >= 1, "a log file was written: {files:?}");
    let mut everything = vec![("standard error".to_owned(), stderr)];
    everything.extend(files);

    for (source, text) in &everything {
        for pin in [PIN, NEW_PIN, WRONG_PIN] {
            assert!(!text.contains(pin), "a PIN in {source}");
        }
        let is_log = source == "standard error" || source.ends_with(".log");
        if !is_log {
            continue;
        }
        for line in text.lines() {
            if user_names.iter().any(|u| line.contains(u.as_str())) {
                assert!(
                    matches!(level(line), Some("DEBUG" | "TRACE")),
                    "a user name above debug level in {source}: {line}"
                );
            }
        }
    }
}
