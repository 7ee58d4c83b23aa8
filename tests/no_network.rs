//! KeyGuide opens no network connection of its own: every `connect` it
//! makes, traced with strace, goes to a local (Unix) socket — X11, D-Bus,
//! pcscd — never to an IP address. Links open in the user's browser only
//! when the user asks, which these flows never do.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The `connect` calls in an strace log that leave the machine's local
/// sockets.
fn network_connects(trace: &Path) -> Vec<String> {
    std::fs::read_to_string(trace)
        .unwrap()
        .lines()
        .filter(|l| l.contains("connect(") && (l.contains("AF_INET") || l.contains("AF_INET6")))
        .map(str::to_owned)
        .collect()
}

fn strace() -> Command {
    assert!(
        Command::new("strace").arg("-V").output().is_ok(),
        "strace is needed (Debian package strace; tools/setup.sh installs it)"
    );
    let mut c = Command::new("strace");
    c.args(["-f", "-qq", "-e", "trace=connect"]);
    c
}

#[test]
fn command_line_flows_connect_to_nothing_but_local_sockets() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.json");
    let key = key.to_str().unwrap();
    let trace = dir.path().join("trace");
    let fresh = dir.path().join("fresh.json");
    let fresh = fresh.to_str().unwrap();
    let report = dir.path().join("report.csv");
    let report = report.to_str().unwrap();
    let policy = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/provision-policy.toml"
    );
    let flows: [&[&str]; 8] = [
        &["virtual", "create", key],
        &["--virtual", key, "--pin-stdin", "pin", "set"],
        &["virtual", "seed", key, "--passkeys", "3", "--pin-stdin"],
        &["--virtual", key, "--pin-stdin", "passkeys", "list"],
        // Discovery of real keys: USB enumeration and PC/SC.
        &["devices"],
        // IT staff: preparing keys and the Entra request are offline too.
        &["virtual", "create", fresh],
        &[
            "provision",
            "--policy",
            policy,
            "--report",
            report,
            "--virtual",
            fresh,
        ],
        &["entra", "request", "a@contoso.com"],
    ];
    for args in flows {
        let mut child = strace()
            .arg("-o")
            .arg(&trace)
            .arg(env!("CARGO_BIN_EXE_keyguide"))
            .args(common::ENGLISH)
            .args(args)
            .env("XDG_DATA_HOME", dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"246810\n").unwrap();
        child.wait().unwrap();
        let found = network_connects(&trace);
        assert!(
            found.is_empty(),
            "{args:?} connected to the network: {found:?}"
        );
        // The trace really saw the process (strace wrote something).
        assert!(trace.exists());
    }
}

/// Kills and reaps a child when the test ends, however it ends.
struct Reaped(std::process::Child);
impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_app_with_its_demo_key_connects_to_nothing_but_local_sockets() {
    let dir = tempfile::tempdir().unwrap();
    // Xvfb picks a free display itself and writes its number to the
    // `-displayfd` descriptor once it accepts connections: a display chosen
    // here could be taken, or left behind by an earlier run as a stale socket.
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1024x720x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb (Debian package xvfb; tools/setup.sh installs it)");
    let mut number = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(xvfb.stdout.take().unwrap()),
        &mut number,
    )
    .unwrap();
    let _xvfb = Reaped(xvfb);
    assert!(
        !number.trim().is_empty(),
        "Xvfb did not start (it wrote no display number)"
    );
    let display = format!(":{}", number.trim());
    let trace = dir.path().join("trace");
    let runtime = dir.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let _app = Reaped(
        strace()
            .arg("-o")
            .arg(&trace)
            .arg(env!("CARGO_BIN_EXE_keyguide"))
            .args(common::ENGLISH)
            .arg("--demo")
            .env("DISPLAY", &display)
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("XDG_DATA_HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path())
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    // Up to the window being shown, and the demo key's first operations
    // after it (`--sync` waits for the window; the rest is the observed
    // span, not a race).
    let shown = Command::new("timeout")
        .args([
            "60",
            "xdotool",
            "search",
            "--sync",
            "--onlyvisible",
            "--name",
            "^KeyGuide$",
        ])
        .env("DISPLAY", &display)
        .stdout(Stdio::null())
        .status()
        .expect("xdotool (Debian package xdotool)");
    assert!(shown.success(), "the KeyGuide window did not appear");
    std::thread::sleep(std::time::Duration::from_secs(3));

    let log = std::fs::read_to_string(&trace).unwrap();
    assert!(
        log.lines()
            .any(|l| l.contains("connect(") && l.contains("AF_UNIX")),
        "the trace sees the app's connections (X11 at least):\n{log}"
    );
    let found = network_connects(&trace);
    assert!(
        found.is_empty(),
        "the app connected to the network: {found:?}"
    );
}
