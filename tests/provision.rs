//! `keyguide provision`: IT staff prepare a batch of keys by one policy.
//! Run as the README shows it, on virtual key files; every setting is then
//! read back through the ordinary commands (`info --json`, a PIN unlock).

mod common;
mod nfc_env;

use common::cli::{keyguide, ok};
use std::path::Path;

fn new_key(dir: &Path, name: &str) -> String {
    common::cli::new_key_file(dir, name, "bio")
}

fn info(key: &str, pin: Option<&str>) -> serde_json::Value {
    let text = match pin {
        Some(pin) => ok(
            &["--virtual", key, "--pin-stdin", "info", "--json"],
            &format!("{pin}\n"),
        ),
        None => ok(&["--virtual", key, "info", "--json"], ""),
    };
    serde_json::from_str(&text).unwrap()
}

/// The report's rows as fields (no field in these tests holds a comma or
/// a quote except `detail`, which is the last column).
fn rows(report: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(report).unwrap();
    text.lines()
        .map(|line| {
            let mut fields: Vec<String> = line.splitn(9, ',').map(str::to_owned).collect();
            if let Some(last) = fields.last_mut() {
                *last = last.trim_matches('"').to_owned();
            }
            fields
        })
        .collect()
}

const POLICY: &str = "\
[pin]
random_digits = 8
min_length = 8

[key]
always_uv = true
";

#[test]
fn a_batch_of_three_keys_with_one_in_use_prepares_two_and_reports_all_three() {
    let dir = tempfile::tempdir().unwrap();
    let first = new_key(dir.path(), "first");
    let in_use = new_key(dir.path(), "in-use");
    let third = new_key(dir.path(), "third");
    // Someone already uses the second key: a PIN and two passkeys.
    ok(
        &["--virtual", &in_use, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    ok(
        &["--pin-stdin", "virtual", "seed", &in_use, "--passkeys", "2"],
        "246810\n",
    );
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, POLICY).unwrap();
    let report = dir.path().join("report.csv");

    let out = keyguide(
        &[
            "--virtual",
            &first,
            "--virtual",
            &in_use,
            "--virtual",
            &third,
            "provision",
            "--policy",
            policy.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        "",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Not every key was prepared: scripts see a failure, after the batch.
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("2 of 3 keys prepared"), "{stderr}");
    let line = stderr.lines().find(|l| l.starts_with("Key 2 (")).unwrap();
    assert!(line.contains("refused"), "{stderr}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&report).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the report holds PINs: owner only");
    }
    let rows = rows(&report);
    assert_eq!(
        rows[0],
        ["number", "source", "aaguid", "model", "firmware", "applied", "pin", "result", "detail"]
    );
    assert_eq!(rows.len(), 4, "{rows:#?}");
    let (one, two, three) = (&rows[1], &rows[2], &rows[3]);
    assert_eq!((one[0].as_str(), one[1].as_str()), ("1", first.as_str()));
    assert_eq!(one[7], "prepared");
    assert_eq!(one[5], "random_pin=8;min_pin_length=8;always_uv=on");
    assert_eq!(three[7], "prepared");
    let info_first = info(&first, None);
    assert_eq!(one[2], info_first["aaguid"].as_str().unwrap());
    assert_eq!(one[3], info_first["name"].as_str().unwrap());
    for row in [one, three] {
        assert_eq!(row[6].len(), 8, "{row:?}");
        assert!(row[6].bytes().all(|b| b.is_ascii_digit()), "{row:?}");
    }
    assert_ne!(one[6], three[6], "each key gets its own PIN");
    let stdout = String::from_utf8_lossy(&out.stdout);
    for pin in [&one[6], &three[6]] {
        assert!(
            !stderr.contains(pin.as_str()) && !stdout.contains(pin.as_str()),
            "PINs go to the report only, never to the screen"
        );
    }
    assert_eq!(two[7], "refused");
    assert_eq!(two[6], "", "no PIN was set on the key in use");
    assert_eq!(two[5], "", "nothing was applied to it");
    assert!(two[8].contains("already in use"), "{two:?}");

    // Read back through the ordinary commands: the settings landed and
    // the PIN in the report unlocks the key.
    for (key, row) in [(&first, one), (&third, three)] {
        let i = info(key, Some(&row[6]));
        assert_eq!(i["pin_set"], true);
        assert_eq!(i["min_pin_length"], 8);
        assert_eq!(i["always_uv"], true);
        assert_eq!(i["force_pin_change"], false);
        assert_eq!(i["pin_retries"], 8, "no attempt was wasted");
        assert_eq!(i["passkeys_used"], 0, "unlocked with the report's PIN");
    }
    // The key in use is as it was: its own PIN, its passkeys, its settings.
    let i = info(&in_use, Some("246810"));
    assert_eq!(i["passkeys_used"], 2);
    assert_eq!(i["always_uv"], false);
    assert_eq!(i["min_pin_length"], 4);
}

#[test]
fn a_temporary_pin_policy_resets_keys_and_forces_a_pin_change() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "used");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    ok(
        &["--pin-stdin", "virtual", "seed", &key, "--passkeys", "1"],
        "246810\n",
    );
    let policy = dir.path().join("policy.toml");
    std::fs::write(
        &policy,
        "[pin]\ntemporary_digits = 6\n[key]\nreset_first = true\n",
    )
    .unwrap();
    let report = dir.path().join("report.csv");
    let out = ok(
        &[
            "--virtual",
            &key,
            "provision",
            "--policy",
            policy.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        "",
    );
    assert!(out.contains("All 1 keys prepared"), "{out}");
    let rows = rows(&report);
    assert_eq!(rows[1][5], "reset;temporary_pin=6;force_pin_change");
    let i = info(&key, None);
    assert_eq!(i["pin_set"], true);
    assert_eq!(i["force_pin_change"], true, "the user must choose a PIN");
    // The user changes the temporary PIN from the report to their own.
    let temporary = &rows[1][6];
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "change"],
        &format!("{temporary}\n13572468\n"),
    );
    let i = info(&key, Some("13572468"));
    assert_eq!(i["force_pin_change"], false);
    assert_eq!(i["passkeys_used"], 0, "the reset erased the old passkey");
}

