//! NFC end to end: the virtual key served as a card to a real `pcscd`
//! through vsmartcard's vpcd reader, driven through the product's own
//! discovery and `KeySession` over our PC/SC transport (`device::nfc`).
//!
//! All steps share the one vpcd port, so they run in order inside one test.
//! Needs `pcscd` and `vsmartcard-vpcd` (Debian packages); without them the
//! test fails, unless KEYGUIDE_SKIP_NFC=1 is set.

mod common;
mod nfc_env;

use std::time::Duration;

use keyguide::device::model::Transport;
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{discovery, CancelSignal, KeyError, KeySession, Pin, Prompts};
use keyguide::virtual_key::{Profile, VirtualKey};
use nfc_env::{NfcEnv, READER};

fn pin(text: &str) -> Pin {
    Pin::new(text.to_owned())
}

/// Opens the NFC key as the app does: discovery, then a session.
async fn open_nfc_session() -> Result<KeySession, KeyError> {
    let devices = discovery::list_devices().await?;
    let card = devices
        .iter()
        .find(|d| d.transport == Transport::Nfc && d.reader.as_deref() == Some(READER))
        .ok_or(KeyError::NoKey)?;
    let cancel = CancelSignal::new();
    let conn = discovery::open_summary(card, cancel.clone()).await?;
    KeySession::open(conn, Prompts::discard(), cancel).await
}

#[test]
fn nfc_key_through_a_real_pcscd() {
    if std::env::var_os("RUST_LOG").is_some() {
        let _ = tracing_subscriber::fmt().with_test_writer().try_init();
    }
    let env = match NfcEnv::start("nfc_key_through_a_real_pcscd") {
        nfc_env::Start::Here(env) => env,
        nfc_env::Start::Done => return,
    };
    env.runtime().block_on(async {
        let key = VirtualKey::new(Profile::Bio);
        let control = key.control();
        let card = env.serve(key).await;

        devices_lists_the_nfc_key_with_its_reader_name().await;
        info_reads_the_key_over_nfc().await;
        set_and_change_pin_over_nfc().await;
        list_and_delete_passkeys_over_nfc(&control).await;
        card_removed_mid_operation_reports_disconnected(&card, &control).await;
        reset_right_after_power_on(&card, &control).await;

        card.stop().await;
        cli_serve_vpcd_puts_a_key_file_on_the_reader().await;
    });
}

/// `keyguide virtual serve-vpcd FILE` in its own process, used by the CLI.
async fn cli_serve_vpcd_puts_a_key_file_on_the_reader() {
    use std::io::BufRead;
    use std::process::Stdio;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nfc-key.json");
    let created = common::keyguide_command()
        .args(["virtual", "create"])
        .arg(&file)
        .output()
        .expect("run keyguide");
    assert!(created.status.success());
    let mut server = common::keyguide_command()
        .args(["virtual", "serve-vpcd"])
        .arg(&file)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start serve-vpcd");
    let stdout = server.stdout.take().expect("stdout");
    let first_line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .map(|_| line)
    })
    .await
    .expect("reader thread")
    .expect("read the announcement");
    assert!(
        first_line.contains("in the vpcd reader at 127.0.0.1:35963"),
        "{first_line}"
    );
    for _ in 0..200 {
        if tokio::task::spawn_blocking(nfc_env::select_answers_9000)
            .await
            .unwrap_or(false)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let device = format!("nfc:{READER}");
    let devices = common::keyguide_command()
        .args(["devices", "--json"])
        .output()
        .expect("devices");
    let listed = String::from_utf8_lossy(&devices.stdout);
    assert!(listed.contains(READER), "{listed}");
    let info = common::keyguide_command()
        .args(["--device", &device, "info", "--json"])
        .output()
        .expect("info");
    let text = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.status.success(),
        "{}",
        String::from_utf8_lossy(&info.stderr)
    );
    assert!(text.contains("FIDO_2_1"), "{text}");
    let _ = server.kill();
    let _ = server.wait();
}

async fn devices_lists_the_nfc_key_with_its_reader_name() {
    let devices = discovery::list_devices().await.expect("list devices");
    let nfc: Vec<_> = devices
        .iter()
        .filter(|d| d.transport == Transport::Nfc)
        .collect();
    assert_eq!(
        nfc.len(),
        1,
        "one card, on the first vpcd reader only: {devices:?}"
    );
    assert_eq!(nfc[0].reader.as_deref(), Some(READER));
    assert_eq!(nfc[0].id, format!("nfc:{READER}"));
}

async fn info_reads_the_key_over_nfc() {
    let mut session = open_nfc_session().await.expect("open over NFC");
    assert_eq!(session.transport(), Transport::Nfc);
    let info = session.info().await.expect("info");
    assert!(
        info.versions.iter().any(|v| v == "FIDO_2_1"),
        "{:?}",
        info.versions
    );
    assert_eq!(info.pin_set, Some(false));
    assert!(info.credential_management);
    session.close().await;
}

