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

const INSTALL_HINT: &str =
    "install the Debian packages pcscd, vsmartcard-vpcd and libpcsclite-dev \
     (or set KEYGUIDE_SKIP_NFC=1 to skip the NFC tests)";

/// pcscd (started here only if none runs) and a runtime for the test.
pub struct NfcEnv {
    pcscd: Option<Child>,
    runtime: Runtime,
}

impl NfcEnv {
    /// Starts what the NFC tests need; `None` when KEYGUIDE_SKIP_NFC=1.
    /// Panics with an install hint when pcscd or the vpcd driver is missing.
    pub fn start_or_skip() -> Option<Self> {
        if std::env::var("KEYGUIDE_SKIP_NFC").as_deref() == Ok("1") {
            eprintln!("KEYGUIDE_SKIP_NFC=1: NFC tests skipped");
            return None;
        }
        if Command::new("pcscd").arg("--version").output().is_err() {
            panic!("pcscd is not installed: {INSTALL_HINT}");
        }
        if !vpcd_driver_installed() {
            panic!("the vpcd reader driver is not installed: {INSTALL_HINT}");
        }
        let running = Command::new("pgrep")
            .args(["-x", "pcscd"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        let pcscd = if running {
            None
        } else {
            // Never --auto-exit: it would go away between test steps.
            let child = Command::new("pcscd")
                .arg("--foreground")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("could not start pcscd: {e}"));
            Some(child)
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime");
        Some(NfcEnv { pcscd, runtime })
    }

    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// Serves `key` as a card in the first vpcd reader and waits until a
    /// PC/SC client can select its FIDO applet. Each power-up of the card is
    /// a replug of the key.
    pub async fn serve(&self, key: VirtualKey) -> ServedCard {
        let key_control = key.control();
        let applet = FidoApplet::new(key).on_power_up(move || key_control.replug());
        let server = VpcdServer::new(applet).max_attempts(100);
        let control = server.control();
        let stop = CancelSignal::new();
        let task = tokio::spawn(server.run(stop.clone()));
        let card = ServedCard {
            control,
            stop,
            task,
        };
        card.wait_ready_after(0).await;
        card
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
