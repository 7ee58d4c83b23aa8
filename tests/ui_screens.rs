//! The PIN form, fingerprint enrollment and the overview as a user meets
//! them (issue 16): a show-PIN button, messages under the field they
//! concern, a wrong current PIN that costs only that field; one busy
//! indicator and plain words while adding a fingerprint, and feedback on
//! Cancel; an overview that leads with the key's status in words and keeps
//! the technical facts behind "Technical details". Runs on the harness that
//! keeps widget state between frames (tests/common/ui.rs).

#[path = "common/ui.rs"]
mod ui;

use keyguide::app::screen::{fingerprints, overview, pin, Screen};
use keyguide::app::Message;
use keyguide::t;
use ui::Ui;

fn type_pin(ui: &mut Ui, field: fn(keyguide::app::secret::SecretText) -> pin::Message, pin: &str) {
    ui.send(Message::Pin(field(pin.to_owned().into())));
}

/// `b` lies below `a` (a message under its field, above the next field).
fn below(a: iced::Rectangle, b: iced::Rectangle) -> bool {
    b.y >= a.y + a.height - 0.5
}

#[test]
fn the_eye_button_shows_the_pins_and_the_keyboard_reaches_it() {
    let mut ui = Ui::with_demo_key();
    ui.tab_to("nav-pin");
    ui.enter();
    assert!(!ui.app.pin_form().shows_pins(), "hidden by default");
    ui.tab_to(pin::SHOW_ID);
    ui.enter();
    assert!(
        ui.app.pin_form().shows_pins(),
        "Enter on the eye shows them"
    );
    ui.enter();
    assert!(!ui.app.pin_form().shows_pins(), "and hides them again");
    // Leaving the page hides them for next time.
    ui.send(Message::Pin(pin::Message::ToggleShow));
    ui.send(Message::Go(Screen::Overview));
    ui.send(Message::Go(Screen::Pin));
    assert!(!ui.app.pin_form().shows_pins());
}

#[test]
fn rule_messages_show_under_the_field_they_concern() {
    let mut ui = Ui::with_demo_key();
    ui.send(Message::Go(Screen::Pin));
    assert!(
        !ui.shows(&pin::error_id(pin::NEW_ID)),
        "nothing before typing"
    );

    type_pin(&mut ui, pin::Message::New, "12");
    let new = ui.bounds_of(pin::NEW_ID).unwrap();
    let repeat = ui.bounds_of(pin::REPEAT_ID).unwrap();
    let message = ui
        .bounds_of(&pin::error_id(pin::NEW_ID))
        .expect("too short: said under the new PIN");
    assert!(below(new, message) && below(message, repeat), "{message:?}");
    assert!(!ui.shows(&pin::error_id(pin::REPEAT_ID)));

    type_pin(&mut ui, pin::Message::New, "246810");
    type_pin(&mut ui, pin::Message::Repeat, "24681");
    assert!(
        !ui.shows(&pin::error_id(pin::NEW_ID)),
        "the new PIN is fine now"
    );
    let repeat = ui.bounds_of(pin::REPEAT_ID).unwrap();
    let message = ui
        .bounds_of(&pin::error_id(pin::REPEAT_ID))
        .expect("mismatch: said under the repeat field");
    assert!(below(repeat, message));

    type_pin(&mut ui, pin::Message::Repeat, "246810");
    assert!(!ui.shows(&pin::error_id(pin::REPEAT_ID)));
}

#[test]
fn a_wrong_current_pin_keeps_the_new_pin_and_says_so_under_its_field() {
    let mut ui = Ui::with_demo_key();
    ui.set_pin("123456");
    ui.send(Message::Go(Screen::Overview));
    ui.send(Message::Go(Screen::Pin));
    type_pin(&mut ui, pin::Message::Current, "999999");
    type_pin(&mut ui, pin::Message::New, "24681357");
    type_pin(&mut ui, pin::Message::Repeat, "24681357");
    ui.tab_to("pin-submit");
    ui.enter();

    let key = ui.key.clone().unwrap();
    assert!(key.pin_is("123456"), "the PIN is unchanged");
    assert_eq!(key.pin_retries(), 7);
    assert_eq!(
        ui.app.pin_form().filled(),
        [false, true, true],
        "only the current PIN was cleared"
    );
    let current = ui.bounds_of(pin::CURRENT_ID).unwrap();
    let new = ui.bounds_of(pin::NEW_ID).unwrap();
    let message = ui
        .bounds_of(&pin::error_id(pin::CURRENT_ID))
        .expect("the key's answer shows under the current PIN");
    assert!(below(current, message) && below(message, new));
    assert!(
        ui.focus_is_on(pin::CURRENT_ID),
        "focus is back in that field"
    );

    // Typing the right PIN is all that is left to do.
    type_pin(&mut ui, pin::Message::Current, "123456");
    assert!(
        !ui.shows(&pin::error_id(pin::CURRENT_ID)),
        "typing clears it"
    );
    ui.enter();
    assert!(key.pin_is("24681357"), "{:?}", ui.app.notice);
    assert_eq!(ui.app.pin_form().filled(), [false, false, false]);
}

