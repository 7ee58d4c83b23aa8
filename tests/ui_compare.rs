//! "Compare with another key" and a passkey's details on the Passkeys
//! screen, headless: the user lists the passkeys of the demo key, asks to
//! compare, opens a backup key, and sees which sites are on one key and not
//! the other (matched by site and user id, never by credential).

#[path = "common/ui.rs"]
mod ui;

use std::sync::Arc;

use keyguide::app::screen::{passkeys, Screen};
use keyguide::app::{demo, Message};
use keyguide::device::hotplug::DeviceEvent;
use keyguide::device::model::{DeviceSummary, Transport};
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{CancelSignal, KeySession, Pin, Prompts, TokenConnection};
use keyguide::i18n::{for_this_thread, Language};
use keyguide::virtual_key::{Profile, TouchPolicy, VirtualKey};
use serde_cbor_2::Value;
use ui::Ui;
use webauthn_authenticator_rs::transport::Token;

const PIN: &str = "482916";
const BACKUP_PIN: &str = "739105";

/// The demo key (six accounts) with a PIN, its passkeys listed.
fn demo_key_listed() -> Ui {
    let mut ui = Ui::with_demo_key();
    ui.set_pin(PIN);
    ui.send(Message::Go(Screen::Passkeys));
    ui.unlock_if_asked(PIN);
    assert!(
        ui.shows_text("awilber-work"),
        "the demo key's passkeys are listed"
    );
    ui
}

/// makeCredential (CTAP 2.1 §6.1, command 0x01) sent as bytes, with the
/// credProtect extension (§12.1), as a browser would send it: the device
/// layer's own makeCredential sends no extensions.
async fn make_with_cred_protect(key: &mut VirtualKey, rp: &str, user: &str, level: i128) {
    let text = |s: &str| Value::Text(s.into());
    let request = Value::Map(
        [
            (Value::Integer(1), Value::Bytes(vec![7; 32])),
            (
                Value::Integer(2),
                Value::Map([(text("id"), text(rp))].into_iter().collect()),
            ),
            (
                Value::Integer(3),
                Value::Map(
                    [
                        (
                            text("id"),
                            Value::Bytes(format!("{rp}-{user}").into_bytes()),
                        ),
                        (text("name"), text(user)),
                    ]
                    .into_iter()
                    .collect(),
                ),
            ),
            (
                Value::Integer(4),
                Value::Array(vec![Value::Map(
                    [
                        (text("alg"), Value::Integer(-7)),
                        (text("type"), text("public-key")),
                    ]
                    .into_iter()
                    .collect(),
                )]),
            ),
            (
                Value::Integer(6),
                Value::Map(
                    [(text("credProtect"), Value::Integer(level))]
                        .into_iter()
                        .collect(),
                ),
            ),
            (
                Value::Integer(7),
                Value::Map([(text("rk"), Value::Bool(true))].into_iter().collect()),
            ),
        ]
        .into_iter()
        .collect(),
    );
    let mut bytes = vec![0x01];
    bytes.extend(serde_cbor_2::to_vec(&request).unwrap());
    key.transmit_raw(&bytes, &Prompts::discard())
        .await
        .expect("makeCredential with credProtect");
}

/// A backup key: two of the demo key's accounts (same site and user id;
/// one renamed), and two of its own, one made with credProtect 3.
fn backup_key(
    rt: &tokio::runtime::Runtime,
    summary: DeviceSummary,
) -> (DeviceSummary, KeySession, CancelSignal) {
    rt.block_on(async {
        let mut key = VirtualKey::new(Profile::Bio);
        key.control().set_touch(TouchPolicy::Immediate);
        make_with_cred_protect(&mut key, "vault.example", "alex@vault", 3).await;
        let cancel = CancelSignal::new();
        let mut session = KeySession::open(
            Box::new(TokenConnection::new(key, Transport::Virtual, true)),
            Prompts::discard(),
            cancel.clone(),
        )
        .await
        .unwrap();
        // The demo key's user ids are demo-user-<its index> (src/app/demo.rs).
        for (rp, user_id, name) in [
            ("login.microsoft.com", "demo-user-0", "alex@contoso.com"),
            ("github.com", "demo-user-2", "awilber (spare)"),
            ("bank.example", "bank-1", "alex.w"),
        ] {
            let new = NewPasskey {
                rp_id: rp.into(),
                rp_name: rp.into(),
                user_id: user_id.as_bytes().to_vec(),
                user_name: name.into(),
                display_name: name.into(),
            };
            session.make_passkey(&new, None).await.unwrap();
        }
        session
            .set_pin(&Pin::new(BACKUP_PIN.to_owned()))
            .await
            .unwrap();
        (summary, session, cancel)
    })
}

