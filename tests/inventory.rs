//! `keyguide passkeys export` and `keyguide passkeys compare`: the list of
//! sites a user keeps before a reset, and what is missing on the spare key.
//! Run as scripts run them: the real binary on virtual key files, PINs on
//! standard input.

mod common;

use common::cli::{fails, ok};
use std::path::Path;

const MAIN_PIN: &str = "246810";
const SPARE_PIN: &str = "135790";

/// A key with `passkeys` example passkeys over two sites (user-0, user-1,
/// ... as `virtual seed` makes them), PIN `pin`.
fn key_with_passkeys(dir: &Path, name: &str, pin: &str, passkeys: u32) -> String {
    let key = common::cli::new_key_file(dir, name, "bio");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        &format!("{pin}\n"),
    );
    ok(
        &[
            "virtual",
            "seed",
            &key,
            "--passkeys",
            &passkeys.to_string(),
            "--sites",
            "2",
            "--pin-stdin",
        ],
        &format!("{pin}\n"),
    );
    key
}

fn passkeys(key: &str, pin: &str) -> serde_json::Value {
    let text = ok(
        &[
            "--virtual",
            key,
            "--pin-stdin",
            "passkeys",
            "list",
            "--json",
        ],
        &format!("{pin}\n"),
    );
    serde_json::from_str(&text).unwrap()
}

/// The credential id of the passkey whose user id is `user` (as seeded).
fn credential_of(key: &str, pin: &str, user: &str) -> String {
    use base64::Engine;
    let user_id = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(user);
    let list = passkeys(key, pin);
    list["sites"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["passkeys"].as_array().unwrap())
        .find(|p| p["user_id"] == user_id.as_str())
        .unwrap_or_else(|| panic!("no passkey of {user}"))["credential_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn all_credential_ids(key: &str, pin: &str) -> Vec<String> {
    passkeys(key, pin)["sites"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["passkeys"].as_array().unwrap())
        .map(|p| p["credential_id"].as_str().unwrap().to_owned())
        .collect()
}

/// Splits RFC 4180 CSV (quoted fields may hold commas, quotes, newlines).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "a last line without CRLF"
    );
    rows
}

#[test]
fn the_list_of_sites_is_saved_as_csv_that_a_spreadsheet_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_with_passkeys(dir.path(), "main", MAIN_PIN, 3);
    // A site stored a name that is a formula, and a display name with a
    // comma, quotes and a line break.
    let victim = credential_of(&key, MAIN_PIN, "user-1");
    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "update-user",
            &victim,
            "--name",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "--display-name",
            "Doe, \"Jo\"\nSecond line",
        ],
        &format!("{MAIN_PIN}\n"),
    );

    let file = dir.path().join("sites.csv");
    let file_arg = file.to_str().unwrap();
    let said = ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "export",
            file_arg,
        ],
        &format!("{MAIN_PIN}\n"),
    );
    assert!(said.contains("3 accounts saved"), "{said}");

    let text = std::fs::read_to_string(&file).unwrap();
    let rows = parse_csv(&text);
    assert_eq!(
        rows[0],
        ["rp_id", "site_name", "user_name", "display_name", "user_id"]
    );
    assert_eq!(rows.len(), 4, "{text}");
    let renamed = rows
        .iter()
        .find(|r| r[4] == "dXNlci0x")
        .expect("user-1's row");
    assert_eq!(renamed[0], "site1.example.com");
    assert_eq!(renamed[1], "Example site 1");
    assert_eq!(renamed[2], "'=HYPERLINK(\"http://evil.example\",\"x\")");
    assert_eq!(renamed[3], "Doe, \"Jo\"\nSecond line");
    // Every row is a site and a user; no credential id (a key handle)
    // leaves the key.
    for id in all_credential_ids(&key, MAIN_PIN) {
        assert!(!text.contains(&id), "credential id {id} in\n{text}");
    }
}

