//! Whole app flows over NFC, headless (iced_test): the virtual key served
//! as a card to a real pcscd (vpcd), the app's real tasks, and the real
//! device events (`keyguide::app::device_events`, the stream the app
//! subscribes to) fed to the app as they arrive. Nothing sleeps to win a
//! race: each step waits for an event or a condition, with a deadline.
//!
//! Each test runs in its own private namespaces with its own pcscd where
//! that is possible (root on Linux), see tests/nfc_env.

mod nfc_env;

use std::collections::VecDeque;
use std::pin::Pin;
use std::time::{Duration, Instant};

use futures::{Stream, StreamExt};
use iced::{Size, Task};
use iced_test::core::Settings;
use iced_test::runtime::{task::into_stream, Action};
use iced_test::selector::id;
use iced_test::simulator::Simulator;

use keyguide::app::ops::Op;
use keyguide::app::screen::reset::Stage;
use keyguide::app::screen::Screen;
use keyguide::app::{demo, device_events, App, Message};
use keyguide::device::hotplug::DeviceEvent;
use keyguide::t;
use keyguide::virtual_key::{Profile, TouchPolicy, VirtualKey, VirtualKeyControl};
use nfc_env::{NfcEnv, ServedCard, Start, READER, SECOND_READER};

/// How long any one awaited device event or condition may take.
const DEADLINE: Duration = Duration::from_secs(10);

struct Harness {
    env: NfcEnv,
    app: App,
    pending: VecDeque<Task<Message>>,
    events: Pin<Box<dyn Stream<Item = Message> + Send>>,
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
    /// The app as `keyguide` starts it (no demo), listening to device
    /// events.
    fn new(env: NfcEnv) -> Harness {
        let (app, task) = App::boot(false);
        let events = Box::pin(device_events());
        let mut h = Harness {
            env,
            app,
            pending: VecDeque::from([task]),
            events,
        };
        h.settle();
        h
    }

    fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.env.runtime().block_on(f)
    }

    fn step(&mut self) -> bool {
        let Some(task) = self.pending.pop_front() else {
            return false;
        };
        for m in self.env.runtime().block_on(messages_of(task)) {
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

    /// The next device event, not applied yet.
    fn next_event(&mut self, what: &str) -> Message {
        // The timer is made inside the runtime (it needs its clock).
        let events = &mut self.events;
        let next = self
            .env
            .runtime()
            .block_on(async { tokio::time::timeout(DEADLINE, events.next()).await });
        match next {
            Ok(Some(m)) => m,
            Ok(None) => panic!("the device events ended while waiting for {what}"),
            Err(_) => panic!("no device event within {DEADLINE:?} while waiting for {what}"),
        }
    }

    /// Applies device events (and the work they start) until `done` holds.
    fn until(&mut self, what: &str, done: impl Fn(&App) -> bool) {
        let end = Instant::now() + DEADLINE;
        while !done(&self.app) {
            assert!(Instant::now() < end, "timed out waiting for {what}");
            let m = self.next_event(what);
            self.update(m);
            self.settle();
        }
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(
            Settings::default(),
            Size::new(1024.0, 720.0),
            self.app.view(),
        )
    }

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

    fn shows_text(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    fn notice(&self) -> String {
        self.app
            .notice
            .as_ref()
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }

    /// Waits until the card on `reader` is listed, then opens it.
    fn open_nfc_key(&mut self, reader: &str) {
        // Wait for the watcher's own event for this card, not only for the
        // list (the start-up snapshot may list it already): the watcher is
        // then running and has seen the card, so its leaving is reported.
        loop {
            let m = self.next_event("the NFC key to arrive");
            let arrived = matches!(
                &m,
                Message::Device(DeviceEvent::KeyArrived(d)) if d.reader.as_deref() == Some(reader)
            );
            self.update(m);
            self.settle();
            if arrived && listed(&self.app, reader) {
                break;
            }
        }
        let i = self
            .app
            .devices()
            .iter()
            .position(|d| d.reader.as_deref() == Some(reader))
            .expect("listed");
        self.click(&format!("keys-open-{i}"));
        assert_eq!(self.app.screen, Screen::Overview, "{}", self.notice());
        assert!(
            self.app
                .key
                .as_ref()
                .and_then(|k| k.info.as_ref())
                .is_some(),
            "the overview read the key: {}",
            self.notice()
        );
    }

    fn set_pin(&mut self, pin: &str) {
        self.click("nav-pin");
        self.type_into("pin-new", pin);
        self.type_into("pin-repeat", pin);
        self.click("pin-submit");
        assert!(self.notice().contains("PIN is saved"), "{}", self.notice());
    }

    fn unlock_on(&mut self, nav: &str, pin: &str) {
        self.click(nav);
        assert!(
            self.ui().find(id("unlock-submit")).is_ok(),
            "the PIN is asked"
        );
        self.type_into("unlock-pin", pin);
        self.click("unlock-submit");
    }
}

fn listed(app: &App, reader: &str) -> bool {
    app.devices()
        .iter()
        .any(|d| d.reader.as_deref() == Some(reader))
}

/// Starts the environment and serves `key` on the first reader; `None`
/// when the test ran in its private namespace already (or NFC is skipped).
fn start(name: &str, key: VirtualKey) -> Option<(Harness, ServedCard)> {
    let env = match NfcEnv::start(name) {
        Start::Here(env) => env,
        Start::Done => return None,
    };
    let card = env.runtime().block_on(env.serve(key));
    Some((Harness::new(env), card))
}

/// The demo key's six passkeys, touches answered at once.
fn demo_key(rt: &tokio::runtime::Runtime) -> (VirtualKey, VirtualKeyControl) {
    let control = rt.block_on(demo::create()).expect("demo key");
    control.set_touch(TouchPolicy::Immediate);
    (VirtualKey::from_control(control.clone()), control)
}

#[test]
fn the_nfc_key_stays_open_through_ten_seconds_of_device_events() {
    let key = VirtualKey::new(Profile::Bio);
    let Some((mut h, card)) = start(
        "the_nfc_key_stays_open_through_ten_seconds_of_device_events",
        key,
    ) else {
        return;
    };
    h.open_nfc_key(READER);
    let opened_id = h.app.key.as_ref().unwrap().summary.id.clone();

    // A second card comes and goes on the other reader, again and again:
    // real reader events while our key sits open and idle.
    let second = {
        let _guard = h.env.runtime().enter();
        h.env.serve_on(VirtualKey::new(Profile::Bio), 35964)
    };
    let apdus_at_rest = card.control.apdus();
    let started = Instant::now();
    let mut taps = 0;
    while started.elapsed() < Duration::from_secs(10) {
        h.until("the second card to arrive", |app| {
            listed(app, SECOND_READER)
        });
        second.control.remove_card();
        h.until("the second card to leave", |app| {
            !listed(app, SECOND_READER)
        });
        second.control.insert_card();
        taps += 1;
        assert_eq!(
            h.app.key.as_ref().map(|k| k.summary.id.clone()),
            Some(opened_id.clone()),
            "our key stays open: {}",
            h.notice()
        );
        assert_eq!(h.app.screen, Screen::Overview);
        assert!(listed(&h.app, READER), "our key stays listed");
    }
    assert!(taps >= 2, "device events kept coming ({taps} taps)");
    assert_eq!(
        card.control.apdus(),
        apdus_at_rest,
        "an idle app sends nothing to the key"
    );

    // The same connection still works: setting a PIN talks to the key
    // (reading the info of a key without a PIN needs no command at all).
    h.set_pin("123456");
    assert!(card.control.apdus() > apdus_at_rest);
    assert_eq!(
        h.app.key.as_ref().map(|k| k.summary.id.clone()),
        Some(opened_id.clone())
    );

    h.block_on(second.stop());
    h.block_on(card.stop());
}

#[test]
fn passkeys_listed_one_deleted_and_the_pin_changed_over_nfc() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (key, control) = demo_key(&rt);
    drop(rt);
    let Some((mut h, card)) = start(
        "passkeys_listed_one_deleted_and_the_pin_changed_over_nfc",
        key,
    ) else {
        return;
    };
    h.open_nfc_key(READER);
    h.set_pin("123456");
    h.unlock_on("nav-passkeys", "123456");
    let list = h
        .app
        .key
        .as_ref()
        .unwrap()
        .passkeys
        .clone()
        .expect("listed");
    assert_eq!(list.slots.used, 6);
    let victim = list.sites[0].passkeys[0].credential_id.clone();
    h.click(&format!("passkey-menu-{victim}"));
    h.click(&format!("passkey-delete-{victim}"));
    h.click("confirm-yes");
    assert_eq!(control.passkey_count(), 5);
    let after = h.app.key.as_ref().unwrap().passkeys.clone().unwrap();
    assert_eq!(after.slots.used, 5);
    assert!(after
        .sites
        .iter()
        .flat_map(|s| &s.passkeys)
        .all(|p| p.credential_id != victim));

    h.click("nav-pin");
    h.type_into("pin-current", "123456");
    h.type_into("pin-new", "24682468");
    h.type_into("pin-repeat", "24682468");
    h.click("pin-submit");
    assert!(h.notice().contains("PIN is saved"), "{}", h.notice());
    assert!(control.pin_is("24682468"));
    assert_eq!(h.app.screen, Screen::Pin, "the key stayed open");
    h.block_on(card.stop());
}

#[test]
fn card_removed_mid_listing_then_put_back() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (key, control) = demo_key(&rt);
    drop(rt);
    let Some((mut h, card)) = start("card_removed_mid_listing_then_put_back", key) else {
        return;
    };
    h.open_nfc_key(READER);
    h.set_pin("123456");
    h.unlock_on("nav-passkeys", "123456");
    assert!(h.app.key.as_ref().unwrap().passkeys.is_some());

    // The card leaves the field as the listing's first command arrives.
    card.control.remove_card_during_next_command();
    h.update(Message::Run(Op::ListPasskeys));
    h.settle();
    assert_eq!(h.notice(), "The key was removed.");
    h.until("the key to be reported gone", |app| app.key.is_none());
    assert_eq!(h.app.screen, Screen::Keys);
    assert!(!listed(&h.app, READER));
    assert_eq!(h.notice(), "The key was removed.");

    // Put back: listed again, and it opens with everything on it.
    card.control.insert_card();
    h.open_nfc_key(READER);
    h.unlock_on("nav-passkeys", "123456");
    let list = h
        .app
        .key
        .as_ref()
        .unwrap()
        .passkeys
        .clone()
        .expect("listed");
    assert_eq!(list.slots.used, 6);
    assert_eq!(control.passkey_count(), 6);
    h.block_on(card.stop());
}