#[test]
fn adding_a_fingerprint_says_touch_the_sensor_before_the_first_touch() {
    use keyguide::device::model::EnrollProgress;
    use keyguide::device::prompts::SampleStatus;
    let mut form = fingerprints::State::default();
    let _ = form.update(fingerprints::Message::Start);
    let (line, _, done) = form.progress().unwrap();
    assert_eq!(line, t!("fingerprints-touch-sensor"));
    assert!(!line.contains('0'), "no '0 of 5 done': {line}");
    assert_eq!(done, 0.0);
    let _ = form.on_sample(&EnrollProgress {
        template_id: "t1".into(),
        status: SampleStatus::Good,
        remaining_samples: 3,
    });
    let (line, _, done) = form.progress().unwrap();
    assert_eq!(
        line,
        t!("fingerprints-progress", done = 1, needed = 4),
        "counted after the first touch"
    );
    assert!((done - 0.25).abs() < 1e-6);
}

/// The demo key with a PIN, the fingerprint list read.
fn on_fingerprints() -> Ui {
    let mut ui = Ui::with_demo_key();
    ui.set_pin("246810");
    ui.send(Message::Go(Screen::Fingerprints));
    if !ui.shows("unlock-submit") {
        ui.send(Message::Fingerprints(fingerprints::Message::Refresh));
    }
    ui.unlock_if_asked("246810");
    assert!(ui.app.key.as_ref().unwrap().fingerprints.is_some());
    ui
}

#[test]
fn adding_a_fingerprint_shows_one_busy_indicator_and_cancel_says_it_stopped() {
    use keyguide::virtual_key::TouchPolicy;
    let mut ui = on_fingerprints();
    let key = ui.key.clone().unwrap();
    // The key waits for the finger until the user cancels.
    key.set_touch(TouchPolicy::Manual);
    ui.update(Message::Fingerprints(fingerprints::Message::Start));
    // The enrollment has started and waits: one progress bar in the dialog,
    // no pulse beside it; the page behind only says what is going on.
    assert!(ui.shows("enroll-progress"), "the dialog shows the progress");
    assert!(!ui.shows("touch-pulse"), "no second busy indicator");
    assert!(ui.shows("fingerprints-adding"));
    ui.escape();
    assert!(!ui.shows("enroll-progress"), "the dialog closed");
    let (ok, notice) = ui.app.notice.clone().expect("Cancel gives feedback");
    assert!(ok, "a cancel is not an error");
    assert_eq!(notice, t!("fingerprints-cancelled"));
    assert!(!ui.shows("fingerprints-adding"));
    assert!(ui.shows("fingerprints-add"), "ready to start again");
}

#[test]
fn a_fingerprint_added_offers_its_name_field_focused() {
    let mut ui = on_fingerprints();
    ui.tab_to("fingerprints-add");
    ui.enter();
    assert!(ui.shows(fingerprints::NEW_NAME_ID));
    assert!(ui.focus_is_on(fingerprints::NEW_NAME_ID));
}

#[test]
fn the_overview_leads_with_the_status_in_words() {
    fn ui_info(ui: &Ui) -> keyguide::device::model::KeyInfo {
        ui.app.key.as_ref().unwrap().info.clone().unwrap()
    }
    let mut ui = Ui::with_demo_key();
    assert_eq!(
        overview::Status::of(&ui_info(&ui)),
        overview::Status::NeedsPin
    );
    let status = ui.bounds_of("overview-status").expect("a status line");
    let next = ui.bounds_of("overview-next-step").expect("its next step");
    assert!(
        next.y > status.y && next.y - status.y < 120.0,
        "the step is right under the status: {status:?} {next:?}"
    );
    ui.tab_to("overview-next-step");
    ui.enter();
    assert_eq!(ui.app.screen, Screen::Pin);
    ui.set_pin("246810");
    ui.send(Message::Go(Screen::Overview));
    let info = ui_info(&ui);
    // The demo key has a fingerprint sensor but no finger yet: ready, with
    // adding a finger as the suggestion.
    assert_eq!(overview::Status::of(&info), overview::Status::Ready);
    assert!(ui.shows("overview-next-step"));
}

#[test]
fn technical_details_are_collapsed_until_asked_for() {
    let mut ui = Ui::with_demo_key();
    assert!(ui.shows(overview::DETAILS_ID));
    assert!(!ui.shows("overview-details-table"), "collapsed by default");
    ui.tab_to(overview::DETAILS_ID);
    ui.enter();
    assert!(ui.shows("overview-details-table"), "Enter opens them");
    ui.enter();
    assert!(!ui.shows("overview-details-table"), "and closes them");
}

#[test]
fn the_demo_key_has_one_name_everywhere() {
    let ui = Ui::with_demo_key();
    let key = ui.app.key.as_ref().unwrap();
    let name = t!("keys-demo-label");
    assert_eq!(key.summary.label, name, "the key list's name");
    assert_eq!(key.info.as_ref().unwrap().name, name, "the overview's name");
    assert!(ui.app.devices().iter().all(|d| d.label == name));
}