#[test]
fn an_existing_list_is_kept_unless_force_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_with_passkeys(dir.path(), "main", MAIN_PIN, 2);
    let file = dir.path().join("sites.csv");
    std::fs::write(&file, "my old list").unwrap();
    let file_arg = file.to_str().unwrap();

    // Refused before the PIN is asked: no PIN on standard input is needed.
    let err = fails(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "export",
            file_arg,
        ],
        "",
    );
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my old list");

    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "export",
            file_arg,
            "--force",
        ],
        &format!("{MAIN_PIN}\n"),
    );
    let rows = parse_csv(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(rows.len(), 3);
    // Only the list itself is in the folder: no temporary file is left.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.iter().filter(|n| n.starts_with("sites")).count(), 1);
    assert!(names.iter().all(|n| !n.starts_with(".tmp")), "{names:?}");
}

#[test]
fn the_list_as_json_keeps_exact_values() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_with_passkeys(dir.path(), "main", MAIN_PIN, 3);
    let file = dir.path().join("sites.txt");
    let out = ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "export",
            file.to_str().unwrap(),
            "--json",
        ],
        &format!("{MAIN_PIN}\n"),
    );
    let said: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(said["ok"], true);
    assert_eq!(said["accounts"], 3);
    let list: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let accounts = list["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 3);
    let first = accounts
        .iter()
        .find(|a| a["user_name"] == "user0@site0.example.com")
        .unwrap();
    assert_eq!(first["rp_id"], "site0.example.com");
    assert_eq!(first["site_name"], "Example site 0");
    assert_eq!(first["display_name"], "User 0");
    assert_eq!(first["user_id"], "dXNlci0w"); // base64url("user-0")
    assert_eq!(
        first.as_object().unwrap().len(),
        5,
        "only site and user fields: {first}"
    );
}

/// The main key has user-1 … user-4 (user-0 was deleted); the spare has
/// user-0 … user-2 (as the user registered it months ago).
fn main_and_spare(dir: &Path) -> (String, String) {
    let main = key_with_passkeys(dir, "main", MAIN_PIN, 5);
    let spare = key_with_passkeys(dir, "spare", SPARE_PIN, 3);
    let gone = credential_of(&main, MAIN_PIN, "user-0");
    ok(
        &[
            "--virtual",
            &main,
            "--pin-stdin",
            "passkeys",
            "delete",
            &gone,
            "--yes",
        ],
        &format!("{MAIN_PIN}\n"),
    );
    (main, spare)
}

#[test]
fn compare_says_which_accounts_are_missing_on_each_key() {
    let dir = tempfile::tempdir().unwrap();
    let (main, spare) = main_and_spare(dir.path());
    let pins = format!("{MAIN_PIN}\n{SPARE_PIN}\n");
    let text = ok(
        &[
            "--virtual",
            &main,
            "--pin-stdin",
            "passkeys",
            "compare",
            "--with",
            &spare,
        ],
        &pins,
    );
    let expected = "On this key only:\n  \
                    site0.example.com — user4@site0.example.com\n  \
                    site1.example.com — user3@site1.example.com\n\
                    On the other key only:\n  \
                    site0.example.com — user0@site0.example.com\n\
                    On both: 2\n";
    assert_eq!(text, expected);

    let json: serde_json::Value = serde_json::from_str(&ok(
        &[
            "--virtual",
            &main,
            "--pin-stdin",
            "passkeys",
            "compare",
            "--with",
            &spare,
            "--json",
        ],
        &pins,
    ))
    .unwrap();
    let users = |field: &str| -> Vec<String> {
        json[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["user_id"].as_str().unwrap().to_owned())
            .collect()
    };
    // base64url of user-4, user-3 / user-0 / user-2, user-1 (by site).
    assert_eq!(users("only_on_this_key"), ["dXNlci00", "dXNlci0z"]);
    assert_eq!(users("only_on_other_key"), ["dXNlci0w"]);
    assert_eq!(users("on_both"), ["dXNlci0y", "dXNlci0x"]);

    // The other way round, the lists swap.
    let back = ok(
        &[
            "--virtual",
            &spare,
            "--pin-stdin",
            "passkeys",
            "compare",
            "--with",
            &main,
        ],
        &format!("{SPARE_PIN}\n{MAIN_PIN}\n"),
    );
    assert!(
        back.starts_with("On this key only:\n  site0.example.com — user0@site0.example.com\n"),
        "{back}"
    );
}

