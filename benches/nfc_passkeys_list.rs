//! `cargo bench --bench nfc_passkeys_list`: listing 100 passkeys over 25
//! sites on the virtual key served as a card through a real pcscd (vpcd),
//! as `keyguide passkeys list` does it over NFC. Prints the CTAP command
//! count, the time per listing and per command, and the raw APDU round
//! trip (SELECT, and a getInfo NFCCTAP_MSG) on the same setup.
//! Needs pcscd and vsmartcard-vpcd; KEYGUIDE_SKIP_NFC=1 skips it.

#[path = "../tests/nfc_env/mod.rs"]
mod nfc_env;

use std::time::{Duration, Instant};

use keyguide::device::model::Transport;
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{discovery, CancelSignal, KeySession, Pin, Prompts, TokenConnection};
use keyguide::virtual_key::{Profile, VirtualKey};
use nfc_env::{NfcEnv, READER};

const PASSKEYS: u32 = 100;
const SITES: u32 = 25;
const ROUNDS: u32 = 10;
const RAW_ROUNDS: u32 = 1000;

/// Fills the key in memory (not over NFC: seeding is not what we measure).
async fn seeded_key() -> VirtualKey {
    let key = VirtualKey::new(Profile::Bio);
    let control = key.control();
    let cancel = CancelSignal::new();
    let conn = Box::new(TokenConnection::new(
        key.with_cancel(cancel.clone()),
        Transport::Virtual,
        true,
    ));
    let mut s = KeySession::open(conn, Prompts::discard(), cancel)
        .await
        .expect("open");
    let pin = Pin::new("123456".into());
    s.set_pin(&pin).await.expect("set PIN");
    for i in 0..PASSKEYS {
        let site = i % SITES;
        let new = NewPasskey {
            rp_id: format!("site{site}.example.com"),
            rp_name: format!("Site {site}"),
            user_id: format!("user-{i}").into_bytes(),
            user_name: format!("user{i}@site{site}.example.com"),
            display_name: format!("User {i}"),
        };
        s.make_passkey(&new, Some(&pin)).await.expect("seed");
    }
    VirtualKey::from_control(control)
}

async fn open_nfc() -> KeySession {
    let devices = discovery::list_devices().await.expect("devices");
    let card = devices
        .iter()
        .find(|d| d.reader.as_deref() == Some(READER))
        .expect("the vpcd card is listed");
    let cancel = CancelSignal::new();
    let conn = discovery::open_summary(card, cancel.clone())
        .await
        .expect("open card");
    KeySession::open(conn, Prompts::discard(), cancel)
        .await
        .expect("session")
}

/// Mean round trip of one APDU through pcscd, on a shared connection.
fn raw_round_trip(apdu: &[u8]) -> Duration {
    let ctx = pcsc::Context::establish(pcsc::Scope::User).expect("pcsc");
    let reader = std::ffi::CString::new(READER).expect("name");
    let card = ctx
        .connect(&reader, pcsc::ShareMode::Shared, pcsc::Protocols::ANY)
        .expect("connect");
    nfc_env::select(&card).expect("select");
    let mut buf = vec![0u8; 4096];
    let start = Instant::now();
    for _ in 0..RAW_ROUNDS {
        let answer = card.transmit(apdu, &mut buf).expect("transmit");
        assert!(answer.ends_with(&[0x90, 0x00]), "{answer:02x?}");
    }
    start.elapsed() / RAW_ROUNDS
}

fn main() {
    let Some(env) = NfcEnv::start_here() else {
        return;
    };
    env.runtime().block_on(async {
        let key = seeded_key().await;
        let card = env.serve(key).await;

        let mut commands = 0;
        let mut total = Duration::ZERO;
        for _ in 0..ROUNDS {
            // Opening (discovery, the library's card init) is not timed.
            let mut s = open_nfc().await;
            let before = s.commands_sent();
            let start = Instant::now();
            s.unlock(&Pin::new("123456".into())).await.expect("unlock");
            let list = s.list_passkeys().await.expect("list");
            total += start.elapsed();
            assert_eq!(list.slots.used, PASSKEYS);
            assert_eq!(list.sites.len(), SITES as usize);
            commands = s.commands_sent() - before;
            s.close().await;
        }
        let per_list = total / ROUNDS;

        let select = [
            0x00, 0xA4, 0x04, 0x00, 0x08, 0xA0, 0x00, 0x00, 0x06, 0x47, 0x2F, 0x00, 0x01, 0x00,
        ];
        // Extended length: the whole getInfo answer in one response APDU.
        let get_info = [0x80, 0x10, 0x00, 0x00, 0x00, 0x00, 0x01, 0x04, 0x00, 0x00];
        let select_rtt = tokio::task::spawn_blocking(move || raw_round_trip(&select))
            .await
            .expect("raw select");
        let get_info_rtt = tokio::task::spawn_blocking(move || raw_round_trip(&get_info))
            .await
            .expect("raw getInfo");
        let apdus = card.control.apdus();
        card.stop().await;

        println!("passkeys list over NFC (vpcd + pcscd), {PASSKEYS} passkeys over {SITES} sites:");
        println!("  CTAP commands per listing (unlock + list): {commands}");
        println!("  time per listing:           {per_list:?}");
        println!("  time per CTAP command:      {:?}", per_list / commands);
        println!("  raw SELECT round trip:      {select_rtt:?}");
        println!("  raw getInfo round trip:     {get_info_rtt:?} (extended APDU)");
        println!("  APDUs served in all:        {apdus}");
    });
}
