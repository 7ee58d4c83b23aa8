//! The app on a CTAP 2.2 key (the virtual key's `ctap22` profile), headless
//! (iced_test): once the PIN was typed, the passkey list is read again
//! without it, also after the key was pulled out and put back, because the
//! app keeps the key's persistent read-only token (pcmr) in memory.

#[path = "common/ui.rs"]
mod ui;

use keyguide::app::screen::Screen;
use keyguide::device::model::Transport;
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{CancelSignal, KeySession, Pin, Prompts, TokenConnection};
use keyguide::virtual_key::{Profile, VirtualKey, VirtualKeyControl};
use ui::Ui;

const PIN: &str = "482916";

/// The app opened on `key` as the Keys screen opens it, on its overview.
fn open(key: VirtualKeyControl) -> Ui {
    let ui = Ui::on_key(tokio::runtime::Runtime::new().unwrap(), key);
    assert_eq!(ui.app.screen, Screen::Overview);
    ui
}

/// How many passkeys the app has listed for the open key.
fn passkeys_listed(ui: &Ui) -> Option<u32> {
    let key = ui.app.key.as_ref()?;
    key.passkeys.as_ref().map(|l| l.slots.used)
}

/// A ctap22 key with a PIN and two passkeys, made through the device layer.
fn prepared_key() -> VirtualKeyControl {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let key = VirtualKey::new(Profile::Ctap22);
    let control = key.control();
    rt.block_on(async {
        let mut s = KeySession::open(
            Box::new(TokenConnection::new(key, Transport::Virtual, true)),
            Prompts::discard(),
            CancelSignal::new(),
        )
        .await
        .unwrap();
        let pin = Pin::new(PIN.to_owned());
        s.set_pin(&pin).await.unwrap();
        for i in 0..2 {
            s.make_passkey(&NewPasskey::example(i, 2), Some(&pin))
                .await
                .unwrap();
        }
    });
    control
}

#[test]
fn passkeys_are_listed_again_without_the_pin_after_a_replug() {
    let key = prepared_key();
    let mut h = open(key.clone());
    h.click("nav-passkeys");
    assert!(h.shows("unlock-submit"), "the first time, the PIN is asked");
    h.type_into("unlock-pin", PIN);
    h.click("unlock-submit");
    assert_eq!(passkeys_listed(&h), Some(2));
    assert!(!h.shows("passkeys-remembered"), "the PIN was just typed");

    // The key is pulled out and put back; the app opens it anew.
    key.replug();
    let retries = key.pin_retries();
    let mut again = open(key.clone());
    again.click("nav-passkeys");
    assert!(!again.shows("unlock-submit"), "no PIN asked");
    assert_eq!(passkeys_listed(&again), Some(2));
    assert!(again.shows("passkeys-remembered"));
    assert_eq!(key.pin_retries(), retries);

    // In the same test: the note on screen is about the last list read,
    // app-wide, so the two must not run side by side.
    a_key_without_the_persistent_token_still_asks_for_the_pin();
}

/// The fingerprint profile is CTAP 2.1: no perCredMgmtRO, so as before.
fn a_key_without_the_persistent_token_still_asks_for_the_pin() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let key = VirtualKey::new(Profile::Bio);
    let control = key.control();
    rt.block_on(async {
        let mut s = KeySession::open(
            Box::new(TokenConnection::new(key, Transport::Virtual, true)),
            Prompts::discard(),
            CancelSignal::new(),
        )
        .await
        .unwrap();
        s.set_pin(&Pin::new(PIN.to_owned())).await.unwrap();
    });
    let mut h = open(control.clone());
    h.click("nav-passkeys");
    h.type_into("unlock-pin", PIN);
    h.click("unlock-submit");
    assert_eq!(passkeys_listed(&h), Some(0));
    control.replug();
    let mut again = open(control);
    again.click("nav-passkeys");
    assert!(again.shows("unlock-submit"), "as before: the PIN is asked");
    assert!(!again.shows("passkeys-remembered"));
}
