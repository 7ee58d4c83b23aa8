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

#[test]
fn the_arrow_keys_move_along_the_side_menu() {
    let mut ui = Ui::with_demo_key();
    ui.tab_to("nav-overview");
    ui.arrow_down();
    assert!(ui.focus_is_on("nav-pin"), "Down goes to the next entry");
    ui.arrow_down();
    assert!(ui.focus_is_on("nav-fingerprints"));
    ui.arrow_up();
    assert!(ui.focus_is_on("nav-pin"), "Up goes back");
    ui.arrow_up();
    ui.arrow_up();
    assert!(
        ui.focus_is_on("nav-guide"),
        "Up on the first entry wraps to the last"
    );
    ui.arrow_down();
    assert!(ui.focus_is_on("nav-overview"), "and Down wraps back");
    // Moving the focus does not open the page; Enter does.
    assert_eq!(ui.app.screen, Screen::Overview);
    ui.arrow_down();
    ui.enter();
    assert_eq!(ui.app.screen, Screen::Pin);
}

#[test]
fn the_arrow_keys_leave_the_focus_alone_outside_the_side_menu() {
    let mut ui = Ui::with_demo_key();
    ui.tab_to("nav-pin");
    ui.enter();
    assert!(ui.focus_is_on("pin-new"));
    ui.arrow_down();
    assert!(ui.focus_is_on("pin-new"), "a text field keeps the focus");
    ui.tab_to("pin-show");
    ui.arrow_down();
    assert!(
        ui.focus_is_on("pin-show"),
        "a button in the page keeps it too"
    );
}

#[test]
fn forms_open_with_their_first_field_focused() {
    let mut ui = Ui::with_demo_key();
    // No PIN yet: the form starts at the new PIN.
    ui.tab_to("nav-pin");
    ui.enter();
    assert!(ui.focus_is_on("pin-new"), "the new PIN field has the focus");
    ui.set_pin("246810");
    // With a PIN, the form asks for the current one first.
    ui.tab_to("nav-overview");
    ui.enter();
    ui.tab_to("nav-pin");
    ui.enter();
    assert!(ui.shows("pin-current"));
    assert!(
        ui.focus_is_on("pin-current"),
        "the current PIN field has the focus"
    );
}

#[test]
fn after_a_wrong_pin_the_pin_field_keeps_the_focus() {
    use keyguide::app::Message;
    let mut ui = Ui::with_demo_key();
    ui.set_pin("246810");
    ui.send(Message::Go(Screen::Passkeys));
    if !ui.shows("unlock-submit") {
        ui.tab_to("passkeys-show");
        ui.enter();
    }
    assert!(ui.focus_is_on("unlock-pin"));
    ui.send(Message::UnlockInput("999999".to_owned().into()));
    // Enter in the field sends it.
    ui.enter();
    assert!(
        ui.shows("unlock-submit"),
        "the dialog stays for another try"
    );
    let retries = ui.key.as_ref().unwrap().pin_retries();
    assert_eq!(retries, 7, "the wrong PIN reached the key");
    assert!(
        ui.focus_is_on("unlock-pin"),
        "the PIN field still has the focus"
    );
    // The next try goes straight in.
    ui.send(Message::UnlockInput("246810".to_owned().into()));
    ui.enter();
    assert!(!ui.shows("unlock-submit"), "the right PIN unlocks");
}

/// A key with a PIN and one fingerprint, prepared as another program would.
fn key_with_a_fingerprint() -> Ui {
    use keyguide::app::demo;
    use keyguide::device::{CancelSignal, KeySession, Pin, Prompts};
    use keyguide::virtual_key::TouchPolicy;
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
    Ui::on_key(rt, key)
}

#[test]
fn renaming_a_fingerprint_focuses_its_name_field() {
    use keyguide::app::screen::fingerprints;
    use keyguide::app::Message;
    let mut ui = key_with_a_fingerprint();
    ui.send(Message::Go(Screen::Fingerprints));
    if !ui.shows("unlock-submit") {
        ui.send(Message::Fingerprints(fingerprints::Message::Refresh));
    }
    ui.unlock_if_asked("246810");
    let list = ui.app.key.as_ref().unwrap().fingerprints.clone();
    let finger = list
        .expect("listed")
        .into_iter()
        .next()
        .expect("one finger");
    ui.send(Message::Fingerprints(fingerprints::Message::Rename(
        finger.id.clone(),
        String::new(),
    )));
    assert!(ui.shows(fingerprints::RENAME_ID));
    assert!(
        ui.focus_is_on(fingerprints::RENAME_ID),
        "the name field has the focus"
    );
}

#[test]
fn editing_a_passkey_focuses_its_first_field_not_the_search() {
    use keyguide::app::screen::passkeys;
    use keyguide::app::Message;
    let mut ui = key_with_a_fingerprint();
    ui.send(Message::Go(Screen::Passkeys));
    if !ui.shows("unlock-submit") {
        ui.send(Message::Passkeys(passkeys::Message::Refresh));
    }
    ui.unlock_if_asked("246810");
    let list = ui
        .app
        .key
        .as_ref()
        .unwrap()
        .passkeys
        .clone()
        .expect("listed");
    let passkey = list
        .sites
        .iter()
        .flat_map(|site| site.passkeys.iter())
        .next()
        .expect("the demo key holds passkeys")
        .clone();
    let search = ui.bounds_of(passkeys::FILTER_ID).expect("the search field");
    ui.send(Message::Passkeys(passkeys::Message::Edit(passkey)));
    let (all, focused) = ui.focusables();
    let focused = all[focused.expect("a field has the focus")];
    assert!(
        focused.y > search.y + search.height,
        "the focus is in the row being edited, below the search: {focused:?}"
    );
}
