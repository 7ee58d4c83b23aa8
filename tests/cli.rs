//! The command-line surface, run as scripts run it: the real binary on a
//! virtual key file, PINs on standard input.

mod common;

use common::cli::{fails, keyguide, ok};
use std::path::Path;
use std::process::{Command, Output};

fn new_key(dir: &Path, profile: &str) -> String {
    common::cli::new_key_file(dir, profile, profile)
}

#[test]
fn a_script_sets_a_pin_and_reads_info_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    let info: serde_json::Value =
        serde_json::from_str(&ok(&["--virtual", &key, "info", "--json"], "")).unwrap();
    assert_eq!(info["pin_set"], false);
    assert_eq!(info["bio"], true);

    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    let info: serde_json::Value = serde_json::from_str(&ok(
        &["--virtual", &key, "--pin-stdin", "info", "--json"],
        "246810\n",
    ))
    .unwrap();
    for field in [
        "aaguid",
        "name",
        "versions",
        "pin_set",
        "pin_retries",
        "bio",
        "passkeys_used",
        "passkeys_remaining",
        "min_pin_length",
        "always_uv",
        "force_pin_change",
    ] {
        assert!(info.get(field).is_some(), "info --json lacks {field}");
    }
    assert_eq!(info["pin_set"], true);
    assert_eq!(info["pin_retries"], 8);
    assert_eq!(info["passkeys_used"], 0);
}

#[test]
fn a_wrong_pin_is_a_one_line_error_with_attempts_left() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    let err = fails(
        &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
        "999999\n",
    );
    assert!(err.contains("Wrong PIN. 7 attempts left."), "{err}");
    // The state persisted in the file: the next process sees 7.
    let out = ok(&["--virtual", &key, "pin", "retries", "--json"], "");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["retries"], 7);
}

#[test]
fn seeded_passkeys_are_listed_and_deleted_with_stats() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    ok(
        &[
            "virtual",
            "seed",
            &key,
            "--passkeys",
            "8",
            "--sites",
            "3",
            "--pin-stdin",
        ],
        "246810\n",
    );
    let out = keyguide(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "--stats",
            "passkeys",
            "list",
            "--json",
        ],
        "246810\n",
    );
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list["slots"]["used"], 8);
    assert_eq!(list["sites"].as_array().unwrap().len(), 3);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("CTAP commands sent: {}", 5 + 3 + 8)),
        "{stderr}"
    );

    let id = list["sites"][0]["passkeys"][0]["credential_id"]
        .as_str()
        .unwrap()
        .to_owned();
    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "delete",
            &id,
            "--yes",
        ],
        "246810\n",
    );
    let list: serde_json::Value = serde_json::from_str(&ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "list",
            "--json",
        ],
        "246810\n",
    ))
    .unwrap();
    assert_eq!(list["slots"]["used"], 7);
    let err = fails(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "delete",
            &id,
            "--yes",
        ],
        "246810\n",
    );
    assert!(err.contains("No passkey with id"), "{err}");

    // Credential IDs are base64url, so about one in 64 begins with '-'; it is
    // an ID, not an option (CI once drew such an ID and clap refused it).
    let err = fails(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "passkeys",
            "delete",
            "-VPF8E5fo-DH3egQ-0NSSkAemNoNSf14AWmziK5kUWs",
            "--yes",
        ],
        "246810\n",
    );
    assert!(err.contains("No passkey with id"), "{err}");
}

#[test]
fn reset_after_the_window_says_to_replug_then_works_after_replug() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    // The file records power-up as wall-clock time; pretend it was long ago.
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&key).unwrap()).unwrap();
    age_power_up(&mut state);
    std::fs::write(&key, serde_json::to_vec(&state).unwrap()).unwrap();

    let err = fails(&["--virtual", &key, "reset", "--yes"], "");
    assert!(err.contains("insert it again"), "{err}");
    ok(&["virtual", "replug", &key], "");
    ok(&["--virtual", &key, "reset", "--yes"], "");
    let info: serde_json::Value =
        serde_json::from_str(&ok(&["--virtual", &key, "info", "--json"], "")).unwrap();
    assert_eq!(info["pin_set"], false);
}

/// Moves every power-up timestamp in the file an hour back.
fn age_power_up(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                if k.contains("power") {
                    if let Some(n) = val.as_u64() {
                        *val = serde_json::json!(n.saturating_sub(3_600_000));
                    } else if let Some(n) = val.as_f64() {
                        *val = serde_json::json!(n - 3600.0);
                    }
                }
                age_power_up(val);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(age_power_up),
        _ => {}
    }
}