async fn set_and_change_pin_over_nfc() {
    let mut session = open_nfc_session().await.expect("open");
    session.set_pin(&pin("123456")).await.expect("set PIN");
    session.close().await;

    // A new session (the card was reset in between) sees the PIN.
    let mut session = open_nfc_session().await.expect("reopen");
    assert_eq!(session.pin_is_set(), Some(true));
    let err = session
        .change_pin(&pin("000000"), &pin("24682468"))
        .await
        .expect_err("wrong current PIN");
    assert!(
        matches!(err, KeyError::PinInvalid { retries: Some(7) }),
        "{err:?}"
    );
    session
        .change_pin(&pin("123456"), &pin("24682468"))
        .await
        .expect("change PIN");
    session.close().await;

    let mut session = open_nfc_session().await.expect("reopen");
    session
        .unlock(&pin("24682468"))
        .await
        .expect("new PIN works");
    session.close().await;
}

async fn list_and_delete_passkeys_over_nfc(control: &keyguide::virtual_key::VirtualKeyControl) {
    let mut session = open_nfc_session().await.expect("open");
    let p = pin("24682468");
    for i in 0..6 {
        let site = i % 3;
        let new = NewPasskey {
            rp_id: format!("site{site}.example.com"),
            rp_name: format!("Site {site}"),
            user_id: format!("user-{i}").into_bytes(),
            // Long names make the answers longer than one short APDU.
            user_name: format!("user{i}.with.a.rather.long.name@site{site}.example.com"),
            display_name: format!("User number {i} with a display name that takes some room"),
        };
        session
            .make_passkey(&new, Some(&p))
            .await
            .expect("makeCredential over NFC");
    }
    session.unlock(&p).await.expect("unlock");
    let list = session.list_passkeys().await.expect("list");
    assert_eq!(list.slots.used, 6);
    assert_eq!(list.sites.len(), 3);
    assert!(list.sites.iter().all(|s| s.passkeys.len() == 2));
    let victim = list.sites[0].passkeys[0].credential_id.clone();
    session.delete_passkey(&victim).await.expect("delete");
    let list = session.list_passkeys().await.expect("list again");
    assert_eq!(list.slots.used, 5);
    assert!(list
        .sites
        .iter()
        .flat_map(|s| &s.passkeys)
        .all(|k| k.credential_id != victim));
    assert_eq!(control.passkey_count(), 5);
    session.close().await;
}

async fn card_removed_mid_operation_reports_disconnected(
    card: &nfc_env::ServedCard,
    control: &keyguide::virtual_key::VirtualKeyControl,
) {
    let mut session = open_nfc_session().await.expect("open");
    session.unlock(&pin("24682468")).await.expect("unlock");
    let list = session.list_passkeys().await.expect("list");
    let victim = list.sites[0].passkeys[0].credential_id.clone();
    card.control.remove_card_during_next_command();
    let err = session
        .delete_passkey(&victim)
        .await
        .expect_err("the card left during the delete");
    assert!(matches!(err, KeyError::Disconnected), "{err:?}");
    assert_eq!(
        keyguide::errors::UserText::user_text(&err),
        "The key was removed."
    );
    drop(session);

    // Nothing half-done: the passkey is still there once the card is back.
    card.insert().await;
    assert_eq!(control.passkey_count(), 5);
    let mut session = open_nfc_session()
        .await
        .expect("open after the card came back");
    session.unlock(&pin("24682468")).await.expect("unlock");
    let list = session.list_passkeys().await.expect("list");
    assert!(list
        .sites
        .iter()
        .flat_map(|s| &s.passkeys)
        .any(|k| k.credential_id == victim));
    session.close().await;
}

async fn reset_right_after_power_on(
    card: &nfc_env::ServedCard,
    control: &keyguide::virtual_key::VirtualKeyControl,
) {
    // Long after power-on: refused, nothing erased.
    let mut session = open_nfc_session().await.expect("open");
    control.advance_clock(Duration::from_secs(11));
    let err = session.reset().await.expect_err("window passed");
    assert!(matches!(err, KeyError::ResetWindowPassed), "{err:?}");
    session.close().await;
    assert_eq!(control.passkey_count(), 5);

    // Take the card off the reader and put it back: powered up afresh.
    card.remove().await;
    card.insert().await;
    let mut session = open_nfc_session().await.expect("open after power-on");
    session.reset().await.expect("reset right after power-on");
    let info = session.info().await.expect("info");
    assert_eq!(info.pin_set, Some(false));
    assert_eq!(control.passkey_count(), 0);
    session.close().await;
}

#[test]
fn no_smart_card_service_is_reported_plainly() {
    // Point the PC/SC client library at a socket nobody listens on: the
    // same as pcscd not running, without touching the real one.
    let out = common::keyguide_command()
        .args(["--device", "nfc:Virtual PCD 00 00", "info"])
        .env(
            "PCSCLITE_CSOCK_NAME",
            "/nonexistent/keyguide-test/pcscd.comm",
        )
        .output()
        .expect("run keyguide");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("No smart-card service found; start pcscd"),
        "{stderr}"
    );
}
