//! The NFC test environment: a real `pcscd` with the vpcd virtual reader,
//! and a virtual key served to it as a card. Shared by tests/nfc.rs and
//! benches/nfc_passkeys_list.rs.
#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use keyguide::device::CancelSignal;
use keyguide::smartcard::{FidoApplet, VpcdControl, VpcdError, VpcdServer, FIDO_AID};
use keyguide::virtual_key::VirtualKey;
use tokio::runtime::Runtime;
use tokio::task::JoinHandle;

/// The reader vpcd's first port (35963) appears as.
pub const READER: &str = "Virtual PCD 00 00";
/// The second vpcd reader (port 35964).
pub const SECOND_READER: &str = "Virtual PCD 00 01";

const INSTALL_HINT: &str =
    "install the Debian packages pcscd, vsmartcard-vpcd and libpcsclite-dev \
     (or set KEYGUIDE_SKIP_NFC=1 to skip the NFC tests)";

/// Set in the re-executed test process that runs inside its own
/// namespaces (so it does not re-execute again).
const IN_NAMESPACE: &str = "KEYGUIDE_NFC_PRIVATE_NS";

/// Tests of one binary that share the machine's pcscd take turns: they
/// would all serve a card on the same vpcd port.
static SHARED_PCSCD: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// pcscd (started here only if none answers) and a runtime for the test.
pub struct NfcEnv {
    pcscd: Option<Child>,
    runtime: Runtime,
    _turn: Option<std::sync::MutexGuard<'static, ()>>,
}

/// Where a test runs.
pub enum Start {
    /// Here: the environment is ready.
    Here(NfcEnv),
    /// The test ran to the end in a private namespace (a child process
    /// whose result was checked), or KEYGUIDE_SKIP_NFC=1.
    Done,
}

impl NfcEnv {
    /// Starts what the NFC tests need. As root on Linux, where `unshare`
    /// works, the test `name` is run again in a child process with private
    /// mount, network and PID namespaces and its own pcscd (nothing else on
    /// the machine can disturb it or be disturbed), and this returns
    /// [`Start::Done`] once it passed (panics with its output otherwise).
    /// Elsewhere it uses the pcscd that answers, or starts one.
    /// Panics with an install hint when pcscd or the vpcd driver is missing.
    pub fn start(name: &str) -> Start {
        if std::env::var("KEYGUIDE_SKIP_NFC").as_deref() == Ok("1") {
            eprintln!("KEYGUIDE_SKIP_NFC=1: NFC tests skipped");
            return Start::Done;
        }
        if Command::new("pcscd").arg("--version").output().is_err() {
            panic!("pcscd is not installed: {INSTALL_HINT}");
        }
        if !vpcd_driver_installed() {
            panic!("the vpcd reader driver is not installed: {INSTALL_HINT}");
        }
        let inside = std::env::var_os(IN_NAMESPACE).is_some();
        if !inside && private_namespace_possible() {
            run_in_private_namespace(name);
            return Start::Done;
        }
        if !inside {
            eprintln!(
                "NFC test {name}: no private namespace here (needs root and unshare); \
                 using the machine's pcscd"
            );
        }
        let turn = (!inside).then(|| SHARED_PCSCD.lock().unwrap_or_else(|e| e.into_inner()));
        // Decide by the service answering, not by a process name: a pcscd
        // in another namespace or on another socket serves nobody here.
        let pcscd = if pcsc::Context::establish(pcsc::Scope::User).is_ok() {
            None
        } else {
            // Never --auto-exit: it would go away between test steps.
            let child = Command::new("pcscd")
                .arg("--foreground")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("could not start pcscd: {e}"));
            wait_for("pcscd to answer", Duration::from_secs(10), || {
                pcsc::Context::establish(pcsc::Scope::User).is_ok()
            });
            Some(child)
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime");
        Start::Here(NfcEnv {
            pcscd,
            runtime,
            _turn: turn,
        })
    }

    /// Like [`start`](Self::start) for callers that run where they are
    /// (the benchmark): `None` when KEYGUIDE_SKIP_NFC=1.
    pub fn start_here() -> Option<Self> {
        std::env::set_var(IN_NAMESPACE, "here");
        match Self::start("") {
            Start::Here(env) => Some(env),
            Start::Done => None,
        }
    }

    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// Serves `key` as a card in the first vpcd reader and waits until a
    /// PC/SC client can select its FIDO applet. Each power-up of the card is
    /// a replug of the key.
    pub async fn serve(&self, key: VirtualKey) -> ServedCard {
        let card = self.serve_on(key, 35963);
        card.wait_ready_after(0).await;
        card
    }

    /// Serves `key` to the vpcd reader of `port` (35964: the second reader,
    /// "Virtual PCD 00 01") without waiting for it.
    pub fn serve_on(&self, key: VirtualKey, port: u16) -> ServedCard {
        let key_control = key.control();
        let applet = FidoApplet::new(key).on_power_up(move || key_control.replug());
        let server = VpcdServer::new(applet).port(port).max_attempts(100);
        let control = server.control();
        let stop = CancelSignal::new();
        let task = tokio::spawn(server.run(stop.clone()));
        ServedCard {
            control,
            stop,
            task,
        }
    }
}

impl Drop for NfcEnv {
    fn drop(&mut self) {
        if let Some(mut child) = self.pcscd.take() {
            // SIGTERM lets pcscd remove its socket and pid file.
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let _ = child.wait();
        }
    }
}