#[test]
fn fingerprints_and_settings_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "fingerprints",
            "enroll",
            "--name",
            "Left index",
        ],
        "246810\n",
    );
    let list: serde_json::Value = serde_json::from_str(&ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "fingerprints",
            "list",
            "--json",
        ],
        "246810\n",
    ))
    .unwrap();
    assert_eq!(list[0]["name"], "Left index");
    let id = list[0]["id"].as_str().unwrap().to_owned();
    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "fingerprints",
            "rename",
            &id,
            "Thumb",
        ],
        "246810\n",
    );
    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "fingerprints",
            "remove",
            &id,
            "--yes",
        ],
        "246810\n",
    );
    let err = fails(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "fingerprints",
            "remove",
            "00ff",
            "--yes",
        ],
        "246810\n",
    );
    assert!(err.contains("No fingerprint with id"), "{err}");

    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "always-uv",
            "on",
        ],
        "246810\n",
    );
    // Raising the minimum above the PIN's length makes the key demand a new PIN.
    let out = ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "min-pin-length",
            "8",
        ],
        "246810\n",
    );
    assert!(out.contains("change"), "{out}");
    let err = fails(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "min-pin-length",
            "5",
        ],
        "",
    );
    assert!(err.contains("can only grow"), "{err}");
    let info: serde_json::Value =
        serde_json::from_str(&ok(&["--virtual", &key, "info", "--json"], "")).unwrap();
    assert_eq!(info["min_pin_length"], 8);
    assert_eq!(info["always_uv"], true);
    assert_eq!(info["force_pin_change"], true);
    // The new PIN must meet the raised minimum.
    let err = fails(
        &["--virtual", &key, "--pin-stdin", "pin", "change"],
        "246810\n1234567\n",
    );
    assert!(err.contains("at least 8"), "{err}");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "change"],
        "246810\n12345678\n",
    );
}

#[test]
fn force_pin_change_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "force-pin-change",
        ],
        "246810\n",
    );
    let err = fails(
        &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
        "246810\n",
    );
    assert!(err.contains("changed"), "{err}");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "change"],
        "246810\n135790\n",
    );
    ok(
        &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
        "135790\n",
    );
}

/// The IT-staff page's script (temporary PIN, minimum length 8, forced
/// change), then the employee, with the key answering as the specification
/// says or, with `quirk`, as keys that say PIN_POLICY_VIOLATION.
fn it_staff_prepare_and_the_employee_changes_the_pin(quirk: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("key.json");
    let key = file.to_str().unwrap();
    let mut create = vec!["virtual", "create", key, "--profile", "bio"];
    if let Some(q) = quirk {
        create.extend(["--quirk", q]);
    }
    ok(&create, "");
    fn pinned<'a>(key: &'a str, args: &[&'a str]) -> Vec<&'a str> {
        let mut all = vec!["--virtual", key, "--pin-stdin"];
        all.extend_from_slice(args);
        all
    }
    let with_pin = |args: &[&'static str]| pinned(key, args);
    // IT staff.
    ok(&with_pin(&["pin", "set"]), "temp4567\n");
    ok(&with_pin(&["config", "min-pin-length", "8"]), "temp4567\n");
    ok(&with_pin(&["config", "force-pin-change"]), "temp4567\n");

    // The employee types the right temporary PIN.
    let err = fails(&with_pin(&["passkeys", "list"]), "temp4567\n");
    assert!(
        err.contains("Your PIN must be changed before the key can be used."),
        "{quirk:?}: {err}"
    );
    assert!(!err.contains("Wrong PIN"), "{err}");
    let retries = |expected: u64| {
        let out = ok(&["--virtual", key, "pin", "retries", "--json"], "");
        let r: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(r["retries"], expected, "{quirk:?}");
    };
    retries(8);
    // A wrong one is still wrong, and costs exactly one attempt.
    let err = fails(&with_pin(&["passkeys", "list"]), "temp0000\n");
    assert!(err.contains("Wrong PIN. 7 attempts left."), "{err}");

    ok(&with_pin(&["pin", "change"]), "temp4567\n24681357\n");
    ok(&with_pin(&["passkeys", "list"]), "24681357\n");
    retries(8);
    let info: serde_json::Value =
        serde_json::from_str(&ok(&["--virtual", key, "info", "--json"], "")).unwrap();
    assert_eq!(info["force_pin_change"], false);
}

#[test]
fn it_staff_preparation_then_the_employee_chooses_a_new_pin() {
    it_staff_prepare_and_the_employee_changes_the_pin(None);
}

#[test]
fn it_staff_preparation_on_a_key_that_says_policy_violation() {
    it_staff_prepare_and_the_employee_changes_the_pin(Some("forced-change-policy-violation"));
}

#[test]
fn a_temporary_pin_shorter_than_the_new_minimum_must_be_changed_not_called_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    ok(&["--virtual", &key, "--pin-stdin", "pin", "set"], "1234\n");
    ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "min-pin-length",
            "8",
        ],
        "1234\n",
    );
    // The IT page's script goes on to force the change, which the longer
    // minimum already did: it succeeds without asking the key for a token.
    let out = ok(
        &[
            "--virtual",
            &key,
            "--pin-stdin",
            "config",
            "force-pin-change",
        ],
        "1234\n",
    );
    assert!(out.contains("must be changed"), "{out}");
    let err = fails(
        &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
        "1234\n",
    );
    assert!(err.contains("must be changed"), "{err}");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "change"],
        "1234\n24681357\n",
    );
}

