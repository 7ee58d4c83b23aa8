//! `cargo bench --bench passkeys_list`: listing 100 passkeys over 25 sites
//! on the virtual key through the full client path (session, PIN/UV
//! protocol, CBOR), as `keyguide passkeys list` does it. Prints the CTAP
//! command count and the time per listing and per command.

use std::time::Instant;

use keyguide::device::model::Transport;
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{CancelSignal, KeySession, Pin, Prompts, TokenConnection};
use keyguide::virtual_key::{Profile, VirtualKey, VirtualKeyControl};

const PASSKEYS: u32 = 100;
const SITES: u32 = 25;
const ROUNDS: u32 = 30;

async fn session(key: VirtualKey) -> KeySession {
    let cancel = CancelSignal::new();
    let conn = Box::new(TokenConnection::new(
        key.with_cancel(cancel.clone()),
        Transport::Virtual,
        true,
    ));
    KeySession::open(conn, Prompts::discard(), cancel)
        .await
        .expect("open")
}

async fn seeded() -> VirtualKeyControl {
    let key = VirtualKey::new(Profile::Bio);
    let control = key.control();
    let mut s = session(key).await;
    s.set_pin(&Pin::new("123456".into()))
        .await
        .expect("set PIN");
    let pin = Pin::new("123456".into());
    for i in 0..PASSKEYS {
        s.make_passkey(&NewPasskey::example(i, SITES), Some(&pin))
            .await
            .expect("seed");
    }
    control
}

fn main() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let control = seeded().await;
        let mut commands = 0;
        let start = Instant::now();
        for _ in 0..ROUNDS {
            let mut s = session(VirtualKey::from_control(control.clone())).await;
            s.unlock(&Pin::new("123456".into())).await.expect("unlock");
            let list = s.list_passkeys().await.expect("list");
            assert_eq!(list.slots.used, PASSKEYS);
            commands = s.commands_sent();
        }
        let per_list = start.elapsed() / ROUNDS;
        println!("passkeys list, {PASSKEYS} passkeys over {SITES} sites, virtual key:");
        println!("  CTAP commands per listing: {commands}");
        println!("  time per listing:          {per_list:?}");
        println!("  time per command:          {:?}", per_list / commands);
    });
}
