//! The app with the keyboard alone (issue: "buttons cannot be reached with
//! Tab"): every button joins the Tab order, Shift+Tab goes back, Enter or
//! Space presses the focused button, and the side menu is reachable. Runs on
//! a harness that keeps widget state between frames (tests/common/ui.rs), so
//! the focus is real, not assumed.

#[path = "common/ui.rs"]
mod ui;

use keyguide::app::screen::Screen;
use ui::Ui;

#[test]
fn without_a_key_tab_reaches_every_button_and_enter_presses_it() {
    let mut ui = Ui::without_key();
    assert_eq!(ui.app.screen, Screen::Keys);
    let (all, focused) = ui.focusables();
    // The guide, App settings and the demo at least.
    assert!(all.len() >= 3, "only {} controls take the focus", all.len());
    assert_eq!(focused, None, "nothing has the focus before the first Tab");

    // Tab visits each control once, in order.
    let mut visited = Vec::new();
    for _ in 0..all.len() {
        ui.tab();
        visited.push(ui.focusables().1.expect("Tab focuses a control"));
    }
    assert_eq!(visited, (0..all.len()).collect::<Vec<_>>());
    // After the last control the focus leaves the page (iced's order, like
    // a browser's), and the next Tab starts again at the first.
    ui.tab();
    assert_eq!(ui.focusables().1, None);
    ui.tab();
    assert_eq!(
        ui.focusables().1,
        Some(0),
        "Tab starts again at the first control"
    );
    ui.tab();
    ui.shift_tab();
    assert_eq!(ui.focusables().1, Some(0), "Shift+Tab goes back");

    // Enter on "App settings" opens it.
    ui.tab_to("keys-settings");
    ui.enter();
    assert_eq!(ui.app.screen, Screen::AppSettings);
}

#[test]
fn the_guide_opens_from_the_keyboard() {
    let mut ui = Ui::without_key();
    ui.tab_to("keys-guide");
    ui.enter();
    assert_eq!(ui.app.screen, Screen::Guide);
}

#[test]
fn the_side_menu_and_a_form_work_with_the_keyboard_alone() {
    let mut ui = Ui::with_demo_key();
    assert_eq!(ui.app.screen, Screen::Overview);
    ui.tab_to("nav-pin");
    ui.enter();
    assert_eq!(ui.app.screen, Screen::Pin);
    // From the menu, Tab goes on into the page: the new PIN field is reached.
    ui.tab_to("pin-new");
    ui.tab_to("nav-passkeys");
    ui.key(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Space),
        iced::keyboard::Modifiers::empty(),
    );
    assert_eq!(ui.app.screen, Screen::Passkeys, "Space presses too");
}

#[test]
fn a_key_without_a_pin_asks_to_set_one_not_to_unlock() {
    use keyguide::app::Message;
    // The demo key starts without a PIN.
    let mut ui = Ui::with_demo_key();
    for screen in [Screen::Passkeys, Screen::Fingerprints] {
        ui.update(Message::Go(screen));
        ui.settle();
        assert_eq!(ui.app.screen, screen);
        assert!(ui.bounds_of("passkeys-show").is_none());
        assert!(ui.bounds_of("fingerprints-show").is_none());
        assert!(ui.bounds_of("unlock-submit").is_none(), "no PIN prompt");
        ui.tab_to("pin-first-set");
        ui.enter();
        assert_eq!(ui.app.screen, Screen::Pin);
    }
}

#[test]
fn raising_the_minimum_pin_length_asks_first_and_enter_cancels() {
    use keyguide::app::screen::key_settings;
    use keyguide::app::Message;
    let mut ui = Ui::with_demo_key();
    ui.update(Message::Go(Screen::KeySettings));
    ui.settle();
    let before = ui
        .app
        .key
        .as_ref()
        .unwrap()
        .info
        .as_ref()
        .unwrap()
        .min_pin_length;
    ui.update(Message::KeySettings(key_settings::Message::MinLength(
        "8".into(),
    )));
    ui.settle();
    ui.tab_to("key-settings-apply");
    ui.enter();
    // A confirmation, not the change: Enter there is the safe answer.
    assert!(ui.bounds_of("confirm-yes").is_some(), "no confirmation");
    ui.enter();
    assert!(ui.bounds_of("confirm-yes").is_none());
    let info = ui.app.key.as_ref().unwrap().info.as_ref().unwrap();
    assert_eq!(info.min_pin_length, before, "Enter must not apply it");

    // Confirmed on purpose, it applies.
    ui.update(Message::KeySettings(key_settings::Message::MinLength(
        "8".into(),
    )));
    ui.settle();
    ui.tab_to("key-settings-apply");
    ui.enter();
    ui.tab_to("confirm-yes");
    ui.enter();
    // A key without a PIN is configured without asking for one.
    assert!(ui.bounds_of("unlock-submit").is_none(), "asked for a PIN");
    let info = ui.app.key.as_ref().unwrap().info.as_ref().unwrap();
    assert_eq!(info.min_pin_length, 8, "{:?}", ui.app.notice);
}