#[test]
fn an_unknown_quirk_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("key.json");
    let err = fails(
        &[
            "virtual",
            "create",
            file.to_str().unwrap(),
            "--quirk",
            "nonsense",
        ],
        "",
    );
    assert!(err.contains("nonsense"), "{err}");
    assert!(!file.exists());
}

#[test]
fn a_corrupted_key_file_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, b"{\"not\": \"a key\"").unwrap();
    let err = fails(&["--virtual", file.to_str().unwrap(), "info"], "");
    assert!(err.contains("broken.json"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"{\"not\": \"a key\"");

    std::fs::write(&file, b"\x00\x01binary").unwrap();
    fails(&["--virtual", file.to_str().unwrap(), "info"], "");
    assert_eq!(std::fs::read(&file).unwrap(), b"\x00\x01binary");
}

#[test]
fn unknown_profiles_and_existing_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("k.json");
    let file = file.to_str().unwrap();
    let err = fails(&["virtual", "create", file, "--profile", "yubikey"], "");
    assert!(err.contains("yubikey"), "{err}");
    assert!(!Path::new(file).exists());
    let err = fails(
        &["virtual", "create", file, "--profile", "mds:not-a-uuid"],
        "",
    );
    assert!(err.contains("AAGUID"), "{err}");
    ok(&["virtual", "create", file], "");
    let before = std::fs::read(file).unwrap();
    fails(&["virtual", "create", file], "");
    assert_eq!(
        std::fs::read(file).unwrap(),
        before,
        "existing key not overwritten"
    );
}

#[test]
fn a_ctap_2_0_key_says_management_is_not_supported() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "basic");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    let err = fails(
        &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
        "246810\n",
    );
    assert!(err.contains("does not support passkey management"), "{err}");
}

#[test]
fn devices_lists_the_virtual_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "pre");
    let list: serde_json::Value =
        serde_json::from_str(&ok(&["--virtual", &key, "devices", "--json"], "")).unwrap();
    assert_eq!(list[0]["transport"], "virtual");
}