/// Polls `condition` until it holds, failing the test after `deadline`.
pub fn wait_for(what: &str, deadline: Duration, mut condition: impl FnMut() -> bool) {
    let end = std::time::Instant::now() + deadline;
    while !condition() {
        assert!(
            std::time::Instant::now() < end,
            "timed out after {deadline:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Root on Linux with a working `unshare` (a container may forbid it).
fn private_namespace_possible() -> bool {
    if !cfg!(target_os = "linux") || std::env::var("KEYGUIDE_NFC_SHARED").as_deref() == Ok("1") {
        return false;
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    root && Command::new("unshare")
        .args([
            "--mount",
            "--net",
            "--pid",
            "--fork",
            "--mount-proc",
            "true",
        ])
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs this test binary's test `name` again inside new mount, network and
/// PID namespaces: a private /run/pcscd (so its own pcscd, which the
/// fixture then starts) and a private loopback (so its own vpcd ports).
/// When the child ends, the PID namespace ends and takes pcscd with it.
fn run_in_private_namespace(name: &str) {
    let exe = std::env::current_exe().expect("the test binary");
    let output = Command::new("unshare")
        .args([
            "--mount",
            "--net",
            "--pid",
            "--fork",
            "--mount-proc",
            "sh",
            "-c",
        ])
        .arg(
            "mkdir -p /run/pcscd && mount -t tmpfs tmpfs /run/pcscd && ip link set lo up \
             && exec \"$0\" \"$@\"",
        )
        .arg(&exe)
        .args([name, "--exact", "--nocapture", "--test-threads=1"])
        .env(IN_NAMESPACE, "1")
        .output()
        .expect("run the test in a private namespace");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "NFC test {name} in its private namespace failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    eprintln!("NFC test {name}: passed in a private namespace with its own pcscd");
}

fn vpcd_driver_installed() -> bool {
    std::fs::read_dir("/etc/reader.conf.d")
        .map(|dir| {
            dir.flatten().any(|entry| {
                std::fs::read_to_string(entry.path())
                    .map(|text| text.contains("libifdvpcd"))
                    .unwrap_or(false)
            })
        })
        .unwrap_or(false)
}

/// The virtual key on the reader.
pub struct ServedCard {
    pub control: VpcdControl,
    stop: CancelSignal,
    task: JoinHandle<Result<(), VpcdError>>,
}

impl ServedCard {
    /// Puts a removed card back and waits until pcscd serves it.
    /// Lifts the card off the reader and waits until pcscd has seen the
    /// reader empty, as it does when a person takes a key away: only then
    /// does putting it back power it up afresh (pcscd polls the reader, so a
    /// removal and insertion within one poll would go unnoticed).
    pub async fn remove(&self) {
        self.control.remove_card();
        tokio::task::spawn_blocking(|| {
            wait_for(
                "the reader to report no card",
                Duration::from_secs(10),
                || reader_is_empty(),
            )
        })
        .await
        .expect("waiting for the reader");
    }

    pub async fn insert(&self) {
        let connections = self.control.connections();
        self.control.insert_card();
        self.wait_ready_after(connections).await;
    }

    /// Waits until the card has connected more than `connections` times in
    /// all and answers SELECT with 9000 through pcscd (right after a card
    /// comes back, pcscd may report the old state for one poll).
    pub async fn wait_ready_after(&self, connections: u32) {
        for _ in 0..200 {
            if self.task.is_finished() {
                panic!("the vpcd card server stopped: is pcscd running with vpcd?");
            }
            if self.control.connections() > connections
                && tokio::task::spawn_blocking(select_answers_9000)
                    .await
                    .unwrap_or(false)
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the virtual card did not appear in '{READER}' within 10 s");
    }

    pub async fn stop(self) {
        self.stop.cancel();
        let result = self.task.await.expect("server task");
        result.expect("server ends cleanly");
    }
}

/// Whether pcscd reports the test reader without a card (no connection made).
pub fn reader_is_empty() -> bool {
    let Ok(ctx) = pcsc::Context::establish(pcsc::Scope::User) else {
        return false;
    };
    let reader = std::ffi::CString::new(READER).expect("reader name");
    let mut states = [pcsc::ReaderState::new(reader, pcsc::State::UNAWARE)];
    ctx.get_status_change(Duration::ZERO, &mut states).is_ok()
        && states[0].event_state().contains(pcsc::State::EMPTY)
}

/// One PC/SC round trip: connect to the reader, SELECT the FIDO applet.
pub fn select_answers_9000() -> bool {
    let Ok(ctx) = pcsc::Context::establish(pcsc::Scope::User) else {
        return false;
    };
    let reader = std::ffi::CString::new(READER).expect("reader name");
    let Ok(card) = ctx.connect(&reader, pcsc::ShareMode::Shared, pcsc::Protocols::ANY) else {
        return false;
    };
    let ok = select(&card).is_some_and(|answer| answer.ends_with(&[0x90, 0x00]));
    let _ = card.disconnect(pcsc::Disposition::LeaveCard);
    ok
}

/// SELECT of the FIDO AID; the response APDU.
pub fn select(card: &pcsc::Card) -> Option<Vec<u8>> {
    let mut apdu = vec![0x00, 0xA4, 0x04, 0x00, FIDO_AID.len() as u8];
    apdu.extend_from_slice(&FIDO_AID);
    apdu.push(0x00);
    let mut buf = [0u8; 258];
    card.transmit(&apdu, &mut buf).ok().map(|r| r.to_vec())
}