#[test]
fn a_key_compared_with_itself_holds_the_same_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let main = key_with_passkeys(dir.path(), "main", MAIN_PIN, 2);
    let text = ok(
        &[
            "--virtual",
            &main,
            "--pin-stdin",
            "passkeys",
            "compare",
            "--with",
            &main,
        ],
        &format!("{MAIN_PIN}\n{MAIN_PIN}\n"),
    );
    assert!(text.contains("On this key only: none"), "{text}");
    assert!(text.contains("On the other key only: none"), "{text}");
    assert!(text.contains("On both: 2"), "{text}");
    assert!(text.contains("Both keys hold the same accounts."), "{text}");
}

#[test]
fn a_wrong_pin_for_the_other_key_names_the_other_key_and_its_attempts() {
    let dir = tempfile::tempdir().unwrap();
    let (main, spare) = main_and_spare(dir.path());
    let err = fails(
        &[
            "--virtual",
            &main,
            "--pin-stdin",
            "passkeys",
            "compare",
            "--with",
            &spare,
        ],
        &format!("{MAIN_PIN}\n999999\n"),
    );
    assert!(err.contains("The other key"), "{err}");
    assert!(err.contains(&spare), "{err}");
    assert!(err.contains("7"), "attempts left: {err}");
    // This key's PIN was right: its counter is back at 8; the spare's is 7.
    let retries = |key: &str| -> serde_json::Value {
        serde_json::from_str(&ok(&["--virtual", key, "pin", "retries", "--json"], "")).unwrap()
    };
    assert_eq!(retries(&main)["retries"], 8);
    assert_eq!(retries(&spare)["retries"], 7);
}

#[test]
fn a_missing_key_file_is_not_taken_for_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let main = key_with_passkeys(dir.path(), "main", MAIN_PIN, 1);
    let missing = dir.path().join("nope.json");
    let err = fails(
        &[
            "--virtual",
            &main,
            "--pin-stdin",
            "passkeys",
            "compare",
            "--with",
            missing.to_str().unwrap(),
        ],
        &format!("{MAIN_PIN}\n"),
    );
    assert!(err.contains("no virtual key file"), "{err}");
}

/// On a terminal each PIN prompt names its key (this key first). Run under
/// `script`, which gives the command a terminal and types what it reads.
#[test]
fn each_pin_prompt_says_which_key_it_is_for() {
    let Ok(script) = which("script") else {
        panic!("the test needs util-linux's `script` to give keyguide a terminal");
    };
    let dir = tempfile::tempdir().unwrap();
    let (main, spare) = main_and_spare(dir.path());
    let command = format!(
        "{} --language en-US --virtual {main} passkeys compare --with {spare}",
        env!("CARGO_BIN_EXE_keyguide")
    );
    let mut run = std::process::Command::new(script);
    run.args(["-qec", &command, "/dev/null"]);
    let out = slow_typist(run, &[MAIN_PIN, SPARE_PIN]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let this = text
        .find(&format!("PIN of this key ({main}):"))
        .unwrap_or_else(|| panic!("{text}"));
    let other = text
        .find(&format!("PIN of the other key ({spare}):"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(this < other, "{text}");
    assert!(text.contains("On both: 2"), "{text}");
}

fn which(program: &str) -> Result<std::path::PathBuf, ()> {
    let paths = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .ok_or(())
}

/// Types each line once the program has asked for it (its prompt, ending
/// in ": ", is on the terminal), as a person would.
fn slow_typist(mut command: std::process::Command, lines: &[&str]) -> std::process::Output {
    use std::io::{Read, Write};
    use std::process::Stdio;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script runs");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 256];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            let _ = tx.send(buf[..n].to_vec());
        }
    });
    let mut seen = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    for (i, line) in lines.iter().enumerate() {
        // Wait for the (i+1)-th prompt.
        loop {
            let prompts = String::from_utf8_lossy(&seen).matches("PIN of ").count();
            if prompts > i {
                break;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok(bytes) => seen.extend(bytes),
                Err(_) => panic!(
                    "no prompt {} within the deadline: {}",
                    i + 1,
                    String::from_utf8_lossy(&seen)
                ),
            }
        }
        stdin.write_all(format!("{line}\r").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    drop(stdin);
    let status = child.wait().unwrap();
    reader.join().unwrap();
    seen.extend(rx.try_iter().flatten());
    let mut stderr = Vec::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_end(&mut stderr)
        .unwrap();
    std::process::Output {
        status,
        stdout: seen,
        stderr,
    }
}