/// A message id that reached the output instead of its text (`t!` shows
/// the id when a message is missing): `cli-...`, `errors-...` and so on.
fn leaked_id(text: &str) -> Option<String> {
    for area in ["cli", "errors", "report", "platform", "common", "keys"] {
        let prefix = format!("{area}-");
        for (i, _) in text.match_indices(&prefix) {
            let before = text[..i].chars().last();
            let after = text[i + prefix.len()..].chars().next();
            if !before.is_some_and(|c| c.is_alphanumeric() || "-_/.".contains(c))
                && after.is_some_and(|c| c.is_ascii_lowercase())
            {
                let id: String = text[i..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                    .collect();
                return Some(id);
            }
        }
    }
    None
}

/// The binary without the tests' `--language en-US`.
fn keyguide_in(language: &str, args: &[&str], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_keyguide"));
    command.args(["--language", language]).args(args);
    common::run_with_stdin(command, stdin)
}

#[test]
fn help_in_every_language_runs_and_shows_text_not_message_ids() {
    assert_eq!(
        leaked_id("keyguide: errors-pin-invalid").as_deref(),
        Some("errors-pin-invalid")
    );
    assert_eq!(leaked_id("/tmp/cli-test/key.json"), None);
    for language in ["en-US", "de-DE", "fr-FR", "es-ES", "ja-JP", "zh-CN"] {
        for args in [
            &["--help"][..],
            &["-h"],
            &["pin", "set", "--help"],
            &["help", "passkeys", "delete"],
            &["virtual", "--help"],
        ] {
            let out = keyguide_in(language, args, "");
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(out.status.success(), "{language} {args:?}: {text}");
            assert!(text.contains("--language"), "{language} {args:?}: {text}");
            assert_eq!(leaked_id(&text), None, "{language} {args:?}:\n{text}");
        }
    }
    // `--language=TAG` and the option after the command work the same.
    let out = keyguide_in("ja-JP", &["info", "--language=ja-JP", "--help"], "");
    assert!(out.status.success());
    let english = ok(&["--help"], "");
    assert!(
        english.contains("Usage: keyguide [OPTIONS] [COMMAND]"),
        "{english}"
    );
    assert!(english.contains("Print help."), "{english}");
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let out = keyguide_in("tlh-KL", &["devices"], "");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("en-US") && err.contains("zh-CN"), "{err}");
}

#[test]
fn every_human_output_in_another_language_shows_text_not_message_ids() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "bio");
    let report = dir.path().join("report");
    let report = report.to_str().unwrap();
    let runs: [(&[&str], &str); 8] = [
        (&["--virtual", &key, "info"], ""),
        (
            &["--virtual", &key, "--pin-stdin", "pin", "set"],
            "246810\n",
        ),
        (
            &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
            "111111\n",
        ),
        (&["--virtual", &key, "pin", "retries"], ""),
        (
            &["--virtual", &key, "--pin-stdin", "passkeys", "list"],
            "246810\n",
        ),
        (
            &["--virtual", &key, "--pin-stdin", "fingerprints", "list"],
            "246810\n",
        ),
        (&["--virtual", &key, "--stats", "report", report], ""),
        (&["--virtual", &key, "devices"], ""),
    ];
    for (args, stdin) in runs {
        let out = keyguide_in("ja-JP", args, stdin);
        for text in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(text);
            assert_eq!(leaked_id(&text), None, "{args:?}:\n{text}");
        }
    }
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(html.contains("<html lang=\"ja-JP\">"), "{html}");
    assert_eq!(leaked_id(&html), None, "{html}");
    // The JSON stays the machine interface, in every language.
    let json: serde_json::Value = serde_json::from_slice(
        &keyguide_in(
            "ja-JP",
            &["--virtual", &key, "pin", "retries", "--json"],
            "",
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(json["retries"], 8, "the right PIN after the wrong one");
}

/// `--language` first, then the app's saved language, then the system's.
#[test]
fn the_language_comes_from_the_option_then_the_settings_then_the_system() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(dir.path(), "basic");
    let config = dir.path().join("config");
    let report_lang = |settings: Option<&str>, option: Option<&str>| {
        let _ = std::fs::remove_dir_all(&config);
        if let Some(language) = settings {
            std::fs::create_dir_all(config.join("keyguide")).unwrap();
            std::fs::write(
                config.join("keyguide/settings.json"),
                format!(r#"{{"language": "{language}"}}"#),
            )
            .unwrap();
        }
        let base = dir.path().join("r");
        let mut command = Command::new(env!("CARGO_BIN_EXE_keyguide"));
        if let Some(tag) = option {
            command.args(["--language", tag]);
        }
        command
            .args(["--virtual", &key, "report", base.to_str().unwrap()])
            .env("XDG_CONFIG_HOME", &config)
            .env("LC_ALL", "fr_FR.UTF-8");
        let out = common::run_with_stdin(command, "");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let html = std::fs::read_to_string(base.with_extension("html")).unwrap();
        let start = html.find("lang=\"").unwrap() + 6;
        html[start..start + 5].to_owned()
    };
    assert_eq!(report_lang(None, None), "fr-FR", "the system's language");
    assert_eq!(report_lang(Some("system"), None), "fr-FR");
    assert_eq!(report_lang(Some("zh-CN"), None), "zh-CN", "the saved one");
    assert_eq!(
        report_lang(Some("zh-CN"), Some("de-DE")),
        "de-DE",
        "the option"
    );
    assert_eq!(report_lang(None, Some("es")), "es-ES");
}