#[test]
fn escape_closes_the_pin_dialog_in_one_press() {
    use keyguide::app::screen::pin;
    use keyguide::app::Message;
    let mut ui = Ui::with_demo_key();
    // Give the demo key a PIN through the app, then forget the session's
    // token by closing and reopening the key: Passkeys asks for the PIN.
    ui.update(Message::Go(Screen::Pin));
    ui.settle();
    ui.update(Message::Pin(pin::Message::New("246810".to_owned().into())));
    ui.update(Message::Pin(pin::Message::Repeat(
        "246810".to_owned().into(),
    )));
    ui.update(Message::Pin(pin::Message::Submit));
    ui.settle();
    assert_eq!(
        ui.app.key.as_ref().unwrap().info.as_ref().unwrap().pin_set,
        Some(true)
    );
    ui.update(Message::Go(Screen::Passkeys));
    ui.settle();
    if ui.bounds_of("unlock-submit").is_none() {
        ui.tab_to("passkeys-show");
        ui.enter();
    }
    assert!(
        ui.bounds_of("unlock-submit").is_some(),
        "the PIN dialog is open"
    );
    // The PIN field has the focus when the dialog opens; a focused text
    // field takes Escape for itself.
    assert!(ui.focus_is_on("unlock-pin"), "the PIN field is focused");
    ui.escape();
    assert!(
        ui.bounds_of("unlock-submit").is_none(),
        "one Escape closes it"
    );
}

#[test]
fn a_notice_floats_and_moves_nothing_under_the_pointer() {
    let mut ui = Ui::with_demo_key();
    let before = (ui.bounds_of("nav-pin"), ui.bounds_of("nav-passkeys"));
    assert!(before.0.is_some());
    ui.app.notice = Some((false, "The key was removed.".into()));
    assert!(ui.bounds_of("notice").is_some(), "the notice shows");
    let after = (ui.bounds_of("nav-pin"), ui.bounds_of("nav-passkeys"));
    assert_eq!(before, after, "the page moved under the notice");
    // The buttons under it still work.
    ui.tab_to("nav-pin");
    ui.enter();
    assert_eq!(ui.app.screen, Screen::Pin);
}

#[test]
fn use_your_fingerprint_unlocks_the_key() {
    use keyguide::app::demo;
    use keyguide::device::{CancelSignal, KeySession, Pin, Prompts};
    use keyguide::virtual_key::TouchPolicy;
    // A key with a PIN and one enrolled finger, prepared as another program
    // would (its own session), so the app starts without a token.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let key = rt.block_on(demo::create()).unwrap();
    key.set_touch(TouchPolicy::Immediate);
    rt.block_on(async {
        let mut s = KeySession::open(
            demo::connect(&key, CancelSignal::new()),
            Prompts::discard(),
            CancelSignal::new(),
        )
        .await
        .unwrap();
        let pin = Pin::new("246810".to_owned());
        s.set_pin(&pin).await.unwrap();
        s.unlock(&pin).await.unwrap();
        let mut progress = s.enroll_begin().await.unwrap();
        while progress.remaining_samples > 0 {
            progress = s.enroll_capture_next(&progress.template_id).await.unwrap();
        }
    });
    let mut ui = Ui::on_key(rt, key.clone());
    ui.tab_to("nav-passkeys");
    ui.enter();
    if ui.bounds_of("unlock-fingerprint").is_none() {
        ui.tab_to("passkeys-show");
        ui.enter();
    }
    assert!(
        ui.bounds_of("unlock-fingerprint").is_some(),
        "the dialog offers the finger"
    );
    key.queue_uv_matches([true]);
    ui.tab_to("unlock-fingerprint");
    ui.enter();
    assert!(ui.bounds_of("unlock-submit").is_none(), "the dialog closed");
    let passkeys = ui.app.key.as_ref().unwrap().passkeys.as_ref();
    assert!(
        passkeys.is_some_and(|l| l.slots.used > 0),
        "the passkeys are listed"
    );
}