/// What the Keys screen delivers once the chosen key is open.
fn open_backup(ui: &mut Ui, rt: &tokio::runtime::Runtime) {
    let summary = DeviceSummary {
        id: "virtual:backup".into(),
        transport: Transport::Virtual,
        label: "Backup key".into(),
        reader: None,
    };
    open_key(ui, rt, summary);
}

fn open_key(ui: &mut Ui, rt: &tokio::runtime::Runtime, summary: DeviceSummary) {
    let (summary, session, cancel) = backup_key(rt, summary);
    ui.send(Message::Opened(Ok((
        summary,
        Arc::new(tokio::sync::Mutex::new(session)),
        cancel,
    ))));
}

#[test]
fn comparing_with_the_backup_key_shows_what_each_key_lacks() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = demo_key_listed();
    ui.click("passkeys-compare-start");
    assert!(ui.shows("passkeys-compare"));
    assert!(ui.shows_text(
        "Now open your other key: insert it (or hold it to the reader) and choose it under “All keys”. \
         KeyGuide will show which sites are on one key and not the other."
    ));
    assert!(ui.shows("passkeys-compare-cancel"));
    // The list stays as it was until another key is opened.
    assert!(ui.shows_text("awilber-work"));

    // One USB port: the first key comes out, the app goes back to the
    // list of keys, and the backup key goes in and is chosen there.
    ui.send(Message::Device(DeviceEvent::KeyLeft(demo::summary().id)));
    assert_eq!(ui.app.screen, Screen::Keys);
    let rt = tokio::runtime::Runtime::new().unwrap();
    open_backup(&mut ui, &rt);
    assert_eq!(ui.app.screen, Screen::Overview);
    ui.send(Message::Go(Screen::Passkeys));
    // A new key: its own PIN, asked as usual.
    assert!(ui.shows("unlock-submit"), "the backup key asks for its PIN");
    ui.unlock_if_asked(BACKUP_PIN);
    assert!(ui.shows_text("bank.example"), "the backup key's passkeys");

    assert!(ui.shows_text("Compared with Demo security key"));
    assert!(ui.shows_text("Only on Demo security key:"));
    for line in [
        "google.com — alex.wilber@gmail.com",
        "dropbox.com — alex.wilber@outlook.com",
        "amazon.com — alex.wilber@outlook.com",
        "github.com — awilber-work",
    ] {
        assert!(ui.shows_text(line), "{line} is only on the demo key");
    }
    assert!(ui.shows_text("Only on this key:"));
    assert!(ui.shows_text("bank.example — alex.w"));
    assert!(ui.shows_text("vault.example — alex@vault"));
    // Renamed on the backup, still the same account: on both.
    assert!(!ui.shows_text("github.com — awilber"));
    assert!(!ui.shows_text("github.com — awilber (spare)"));
    assert!(!ui.shows_text("login.microsoft.com — alex@contoso.com"));
    assert!(ui.shows_text("On both keys: 2 accounts"));

    ui.click("passkeys-compare-done");
    assert!(!ui.shows("passkeys-compare"));
    assert!(
        ui.shows("passkeys-compare-start"),
        "a new comparison can start"
    );
    assert!(ui.shows_text("bank.example"), "this key's list stays");
}

