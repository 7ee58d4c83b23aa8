//! Whole user flows through the app, headless (iced_test), on the virtual
//! key. Widgets are found by id, not by their (translatable) text. Key
//! operations run as the app's real tasks; the harness drives them to the
//! end instead of sleeping.

use futures::StreamExt;
use iced::{Size, Task};
use iced_test::core::Settings;
use iced_test::runtime::{task::into_stream, Action};
use iced_test::selector::id;
use iced_test::simulator::Simulator;
use std::collections::VecDeque;
use std::time::Duration;

use keyguide::app::screen::reset::Stage;
use keyguide::app::screen::Screen;
use keyguide::app::{demo, App, Message};
use keyguide::device::prompts::SampleStatus;
use keyguide::device::KeyError;
use keyguide::virtual_key::{TouchPolicy, VirtualKeyControl};

struct Harness {
    app: App,
    key: VirtualKeyControl,
    rt: tokio::runtime::Runtime,
    pending: VecDeque<Task<Message>>,
}

async fn messages_of(task: Task<Message>) -> Vec<Message> {
    match into_stream(task) {
        None => Vec::new(),
        Some(stream) => {
            stream
                .filter_map(|a| async move {
                    match a {
                        Action::Output(m) => Some(m),
                        _ => None,
                    }
                })
                .collect()
                .await
        }
    }
}

impl Harness {
    /// The demo key (six passkeys, no PIN), opened, touches answered at once.
    fn new() -> Harness {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let key = rt.block_on(demo::create()).unwrap();
        Harness::on(rt, key)
    }

    /// A new fingerprint key with nothing on it.
    fn empty_key() -> Harness {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let key = keyguide::virtual_key::VirtualKey::new(keyguide::virtual_key::Profile::Bio);
        let control = key.control();
        Harness::on(rt, control)
    }

    fn on(rt: tokio::runtime::Runtime, key: VirtualKeyControl) -> Harness {
        key.set_touch(TouchPolicy::Immediate);
        let (app, task) = App::with_demo_key(key.clone());
        let mut h = Harness {
            app,
            key,
            rt,
            pending: VecDeque::from([task]),
        };
        h.settle();
        assert_eq!(h.app.screen, Screen::Overview);
        h
    }

    /// Runs the next pending task and applies what it produced.
    fn step(&mut self) -> bool {
        let Some(task) = self.pending.pop_front() else {
            return false;
        };
        for m in self.rt.block_on(messages_of(task)) {
            self.update(m);
        }
        true
    }

    fn settle(&mut self) {
        let mut guard = 0;
        while self.step() {
            guard += 1;
            assert!(guard < 500, "the app keeps producing work");
        }
    }

    fn update(&mut self, m: Message) {
        let t = self.app.update(m);
        self.pending.push_back(t);
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(
            Settings::default(),
            Size::new(1024.0, 720.0),
            self.app.view(),
        )
    }

    /// Clicks the widget with this id; does not run the resulting work.
    fn press(&mut self, widget: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no widget {widget}: {e:?}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        for m in messages {
            self.update(m);
        }
    }

    fn click(&mut self, widget: &str) {
        self.press(widget);
        self.settle();
    }

    fn type_into(&mut self, widget: &str, text: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no input {widget}: {e:?}"));
        ui.typewrite(text);
        let messages: Vec<Message> = ui.into_messages().collect();
        for m in messages {
            self.update(m);
        }
        self.settle();
    }

    fn backspace(&mut self, widget: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned())).unwrap();
        ui.tap_key(iced::keyboard::Key::Named(
            iced::keyboard::key::Named::Backspace,
        ));
        let messages: Vec<Message> = ui.into_messages().collect();
        for m in messages {
            self.update(m);
        }
        self.settle();
    }

    fn shows(&self, widget: &str) -> bool {
        self.ui().find(id(widget.to_owned())).is_ok()
    }

    fn notice(&self) -> String {
        self.app
            .notice
            .as_ref()
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }

    fn info(&self) -> keyguide::device::model::KeyInfo {
        self.app.key.as_ref().unwrap().info.clone().unwrap()
    }

    fn set_pin(&mut self, pin: &str) {
        self.click("nav-pin");
        self.type_into("pin-new", pin);
        self.type_into("pin-repeat", pin);
        self.click("pin-submit");
    }

    /// Opens a screen that needs the PIN and unlocks with it.
    fn unlock_on(&mut self, nav: &str, pin: &str) {
        self.click(nav);
        assert!(self.shows("unlock-submit"), "the PIN is asked");
        self.type_into("unlock-pin", pin);
        self.click("unlock-submit");
    }
}

