//! What CTAP 2.2 keys say of themselves, shown where the user needs it:
//! the PIN form tells the key's maximum length and complexity policy
//! before the user types, a refused simple PIN names the policy, and the
//! reset page says over which connection a reset is allowed. On the
//! virtual key's `ctap22` profile.

#[path = "common/ui.rs"]
mod ui;

use keyguide::app::screen::Screen;
use keyguide::app::Message;
use keyguide::i18n::{for_this_thread, Language};
use keyguide::virtual_key::{Profile, VirtualKey};
use ui::Ui;

fn ctap22_key() -> Ui {
    let rt = tokio::runtime::Runtime::new().unwrap();
    Ui::on_key(rt, VirtualKey::new(Profile::Ctap22).control())
}

fn notice(ui: &Ui) -> String {
    ui.app
        .notice
        .as_ref()
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
}

#[test]
fn the_pin_form_tells_the_keys_rules_before_the_user_types() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = ctap22_key();
    ui.send(Message::Go(Screen::Pin));
    assert!(ui.shows("pin-policy"));
    assert!(ui.shows_text(
        "This key also refuses PINs that are too simple, such as repeated or consecutive digits. \
         Its rules: https://example.com/keyguide-virtual-key/pin-policy"
    ));
    assert!(ui.shows_text("This key accepts PINs of at most 63 characters."));
}

#[test]
fn a_pin_the_policy_refuses_is_said_with_the_policy() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = ctap22_key();
    ui.set_pin("123456");
    let said = notice(&ui);
    assert!(said.contains("PIN policy"), "{said}");
    assert!(said.contains("too simple"), "{said}");
    assert_eq!(
        ui.app.key.as_ref().unwrap().info.as_ref().unwrap().pin_set,
        Some(false),
        "nothing was set"
    );
    ui.set_pin("482916");
    assert_eq!(
        ui.app.key.as_ref().unwrap().info.as_ref().unwrap().pin_set,
        Some(true)
    );
}

#[test]
fn the_reset_page_says_over_which_connections_a_reset_is_allowed() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = ctap22_key();
    ui.send(Message::Go(Screen::Reset));
    assert!(ui.shows("reset-transports"));
    let info = ui.app.key.as_ref().unwrap().info.clone().unwrap();
    assert!(!info.ctap22.transports_for_reset.is_empty());
    assert!(ui.shows_text("This key can be reset only over: NFC, USB."));
}

#[test]
fn an_older_key_shows_none_of_it() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut ui = Ui::on_key(rt, VirtualKey::new(Profile::Bio).control());
    ui.send(Message::Go(Screen::Pin));
    assert!(!ui.shows("pin-policy"));
    ui.send(Message::Go(Screen::Reset));
    assert!(!ui.shows("reset-transports"));
}