#[test]
fn cancel_forgets_the_first_key() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = demo_key_listed();
    ui.click("passkeys-compare-start");
    ui.click("passkeys-compare-cancel");
    assert!(!ui.shows("passkeys-compare"));
    let rt = tokio::runtime::Runtime::new().unwrap();
    open_backup(&mut ui, &rt);
    ui.send(Message::Go(Screen::Passkeys));
    ui.unlock_if_asked(BACKUP_PIN);
    assert!(ui.shows_text("bank.example"));
    assert!(!ui.shows("passkeys-compare"), "nothing is compared");
}

#[test]
fn opening_the_same_key_again_says_so() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = demo_key_listed();
    ui.click("passkeys-compare-start");
    // "All keys", then the same key again (the demo key is the first).
    ui.send(Message::Open(0));
    ui.send(Message::Go(Screen::Passkeys));
    ui.unlock_if_asked(PIN);
    assert!(ui.shows_text("awilber-work"));
    assert!(ui.shows_text(
        "This is the same key as before (Demo security key). To compare, open your other key under “All keys”."
    ));
    assert!(!ui.shows_text("Only on this key:"));
    // It still waits for the other key.
    let rt = tokio::runtime::Runtime::new().unwrap();
    open_backup(&mut ui, &rt);
    ui.send(Message::Go(Screen::Passkeys));
    ui.unlock_if_asked(BACKUP_PIN);
    assert!(ui.shows_text("On both keys: 2 accounts"));
}

#[test]
fn a_passkey_menu_tells_how_it_is_protected() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = Ui::with_demo_key();
    let rt = tokio::runtime::Runtime::new().unwrap();
    open_backup(&mut ui, &rt);
    ui.send(Message::Go(Screen::Passkeys));
    ui.unlock_if_asked(BACKUP_PIN);
    let list = ui
        .app
        .key
        .as_ref()
        .and_then(|k| k.passkeys.clone())
        .expect("listed");
    let find = |rp: &str| {
        list.sites
            .iter()
            .find(|s| s.rp_id == rp)
            .map(|s| s.passkeys[0].clone())
            .unwrap()
    };
    let vault = find("vault.example");
    assert_eq!(vault.cred_protect, Some(3), "the key kept credProtect 3");
    let bank = find("bank.example");

    let always = passkeys::protection(3).unwrap();
    assert!(!ui.shows_text(&always), "details only in the open menu");
    ui.click(&format!("passkey-menu-{}", vault.credential_id));
    assert!(ui.shows(&format!("passkey-details-{}", vault.credential_id)));
    assert!(ui.shows_text("Protection: this passkey always needs the PIN (or your fingerprint)."));

    // Made without the extension: level 1, userVerificationOptional
    // (§12.1: the default), which enumerateCredentials reports (§6.8.4).
    assert_eq!(bank.cred_protect, Some(1));
    ui.click(&format!("passkey-menu-{}", bank.credential_id));
    assert!(!ui.shows_text(&always), "one menu open at a time");
    assert!(
        ui.shows_text("Protection: a touch is enough to use this passkey; the PIN is not needed.")
    );
}

#[test]
fn another_key_in_the_same_port_is_not_taken_for_the_first() {
    // A USB path passes to the next key plugged into the same port, and
    // a key of the same model has the same name: without the CTAP 2.2 key
    // identifier, only different passkeys tell the keys apart.
    let _en = for_this_thread(Language::EnUs);
    let mut ui = demo_key_listed();
    ui.click("passkeys-compare-start");
    ui.send(Message::Device(DeviceEvent::KeyLeft(demo::summary().id)));
    let rt = tokio::runtime::Runtime::new().unwrap();
    open_key(&mut ui, &rt, demo::summary());
    ui.send(Message::Go(Screen::Passkeys));
    ui.unlock_if_asked(BACKUP_PIN);
    assert!(ui.shows_text("bank.example"));
    assert!(!ui.shows_text(
        "This is the same key as before (Demo security key). To compare, open your other key under “All keys”."
    ));
    assert!(ui.shows_text("Only on this key:"));
    assert!(ui.shows_text("On both keys: 2 accounts"));
}