#[test]
fn setting_a_pin() {
    let mut h = Harness::new();
    assert_eq!(h.info().pin_set, Some(false));
    assert!(
        h.shows("overview-next-step"),
        "the overview says to set a PIN"
    );
    h.click("overview-next-step");
    assert_eq!(h.app.screen, Screen::Pin);
    h.type_into("pin-new", "2468");
    h.type_into("pin-repeat", "2460");
    h.click("pin-submit");
    assert_eq!(
        h.info().pin_set,
        Some(false),
        "mismatched PINs are not sent"
    );
    h.backspace("pin-repeat"); // fix the last digit
    h.type_into("pin-repeat", "8");
    h.click("pin-submit");
    assert_eq!(h.info().pin_set, Some(true));
    assert!(h.notice().contains("PIN is saved"), "{}", h.notice());
    assert_eq!(h.key.pin_retries(), 8);
}

#[test]
fn a_wrong_pin_shows_the_retries_left() {
    let mut h = Harness::new();
    h.set_pin("123456");
    h.unlock_on("nav-passkeys", "999999");
    assert!(h.notice().contains("7 attempts left"), "{}", h.notice());
    assert!(h.shows("unlock-submit"), "the dialog stays for another try");
    assert_eq!(h.info().pin_retries, Some(7));
}

/// IT staff prepare a key as their page recommends (a temporary PIN, a
/// minimum length of 8, a forced change), through the same client code as
/// the CLI; then the employee opens it in the app.
fn prepared_key(profile: keyguide::virtual_key::Profile) -> Harness {
    use keyguide::device::model::Transport;
    use keyguide::device::{CancelSignal, KeySession, Pin, Prompts, TokenConnection};
    let rt = tokio::runtime::Runtime::new().unwrap();
    let key = keyguide::virtual_key::VirtualKey::new(profile);
    let control = key.control();
    rt.block_on(async {
        let conn = Box::new(TokenConnection::new(key, Transport::Virtual, true));
        let mut it = KeySession::open(conn, Prompts::discard(), CancelSignal::new())
            .await
            .unwrap();
        let temporary = || Pin::new("temp4567".to_owned());
        it.set_pin(&temporary()).await.unwrap();
        it.unlock(&temporary()).await.unwrap();
        it.set_min_pin_length(8).await.unwrap();
        it.force_pin_change().await.unwrap();
        it.close().await;
    });
    Harness::on(rt, control)
}

fn the_employee_types_the_temporary_pin_and_chooses_a_new_one(mut h: Harness) {
    assert!(h.info().force_pin_change);
    assert_eq!(h.info().pin_retries, Some(8));
    h.unlock_on("nav-passkeys", "temp4567");

    // Not "wrong PIN": straight to the change form, the PIN just typed kept.
    assert_eq!(h.app.screen, Screen::Pin);
    assert!(h.notice().contains("must be changed"), "{}", h.notice());
    assert!(!h.notice().contains("Wrong"), "{}", h.notice());
    assert!(h.shows("pin-forced-change"));
    assert!(
        !h.shows("pin-current"),
        "the current PIN is not asked again"
    );
    assert!(!h.shows("unlock-submit"), "the PIN dialog is closed");
    assert_eq!(h.key.pin_retries(), 8, "nothing was spent");

    h.type_into("pin-new", "24681357");
    h.type_into("pin-repeat", "24681357");
    h.click("pin-submit");
    assert!(h.notice().contains("PIN is saved"), "{}", h.notice());
    assert!(h.key.pin_is("24681357"));
    let info = h.info();
    assert!(!info.force_pin_change);
    assert_eq!(info.pin_retries, Some(8));
    assert_eq!(h.key.pin_retries(), 8);

    // The new PIN opens the passkeys.
    h.unlock_on("nav-passkeys", "24681357");
    assert_eq!(h.app.screen, Screen::Passkeys);
    assert!(h.app.key.as_ref().unwrap().passkeys.is_some());
}

