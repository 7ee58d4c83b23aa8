//! Running the `keyguide` binary as a script does: arguments, PINs on
//! standard input, output collected.

use std::path::Path;
use std::process::Output;

/// Runs `keyguide` (in English) with `stdin` written to it.
pub fn keyguide(args: &[&str], stdin: &str) -> Output {
    let mut command = super::keyguide_command();
    command.args(args);
    super::run_with_stdin(command, stdin)
}

/// Runs a command that must succeed; its standard output.
pub fn ok(args: &[&str], stdin: &str) -> String {
    let out = keyguide(args, stdin);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a command that must fail with a one-line error; that line.
pub fn fails(args: &[&str], stdin: &str) -> String {
    let out = keyguide(args, stdin);
    assert!(!out.status.success(), "{args:?} should fail");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "one-line error, got: {err}");
    err
}

/// Creates the virtual key file `dir/<name>.json` of `profile`.
pub fn new_key_file(dir: &Path, name: &str, profile: &str) -> String {
    let file = dir.join(format!("{name}.json").replace(':', "_"));
    let file = file.to_str().unwrap().to_owned();
    ok(&["virtual", "create", &file, "--profile", profile], "");
    file
}