#[test]
fn reset_over_nfc_after_and_within_the_window() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (key, control) = demo_key(&rt);
    drop(rt);
    let Some((mut h, card)) = start("reset_over_nfc_after_and_within_the_window", key) else {
        return;
    };
    h.open_nfc_key(READER);

    // Too late: the key comes back, but the reset reaches it 11 s after
    // its power-up.
    start_reset(&mut h);
    lift_off_and_wait(&mut h, &card);
    card.control.insert_card();
    loop {
        let m = h.next_event("the key to come back");
        let back = matches!(&m, Message::Device(DeviceEvent::KeyArrived(d)) if d.reader.as_deref() == Some(READER));
        h.update(m);
        if back {
            break;
        }
    }
    assert!(
        h.app.reset.powered_at.is_some(),
        "the arrival is the power-up"
    );
    // Opening the key (connect, SELECT, getInfo) ...
    while !matches!(h.app.reset.stage, Stage::Touch { .. }) {
        assert!(h.step(), "the key is opened and the reset sent");
    }
    // ... then the user (or the world) is slow.
    control.advance_clock(Duration::from_secs(11));
    h.settle();
    match &h.app.reset.stage {
        Stage::Failed(why) => assert!(why.contains("10 seconds"), "{why}"),
        other => panic!("{other:?}: {}", h.notice()),
    }
    assert_eq!(control.passkey_count(), 6, "nothing erased");

    // In time: lifted, put back, reset at once.
    h.click("reset-again");
    start_reset(&mut h);
    lift_off_and_wait(&mut h, &card);
    card.control.insert_card();
    h.until("the reset to finish", |app| {
        matches!(app.reset.stage, Stage::Done | Stage::Failed(_))
    });
    assert_eq!(h.app.reset.stage, Stage::Done, "{}", h.notice());
    assert_eq!(control.passkey_count(), 0);
    assert_eq!(
        h.app
            .key
            .as_ref()
            .and_then(|k| k.info.as_ref())
            .and_then(|i| i.pin_set),
        Some(false)
    );
    h.block_on(card.stop());
}

fn start_reset(h: &mut Harness) {
    h.click("nav-overview");
    h.click("nav-reset");
    h.type_into("reset-confirm", "RESET");
    h.click("reset-start");
    assert_eq!(h.app.reset.stage, Stage::Replug { removed: false });
    assert!(
        h.shows_text(&t!("reset-nfc-lift-and-return")),
        "the NFC wording"
    );
}

fn lift_off_and_wait(h: &mut Harness, card: &ServedCard) {
    card.control.remove_card();
    h.until("the key to be lifted off", |app| {
        app.reset.stage == Stage::Replug { removed: true }
    });
    assert!(h.shows_text(&t!("reset-nfc-put-back")));
    assert!(h.app.key.is_some() || h.app.screen == Screen::Reset);
}