#[test]
fn a_bad_policy_is_one_clear_error_and_no_report_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "k");
    let policy = dir.path().join("policy.toml");
    std::fs::write(
        &policy,
        "[pin]\nrandom_digits = 8\n\n[key]\nalways_uv = yes\n",
    )
    .unwrap();
    let report = dir.path().join("report.csv");
    let out = keyguide(
        &[
            "--virtual",
            &key,
            "provision",
            "--policy",
            policy.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        "",
    );
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("Line 5, always_uv"), "{err}");
    assert!(
        !report.exists(),
        "nothing written before the policy is valid"
    );
    assert_eq!(info(&key, None)["pin_set"], false, "no key touched");

    // In German, too.
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_keyguide"));
    command.args([
        "--language",
        "de-DE",
        "--virtual",
        &key,
        "provision",
        "--policy",
        policy.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ]);
    let out = common::run_with_stdin(command, "");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("Zeile 5, always_uv"), "{err}");
}

#[test]
fn an_existing_report_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "k");
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, POLICY).unwrap();
    let report = dir.path().join("report.csv");
    std::fs::write(&report, "earlier batch's PINs\n").unwrap();
    let out = keyguide(
        &[
            "--virtual",
            &key,
            "provision",
            "--policy",
            policy.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        "",
    );
    assert!(!out.status.success());
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "earlier batch's PINs\n"
    );
    assert_eq!(info(&key, None)["pin_set"], false);
}