#[test]
fn a_prepared_key_asks_the_employee_for_a_new_pin() {
    the_employee_types_the_temporary_pin_and_chooses_a_new_one(prepared_key(
        keyguide::virtual_key::Profile::Bio,
    ));
}

#[test]
fn a_prepared_key_that_says_policy_violation_asks_for_a_new_pin_too() {
    let profile = keyguide::virtual_key::Profile::Bio.with_quirks(keyguide::virtual_key::Quirks {
        forced_change_policy_violation: true,
        ..Default::default()
    });
    the_employee_types_the_temporary_pin_and_chooses_a_new_one(prepared_key(profile));
}

#[test]
fn a_wrong_pin_on_a_prepared_key_is_still_a_wrong_pin() {
    let mut h = prepared_key(keyguide::virtual_key::Profile::Bio);
    h.unlock_on("nav-passkeys", "temp0000");
    assert!(h.notice().contains("7 attempts left"), "{}", h.notice());
    assert!(h.shows("unlock-submit"), "the dialog stays for another try");
    assert_ne!(h.app.screen, Screen::Pin);
}

#[test]
fn enrolling_a_fingerprint_with_one_bad_sample() {
    let mut h = Harness::new();
    h.set_pin("123456");
    h.unlock_on("nav-fingerprints", "123456");
    assert_eq!(
        h.app.key.as_ref().unwrap().fingerprints.as_deref(),
        Some(&[][..])
    );
    h.key
        .queue_samples([SampleStatus::Good, SampleStatus::TooFast]);
    h.press("fingerprints-add");
    // First sample: good. Second: too fast, with advice on screen.
    assert!(h.step());
    assert!(h.step());
    let mut ui = h.ui();
    assert!(ui
        .find("Too quick: rest your finger a moment longer.")
        .is_ok());
    assert!(ui.find("Lift and touch again, 1 of 5 done").is_ok());
    drop(ui);
    h.settle();
    assert_eq!(h.key.fingerprint_count(), 1);
    assert_eq!(
        h.app
            .key
            .as_ref()
            .unwrap()
            .fingerprints
            .as_ref()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn deleting_a_passkey_after_confirming() {
    let mut h = Harness::new();
    h.set_pin("123456");
    h.unlock_on("nav-passkeys", "123456");
    let list = h.app.key.as_ref().unwrap().passkeys.clone().unwrap();
    assert_eq!(list.slots.used, 6);
    let victim = list.sites[0].passkeys[0].credential_id.clone();
    assert!(
        !h.shows(&format!("passkey-delete-{victim}")),
        "Delete waits in the row's menu"
    );
    h.click(&format!("passkey-menu-{victim}"));
    h.click(&format!("passkey-delete-{victim}"));
    assert!(h.shows("confirm-yes"), "deleting asks first");
    h.click("confirm-no");
    assert_eq!(h.key.passkey_count(), 6, "cancel keeps it");
    h.click(&format!("passkey-menu-{victim}"));
    h.click(&format!("passkey-delete-{victim}"));
    h.click("confirm-yes");
    assert_eq!(h.key.passkey_count(), 5);
    let after = h.app.key.as_ref().unwrap().passkeys.clone().unwrap();
    assert_eq!(after.slots.used, 5);
    assert!(after
        .sites
        .iter()
        .flat_map(|s| &s.passkeys)
        .all(|p| p.credential_id != victim));
}

#[test]
fn a_rows_menu_opens_edit_and_delete_for_that_row_only() {
    let mut h = Harness::new();
    h.set_pin("123456");
    h.unlock_on("nav-passkeys", "123456");
    let list = h.app.key.as_ref().unwrap().passkeys.clone().unwrap();
    let first = list.sites[0].passkeys[0].credential_id.clone();
    let second = list.sites[1].passkeys[0].credential_id.clone();
    for id in [&first, &second] {
        assert!(!h.shows(&format!("passkey-edit-{id}")));
        assert!(!h.shows(&format!("passkey-delete-{id}")));
    }
    h.click(&format!("passkey-menu-{first}"));
    assert!(h.shows(&format!("passkey-edit-{first}")));
    assert!(h.shows(&format!("passkey-delete-{first}")));
    assert!(!h.shows(&format!("passkey-delete-{second}")));
    // Opening another row's menu closes the first.
    h.click(&format!("passkey-menu-{second}"));
    assert!(!h.shows(&format!("passkey-delete-{first}")));
    assert!(h.shows(&format!("passkey-delete-{second}")));
    // The same button closes it; Edit closes it too and opens the fields.
    h.click(&format!("passkey-menu-{second}"));
    assert!(!h.shows(&format!("passkey-delete-{second}")));
    h.click(&format!("passkey-menu-{first}"));
    h.click(&format!("passkey-edit-{first}"));
    assert!(!h.shows(&format!("passkey-delete-{first}")));
    assert!(
        !h.shows(&format!("passkey-menu-{first}")),
        "the row became its edit form"
    );
}

fn start_reset(h: &mut Harness) {
    h.click("nav-reset");
    assert!(!h.shows("reset-simulate-replug"));
    h.type_into("reset-confirm", "RESET");
    h.click("reset-start");
    assert_eq!(h.app.reset.stage, Stage::Replug { removed: false });
}

#[test]
fn reset_inside_the_window() {
    let mut h = Harness::new();
    h.set_pin("123456");
    start_reset(&mut h);
    h.click("reset-simulate-replug");
    assert_eq!(h.app.reset.stage, Stage::Done);
    assert_eq!(h.key.passkey_count(), 0);
    assert_eq!(h.info().pin_set, Some(false));
}

#[test]
fn reset_refused_after_the_window() {
    let mut h = Harness::new();
    start_reset(&mut h);
    h.press("reset-simulate-replug");
    // The user waits too long before the key gets the reset.
    h.key.advance_clock(Duration::from_secs(11));
    h.settle();
    match &h.app.reset.stage {
        Stage::Failed(why) => assert!(why.contains("10 seconds"), "{why}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(h.key.passkey_count(), 6, "nothing erased");
    assert!(h.shows("reset-again"));
}

#[test]
fn cancel_during_a_touch_prompt() {
    let mut h = Harness::new();
    h.key.set_touch(TouchPolicy::Manual);
    h.press("overview-identify");
    let task = h.pending.pop_front().unwrap();
    let running = h.rt.spawn(messages_of(task));
    assert!(h.shows("touch-cancel"), "the touch prompt is up");
    h.press("touch-cancel");
    let messages = h.rt.block_on(running).unwrap();
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, Message::Done(_, _, Err(KeyError::Cancelled)))),
        "{messages:?}"
    );
    for m in messages {
        h.update(m);
    }
    h.settle();
    assert!(!h.shows("touch-cancel"), "the prompt is gone");
    assert!(!h.app.is_busy());
}

/// After an unlock, the info refresh and the operation that asked for the
/// PIN run together. The refresh ends first; the touch prompt and its Cancel
/// belong to the operation still waiting on the key and must stay.
#[test]
fn the_touch_prompt_stays_when_the_refresh_after_an_unlock_ends_first() {
    use keyguide::app::ops::Op;
    let mut h = Harness::empty_key();
    h.set_pin("123456");
    h.key.set_touch(TouchPolicy::Manual);
    // Adding a fingerprint needs the PIN: the dialog asks for it.
    h.update(Message::Run(Op::EnrollBegin));
    h.settle();
    assert!(h.shows("unlock-submit"), "the PIN is asked");
    h.type_into("unlock-pin", "123456");
    h.press("unlock-submit");
    // The unlock runs and ends; its answer starts the refresh and the
    // enrollment together, as one task (the last one queued).
    for _ in 0..h.pending.len() {
        h.step();
    }
    let both = h
        .pending
        .pop_back()
        .expect("the refresh and the enrollment");
    assert!(h.shows("touch-cancel"), "the enrollment waits for a touch");

    // The answers are delivered one at a time, in the order they come: the
    // refresh needs no touch, so it answers while the key still waits.
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let running = h.rt.spawn(async move {
        if let Some(mut stream) = into_stream(both) {
            while let Some(action) = stream.next().await {
                if let Action::Output(m) = action {
                    let _ = tx.send(m);
                }
            }
        }
    });
    let next = |h: &mut Harness, rx: &mut tokio::sync::mpsc::UnboundedReceiver<Message>| {
        h.rt.block_on(async { tokio::time::timeout(Duration::from_secs(20), rx.recv()).await })
            .expect("an answer within the deadline")
            .expect("the tasks still run")
    };
    let first = next(&mut h, &mut rx);
    assert!(
        matches!(first, Message::Done(_, Op::Info, Ok(_))),
        "the refresh ends first: {first:?}"
    );
    h.update(first);
    assert!(h.app.is_busy(), "the enrollment still runs");
    assert!(
        h.shows("touch-cancel"),
        "the prompt and its Cancel stay while the key waits"
    );

    // Cancel still reaches the waiting operation, which then ends.
    h.press("touch-cancel");
    let last = next(&mut h, &mut rx);
    assert!(
        matches!(
            last,
            Message::Done(_, Op::EnrollBegin, Err(KeyError::Cancelled))
        ),
        "{last:?}"
    );
    h.rt.block_on(running).unwrap();
    h.update(last);
    h.settle();
    assert!(
        !h.shows("touch-cancel"),
        "the prompt ends with its operation"
    );
    assert!(!h.app.is_busy());
    assert_eq!(h.key.fingerprint_count(), 0);
}

#[test]
fn a_key_the_system_refuses_shows_the_fix_not_an_empty_list() {
    let (mut app, _) = App::boot(false);
    let rules = std::path::Path::new("/home/ann/.local/share/keyguide/70-keyguide-fido.rules");
    let fix = keyguide::platform::access::linux_fix(false, Some(rules));
    let commands = fix.commands.clone().unwrap();
    let _ = app.update(Message::Devices(
        Err(KeyError::OsPermissionDenied(
            keyguide::device::AccessDenied::ConnectedCannotOpen {
                devices: vec!["/dev/hidraw3".into()],
            },
        )),
        Some(fix),
    ));
    let mut ui = Simulator::with_size(Settings::default(), Size::new(800.0, 600.0), app.view());
    assert!(
        ui.find("Insert your security key").is_err(),
        "not the empty state"
    );
    assert!(ui
        .find("Your key is connected, but KeyGuide may not use it yet")
        .is_ok());
    assert!(
        ui.find(commands.as_str()).is_ok(),
        "the exact commands are shown"
    );
    ui.click(id("keys-copy-fix")).expect("a copy button");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(
        matches!(messages.as_slice(), [Message::CopyText(t)] if *t == commands),
        "{messages:?}"
    );

    // Once the key can be opened, the card goes away.
    let _ = app.update(Message::Devices(Ok(Vec::new()), None));
    let mut ui = Simulator::with_size(Settings::default(), Size::new(800.0, 600.0), app.view());
    assert!(ui.find("Insert your security key").is_ok());
}

#[test]
fn a_full_key_draws_the_first_passkeys_and_shows_more_on_request() {
    use keyguide::app::screen::passkeys::{Message as P, State, PAGE};
    use keyguide::device::model::{Passkey, PasskeyList, PasskeySlots, Site};
    let passkeys: Vec<Passkey> = (0..120)
        .map(|n| Passkey {
            credential_id: format!("c{n}"),
            rp_id: "big.example.com".into(),
            user_id: format!("u{n}"),
            user_name: Some(format!("person{n}@example.com")),
            display_name: None,
            cred_protect: None,
            large_blob_key: None,
            third_party_payment: None,
        })
        .collect();
    let list = PasskeyList {
        slots: PasskeySlots {
            used: 120,
            remaining: 0,
        },
        sites: vec![Site {
            rp_id: "big.example.com".into(),
            name: None,
            passkeys,
        }],
    };
    let mut state = State::default();
    let count_shown = |state: &State| {
        let mut ui = Simulator::with_size(
            Settings::default(),
            Size::new(1024.0, 720.0),
            state.view(Some(&list), false, |m| m),
        );
        (0..120)
            .filter(|n| ui.find(format!("person{n}@example.com").as_str()).is_ok())
            .count()
    };
    assert_eq!(count_shown(&state), PAGE);
    let _ = state.update(P::ShowMore);
    assert_eq!(count_shown(&state), 2 * PAGE);
    // The filter searches all 120, not only those drawn.
    let _ = state.update(P::Filter("person119@".into()));
    assert_eq!(count_shown(&state), 1);
}