#[test]
fn other_commands_refuse_several_virtual_keys() {
    let dir = tempfile::tempdir().unwrap();
    let a = new_key(dir.path(), "a");
    let b = new_key(dir.path(), "b");
    let out = keyguide(&["--virtual", &a, "--virtual", &b, "info"], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Only the provision command"));
}

#[test]
fn models_are_checked_against_the_certification_in_the_fido_metadata() {
    let dir = tempfile::tempdir().unwrap();
    // Virtual keys that answer as two catalog models do: the YubiKey 5
    // Series with NFC (FIDO_CERTIFIED_L2) and the YubiKey 5 Series (L1).
    let mut keys = Vec::new();
    for (name, profile) in [
        ("l2", "mds:a25342c0-3cdc-4414-8e46-f4807fca511c"),
        ("l1", "mds:ee882879-721c-4913-9775-3dfcce97072a"),
        ("ours", "bio"),
    ] {
        let file = dir.path().join(format!("{name}.json"));
        let file = file.to_str().unwrap().to_owned();
        ok(&["virtual", "create", &file, "--profile", profile], "");
        keys.push(file);
    }
    let policy = dir.path().join("policy.toml");
    std::fs::write(
        &policy,
        "[pin]\nrandom_digits = 6\n[key]\nmin_certification = \"L2\"\n",
    )
    .unwrap();
    let report = dir.path().join("report.csv");
    let out = keyguide(
        &[
            "--virtual",
            &keys[0],
            "--virtual",
            &keys[1],
            "--virtual",
            &keys[2],
            "provision",
            "--policy",
            policy.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        "",
    );
    assert!(!out.status.success());
    let rows = rows(&report);
    assert_eq!(rows[1][3], "YubiKey 5 Series with NFC");
    assert_eq!(rows[1][7], "prepared");
    assert_eq!(rows[2][7], "refused");
    assert!(
        rows[2][8].contains("FIDO_CERTIFIED_L2 or higher; this model has FIDO_CERTIFIED_L1"),
        "{:?}",
        rows[2]
    );
    assert_eq!(rows[3][7], "refused", "our virtual key is in no metadata");
    assert_eq!(info(&keys[0], Some(&rows[1][6]))["pin_set"], true);
    for refused in &keys[1..] {
        assert_eq!(info(refused, None)["pin_set"], false, "left untouched");
    }
}

/// The real-key path: keys laid on an NFC reader (a real pcscd, the vpcd
/// reader, virtual keys served as cards) are prepared one after another as
/// they arrive, until the user types q.
#[test]
fn keys_on_the_reader_are_prepared_one_after_another_until_q() {
    use keyguide::virtual_key::{Profile, VirtualKey};
    use std::io::Write as _;
    use std::time::Duration;

    let env =
        match nfc_env::NfcEnv::start("keys_on_the_reader_are_prepared_one_after_another_until_q") {
            nfc_env::Start::Here(env) => env,
            nfc_env::Start::Done => return,
        };
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, POLICY).unwrap();
    let report = dir.path().join("report.csv");
    let first = VirtualKey::new(Profile::Bio);
    let second = VirtualKey::new(Profile::Bio);
    let (first_key, second_key) = (first.control(), second.control());
    let rows_done = |n: usize| {
        let report = report.clone();
        move || {
            std::fs::read_to_string(&report)
                .map(|t| t.lines().count() > n)
                .unwrap_or(false)
        }
    };
    env.runtime().block_on(async {
        let card = env.serve(first).await;
        let mut child = common::keyguide_command()
            .args(["provision", "--policy", policy.to_str().unwrap()])
            .args(["--report", report.to_str().unwrap()])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let done = rows_done(1);
        tokio::task::spawn_blocking(move || {
            nfc_env::wait_for("the first key's row", Duration::from_secs(30), done)
        })
        .await
        .unwrap();
        // Take it off the reader, lay the next one on.
        card.remove().await;
        card.stop().await;
        let card = env.serve(second).await;
        let done = rows_done(2);
        tokio::task::spawn_blocking(move || {
            nfc_env::wait_for("the second key's row", Duration::from_secs(30), done)
        })
        .await
        .unwrap();
        child.stdin.take().unwrap().write_all(b"q\n").unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("All 2 keys prepared"),
            "{stderr}"
        );
        card.stop().await;
    });
    let rows = rows(&report);
    assert_eq!(rows.len(), 3, "{rows:#?}");
    for (row, key) in [(&rows[1], &first_key), (&rows[2], &second_key)] {
        assert_eq!(row[1], format!("nfc:{}", nfc_env::READER));
        assert_eq!(row[7], "prepared", "{row:?}");
        assert!(key.pin_is(&row[6]), "the report's PIN is the key's");
        assert!(key.always_uv());
    }
    assert_ne!(rows[1][6], rows[2][6]);
}
